# generated from ui/override_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'override_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.resize(480, 320)
        self.dialogLayout = QVBoxLayout(OverrideDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.targetLabel = QLabel(OverrideDialog)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setTextFormat(Qt.TextFormat.RichText)
        self.targetLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.targetLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dimensionLabel = QLabel(OverrideDialog)
        self.dimensionLabel.setObjectName(u"dimensionLabel")
        self.dimensionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dimensionLabel)

        self.dimensionCombo = QComboBox(OverrideDialog)
        self.dimensionCombo.setObjectName(u"dimensionCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dimensionCombo)

        self.ragLabel = QLabel(OverrideDialog)
        self.ragLabel.setObjectName(u"ragLabel")
        self.ragLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ragLabel)

        self.ragCombo = QComboBox(OverrideDialog)
        self.ragCombo.setObjectName(u"ragCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ragCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.rulesLabel = QLabel(OverrideDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.rulesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.rulesLabel)

        self.reasonLabel = QLabel(OverrideDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(OverrideDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(OverrideDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OverrideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Reset)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dimensionLabel.setBuddy(self.dimensionCombo)
        self.ragLabel.setBuddy(self.ragCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverrideDialog)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Override health", None))
        self.targetLabel.setText("")
        self.dimensionLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Dimension", None))
        self.ragLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Colour", None))
        self.rulesLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Reason (shown in reports)", None))
        self.errorLabel.setText("")
    # retranslateUi

