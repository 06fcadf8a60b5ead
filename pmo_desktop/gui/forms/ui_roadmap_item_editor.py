# generated from ui/roadmap_item_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roadmap_item_editor.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_RoadmapItemEditor(object):
    def setupUi(self, RoadmapItemEditor):
        if not RoadmapItemEditor.objectName():
            RoadmapItemEditor.setObjectName(u"RoadmapItemEditor")
        RoadmapItemEditor.resize(460, 340)
        self.itemLayout = QVBoxLayout(RoadmapItemEditor)
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemForm = QFormLayout()
        self.itemForm.setObjectName(u"itemForm")
        self.titleLabel = QLabel(RoadmapItemEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleErrorBox = QVBoxLayout()
        self.titleErrorBox.setObjectName(u"titleErrorBox")
        self.titleEdit = QLineEdit(RoadmapItemEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleErrorBox.addWidget(self.titleEdit)

        self.titleError = QLabel(RoadmapItemEditor)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)
        self.titleError.setWordWrap(True)

        self.titleErrorBox.addWidget(self.titleError)


        self.itemForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titleErrorBox)

        self.programLabel = QLabel(RoadmapItemEditor)
        self.programLabel.setObjectName(u"programLabel")
        self.programLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programLabel)

        self.programErrorBox = QVBoxLayout()
        self.programErrorBox.setObjectName(u"programErrorBox")
        self.programCombo = QComboBox(RoadmapItemEditor)
        self.programCombo.setObjectName(u"programCombo")

        self.programErrorBox.addWidget(self.programCombo)

        self.programError = QLabel(RoadmapItemEditor)
        self.programError.setObjectName(u"programError")
        self.programError.setTextFormat(Qt.TextFormat.PlainText)
        self.programError.setWordWrap(True)

        self.programErrorBox.addWidget(self.programError)


        self.itemForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.programErrorBox)

        self.quarterLabel = QLabel(RoadmapItemEditor)
        self.quarterLabel.setObjectName(u"quarterLabel")
        self.quarterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarterBox = QHBoxLayout()
        self.quarterBox.setObjectName(u"quarterBox")
        self.yearSpin = QSpinBox(RoadmapItemEditor)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.quarterBox.addWidget(self.yearSpin)

        self.quarterCombo = QComboBox(RoadmapItemEditor)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.quarterBox.addWidget(self.quarterCombo)


        self.itemForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.quarterBox)

        self.statusLabel = QLabel(RoadmapItemEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(RoadmapItemEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.descriptionLabel = QLabel(RoadmapItemEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.itemForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(RoadmapItemEditor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.itemForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.itemLayout.addLayout(self.itemForm)

        self.formError = QLabel(RoadmapItemEditor)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.itemLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(RoadmapItemEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.itemLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.programLabel.setBuddy(self.programCombo)
        self.quarterLabel.setBuddy(self.yearSpin)
        self.statusLabel.setBuddy(self.statusCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoadmapItemEditor)

        QMetaObject.connectSlotsByName(RoadmapItemEditor)
    # setupUi

    def retranslateUi(self, RoadmapItemEditor):
        RoadmapItemEditor.setWindowTitle(QCoreApplication.translate("RoadmapItemEditor", u"Roadmap initiative", None))
        self.titleLabel.setText(QCoreApplication.translate("RoadmapItemEditor", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("RoadmapItemEditor", u"e.g. Customer self-service portal", None))
        self.titleError.setText("")
        self.titleError.setStyleSheet(QCoreApplication.translate("RoadmapItemEditor", u"color: #c62828;", None))
        self.programLabel.setText(QCoreApplication.translate("RoadmapItemEditor", u"&Program", None))
        self.programError.setText("")
        self.programError.setStyleSheet(QCoreApplication.translate("RoadmapItemEditor", u"color: #c62828;", None))
        self.quarterLabel.setText(QCoreApplication.translate("RoadmapItemEditor", u"&Quarter", None))
        self.statusLabel.setText(QCoreApplication.translate("RoadmapItemEditor", u"&Status", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RoadmapItemEditor", u"&Description", None))
        self.formError.setText("")
        self.formError.setStyleSheet(QCoreApplication.translate("RoadmapItemEditor", u"color: #c62828;", None))
    # retranslateUi

