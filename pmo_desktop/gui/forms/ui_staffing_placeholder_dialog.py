# generated from ui/staffing_placeholder_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staffing_placeholder_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PlaceholderDialog(object):
    def setupUi(self, PlaceholderDialog):
        if not PlaceholderDialog.objectName():
            PlaceholderDialog.setObjectName(u"PlaceholderDialog")
        PlaceholderDialog.resize(440, 300)
        self.dialogLayout = QVBoxLayout(PlaceholderDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.projectLabel = QLabel(PlaceholderDialog)
        self.projectLabel.setObjectName(u"projectLabel")
        self.projectLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(PlaceholderDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.roleLabel = QLabel(PlaceholderDialog)
        self.roleLabel.setObjectName(u"roleLabel")
        self.roleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PlaceholderDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.nameLabel = QLabel(PlaceholderDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.labelEdit = QLineEdit(PlaceholderDialog)
        self.labelEdit.setObjectName(u"labelEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.hoursLabel = QLabel(PlaceholderDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")
        self.hoursLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(PlaceholderDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMinimum(0.500000000000000)
        self.hoursSpin.setMaximum(168.000000000000000)
        self.hoursSpin.setValue(20.000000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.fromLabel = QLabel(PlaceholderDialog)
        self.fromLabel.setObjectName(u"fromLabel")
        self.fromLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = QDateEdit(PlaceholderDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.weeksLabel = QLabel(PlaceholderDialog)
        self.weeksLabel.setObjectName(u"weeksLabel")
        self.weeksLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.weeksLabel)

        self.weeksSpin = QSpinBox(PlaceholderDialog)
        self.weeksSpin.setObjectName(u"weeksSpin")
        self.weeksSpin.setMinimum(1)
        self.weeksSpin.setMaximum(104)
        self.weeksSpin.setValue(8)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.weeksSpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PlaceholderDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PlaceholderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(PlaceholderDialog)

        QMetaObject.connectSlotsByName(PlaceholderDialog)
    # setupUi

    def retranslateUi(self, PlaceholderDialog):
        PlaceholderDialog.setWindowTitle(QCoreApplication.translate("PlaceholderDialog", u"Add an open role", None))
        self.projectLabel.setText(QCoreApplication.translate("PlaceholderDialog", u"Project", None))
        self.roleLabel.setText(QCoreApplication.translate("PlaceholderDialog", u"Role", None))
        self.nameLabel.setText(QCoreApplication.translate("PlaceholderDialog", u"Label", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("PlaceholderDialog", u"e.g. Senior Project Manager \u2014 TBD", None))
        self.hoursLabel.setText(QCoreApplication.translate("PlaceholderDialog", u"Hours per week", None))
        self.fromLabel.setText(QCoreApplication.translate("PlaceholderDialog", u"From week of", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("PlaceholderDialog", u"yyyy-MM-dd", None))
        self.weeksLabel.setText(QCoreApplication.translate("PlaceholderDialog", u"Weeks", None))
    # retranslateUi

