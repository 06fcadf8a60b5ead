# generated from ui/client_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ClientEditor(object):
    def setupUi(self, ClientEditor):
        if not ClientEditor.objectName():
            ClientEditor.setObjectName(u"ClientEditor")
        ClientEditor.resize(440, 300)
        self.clientLayout = QVBoxLayout(ClientEditor)
        self.clientLayout.setObjectName(u"clientLayout")
        self.clientForm = QFormLayout()
        self.clientForm.setObjectName(u"clientForm")
        self.nameLabel = QLabel(ClientEditor)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.clientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameErrorBox = QVBoxLayout()
        self.nameErrorBox.setObjectName(u"nameErrorBox")
        self.nameEdit = QLineEdit(ClientEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameErrorBox.addWidget(self.nameEdit)

        self.nameError = QLabel(ClientEditor)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)

        self.nameErrorBox.addWidget(self.nameError)


        self.clientForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameErrorBox)

        self.industryLabel = QLabel(ClientEditor)
        self.industryLabel.setObjectName(u"industryLabel")
        self.industryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.clientForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industryEdit = QLineEdit(ClientEditor)
        self.industryEdit.setObjectName(u"industryEdit")

        self.clientForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.industryEdit)

        self.notesLabel = QLabel(ClientEditor)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.clientForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ClientEditor)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.clientForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.clientLayout.addLayout(self.clientForm)

        self.formError = QLabel(ClientEditor)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.clientLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ClientEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.clientLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.industryLabel.setBuddy(self.industryEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientEditor)

        QMetaObject.connectSlotsByName(ClientEditor)
    # setupUi

    def retranslateUi(self, ClientEditor):
        ClientEditor.setWindowTitle(QCoreApplication.translate("ClientEditor", u"Client", None))
        self.nameLabel.setText(QCoreApplication.translate("ClientEditor", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ClientEditor", u"e.g. Meridian Bank", None))
        self.nameError.setText("")
        self.nameError.setStyleSheet(QCoreApplication.translate("ClientEditor", u"color: #c62828;", None))
        self.industryLabel.setText(QCoreApplication.translate("ClientEditor", u"&Industry", None))
        self.industryEdit.setPlaceholderText(QCoreApplication.translate("ClientEditor", u"e.g. Banking", None))
        self.notesLabel.setText(QCoreApplication.translate("ClientEditor", u"N&otes", None))
        self.formError.setText("")
        self.formError.setStyleSheet(QCoreApplication.translate("ClientEditor", u"color: #c62828;", None))
    # retranslateUi

