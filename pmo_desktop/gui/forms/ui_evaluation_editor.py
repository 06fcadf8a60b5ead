# generated from ui/evaluation_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListView, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_EvaluationEditor(object):
    def setupUi(self, EvaluationEditor):
        if not EvaluationEditor.objectName():
            EvaluationEditor.setObjectName(u"EvaluationEditor")
        EvaluationEditor.resize(1000, 640)
        self.evaluationLayout = QVBoxLayout(EvaluationEditor)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationLayout.setContentsMargins(8, 8, 8, 8)
        self.evalHeader = QHBoxLayout()
        self.evalHeader.setObjectName(u"evalHeader")
        self.evaluationLabel = QLabel(EvaluationEditor)
        self.evaluationLabel.setObjectName(u"evaluationLabel")
        self.evaluationLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.evalHeader.addWidget(self.evaluationLabel)

        self.evaluationCombo = QComboBox(EvaluationEditor)
        self.evaluationCombo.setObjectName(u"evaluationCombo")
        self.evaluationCombo.setMinimumSize(QSize(220, 0))

        self.evalHeader.addWidget(self.evaluationCombo)

        self.newEvaluationButton = QPushButton(EvaluationEditor)
        self.newEvaluationButton.setObjectName(u"newEvaluationButton")

        self.evalHeader.addWidget(self.newEvaluationButton)

        self.frameworkButton = QPushButton(EvaluationEditor)
        self.frameworkButton.setObjectName(u"frameworkButton")

        self.evalHeader.addWidget(self.frameworkButton)

        self.evalHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evalHeader.addItem(self.evalHeaderSpacer)

        self.statusLabel = QLabel(EvaluationEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.evalHeader.addWidget(self.statusLabel)

        self.finalButton = QPushButton(EvaluationEditor)
        self.finalButton.setObjectName(u"finalButton")

        self.evalHeader.addWidget(self.finalButton)

        self.shareButton = QPushButton(EvaluationEditor)
        self.shareButton.setObjectName(u"shareButton")

        self.evalHeader.addWidget(self.shareButton)

        self.reopenButton = QPushButton(EvaluationEditor)
        self.reopenButton.setObjectName(u"reopenButton")

        self.evalHeader.addWidget(self.reopenButton)

        self.exportButton = QPushButton(EvaluationEditor)
        self.exportButton.setObjectName(u"exportButton")

        self.evalHeader.addWidget(self.exportButton)


        self.evaluationLayout.addLayout(self.evalHeader)

        self.errorLabel = QLabel(EvaluationEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.evaluationLayout.addWidget(self.errorLabel)

        self.evaluationSplitter = QSplitter(EvaluationEditor)
        self.evaluationSplitter.setObjectName(u"evaluationSplitter")
        self.evaluationSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.evaluationSplitter.setChildrenCollapsible(False)
        self.ratingsPanel = QWidget(self.evaluationSplitter)
        self.ratingsPanel.setObjectName(u"ratingsPanel")
        self.ratingsLayout = QVBoxLayout(self.ratingsPanel)
        self.ratingsLayout.setObjectName(u"ratingsLayout")
        self.ratingsLayout.setContentsMargins(0, 0, 0, 0)
        self.ratingsTable = QTableView(self.ratingsPanel)
        self.ratingsTable.setObjectName(u"ratingsTable")
        self.ratingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ratingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ratingsTable.setAlternatingRowColors(True)
        self.ratingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ratingsTable.setWordWrap(False)

        self.ratingsLayout.addWidget(self.ratingsTable)

        self.overallGrid = QGridLayout()
        self.overallGrid.setObjectName(u"overallGrid")
        self.overallLabel = QLabel(self.ratingsPanel)
        self.overallLabel.setObjectName(u"overallLabel")
        self.overallLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.overallGrid.addWidget(self.overallLabel, 0, 0, 1, 1)

        self.overallSpin = QSpinBox(self.ratingsPanel)
        self.overallSpin.setObjectName(u"overallSpin")
        self.overallSpin.setMinimum(0)
        self.overallSpin.setMaximum(5)

        self.overallGrid.addWidget(self.overallSpin, 0, 1, 1, 1)

        self.suggestedLabel = QLabel(self.ratingsPanel)
        self.suggestedLabel.setObjectName(u"suggestedLabel")
        self.suggestedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.overallGrid.addWidget(self.suggestedLabel, 0, 2, 1, 1)

        self.potentialLabel = QLabel(self.ratingsPanel)
        self.potentialLabel.setObjectName(u"potentialLabel")
        self.potentialLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.overallGrid.addWidget(self.potentialLabel, 1, 0, 1, 1)

        self.potentialCombo = QComboBox(self.ratingsPanel)
        self.potentialCombo.setObjectName(u"potentialCombo")

        self.overallGrid.addWidget(self.potentialCombo, 1, 1, 1, 1)


        self.ratingsLayout.addLayout(self.overallGrid)

        self.evaluationSplitter.addWidget(self.ratingsPanel)
        self.competencyBox = QGroupBox(self.evaluationSplitter)
        self.competencyBox.setObjectName(u"competencyBox")
        self.competencyLayout = QVBoxLayout(self.competencyBox)
        self.competencyLayout.setObjectName(u"competencyLayout")
        self.competencyName = QLabel(self.competencyBox)
        self.competencyName.setObjectName(u"competencyName")
        self.competencyName.setTextFormat(Qt.TextFormat.PlainText)
        self.competencyName.setWordWrap(True)

        self.competencyLayout.addWidget(self.competencyName)

        self.rubricLabel = QLabel(self.competencyBox)
        self.rubricLabel.setObjectName(u"rubricLabel")
        self.rubricLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.rubricLabel.setWordWrap(True)

        self.competencyLayout.addWidget(self.rubricLabel)

        self.ratingRow = QHBoxLayout()
        self.ratingRow.setObjectName(u"ratingRow")
        self.ratingLabel = QLabel(self.competencyBox)
        self.ratingLabel.setObjectName(u"ratingLabel")
        self.ratingLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.ratingRow.addWidget(self.ratingLabel)

        self.ratingSpin = QSpinBox(self.competencyBox)
        self.ratingSpin.setObjectName(u"ratingSpin")
        self.ratingSpin.setMinimum(0)
        self.ratingSpin.setMaximum(5)

        self.ratingRow.addWidget(self.ratingSpin)

        self.ratingMeaning = QLabel(self.competencyBox)
        self.ratingMeaning.setObjectName(u"ratingMeaning")
        self.ratingMeaning.setTextFormat(Qt.TextFormat.PlainText)

        self.ratingRow.addWidget(self.ratingMeaning)

        self.ratingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ratingRow.addItem(self.ratingSpacer)


        self.competencyLayout.addLayout(self.ratingRow)

        self.commentLabel = QLabel(self.competencyBox)
        self.commentLabel.setObjectName(u"commentLabel")
        self.commentLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.competencyLayout.addWidget(self.commentLabel)

        self.commentEdit = QPlainTextEdit(self.competencyBox)
        self.commentEdit.setObjectName(u"commentEdit")

        self.competencyLayout.addWidget(self.commentEdit)

        self.commentButtons = QHBoxLayout()
        self.commentButtons.setObjectName(u"commentButtons")
        self.commentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commentButtons.addItem(self.commentSpacer)

        self.applyRatingButton = QPushButton(self.competencyBox)
        self.applyRatingButton.setObjectName(u"applyRatingButton")

        self.commentButtons.addWidget(self.applyRatingButton)


        self.competencyLayout.addLayout(self.commentButtons)

        self.attachedLabel = QLabel(self.competencyBox)
        self.attachedLabel.setObjectName(u"attachedLabel")
        self.attachedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.competencyLayout.addWidget(self.attachedLabel)

        self.attachedList = QListView(self.competencyBox)
        self.attachedList.setObjectName(u"attachedList")
        self.attachedList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.competencyLayout.addWidget(self.attachedList)

        self.attachedButtons = QHBoxLayout()
        self.attachedButtons.setObjectName(u"attachedButtons")
        self.attachedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachedButtons.addItem(self.attachedSpacer)

        self.detachButton = QPushButton(self.competencyBox)
        self.detachButton.setObjectName(u"detachButton")

        self.attachedButtons.addWidget(self.detachButton)


        self.competencyLayout.addLayout(self.attachedButtons)

        self.evaluationSplitter.addWidget(self.competencyBox)
        self.evidenceBox = QGroupBox(self.evaluationSplitter)
        self.evidenceBox.setObjectName(u"evidenceBox")
        self.evidenceLayout = QVBoxLayout(self.evidenceBox)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceList = QListView(self.evidenceBox)
        self.evidenceList.setObjectName(u"evidenceList")
        self.evidenceList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidenceList.setWordWrap(True)

        self.evidenceLayout.addWidget(self.evidenceList)

        self.evidenceButtons = QHBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.evidenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceButtons.addItem(self.evidenceSpacer)

        self.attachButton = QPushButton(self.evidenceBox)
        self.attachButton.setObjectName(u"attachButton")

        self.evidenceButtons.addWidget(self.attachButton)


        self.evidenceLayout.addLayout(self.evidenceButtons)

        self.evaluationSplitter.addWidget(self.evidenceBox)

        self.evaluationLayout.addWidget(self.evaluationSplitter)

        self.narrativeBox = QGroupBox(EvaluationEditor)
        self.narrativeBox.setObjectName(u"narrativeBox")
        self.narrativeGrid = QGridLayout(self.narrativeBox)
        self.narrativeGrid.setObjectName(u"narrativeGrid")
        self.strengthsLabel = QLabel(self.narrativeBox)
        self.strengthsLabel.setObjectName(u"strengthsLabel")
        self.strengthsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.narrativeGrid.addWidget(self.strengthsLabel, 0, 0, 1, 1)

        self.developmentLabel = QLabel(self.narrativeBox)
        self.developmentLabel.setObjectName(u"developmentLabel")
        self.developmentLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.narrativeGrid.addWidget(self.developmentLabel, 0, 1, 1, 1)

        self.goalsLabel = QLabel(self.narrativeBox)
        self.goalsLabel.setObjectName(u"goalsLabel")
        self.goalsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.narrativeGrid.addWidget(self.goalsLabel, 0, 2, 1, 1)

        self.strengthsEdit = QPlainTextEdit(self.narrativeBox)
        self.strengthsEdit.setObjectName(u"strengthsEdit")

        self.narrativeGrid.addWidget(self.strengthsEdit, 1, 0, 1, 1)

        self.developmentEdit = QPlainTextEdit(self.narrativeBox)
        self.developmentEdit.setObjectName(u"developmentEdit")

        self.narrativeGrid.addWidget(self.developmentEdit, 1, 1, 1, 1)

        self.nextGoalsEdit = QPlainTextEdit(self.narrativeBox)
        self.nextGoalsEdit.setObjectName(u"nextGoalsEdit")

        self.narrativeGrid.addWidget(self.nextGoalsEdit, 1, 2, 1, 1)

        self.narrativeButtons = QHBoxLayout()
        self.narrativeButtons.setObjectName(u"narrativeButtons")
        self.biasSummary = QLabel(self.narrativeBox)
        self.biasSummary.setObjectName(u"biasSummary")
        self.biasSummary.setTextFormat(Qt.TextFormat.PlainText)
        self.biasSummary.setWordWrap(True)

        self.narrativeButtons.addWidget(self.biasSummary)

        self.narrativeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.narrativeButtons.addItem(self.narrativeSpacer)

        self.saveFieldsButton = QPushButton(self.narrativeBox)
        self.saveFieldsButton.setObjectName(u"saveFieldsButton")

        self.narrativeButtons.addWidget(self.saveFieldsButton)


        self.narrativeGrid.addLayout(self.narrativeButtons, 2, 0, 1, 3)


        self.evaluationLayout.addWidget(self.narrativeBox)


        self.retranslateUi(EvaluationEditor)

        QMetaObject.connectSlotsByName(EvaluationEditor)
    # setupUi

    def retranslateUi(self, EvaluationEditor):
        self.evaluationLabel.setText(QCoreApplication.translate("EvaluationEditor", u"Evaluation", None))
        self.newEvaluationButton.setText(QCoreApplication.translate("EvaluationEditor", u"New\u2026", None))
        self.frameworkButton.setText(QCoreApplication.translate("EvaluationEditor", u"Frameworks\u2026", None))
        self.statusLabel.setText("")
        self.finalButton.setText(QCoreApplication.translate("EvaluationEditor", u"Finalise", None))
        self.shareButton.setText(QCoreApplication.translate("EvaluationEditor", u"Mark shared", None))
        self.reopenButton.setText(QCoreApplication.translate("EvaluationEditor", u"Reopen\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("EvaluationEditor", u"Export PDF\u2026", None))
        self.errorLabel.setText("")
        self.overallLabel.setText(QCoreApplication.translate("EvaluationEditor", u"Overall rating", None))
        self.overallSpin.setSpecialValueText(QCoreApplication.translate("EvaluationEditor", u"\u2014", None))
        self.suggestedLabel.setText("")
        self.potentialLabel.setText(QCoreApplication.translate("EvaluationEditor", u"Potential", None))
        self.competencyBox.setTitle(QCoreApplication.translate("EvaluationEditor", u"Competency", None))
        self.competencyName.setText(QCoreApplication.translate("EvaluationEditor", u"Select a competency", None))
        self.rubricLabel.setText("")
        self.ratingLabel.setText(QCoreApplication.translate("EvaluationEditor", u"Rating", None))
        self.ratingSpin.setSpecialValueText(QCoreApplication.translate("EvaluationEditor", u"\u2014", None))
        self.ratingMeaning.setText("")
        self.commentLabel.setText(QCoreApplication.translate("EvaluationEditor", u"Comment (checked for vague or biased words as you type)", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("EvaluationEditor", u"What the person did, with examples from the evidence.", None))
        self.applyRatingButton.setText(QCoreApplication.translate("EvaluationEditor", u"Save rating", None))
        self.attachedLabel.setText(QCoreApplication.translate("EvaluationEditor", u"Evidence attached to this rating", None))
        self.detachButton.setText(QCoreApplication.translate("EvaluationEditor", u"Remove evidence", None))
        self.evidenceBox.setTitle(QCoreApplication.translate("EvaluationEditor", u"Evidence from the period", None))
        self.attachButton.setText(QCoreApplication.translate("EvaluationEditor", u"Attach to rating", None))
        self.narrativeBox.setTitle(QCoreApplication.translate("EvaluationEditor", u"Narrative", None))
        self.strengthsLabel.setText(QCoreApplication.translate("EvaluationEditor", u"Strengths", None))
        self.developmentLabel.setText(QCoreApplication.translate("EvaluationEditor", u"Development areas", None))
        self.goalsLabel.setText(QCoreApplication.translate("EvaluationEditor", u"Goals for the next period", None))
        self.biasSummary.setText("")
        self.saveFieldsButton.setText(QCoreApplication.translate("EvaluationEditor", u"Save overall and narrative", None))
        pass
    # retranslateUi

