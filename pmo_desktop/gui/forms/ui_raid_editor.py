# generated from ui/raid_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'raid_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_RaidEditor(object):
    def setupUi(self, RaidEditor):
        if not RaidEditor.objectName():
            RaidEditor.setObjectName(u"RaidEditor")
        RaidEditor.resize(1180, 760)
        self.editorLayout = QVBoxLayout(RaidEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.headerLabel = QLabel(RaidEditor)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.editorLayout.addWidget(self.headerLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(16)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setHorizontalSpacing(8)
        self.fieldsGrid.setVerticalSpacing(4)
        self.kindLabel = QLabel(RaidEditor)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(RaidEditor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fieldsGrid.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.titleLabel = QLabel(RaidEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.titleLabel, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(RaidEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.fieldsGrid.addWidget(self.titleEdit, 1, 1, 1, 1)

        self.titleError = QLabel(RaidEditor)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)
        self.titleError.setWordWrap(True)
        self.titleError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.titleError, 1, 2, 1, 1)

        self.clientLabel = QLabel(RaidEditor)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.clientLabel, 2, 0, 1, 1)

        self.clientCombo = QComboBox(RaidEditor)
        self.clientCombo.setObjectName(u"clientCombo")

        self.fieldsGrid.addWidget(self.clientCombo, 2, 1, 1, 1)

        self.clientError = QLabel(RaidEditor)
        self.clientError.setObjectName(u"clientError")
        self.clientError.setTextFormat(Qt.TextFormat.PlainText)
        self.clientError.setWordWrap(True)
        self.clientError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.clientError, 2, 2, 1, 1)

        self.programLabel = QLabel(RaidEditor)
        self.programLabel.setObjectName(u"programLabel")
        self.programLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.programLabel, 3, 0, 1, 1)

        self.programCombo = QComboBox(RaidEditor)
        self.programCombo.setObjectName(u"programCombo")

        self.fieldsGrid.addWidget(self.programCombo, 3, 1, 1, 1)

        self.programError = QLabel(RaidEditor)
        self.programError.setObjectName(u"programError")
        self.programError.setTextFormat(Qt.TextFormat.PlainText)
        self.programError.setWordWrap(True)
        self.programError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.programError, 3, 2, 1, 1)

        self.projectLabel = QLabel(RaidEditor)
        self.projectLabel.setObjectName(u"projectLabel")
        self.projectLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.projectLabel, 4, 0, 1, 1)

        self.projectCombo = QComboBox(RaidEditor)
        self.projectCombo.setObjectName(u"projectCombo")

        self.fieldsGrid.addWidget(self.projectCombo, 4, 1, 1, 1)

        self.projectError = QLabel(RaidEditor)
        self.projectError.setObjectName(u"projectError")
        self.projectError.setTextFormat(Qt.TextFormat.PlainText)
        self.projectError.setWordWrap(True)
        self.projectError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.projectError, 4, 2, 1, 1)

        self.ownerLabel = QLabel(RaidEditor)
        self.ownerLabel.setObjectName(u"ownerLabel")
        self.ownerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.ownerLabel, 5, 0, 1, 1)

        self.ownerCombo = QComboBox(RaidEditor)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.fieldsGrid.addWidget(self.ownerCombo, 5, 1, 1, 1)

        self.ownerError = QLabel(RaidEditor)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setTextFormat(Qt.TextFormat.PlainText)
        self.ownerError.setWordWrap(True)
        self.ownerError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.ownerError, 5, 2, 1, 1)

        self.probabilityLabel = QLabel(RaidEditor)
        self.probabilityLabel.setObjectName(u"probabilityLabel")
        self.probabilityLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.probabilityLabel, 6, 0, 1, 1)

        self.probabilityCombo = QComboBox(RaidEditor)
        self.probabilityCombo.setObjectName(u"probabilityCombo")

        self.fieldsGrid.addWidget(self.probabilityCombo, 6, 1, 1, 1)

        self.probabilityError = QLabel(RaidEditor)
        self.probabilityError.setObjectName(u"probabilityError")
        self.probabilityError.setTextFormat(Qt.TextFormat.PlainText)
        self.probabilityError.setWordWrap(True)
        self.probabilityError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.probabilityError, 6, 2, 1, 1)

        self.impactLabel = QLabel(RaidEditor)
        self.impactLabel.setObjectName(u"impactLabel")
        self.impactLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.impactLabel, 7, 0, 1, 1)

        self.impactCombo = QComboBox(RaidEditor)
        self.impactCombo.setObjectName(u"impactCombo")

        self.fieldsGrid.addWidget(self.impactCombo, 7, 1, 1, 1)

        self.impactError = QLabel(RaidEditor)
        self.impactError.setObjectName(u"impactError")
        self.impactError.setTextFormat(Qt.TextFormat.PlainText)
        self.impactError.setWordWrap(True)
        self.impactError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.impactError, 7, 2, 1, 1)

        self.scoreLabelCaption = QLabel(RaidEditor)
        self.scoreLabelCaption.setObjectName(u"scoreLabelCaption")
        self.scoreLabelCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.scoreLabelCaption, 8, 0, 1, 1)

        self.scoreLabel = QLabel(RaidEditor)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.scoreLabel.setMinimumSize(QSize(160, 24))

        self.fieldsGrid.addWidget(self.scoreLabel, 8, 1, 1, 1)

        self.opportunityCheck = QCheckBox(RaidEditor)
        self.opportunityCheck.setObjectName(u"opportunityCheck")

        self.fieldsGrid.addWidget(self.opportunityCheck, 9, 1, 1, 1)

        self.responseLabel = QLabel(RaidEditor)
        self.responseLabel.setObjectName(u"responseLabel")
        self.responseLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.responseLabel, 10, 0, 1, 1)

        self.responseCombo = QComboBox(RaidEditor)
        self.responseCombo.setObjectName(u"responseCombo")

        self.fieldsGrid.addWidget(self.responseCombo, 10, 1, 1, 1)

        self.responseError = QLabel(RaidEditor)
        self.responseError.setObjectName(u"responseError")
        self.responseError.setTextFormat(Qt.TextFormat.PlainText)
        self.responseError.setWordWrap(True)
        self.responseError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.responseError, 10, 2, 1, 1)

        self.statusLabel = QLabel(RaidEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.statusLabel, 11, 0, 1, 1)

        self.statusCombo = QComboBox(RaidEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsGrid.addWidget(self.statusCombo, 11, 1, 1, 1)

        self.raisedDateLabel = QLabel(RaidEditor)
        self.raisedDateLabel.setObjectName(u"raisedDateLabel")
        self.raisedDateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.raisedDateLabel, 12, 0, 1, 1)

        self.raisedDate = QDateEdit(RaidEditor)
        self.raisedDate.setObjectName(u"raisedDate")
        self.raisedDate.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.raisedDate, 12, 1, 1, 1)

        self.raisedError = QLabel(RaidEditor)
        self.raisedError.setObjectName(u"raisedError")
        self.raisedError.setTextFormat(Qt.TextFormat.PlainText)
        self.raisedError.setWordWrap(True)
        self.raisedError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.raisedError, 12, 2, 1, 1)

        self.reviewDateLabel = QLabel(RaidEditor)
        self.reviewDateLabel.setObjectName(u"reviewDateLabel")
        self.reviewDateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.reviewDateLabel, 13, 0, 1, 1)

        self.reviewDate = QDateEdit(RaidEditor)
        self.reviewDate.setObjectName(u"reviewDate")
        self.reviewDate.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.reviewDate, 13, 1, 1, 1)

        self.dueDateLabel = QLabel(RaidEditor)
        self.dueDateLabel.setObjectName(u"dueDateLabel")
        self.dueDateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.dueDateLabel, 14, 0, 1, 1)

        self.dueDate = QDateEdit(RaidEditor)
        self.dueDate.setObjectName(u"dueDate")
        self.dueDate.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.dueDate, 14, 1, 1, 1)

        self.dueError = QLabel(RaidEditor)
        self.dueError.setObjectName(u"dueError")
        self.dueError.setTextFormat(Qt.TextFormat.PlainText)
        self.dueError.setWordWrap(True)
        self.dueError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.dueError, 14, 2, 1, 1)

        self.severityLabel = QLabel(RaidEditor)
        self.severityLabel.setObjectName(u"severityLabel")
        self.severityLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.severityLabel, 15, 0, 1, 1)

        self.severityCombo = QComboBox(RaidEditor)
        self.severityCombo.setObjectName(u"severityCombo")

        self.fieldsGrid.addWidget(self.severityCombo, 15, 1, 1, 1)

        self.severityError = QLabel(RaidEditor)
        self.severityError.setObjectName(u"severityError")
        self.severityError.setTextFormat(Qt.TextFormat.PlainText)
        self.severityError.setWordWrap(True)
        self.severityError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.severityError, 15, 2, 1, 1)

        self.validationDateLabel = QLabel(RaidEditor)
        self.validationDateLabel.setObjectName(u"validationDateLabel")
        self.validationDateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.validationDateLabel, 16, 0, 1, 1)

        self.validationDate = QDateEdit(RaidEditor)
        self.validationDate.setObjectName(u"validationDate")
        self.validationDate.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.validationDate, 16, 1, 1, 1)

        self.residualProbabilityLabel = QLabel(RaidEditor)
        self.residualProbabilityLabel.setObjectName(u"residualProbabilityLabel")
        self.residualProbabilityLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.residualProbabilityLabel, 17, 0, 1, 1)

        self.residualProbabilityCombo = QComboBox(RaidEditor)
        self.residualProbabilityCombo.setObjectName(u"residualProbabilityCombo")

        self.fieldsGrid.addWidget(self.residualProbabilityCombo, 17, 1, 1, 1)

        self.residualProbabilityError = QLabel(RaidEditor)
        self.residualProbabilityError.setObjectName(u"residualProbabilityError")
        self.residualProbabilityError.setTextFormat(Qt.TextFormat.PlainText)
        self.residualProbabilityError.setWordWrap(True)
        self.residualProbabilityError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.residualProbabilityError, 17, 2, 1, 1)

        self.residualImpactLabel = QLabel(RaidEditor)
        self.residualImpactLabel.setObjectName(u"residualImpactLabel")
        self.residualImpactLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.residualImpactLabel, 18, 0, 1, 1)

        self.residualImpactCombo = QComboBox(RaidEditor)
        self.residualImpactCombo.setObjectName(u"residualImpactCombo")

        self.fieldsGrid.addWidget(self.residualImpactCombo, 18, 1, 1, 1)

        self.residualImpactError = QLabel(RaidEditor)
        self.residualImpactError.setObjectName(u"residualImpactError")
        self.residualImpactError.setTextFormat(Qt.TextFormat.PlainText)
        self.residualImpactError.setWordWrap(True)
        self.residualImpactError.setMinimumSize(QSize(180, 0))

        self.fieldsGrid.addWidget(self.residualImpactError, 18, 2, 1, 1)

        self.residualScoreLabelCaption = QLabel(RaidEditor)
        self.residualScoreLabelCaption.setObjectName(u"residualScoreLabelCaption")
        self.residualScoreLabelCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.residualScoreLabelCaption, 19, 0, 1, 1)

        self.residualScoreLabel = QLabel(RaidEditor)
        self.residualScoreLabel.setObjectName(u"residualScoreLabel")
        self.residualScoreLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.residualScoreLabel.setMinimumSize(QSize(160, 24))

        self.fieldsGrid.addWidget(self.residualScoreLabel, 19, 1, 1, 1)


        self.bodyLayout.addLayout(self.fieldsGrid)

        self.detailTabs = QTabWidget(RaidEditor)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsForm = QFormLayout(self.detailsTab)
        self.detailsForm.setObjectName(u"detailsForm")
        self.descriptionLabel = QLabel(self.detailsTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.detailsTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.causeLabel = QLabel(self.detailsTab)
        self.causeLabel.setObjectName(u"causeLabel")
        self.causeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.causeEdit = QPlainTextEdit(self.detailsTab)
        self.causeEdit.setObjectName(u"causeEdit")
        self.causeEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.causeEdit)

        self.categoryLabel = QLabel(self.detailsTab)
        self.categoryLabel.setObjectName(u"categoryLabel")
        self.categoryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.detailsTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.triggerLabel = QLabel(self.detailsTab)
        self.triggerLabel.setObjectName(u"triggerLabel")
        self.triggerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.triggerLabel)

        self.triggerEdit = QPlainTextEdit(self.detailsTab)
        self.triggerEdit.setObjectName(u"triggerEdit")
        self.triggerEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.triggerEdit)

        self.contingencyLabel = QLabel(self.detailsTab)
        self.contingencyLabel.setObjectName(u"contingencyLabel")
        self.contingencyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contingencyLabel)

        self.contingencyEdit = QPlainTextEdit(self.detailsTab)
        self.contingencyEdit.setObjectName(u"contingencyEdit")
        self.contingencyEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contingencyEdit)

        self.detailTabs.addTab(self.detailsTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsHint = QLabel(self.actionsTab)
        self.actionsHint.setObjectName(u"actionsHint")
        self.actionsHint.setTextFormat(Qt.TextFormat.PlainText)
        self.actionsHint.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsHint)

        self.actionsTable = QTableView(self.actionsTab)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsTable.verticalHeader().setVisible(False)

        self.actionsLayout.addWidget(self.actionsTable)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.doneActionButton = QPushButton(self.actionsTab)
        self.doneActionButton.setObjectName(u"doneActionButton")

        self.actionButtons.addWidget(self.doneActionButton)

        self.removeActionButton = QPushButton(self.actionsTab)
        self.removeActionButton.setObjectName(u"removeActionButton")

        self.actionButtons.addWidget(self.removeActionButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)


        self.actionsLayout.addLayout(self.actionButtons)

        self.newActionLayout = QHBoxLayout()
        self.newActionLayout.setObjectName(u"newActionLayout")
        self.actionEdit = QLineEdit(self.actionsTab)
        self.actionEdit.setObjectName(u"actionEdit")

        self.newActionLayout.addWidget(self.actionEdit)

        self.actionOwnerCombo = QComboBox(self.actionsTab)
        self.actionOwnerCombo.setObjectName(u"actionOwnerCombo")

        self.newActionLayout.addWidget(self.actionOwnerCombo)

        self.actionDueDate = QDateEdit(self.actionsTab)
        self.actionDueDate.setObjectName(u"actionDueDate")
        self.actionDueDate.setCalendarPopup(True)

        self.newActionLayout.addWidget(self.actionDueDate)

        self.addActionButton = QPushButton(self.actionsTab)
        self.addActionButton.setObjectName(u"addActionButton")

        self.newActionLayout.addWidget(self.addActionButton)


        self.actionsLayout.addLayout(self.newActionLayout)

        self.actionError = QLabel(self.actionsTab)
        self.actionError.setObjectName(u"actionError")
        self.actionError.setTextFormat(Qt.TextFormat.PlainText)
        self.actionError.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionError)

        self.detailTabs.addTab(self.actionsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.linkLabel = QLabel(self.historyTab)
        self.linkLabel.setObjectName(u"linkLabel")
        self.linkLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.linkLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.linkLabel)

        self.historyTable = QTableView(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(False)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.detailTabs.addTab(self.historyTab, "")

        self.bodyLayout.addWidget(self.detailTabs)


        self.editorLayout.addLayout(self.bodyLayout)

        self.formError = QLabel(RaidEditor)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.editorLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(RaidEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.editorLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.clientLabel.setBuddy(self.clientCombo)
        self.programLabel.setBuddy(self.programCombo)
        self.projectLabel.setBuddy(self.projectCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.probabilityLabel.setBuddy(self.probabilityCombo)
        self.impactLabel.setBuddy(self.impactCombo)
        self.responseLabel.setBuddy(self.responseCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.raisedDateLabel.setBuddy(self.raisedDate)
        self.reviewDateLabel.setBuddy(self.reviewDate)
        self.dueDateLabel.setBuddy(self.dueDate)
        self.severityLabel.setBuddy(self.severityCombo)
        self.validationDateLabel.setBuddy(self.validationDate)
        self.residualProbabilityLabel.setBuddy(self.residualProbabilityCombo)
        self.residualImpactLabel.setBuddy(self.residualImpactCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.causeLabel.setBuddy(self.causeEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.triggerLabel.setBuddy(self.triggerEdit)
        self.contingencyLabel.setBuddy(self.contingencyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RaidEditor)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RaidEditor)
    # setupUi

    def retranslateUi(self, RaidEditor):
        RaidEditor.setWindowTitle(QCoreApplication.translate("RaidEditor", u"RAID entry", None))
        self.kindLabel.setText(QCoreApplication.translate("RaidEditor", u"Kind", None))
        self.titleLabel.setText(QCoreApplication.translate("RaidEditor", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("RaidEditor", u"What could happen, and to what", None))
        self.clientLabel.setText(QCoreApplication.translate("RaidEditor", u"Client", None))
        self.programLabel.setText(QCoreApplication.translate("RaidEditor", u"Program", None))
        self.projectLabel.setText(QCoreApplication.translate("RaidEditor", u"Project", None))
        self.ownerLabel.setText(QCoreApplication.translate("RaidEditor", u"&Owner", None))
        self.probabilityLabel.setText(QCoreApplication.translate("RaidEditor", u"&Probability", None))
        self.impactLabel.setText(QCoreApplication.translate("RaidEditor", u"&Impact", None))
        self.scoreLabelCaption.setText(QCoreApplication.translate("RaidEditor", u"Score", None))
        self.opportunityCheck.setText(QCoreApplication.translate("RaidEditor", u"An opportunity (a risk with an upside)", None))
        self.responseLabel.setText(QCoreApplication.translate("RaidEditor", u"&Response", None))
        self.statusLabel.setText(QCoreApplication.translate("RaidEditor", u"&Status", None))
        self.raisedDateLabel.setText(QCoreApplication.translate("RaidEditor", u"Raised", None))
        self.raisedDate.setDisplayFormat(QCoreApplication.translate("RaidEditor", u"dd MMM yyyy", None))
        self.raisedDate.setSpecialValueText(QCoreApplication.translate("RaidEditor", u"\u2014", None))
        self.reviewDateLabel.setText(QCoreApplication.translate("RaidEditor", u"Review by", None))
        self.reviewDate.setDisplayFormat(QCoreApplication.translate("RaidEditor", u"dd MMM yyyy", None))
        self.reviewDate.setSpecialValueText(QCoreApplication.translate("RaidEditor", u"\u2014", None))
        self.dueDateLabel.setText(QCoreApplication.translate("RaidEditor", u"Due", None))
        self.dueDate.setDisplayFormat(QCoreApplication.translate("RaidEditor", u"dd MMM yyyy", None))
        self.dueDate.setSpecialValueText(QCoreApplication.translate("RaidEditor", u"\u2014", None))
        self.severityLabel.setText(QCoreApplication.translate("RaidEditor", u"Severity", None))
        self.validationDateLabel.setText(QCoreApplication.translate("RaidEditor", u"Validate by", None))
        self.validationDate.setDisplayFormat(QCoreApplication.translate("RaidEditor", u"dd MMM yyyy", None))
        self.validationDate.setSpecialValueText(QCoreApplication.translate("RaidEditor", u"\u2014", None))
        self.residualProbabilityLabel.setText(QCoreApplication.translate("RaidEditor", u"Residual probability", None))
        self.residualImpactLabel.setText(QCoreApplication.translate("RaidEditor", u"Residual impact", None))
        self.residualScoreLabelCaption.setText(QCoreApplication.translate("RaidEditor", u"Residual score", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RaidEditor", u"Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("RaidEditor", u"What it is and why it matters", None))
        self.causeLabel.setText(QCoreApplication.translate("RaidEditor", u"Cause", None))
        self.causeEdit.setPlaceholderText(QCoreApplication.translate("RaidEditor", u"What would make it happen", None))
        self.categoryLabel.setText(QCoreApplication.translate("RaidEditor", u"Category", None))
        self.triggerLabel.setText(QCoreApplication.translate("RaidEditor", u"Trigger / warning signs", None))
        self.triggerEdit.setPlaceholderText(QCoreApplication.translate("RaidEditor", u"What tells you it is starting to happen", None))
        self.contingencyLabel.setText(QCoreApplication.translate("RaidEditor", u"Contingency plan", None))
        self.contingencyEdit.setPlaceholderText(QCoreApplication.translate("RaidEditor", u"What you will do if it happens", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.detailsTab), QCoreApplication.translate("RaidEditor", u"Details", None))
        self.doneActionButton.setText(QCoreApplication.translate("RaidEditor", u"Mark &done / not done", None))
        self.removeActionButton.setText(QCoreApplication.translate("RaidEditor", u"Remo&ve action", None))
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("RaidEditor", u"New action: what will be done", None))
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("RaidEditor", u"New action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionOwnerCombo.setAccessibleName(QCoreApplication.translate("RaidEditor", u"Action owner", None))
#endif // QT_CONFIG(accessibility)
        self.actionDueDate.setDisplayFormat(QCoreApplication.translate("RaidEditor", u"dd MMM yyyy", None))
        self.actionDueDate.setSpecialValueText(QCoreApplication.translate("RaidEditor", u"No due date", None))
#if QT_CONFIG(accessibility)
        self.actionDueDate.setAccessibleName(QCoreApplication.translate("RaidEditor", u"Action due date", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("RaidEditor", u"&Add action", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.actionsTab), QCoreApplication.translate("RaidEditor", u"Mitigation actions", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.historyTab), QCoreApplication.translate("RaidEditor", u"History", None))
    # retranslateUi

