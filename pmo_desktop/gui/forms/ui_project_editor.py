# generated from ui/project_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_editor.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_ProjectEditor(object):
    def setupUi(self, ProjectEditor):
        if not ProjectEditor.objectName():
            ProjectEditor.setObjectName(u"ProjectEditor")
        ProjectEditor.resize(640, 620)
        self.projectLayout = QVBoxLayout(ProjectEditor)
        self.projectLayout.setObjectName(u"projectLayout")
        self.tabs = QTabWidget(ProjectEditor)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsTabLayout = QVBoxLayout(self.detailsTab)
        self.detailsTabLayout.setObjectName(u"detailsTabLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.nameLabel = QLabel(self.detailsTab)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameErrorBox = QVBoxLayout()
        self.nameErrorBox.setObjectName(u"nameErrorBox")
        self.nameEdit = QLineEdit(self.detailsTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameErrorBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.detailsTab)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)

        self.nameErrorBox.addWidget(self.nameError)


        self.detailsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameErrorBox)

        self.codeLabel = QLabel(self.detailsTab)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.detailsTab)
        self.codeEdit.setObjectName(u"codeEdit")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.programLabel = QLabel(self.detailsTab)
        self.programLabel.setObjectName(u"programLabel")
        self.programLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.programLabel)

        self.programErrorBox = QVBoxLayout()
        self.programErrorBox.setObjectName(u"programErrorBox")
        self.programCombo = QComboBox(self.detailsTab)
        self.programCombo.setObjectName(u"programCombo")

        self.programErrorBox.addWidget(self.programCombo)

        self.programError = QLabel(self.detailsTab)
        self.programError.setObjectName(u"programError")
        self.programError.setTextFormat(Qt.TextFormat.PlainText)
        self.programError.setWordWrap(True)

        self.programErrorBox.addWidget(self.programError)


        self.detailsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.programErrorBox)

        self.stageLabel = QLabel(self.detailsTab)
        self.stageLabel.setObjectName(u"stageLabel")
        self.stageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(self.detailsTab)
        self.stageCombo.setObjectName(u"stageCombo")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.pmLabel = QLabel(self.detailsTab)
        self.pmLabel.setObjectName(u"pmLabel")
        self.pmLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pmLabel)

        self.pmCombo = QComboBox(self.detailsTab)
        self.pmCombo.setObjectName(u"pmCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pmCombo)

        self.startLabel = QLabel(self.detailsTab)
        self.startLabel.setObjectName(u"startLabel")
        self.startLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = QDateEdit(self.detailsTab)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endLabel = QLabel(self.detailsTab)
        self.endLabel.setObjectName(u"endLabel")
        self.endLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.datesErrorBox = QVBoxLayout()
        self.datesErrorBox.setObjectName(u"datesErrorBox")
        self.endDate = QDateEdit(self.detailsTab)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)

        self.datesErrorBox.addWidget(self.endDate)

        self.datesError = QLabel(self.detailsTab)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setTextFormat(Qt.TextFormat.PlainText)
        self.datesError.setWordWrap(True)

        self.datesErrorBox.addWidget(self.datesError)


        self.detailsForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.datesErrorBox)

        self.budgetLabel = QLabel(self.detailsTab)
        self.budgetLabel.setObjectName(u"budgetLabel")
        self.budgetLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetErrorBox = QVBoxLayout()
        self.budgetErrorBox.setObjectName(u"budgetErrorBox")
        self.budgetEdit = QLineEdit(self.detailsTab)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.budgetErrorBox.addWidget(self.budgetEdit)

        self.budgetError = QLabel(self.detailsTab)
        self.budgetError.setObjectName(u"budgetError")
        self.budgetError.setTextFormat(Qt.TextFormat.PlainText)
        self.budgetError.setWordWrap(True)

        self.budgetErrorBox.addWidget(self.budgetError)


        self.detailsForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.budgetErrorBox)

        self.winLabel = QLabel(self.detailsTab)
        self.winLabel.setObjectName(u"winLabel")
        self.winLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.winLabel)

        self.winErrorBox = QVBoxLayout()
        self.winErrorBox.setObjectName(u"winErrorBox")
        self.winSpin = QSpinBox(self.detailsTab)
        self.winSpin.setObjectName(u"winSpin")
        self.winSpin.setMinimum(0)
        self.winSpin.setMaximum(100)

        self.winErrorBox.addWidget(self.winSpin)

        self.winError = QLabel(self.detailsTab)
        self.winError.setObjectName(u"winError")
        self.winError.setTextFormat(Qt.TextFormat.PlainText)
        self.winError.setWordWrap(True)

        self.winErrorBox.addWidget(self.winError)


        self.detailsForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.winErrorBox)

        self.priorityLabel = QLabel(self.detailsTab)
        self.priorityLabel.setObjectName(u"priorityLabel")
        self.priorityLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.prioritySpin = QSpinBox(self.detailsTab)
        self.prioritySpin.setObjectName(u"prioritySpin")
        self.prioritySpin.setMinimum(1)
        self.prioritySpin.setMaximum(9)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.prioritySpin)

        self.billableLabel = QLabel(self.detailsTab)
        self.billableLabel.setObjectName(u"billableLabel")
        self.billableLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.billableLabel)

        self.billableCheck = QCheckBox(self.detailsTab)
        self.billableCheck.setObjectName(u"billableCheck")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.billableCheck)

        self.descriptionLabel = QLabel(self.detailsTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.detailsTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.detailsTabLayout.addLayout(self.detailsForm)

        self.tabs.addTab(self.detailsTab, "")
        self.financialsTab = QWidget()
        self.financialsTab.setObjectName(u"financialsTab")
        self.financialsLayout = QVBoxLayout(self.financialsTab)
        self.financialsLayout.setObjectName(u"financialsLayout")
        self.financialsForm = QFormLayout()
        self.financialsForm.setObjectName(u"financialsForm")
        self.actualLabel = QLabel(self.financialsTab)
        self.actualLabel.setObjectName(u"actualLabel")
        self.actualLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.financialsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actualLabel)

        self.actualErrorBox = QVBoxLayout()
        self.actualErrorBox.setObjectName(u"actualErrorBox")
        self.actualEdit = QLineEdit(self.financialsTab)
        self.actualEdit.setObjectName(u"actualEdit")

        self.actualErrorBox.addWidget(self.actualEdit)

        self.actualError = QLabel(self.financialsTab)
        self.actualError.setObjectName(u"actualError")
        self.actualError.setTextFormat(Qt.TextFormat.PlainText)
        self.actualError.setWordWrap(True)

        self.actualErrorBox.addWidget(self.actualError)


        self.financialsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.actualErrorBox)

        self.forecastLabel = QLabel(self.financialsTab)
        self.forecastLabel.setObjectName(u"forecastLabel")
        self.forecastLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.financialsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.forecastLabel)

        self.forecastErrorBox = QVBoxLayout()
        self.forecastErrorBox.setObjectName(u"forecastErrorBox")
        self.forecastEdit = QLineEdit(self.financialsTab)
        self.forecastEdit.setObjectName(u"forecastEdit")

        self.forecastErrorBox.addWidget(self.forecastEdit)

        self.forecastError = QLabel(self.financialsTab)
        self.forecastError.setObjectName(u"forecastError")
        self.forecastError.setTextFormat(Qt.TextFormat.PlainText)
        self.forecastError.setWordWrap(True)

        self.forecastErrorBox.addWidget(self.forecastError)


        self.financialsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.forecastErrorBox)

        self.percentLabel = QLabel(self.financialsTab)
        self.percentLabel.setObjectName(u"percentLabel")
        self.percentLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.financialsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.percentLabel)

        self.percentErrorBox = QVBoxLayout()
        self.percentErrorBox.setObjectName(u"percentErrorBox")
        self.percentSpin = QSpinBox(self.financialsTab)
        self.percentSpin.setObjectName(u"percentSpin")
        self.percentSpin.setMinimum(-1)
        self.percentSpin.setMaximum(100)

        self.percentErrorBox.addWidget(self.percentSpin)

        self.percentError = QLabel(self.financialsTab)
        self.percentError.setObjectName(u"percentError")
        self.percentError.setTextFormat(Qt.TextFormat.PlainText)
        self.percentError.setWordWrap(True)

        self.percentErrorBox.addWidget(self.percentError)


        self.financialsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.percentErrorBox)

        self.sowLabel = QLabel(self.financialsTab)
        self.sowLabel.setObjectName(u"sowLabel")
        self.sowLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.financialsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sowLabel)

        self.sowDate = QDateEdit(self.financialsTab)
        self.sowDate.setObjectName(u"sowDate")
        self.sowDate.setCalendarPopup(True)

        self.financialsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sowDate)


        self.financialsLayout.addLayout(self.financialsForm)

        self.evmLabel = QLabel(self.financialsTab)
        self.evmLabel.setObjectName(u"evmLabel")
        self.evmLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.financialsLayout.addWidget(self.evmLabel)

        self.tabs.addTab(self.financialsTab, "")
        self.milestonesTab = QWidget()
        self.milestonesTab.setObjectName(u"milestonesTab")
        self.milestonesLayout = QVBoxLayout(self.milestonesTab)
        self.milestonesLayout.setObjectName(u"milestonesLayout")
        self.milestonesTable = QTableView(self.milestonesTab)
        self.milestonesTable.setObjectName(u"milestonesTable")

        self.milestonesLayout.addWidget(self.milestonesTable)

        self.milestonesButtons = QHBoxLayout()
        self.milestonesButtons.setObjectName(u"milestonesButtons")
        self.addMilestoneButton = QPushButton(self.milestonesTab)
        self.addMilestoneButton.setObjectName(u"addMilestoneButton")

        self.milestonesButtons.addWidget(self.addMilestoneButton)

        self.removeMilestoneButton = QPushButton(self.milestonesTab)
        self.removeMilestoneButton.setObjectName(u"removeMilestoneButton")

        self.milestonesButtons.addWidget(self.removeMilestoneButton)

        self.milestonesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.milestonesButtons.addItem(self.milestonesSpacer)


        self.milestonesLayout.addLayout(self.milestonesButtons)

        self.milestonesError = QLabel(self.milestonesTab)
        self.milestonesError.setObjectName(u"milestonesError")
        self.milestonesError.setTextFormat(Qt.TextFormat.PlainText)
        self.milestonesError.setWordWrap(True)

        self.milestonesLayout.addWidget(self.milestonesError)

        self.tabs.addTab(self.milestonesTab, "")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesLayout = QVBoxLayout(self.changesTab)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesTable = QTableView(self.changesTab)
        self.changesTable.setObjectName(u"changesTable")

        self.changesLayout.addWidget(self.changesTable)

        self.changesButtons = QHBoxLayout()
        self.changesButtons.setObjectName(u"changesButtons")
        self.addChangeButton = QPushButton(self.changesTab)
        self.addChangeButton.setObjectName(u"addChangeButton")

        self.changesButtons.addWidget(self.addChangeButton)

        self.removeChangeButton = QPushButton(self.changesTab)
        self.removeChangeButton.setObjectName(u"removeChangeButton")

        self.changesButtons.addWidget(self.removeChangeButton)

        self.changesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changesButtons.addItem(self.changesSpacer)


        self.changesLayout.addLayout(self.changesButtons)

        self.changesError = QLabel(self.changesTab)
        self.changesError.setObjectName(u"changesError")
        self.changesError.setTextFormat(Qt.TextFormat.PlainText)
        self.changesError.setWordWrap(True)

        self.changesLayout.addWidget(self.changesError)

        self.tabs.addTab(self.changesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QTextBrowser(self.historyTab)
        self.historyView.setObjectName(u"historyView")

        self.historyLayout.addWidget(self.historyView)

        self.tabs.addTab(self.historyTab, "")

        self.projectLayout.addWidget(self.tabs)

        self.formError = QLabel(ProjectEditor)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.projectLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ProjectEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.projectLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.programLabel.setBuddy(self.programCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.pmLabel.setBuddy(self.pmCombo)
        self.startLabel.setBuddy(self.startDate)
        self.endLabel.setBuddy(self.endDate)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.winLabel.setBuddy(self.winSpin)
        self.priorityLabel.setBuddy(self.prioritySpin)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.actualLabel.setBuddy(self.actualEdit)
        self.forecastLabel.setBuddy(self.forecastEdit)
        self.percentLabel.setBuddy(self.percentSpin)
        self.sowLabel.setBuddy(self.sowDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProjectEditor)

        QMetaObject.connectSlotsByName(ProjectEditor)
    # setupUi

    def retranslateUi(self, ProjectEditor):
        ProjectEditor.setWindowTitle(QCoreApplication.translate("ProjectEditor", u"Project", None))
        self.nameLabel.setText(QCoreApplication.translate("ProjectEditor", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProjectEditor", u"e.g. Checkout Rebuild", None))
        self.nameError.setText("")
        self.nameError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.codeLabel.setText(QCoreApplication.translate("ProjectEditor", u"C&ode", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ProjectEditor", u"optional, e.g. MER-104", None))
        self.programLabel.setText(QCoreApplication.translate("ProjectEditor", u"&Program", None))
        self.programError.setText("")
        self.programError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.stageLabel.setText(QCoreApplication.translate("ProjectEditor", u"&Stage", None))
        self.pmLabel.setText(QCoreApplication.translate("ProjectEditor", u"Project &manager", None))
        self.startLabel.setText(QCoreApplication.translate("ProjectEditor", u"S&tart", None))
        self.startDate.setDisplayFormat(QCoreApplication.translate("ProjectEditor", u"d MMM yyyy", None))
        self.startDate.setSpecialValueText(QCoreApplication.translate("ProjectEditor", u"No date", None))
        self.endLabel.setText(QCoreApplication.translate("ProjectEditor", u"&End", None))
        self.endDate.setDisplayFormat(QCoreApplication.translate("ProjectEditor", u"d MMM yyyy", None))
        self.endDate.setSpecialValueText(QCoreApplication.translate("ProjectEditor", u"No date", None))
        self.datesError.setText("")
        self.datesError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.budgetLabel.setText(QCoreApplication.translate("ProjectEditor", u"&Budget", None))
        self.budgetEdit.setPlaceholderText(QCoreApplication.translate("ProjectEditor", u"e.g. 250,000", None))
        self.budgetError.setText("")
        self.budgetError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.winLabel.setText(QCoreApplication.translate("ProjectEditor", u"&Win probability", None))
        self.winSpin.setSuffix(QCoreApplication.translate("ProjectEditor", u"%", None))
        self.winError.setText("")
        self.winError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.priorityLabel.setText(QCoreApplication.translate("ProjectEditor", u"P&riority", None))
        self.billableLabel.setText("")
        self.billableCheck.setText(QCoreApplication.translate("ProjectEditor", u"&Billable", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProjectEditor", u"&Description", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("ProjectEditor", u"Details", None))
        self.actualLabel.setText(QCoreApplication.translate("ProjectEditor", u"&Actual cost to date", None))
        self.actualEdit.setPlaceholderText(QCoreApplication.translate("ProjectEditor", u"empty when unknown", None))
        self.actualError.setText("")
        self.actualError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.forecastLabel.setText(QCoreApplication.translate("ProjectEditor", u"&Forecast at completion", None))
        self.forecastEdit.setPlaceholderText(QCoreApplication.translate("ProjectEditor", u"empty when unknown", None))
        self.forecastError.setText("")
        self.forecastError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.percentLabel.setText(QCoreApplication.translate("ProjectEditor", u"&% complete", None))
        self.percentSpin.setSuffix(QCoreApplication.translate("ProjectEditor", u"%", None))
        self.percentSpin.setSpecialValueText(QCoreApplication.translate("ProjectEditor", u"Not known", None))
        self.percentError.setText("")
        self.percentError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.sowLabel.setText(QCoreApplication.translate("ProjectEditor", u"&SOW signed", None))
        self.sowDate.setDisplayFormat(QCoreApplication.translate("ProjectEditor", u"d MMM yyyy", None))
        self.sowDate.setSpecialValueText(QCoreApplication.translate("ProjectEditor", u"No date", None))
        self.evmLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.financialsTab), QCoreApplication.translate("ProjectEditor", u"Budget && progress", None))
        self.addMilestoneButton.setText(QCoreApplication.translate("ProjectEditor", u"&Add", None))
        self.removeMilestoneButton.setText(QCoreApplication.translate("ProjectEditor", u"&Remove", None))
        self.milestonesError.setText("")
        self.milestonesError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.milestonesTab), QCoreApplication.translate("ProjectEditor", u"Milestones", None))
        self.addChangeButton.setText(QCoreApplication.translate("ProjectEditor", u"&Add", None))
        self.removeChangeButton.setText(QCoreApplication.translate("ProjectEditor", u"&Remove", None))
        self.changesError.setText("")
        self.changesError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changesTab), QCoreApplication.translate("ProjectEditor", u"Scope changes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ProjectEditor", u"History", None))
        self.formError.setText("")
        self.formError.setStyleSheet(QCoreApplication.translate("ProjectEditor", u"color: #c62828;", None))
    # retranslateUi

