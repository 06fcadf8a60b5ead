# generated from ui/pipeline_view.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pipeline_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PipelineView(object):
    def setupUi(self, PipelineView):
        if not PipelineView.objectName():
            PipelineView.setObjectName(u"PipelineView")
        PipelineView.resize(1000, 640)
        self.pipelineLayout = QVBoxLayout(PipelineView)
        self.pipelineLayout.setSpacing(10)
        self.pipelineLayout.setObjectName(u"pipelineLayout")
        self.pipelineLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(PipelineView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.titleLabel)

        self.boardButton = QToolButton(PipelineView)
        self.boardButton.setObjectName(u"boardButton")
        self.boardButton.setCheckable(True)
        self.boardButton.setAutoExclusive(True)

        self.headerLayout.addWidget(self.boardButton)

        self.tableButton = QToolButton(PipelineView)
        self.tableButton.setObjectName(u"tableButton")
        self.tableButton.setCheckable(True)
        self.tableButton.setAutoExclusive(True)

        self.headerLayout.addWidget(self.tableButton)

        self.healthButton = QToolButton(PipelineView)
        self.healthButton.setObjectName(u"healthButton")
        self.healthButton.setCheckable(True)
        self.healthButton.setAutoExclusive(True)

        self.headerLayout.addWidget(self.healthButton)

        self.chartsButton = QToolButton(PipelineView)
        self.chartsButton.setObjectName(u"chartsButton")
        self.chartsButton.setCheckable(True)
        self.chartsButton.setAutoExclusive(True)

        self.headerLayout.addWidget(self.chartsButton)

        self.roadmapButton = QToolButton(PipelineView)
        self.roadmapButton.setObjectName(u"roadmapButton")
        self.roadmapButton.setCheckable(True)
        self.roadmapButton.setAutoExclusive(True)

        self.headerLayout.addWidget(self.roadmapButton)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newProjectButton = QPushButton(PipelineView)
        self.newProjectButton.setObjectName(u"newProjectButton")

        self.headerLayout.addWidget(self.newProjectButton)

        self.countLabel = QLabel(PipelineView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.countLabel)


        self.pipelineLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(PipelineView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.stageFilterLabel = QLabel(PipelineView)
        self.stageFilterLabel.setObjectName(u"stageFilterLabel")
        self.stageFilterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout.addWidget(self.stageFilterLabel)

        self.stageFilter = QComboBox(PipelineView)
        self.stageFilter.setObjectName(u"stageFilter")
        self.stageFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.stageFilter)

        self.clientFilterLabel = QLabel(PipelineView)
        self.clientFilterLabel.setObjectName(u"clientFilterLabel")
        self.clientFilterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout.addWidget(self.clientFilterLabel)

        self.clientFilter = QComboBox(PipelineView)
        self.clientFilter.setObjectName(u"clientFilter")
        self.clientFilter.setMinimumSize(QSize(180, 0))
        self.clientFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clientFilter.setMinimumContentsLength(18)

        self.filterLayout.addWidget(self.clientFilter)

        self.programFilterLabel = QLabel(PipelineView)
        self.programFilterLabel.setObjectName(u"programFilterLabel")
        self.programFilterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout.addWidget(self.programFilterLabel)

        self.programFilter = QComboBox(PipelineView)
        self.programFilter.setObjectName(u"programFilter")
        self.programFilter.setMinimumSize(QSize(140, 0))
        self.programFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programFilter.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.programFilter)

        self.pmFilterLabel = QLabel(PipelineView)
        self.pmFilterLabel.setObjectName(u"pmFilterLabel")
        self.pmFilterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout.addWidget(self.pmFilterLabel)

        self.pmFilter = QComboBox(PipelineView)
        self.pmFilter.setObjectName(u"pmFilter")
        self.pmFilter.setMinimumSize(QSize(120, 0))
        self.pmFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pmFilter.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.pmFilter)

        self.healthFilterLabel = QLabel(PipelineView)
        self.healthFilterLabel.setObjectName(u"healthFilterLabel")
        self.healthFilterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout.addWidget(self.healthFilterLabel)

        self.healthFilter = QComboBox(PipelineView)
        self.healthFilter.setObjectName(u"healthFilter")
        self.healthFilter.setMinimumSize(QSize(110, 0))
        self.healthFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.healthFilter.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.healthFilter)


        self.pipelineLayout.addLayout(self.filterLayout)

        self.contentStack = QStackedWidget(PipelineView)
        self.contentStack.setObjectName(u"contentStack")
        self.projectTable = QTableView()
        self.projectTable.setObjectName(u"projectTable")
        self.projectTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projectTable.setAlternatingRowColors(True)
        self.projectTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projectTable.setSortingEnabled(True)
        self.projectTable.setWordWrap(False)
        self.contentStack.addWidget(self.projectTable)
        self.projectTable.horizontalHeader().setHighlightSections(False)
        self.projectTable.verticalHeader().setVisible(False)
        self.emptyState = QLabel()
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyState.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyState.setWordWrap(True)
        self.contentStack.addWidget(self.emptyState)
        self.boardPage = QWidget()
        self.boardPage.setObjectName(u"boardPage")
        self.boardPageLayout = QVBoxLayout(self.boardPage)
        self.boardPageLayout.setObjectName(u"boardPageLayout")
        self.boardPageLayout.setContentsMargins(0, 0, 0, 0)
        self.contentStack.addWidget(self.boardPage)
        self.healthPage = QWidget()
        self.healthPage.setObjectName(u"healthPage")
        self.healthPageLayout = QVBoxLayout(self.healthPage)
        self.healthPageLayout.setObjectName(u"healthPageLayout")
        self.healthPageLayout.setContentsMargins(0, 0, 0, 0)
        self.contentStack.addWidget(self.healthPage)
        self.chartsPage = QWidget()
        self.chartsPage.setObjectName(u"chartsPage")
        self.chartsPageLayout = QVBoxLayout(self.chartsPage)
        self.chartsPageLayout.setObjectName(u"chartsPageLayout")
        self.chartsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.contentStack.addWidget(self.chartsPage)
        self.roadmapPage = QWidget()
        self.roadmapPage.setObjectName(u"roadmapPage")
        self.roadmapPageLayout = QVBoxLayout(self.roadmapPage)
        self.roadmapPageLayout.setObjectName(u"roadmapPageLayout")
        self.roadmapPageLayout.setContentsMargins(0, 0, 0, 0)
        self.contentStack.addWidget(self.roadmapPage)

        self.pipelineLayout.addWidget(self.contentStack)

