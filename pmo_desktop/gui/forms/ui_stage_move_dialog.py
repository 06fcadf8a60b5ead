# generated from ui/stage_move_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stage_move_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_StageMoveDialog(object):
    def setupUi(self, StageMoveDialog):
        if not StageMoveDialog.objectName():
            StageMoveDialog.setObjectName(u"StageMoveDialog")
        StageMoveDialog.resize(460, 280)
        self.dialogLayout = QVBoxLayout(StageMoveDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageLabel = QLabel(StageMoveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.reasonLabel = QLabel(StageMoveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(StageMoveDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.reasonEdit)

        self.sowLabel = QLabel(StageMoveDialog)
        self.sowLabel.setObjectName(u"sowLabel")
        self.sowLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.sowLabel)

        self.sowDate = QDateEdit(StageMoveDialog)
        self.sowDate.setObjectName(u"sowDate")
        self.sowDate.setCalendarPopup(True)

        self.dialogLayout.addWidget(self.sowDate)

        self.errorLabel = QLabel(StageMoveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StageMoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.sowLabel.setBuddy(self.sowDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StageMoveDialog)

        QMetaObject.connectSlotsByName(StageMoveDialog)
    # setupUi

    def retranslateUi(self, StageMoveDialog):
        StageMoveDialog.setWindowTitle(QCoreApplication.translate("StageMoveDialog", u"Move project", None))
        self.messageLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("StageMoveDialog", u"&Reason (kept in the project's history)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("StageMoveDialog", u"e.g. Client budget frozen until the next fiscal year", None))
        self.sowLabel.setText(QCoreApplication.translate("StageMoveDialog", u"&SOW signed on", None))
        self.sowDate.setDisplayFormat(QCoreApplication.translate("StageMoveDialog", u"d MMM yyyy", None))
        self.errorLabel.setText("")
    # retranslateUi

