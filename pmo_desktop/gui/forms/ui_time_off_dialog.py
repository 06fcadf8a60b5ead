# generated from ui/time_off_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'time_off_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TimeOffDialog(object):
    def setupUi(self, TimeOffDialog):
        if not TimeOffDialog.objectName():
            TimeOffDialog.setObjectName(u"TimeOffDialog")
        TimeOffDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(TimeOffDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.fromLabel = QLabel(TimeOffDialog)
        self.fromLabel.setObjectName(u"fromLabel")
        self.fromLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.fromLabel, 0, 0, 1, 1)

        self.fromEdit = QDateEdit(TimeOffDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formGrid.addWidget(self.fromEdit, 0, 1, 1, 1)

        self.startError = QLabel(TimeOffDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setTextFormat(Qt.TextFormat.PlainText)
        self.startError.setWordWrap(True)

        self.formGrid.addWidget(self.startError, 0, 2, 1, 1)

        self.toLabel = QLabel(TimeOffDialog)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.toLabel, 1, 0, 1, 1)

        self.toEdit = QDateEdit(TimeOffDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.formGrid.addWidget(self.toEdit, 1, 1, 1, 1)

        self.endError = QLabel(TimeOffDialog)
        self.endError.setObjectName(u"endError")
        self.endError.setTextFormat(Qt.TextFormat.PlainText)
        self.endError.setWordWrap(True)

        self.formGrid.addWidget(self.endError, 1, 2, 1, 1)

        self.kindLabel = QLabel(TimeOffDialog)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(TimeOffDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formGrid.addWidget(self.kindCombo, 2, 1, 1, 1)

        self.kindError = QLabel(TimeOffDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setTextFormat(Qt.TextFormat.PlainText)
        self.kindError.setWordWrap(True)

        self.formGrid.addWidget(self.kindError, 2, 2, 1, 1)

        self.halfLabel = QLabel(TimeOffDialog)
        self.halfLabel.setObjectName(u"halfLabel")
        self.halfLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.halfLabel, 3, 0, 1, 1)

        self.halfCheck = QCheckBox(TimeOffDialog)
        self.halfCheck.setObjectName(u"halfCheck")

        self.formGrid.addWidget(self.halfCheck, 3, 1, 1, 1)

        self.half_daysError = QLabel(TimeOffDialog)
        self.half_daysError.setObjectName(u"half_daysError")
        self.half_daysError.setTextFormat(Qt.TextFormat.PlainText)
        self.half_daysError.setWordWrap(True)

        self.formGrid.addWidget(self.half_daysError, 3, 2, 1, 1)

        self.noteLabel = QLabel(TimeOffDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.noteLabel, 4, 0, 1, 1)

        self.noteEdit = QLineEdit(TimeOffDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formGrid.addWidget(self.noteEdit, 4, 1, 1, 1)

        self.noteError = QLabel(TimeOffDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setTextFormat(Qt.TextFormat.PlainText)
        self.noteError.setWordWrap(True)

        self.formGrid.addWidget(self.noteError, 4, 2, 1, 1)

        self.formGrid.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.formGrid)

        self.summaryLabel = QLabel(TimeOffDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.formError = QLabel(TimeOffDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(TimeOffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.halfLabel.setBuddy(self.halfCheck)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TimeOffDialog)

        QMetaObject.connectSlotsByName(TimeOffDialog)
    # setupUi

    def retranslateUi(self, TimeOffDialog):
        TimeOffDialog.setWindowTitle(QCoreApplication.translate("TimeOffDialog", u"Time off", None))
        self.fromLabel.setText(QCoreApplication.translate("TimeOffDialog", u"&From", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("TimeOffDialog", u"dd MMM yyyy", None))
        self.startError.setText("")
        self.toLabel.setText(QCoreApplication.translate("TimeOffDialog", u"&To", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("TimeOffDialog", u"dd MMM yyyy", None))
        self.endError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("TimeOffDialog", u"&Kind", None))
        self.kindError.setText("")
        self.halfLabel.setText(QCoreApplication.translate("TimeOffDialog", u"&Length", None))
        self.halfCheck.setText(QCoreApplication.translate("TimeOffDialog", u"Half days (each day of the range)", None))
        self.half_daysError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("TimeOffDialog", u"N&ote", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("TimeOffDialog", u"Optional", None))
        self.noteError.setText("")
        self.summaryLabel.setText("")
        self.formError.setText("")
    # retranslateUi