#if QT_CONFIG(shortcut)
        self.stageFilterLabel.setBuddy(self.stageFilter)
        self.clientFilterLabel.setBuddy(self.clientFilter)
        self.programFilterLabel.setBuddy(self.programFilter)
        self.pmFilterLabel.setBuddy(self.pmFilter)
        self.healthFilterLabel.setBuddy(self.healthFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PipelineView)

        QMetaObject.connectSlotsByName(PipelineView)
    # setupUi

    def retranslateUi(self, PipelineView):
        self.titleLabel.setText(QCoreApplication.translate("PipelineView", u"Pipeline", None))
        self.boardButton.setText(QCoreApplication.translate("PipelineView", u"&Board", None))
#if QT_CONFIG(tooltip)
        self.boardButton.setToolTip(QCoreApplication.translate("PipelineView", u"Cards by stage; drag a card to move it", None))
#endif // QT_CONFIG(tooltip)
        self.tableButton.setText(QCoreApplication.translate("PipelineView", u"&Table", None))
#if QT_CONFIG(tooltip)
        self.tableButton.setToolTip(QCoreApplication.translate("PipelineView", u"The same projects as a sortable table", None))
#endif // QT_CONFIG(tooltip)
        self.healthButton.setText(QCoreApplication.translate("PipelineView", u"&Health", None))
#if QT_CONFIG(tooltip)
        self.healthButton.setToolTip(QCoreApplication.translate("PipelineView", u"Programs and projects by health, with the reasons", None))
#endif // QT_CONFIG(tooltip)
        self.chartsButton.setText(QCoreApplication.translate("PipelineView", u"&Charts", None))
#if QT_CONFIG(tooltip)
        self.chartsButton.setToolTip(QCoreApplication.translate("PipelineView", u"Weighted pipeline, budget burn and milestone slip", None))
#endif // QT_CONFIG(tooltip)
        self.roadmapButton.setText(QCoreApplication.translate("PipelineView", u"&Roadmap", None))
#if QT_CONFIG(tooltip)
        self.roadmapButton.setToolTip(QCoreApplication.translate("PipelineView", u"Client initiatives by quarter", None))
#endif // QT_CONFIG(tooltip)
        self.newProjectButton.setText(QCoreApplication.translate("PipelineView", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.newProjectButton.setToolTip(QCoreApplication.translate("PipelineView", u"New client, program or project", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PipelineView", u"Search projects, clients, programs, PMs\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PipelineView", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.stageFilterLabel.setText(QCoreApplication.translate("PipelineView", u"&Stage", None))
        self.clientFilterLabel.setText(QCoreApplication.translate("PipelineView", u"&Client", None))
        self.programFilterLabel.setText(QCoreApplication.translate("PipelineView", u"&Program", None))
        self.pmFilterLabel.setText(QCoreApplication.translate("PipelineView", u"P&M", None))
        self.healthFilterLabel.setText(QCoreApplication.translate("PipelineView", u"&Health", None))
        self.emptyState.setText("")
        pass
    # retranslateUi

