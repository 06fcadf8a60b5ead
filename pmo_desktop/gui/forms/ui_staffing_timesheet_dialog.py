# generated from ui/staffing_timesheet_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staffing_timesheet_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_TimesheetDialog(object):
    def setupUi(self, TimesheetDialog):
        if not TimesheetDialog.objectName():
            TimesheetDialog.setObjectName(u"TimesheetDialog")
        TimesheetDialog.resize(720, 480)
        self.dialogLayout = QVBoxLayout(TimesheetDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TimesheetDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(TimesheetDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(TimesheetDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.previewTable = QTableView(TimesheetDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.dialogLayout.addWidget(self.previewTable)

        self.errorLabel = QLabel(TimesheetDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TimesheetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(TimesheetDialog)

        QMetaObject.connectSlotsByName(TimesheetDialog)
    # setupUi

    def retranslateUi(self, TimesheetDialog):
        TimesheetDialog.setWindowTitle(QCoreApplication.translate("TimesheetDialog", u"Import timesheet actuals", None))
        self.introLabel.setText(QCoreApplication.translate("TimesheetDialog", u"A CSV with the columns person, date (or week), project, hours and billable (yes/no). Lines are summed per person, project and week; one bad line refuses the whole file.", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("TimesheetDialog", u"No file chosen", None))
        self.chooseButton.setText(QCoreApplication.translate("TimesheetDialog", u"Choose\u2026", None))
    # retranslateUi

