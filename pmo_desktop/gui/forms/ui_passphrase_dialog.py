# generated from ui/passphrase_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(480, 300)
        self.passphraseLayout = QVBoxLayout(PassphraseDialog)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.messageLabel = QLabel(PassphraseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.passphraseLayout.addWidget(self.messageLabel)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.currentLabel = QLabel(PassphraseDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(PassphraseDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newLabel = QLabel(PassphraseDialog)
        self.newLabel.setObjectName(u"newLabel")
        self.newLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(PassphraseDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.confirmLabel = QLabel(PassphraseDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(PassphraseDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.passphraseLayout.addLayout(self.passphraseForm)

        self.deletePlainCheck = QCheckBox(PassphraseDialog)
        self.deletePlainCheck.setObjectName(u"deletePlainCheck")
        self.deletePlainCheck.setChecked(True)

        self.passphraseLayout.addWidget(self.deletePlainCheck)

        self.plainNoteLabel = QLabel(PassphraseDialog)
        self.plainNoteLabel.setObjectName(u"plainNoteLabel")
        self.plainNoteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.plainNoteLabel.setWordWrap(True)

        self.passphraseLayout.addWidget(self.plainNoteLabel)

        self.errorLabel = QLabel(PassphraseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.passphraseLayout.addWidget(self.errorLabel)

        self.passphraseSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.passphraseLayout.addItem(self.passphraseSpacer)

        self.buttonBox = QDialogButtonBox(PassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.passphraseLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseDialog)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Passphrase", None))
        self.messageLabel.setText("")
        self.currentLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase:", None))
        self.newLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&New passphrase:", None))
        self.confirmLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Type it again:", None))
        self.deletePlainCheck.setText(QCoreApplication.translate("PassphraseDialog", u"&Delete the unencrypted backups", None))
        self.plainNoteLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

