# generated from ui/person_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_editor.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PersonEditor(object):
    def setupUi(self, PersonEditor):
        if not PersonEditor.objectName():
            PersonEditor.setObjectName(u"PersonEditor")
        PersonEditor.resize(720, 620)
        self.dialogLayout = QVBoxLayout(PersonEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.nameLabel = QLabel(PersonEditor)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(PersonEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(PersonEditor)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)

        self.formGrid.addWidget(self.nameError, 0, 2, 1, 1)

        self.roleLabel = QLabel(PersonEditor)
        self.roleLabel.setObjectName(u"roleLabel")
        self.roleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.roleLabel, 1, 0, 1, 1)

        self.roleCombo = QComboBox(PersonEditor)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formGrid.addWidget(self.roleCombo, 1, 1, 1, 1)

        self.roleError = QLabel(PersonEditor)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setTextFormat(Qt.TextFormat.PlainText)
        self.roleError.setWordWrap(True)

        self.formGrid.addWidget(self.roleError, 1, 2, 1, 1)

        self.managerLabel = QLabel(PersonEditor)
        self.managerLabel.setObjectName(u"managerLabel")
        self.managerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.managerLabel, 2, 0, 1, 1)

        self.managerCombo = QComboBox(PersonEditor)
        self.managerCombo.setObjectName(u"managerCombo")

        self.formGrid.addWidget(self.managerCombo, 2, 1, 1, 1)

        self.manager_idError = QLabel(PersonEditor)
        self.manager_idError.setObjectName(u"manager_idError")
        self.manager_idError.setTextFormat(Qt.TextFormat.PlainText)
        self.manager_idError.setWordWrap(True)

        self.formGrid.addWidget(self.manager_idError, 2, 2, 1, 1)

        self.emailLabel = QLabel(PersonEditor)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.emailLabel, 3, 0, 1, 1)

        self.emailEdit = QLineEdit(PersonEditor)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formGrid.addWidget(self.emailEdit, 3, 1, 1, 1)

        self.emailError = QLabel(PersonEditor)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setTextFormat(Qt.TextFormat.PlainText)
        self.emailError.setWordWrap(True)

        self.formGrid.addWidget(self.emailError, 3, 2, 1, 1)

        self.startCheck = QCheckBox(PersonEditor)
        self.startCheck.setObjectName(u"startCheck")

        self.formGrid.addWidget(self.startCheck, 4, 0, 1, 1)

        self.startEdit = QDateEdit(PersonEditor)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.formGrid.addWidget(self.startEdit, 4, 1, 1, 1)

        self.start_dateError = QLabel(PersonEditor)
        self.start_dateError.setObjectName(u"start_dateError")
        self.start_dateError.setTextFormat(Qt.TextFormat.PlainText)
        self.start_dateError.setWordWrap(True)

        self.formGrid.addWidget(self.start_dateError, 4, 2, 1, 1)

        self.endCheck = QCheckBox(PersonEditor)
        self.endCheck.setObjectName(u"endCheck")

        self.formGrid.addWidget(self.endCheck, 5, 0, 1, 1)

        self.endEdit = QDateEdit(PersonEditor)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.formGrid.addWidget(self.endEdit, 5, 1, 1, 1)

        self.end_dateError = QLabel(PersonEditor)
        self.end_dateError.setObjectName(u"end_dateError")
        self.end_dateError.setTextFormat(Qt.TextFormat.PlainText)
        self.end_dateError.setWordWrap(True)

        self.formGrid.addWidget(self.end_dateError, 5, 2, 1, 1)

        self.hoursLabel = QLabel(PersonEditor)
        self.hoursLabel.setObjectName(u"hoursLabel")
        self.hoursLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.hoursLabel, 6, 0, 1, 1)

        self.hoursSpin = QDoubleSpinBox(PersonEditor)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMaximum(80.000000000000000)
        self.hoursSpin.setSingleStep(0.500000000000000)
        self.hoursSpin.setDecimals(1)

        self.formGrid.addWidget(self.hoursSpin, 6, 1, 1, 1)

        self.weekly_hoursError = QLabel(PersonEditor)
        self.weekly_hoursError.setObjectName(u"weekly_hoursError")
        self.weekly_hoursError.setTextFormat(Qt.TextFormat.PlainText)
        self.weekly_hoursError.setWordWrap(True)

        self.formGrid.addWidget(self.weekly_hoursError, 6, 2, 1, 1)

        self.workweekCheck = QCheckBox(PersonEditor)
        self.workweekCheck.setObjectName(u"workweekCheck")

        self.formGrid.addWidget(self.workweekCheck, 7, 0, 1, 1)

        self.workweekLayout = QHBoxLayout()
        self.workweekLayout.setObjectName(u"workweekLayout")
        self.day0Spin = QDoubleSpinBox(PersonEditor)
        self.day0Spin.setObjectName(u"day0Spin")
        self.day0Spin.setMaximum(24.000000000000000)
        self.day0Spin.setSingleStep(0.500000000000000)
        self.day0Spin.setDecimals(1)

        self.workweekLayout.addWidget(self.day0Spin)

        self.day1Spin = QDoubleSpinBox(PersonEditor)
        self.day1Spin.setObjectName(u"day1Spin")
        self.day1Spin.setMaximum(24.000000000000000)
        self.day1Spin.setSingleStep(0.500000000000000)
        self.day1Spin.setDecimals(1)

        self.workweekLayout.addWidget(self.day1Spin)

        self.day2Spin = QDoubleSpinBox(PersonEditor)
        self.day2Spin.setObjectName(u"day2Spin")
        self.day2Spin.setMaximum(24.000000000000000)
        self.day2Spin.setSingleStep(0.500000000000000)
        self.day2Spin.setDecimals(1)

        self.workweekLayout.addWidget(self.day2Spin)

        self.day3Spin = QDoubleSpinBox(PersonEditor)
        self.day3Spin.setObjectName(u"day3Spin")
        self.day3Spin.setMaximum(24.000000000000000)
        self.day3Spin.setSingleStep(0.500000000000000)
        self.day3Spin.setDecimals(1)

        self.workweekLayout.addWidget(self.day3Spin)

        self.day4Spin = QDoubleSpinBox(PersonEditor)
        self.day4Spin.setObjectName(u"day4Spin")
        self.day4Spin.setMaximum(24.000000000000000)
        self.day4Spin.setSingleStep(0.500000000000000)
        self.day4Spin.setDecimals(1)

        self.workweekLayout.addWidget(self.day4Spin)

        self.day5Spin = QDoubleSpinBox(PersonEditor)
        self.day5Spin.setObjectName(u"day5Spin")
        self.day5Spin.setMaximum(24.000000000000000)
        self.day5Spin.setSingleStep(0.500000000000000)
        self.day5Spin.setDecimals(1)

        self.workweekLayout.addWidget(self.day5Spin)

        self.day6Spin = QDoubleSpinBox(PersonEditor)
        self.day6Spin.setObjectName(u"day6Spin")
        self.day6Spin.setMaximum(24.000000000000000)
        self.day6Spin.setSingleStep(0.500000000000000)
        self.day6Spin.setDecimals(1)

        self.workweekLayout.addWidget(self.day6Spin)


        self.formGrid.addLayout(self.workweekLayout, 7, 1, 1, 1)

        self.workweekError = QLabel(PersonEditor)
        self.workweekError.setObjectName(u"workweekError")
        self.workweekError.setTextFormat(Qt.TextFormat.PlainText)
        self.workweekError.setWordWrap(True)

        self.formGrid.addWidget(self.workweekError, 7, 2, 1, 1)

        self.targetCheck = QCheckBox(PersonEditor)
        self.targetCheck.setObjectName(u"targetCheck")

        self.formGrid.addWidget(self.targetCheck, 8, 0, 1, 1)

        self.targetSpin = QSpinBox(PersonEditor)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setMaximum(100)

        self.formGrid.addWidget(self.targetSpin, 8, 1, 1, 1)

        self.billable_targetError = QLabel(PersonEditor)
        self.billable_targetError.setObjectName(u"billable_targetError")
        self.billable_targetError.setTextFormat(Qt.TextFormat.PlainText)
        self.billable_targetError.setWordWrap(True)

        self.formGrid.addWidget(self.billable_targetError, 8, 2, 1, 1)

        self.countryLabel = QLabel(PersonEditor)
        self.countryLabel.setObjectName(u"countryLabel")
        self.countryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.countryLabel, 9, 0, 1, 1)

        self.countryCombo = QComboBox(PersonEditor)
        self.countryCombo.setObjectName(u"countryCombo")

        self.formGrid.addWidget(self.countryCombo, 9, 1, 1, 1)

        self.holiday_countryError = QLabel(PersonEditor)
        self.holiday_countryError.setObjectName(u"holiday_countryError")
        self.holiday_countryError.setTextFormat(Qt.TextFormat.PlainText)
        self.holiday_countryError.setWordWrap(True)

        self.formGrid.addWidget(self.holiday_countryError, 9, 2, 1, 1)

        self.regionLabel = QLabel(PersonEditor)
        self.regionLabel.setObjectName(u"regionLabel")
        self.regionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.regionLabel, 10, 0, 1, 1)

        self.regionCombo = QComboBox(PersonEditor)
        self.regionCombo.setObjectName(u"regionCombo")

        self.formGrid.addWidget(self.regionCombo, 10, 1, 1, 1)

        self.holiday_regionError = QLabel(PersonEditor)
        self.holiday_regionError.setObjectName(u"holiday_regionError")
        self.holiday_regionError.setTextFormat(Qt.TextFormat.PlainText)
        self.holiday_regionError.setWordWrap(True)

        self.formGrid.addWidget(self.holiday_regionError, 10, 2, 1, 1)

        self.skillsLabel = QLabel(PersonEditor)
        self.skillsLabel.setObjectName(u"skillsLabel")
        self.skillsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.skillsLabel, 11, 0, 1, 1)

        self.skillsEdit = QLineEdit(PersonEditor)
        self.skillsEdit.setObjectName(u"skillsEdit")

        self.formGrid.addWidget(self.skillsEdit, 11, 1, 1, 1)

        self.skillsError = QLabel(PersonEditor)
        self.skillsError.setObjectName(u"skillsError")
        self.skillsError.setTextFormat(Qt.TextFormat.PlainText)
        self.skillsError.setWordWrap(True)

        self.formGrid.addWidget(self.skillsError, 11, 2, 1, 1)

        self.notesLabel = QLabel(PersonEditor)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.notesLabel, 12, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(PersonEditor)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formGrid.addWidget(self.notesEdit, 12, 1, 1, 1)

        self.notesError = QLabel(PersonEditor)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setTextFormat(Qt.TextFormat.PlainText)
        self.notesError.setWordWrap(True)

        self.formGrid.addWidget(self.notesError, 12, 2, 1, 1)

        self.activeCheck = QCheckBox(PersonEditor)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formGrid.addWidget(self.activeCheck, 13, 0, 1, 1)

        self.activeNote = QLabel(PersonEditor)
        self.activeNote.setObjectName(u"activeNote")
        self.activeNote.setTextFormat(Qt.TextFormat.PlainText)

        self.formGrid.addWidget(self.activeNote, 13, 1, 1, 1)

        self.activeError = QLabel(PersonEditor)
        self.activeError.setObjectName(u"activeError")
        self.activeError.setTextFormat(Qt.TextFormat.PlainText)
        self.activeError.setWordWrap(True)

        self.formGrid.addWidget(self.activeError, 13, 2, 1, 1)

        self.formGrid.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.formGrid)

        self.warningLabel = QLabel(PersonEditor)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.formError = QLabel(PersonEditor)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(PersonEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.managerLabel.setBuddy(self.managerCombo)
        self.emailLabel.setBuddy(self.emailEdit)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.countryLabel.setBuddy(self.countryCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.skillsLabel.setBuddy(self.skillsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonEditor)

        QMetaObject.connectSlotsByName(PersonEditor)
    # setupUi

    def retranslateUi(self, PersonEditor):
        PersonEditor.setWindowTitle(QCoreApplication.translate("PersonEditor", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonEditor", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"Full name, as on their evaluation", None))
        self.nameError.setText("")
        self.roleLabel.setText(QCoreApplication.translate("PersonEditor", u"&Role", None))
        self.roleError.setText("")
        self.managerLabel.setText(QCoreApplication.translate("PersonEditor", u"&Manager", None))
        self.manager_idError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("PersonEditor", u"&Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"name@company.com (optional)", None))
        self.emailError.setText("")
        self.startCheck.setText(QCoreApplication.translate("PersonEditor", u"&Start date", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("PersonEditor", u"dd MMM yyyy", None))
        self.start_dateError.setText("")
        self.endCheck.setText(QCoreApplication.translate("PersonEditor", u"Last &day", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("PersonEditor", u"dd MMM yyyy", None))
        self.end_dateError.setText("")
        self.hoursLabel.setText(QCoreApplication.translate("PersonEditor", u"Weekly &hours", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("PersonEditor", u" h a week", None))
        self.weekly_hoursError.setText("")
        self.workweekCheck.setText(QCoreApplication.translate("PersonEditor", u"Own work&week", None))
        self.day0Spin.setPrefix(QCoreApplication.translate("PersonEditor", u"Mon ", None))
#if QT_CONFIG(accessibility)
        self.day0Spin.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Mon hours", None))
#endif // QT_CONFIG(accessibility)
        self.day1Spin.setPrefix(QCoreApplication.translate("PersonEditor", u"Tue ", None))
#if QT_CONFIG(accessibility)
        self.day1Spin.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Tue hours", None))
#endif // QT_CONFIG(accessibility)
        self.day2Spin.setPrefix(QCoreApplication.translate("PersonEditor", u"Wed ", None))
#if QT_CONFIG(accessibility)
        self.day2Spin.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Wed hours", None))
#endif // QT_CONFIG(accessibility)
        self.day3Spin.setPrefix(QCoreApplication.translate("PersonEditor", u"Thu ", None))
#if QT_CONFIG(accessibility)
        self.day3Spin.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Thu hours", None))
#endif // QT_CONFIG(accessibility)
        self.day4Spin.setPrefix(QCoreApplication.translate("PersonEditor", u"Fri ", None))
#if QT_CONFIG(accessibility)
        self.day4Spin.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Fri hours", None))
#endif // QT_CONFIG(accessibility)
        self.day5Spin.setPrefix(QCoreApplication.translate("PersonEditor", u"Sat ", None))
#if QT_CONFIG(accessibility)
        self.day5Spin.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Sat hours", None))
#endif // QT_CONFIG(accessibility)
        self.day6Spin.setPrefix(QCoreApplication.translate("PersonEditor", u"Sun ", None))
#if QT_CONFIG(accessibility)
        self.day6Spin.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Sun hours", None))
#endif // QT_CONFIG(accessibility)
        self.workweekError.setText("")
        self.targetCheck.setText(QCoreApplication.translate("PersonEditor", u"Own billability &target", None))
        self.targetSpin.setSuffix(QCoreApplication.translate("PersonEditor", u" %", None))
        self.billable_targetError.setText("")
        self.countryLabel.setText(QCoreApplication.translate("PersonEditor", u"Public &holidays", None))
        self.holiday_countryError.setText("")
        self.regionLabel.setText(QCoreApplication.translate("PersonEditor", u"Re&gion", None))
        self.holiday_regionError.setText("")
        self.skillsLabel.setText(QCoreApplication.translate("PersonEditor", u"S&kills", None))
        self.skillsEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"Jira:4, SAFe:2, Budgeting (level 1 learning \u2013 5 expert; 3 if left out)", None))
        self.skillsError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("PersonEditor", u"N&otes", None))
        self.notesError.setText("")
        self.activeCheck.setText(QCoreApplication.translate("PersonEditor", u"&Active", None))
        self.activeNote.setText(QCoreApplication.translate("PersonEditor", u"On the roster and the staffing grid. Untick when someone leaves the team: their history stays.", None))
        self.activeError.setText("")
        self.warningLabel.setText("")
        self.formError.setText("")
    # retranslateUi

