# generated from ui/program_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'program_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProgramEditor(object):
    def setupUi(self, ProgramEditor):
        if not ProgramEditor.objectName():
            ProgramEditor.setObjectName(u"ProgramEditor")
        ProgramEditor.resize(460, 340)
        self.programLayout = QVBoxLayout(ProgramEditor)
        self.programLayout.setObjectName(u"programLayout")
        self.programForm = QFormLayout()
        self.programForm.setObjectName(u"programForm")
        self.clientLabel = QLabel(ProgramEditor)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.programForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientErrorBox = QVBoxLayout()
        self.clientErrorBox.setObjectName(u"clientErrorBox")
        self.clientCombo = QComboBox(ProgramEditor)
        self.clientCombo.setObjectName(u"clientCombo")

        self.clientErrorBox.addWidget(self.clientCombo)

        self.clientError = QLabel(ProgramEditor)
        self.clientError.setObjectName(u"clientError")
        self.clientError.setTextFormat(Qt.TextFormat.PlainText)
        self.clientError.setWordWrap(True)

        self.clientErrorBox.addWidget(self.clientError)


        self.programForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.clientErrorBox)

        self.nameLabel = QLabel(ProgramEditor)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.programForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameErrorBox = QVBoxLayout()
        self.nameErrorBox.setObjectName(u"nameErrorBox")
        self.nameEdit = QLineEdit(ProgramEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameErrorBox.addWidget(self.nameEdit)

        self.nameError = QLabel(ProgramEditor)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)

        self.nameErrorBox.addWidget(self.nameError)


        self.programForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameErrorBox)

        self.leadLabel = QLabel(ProgramEditor)
        self.leadLabel.setObjectName(u"leadLabel")
        self.leadLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.programForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadCombo = QComboBox(ProgramEditor)
        self.leadCombo.setObjectName(u"leadCombo")

        self.programForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leadCombo)

        self.descriptionLabel = QLabel(ProgramEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.programForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ProgramEditor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.programForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.programLayout.addLayout(self.programForm)

        self.formError = QLabel(ProgramEditor)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.programLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ProgramEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.programLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.clientLabel.setBuddy(self.clientCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.leadLabel.setBuddy(self.leadCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgramEditor)

        QMetaObject.connectSlotsByName(ProgramEditor)
    # setupUi

    def retranslateUi(self, ProgramEditor):
        ProgramEditor.setWindowTitle(QCoreApplication.translate("ProgramEditor", u"Program", None))
        self.clientLabel.setText(QCoreApplication.translate("ProgramEditor", u"&Client", None))
        self.clientError.setText("")
        self.clientError.setStyleSheet(QCoreApplication.translate("ProgramEditor", u"color: #c62828;", None))
        self.nameLabel.setText(QCoreApplication.translate("ProgramEditor", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProgramEditor", u"e.g. Digital Front Door", None))
        self.nameError.setText("")
        self.nameError.setStyleSheet(QCoreApplication.translate("ProgramEditor", u"color: #c62828;", None))
        self.leadLabel.setText(QCoreApplication.translate("ProgramEditor", u"&Lead", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProgramEditor", u"&Description", None))
        self.formError.setText("")
        self.formError.setStyleSheet(QCoreApplication.translate("ProgramEditor", u"color: #c62828;", None))
    # retranslateUi

