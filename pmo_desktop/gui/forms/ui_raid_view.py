# generated from ui/raid_view.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'raid_view.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMetaObject,
    QObject,
    QPoint,
    QRect,
    QSize,
    QTime,
    QUrl,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QConicalGradient,
    QCursor,
    QFont,
    QFontDatabase,
    QGradient,
    QIcon,
    QImage,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPalette,
    QPixmap,
    QRadialGradient,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class Ui_RaidView(object):
    def setupUi(self, RaidPage):
        if not RaidPage.objectName():
            RaidPage.setObjectName("RaidPage")
        RaidPage.resize(1200, 760)
        self.raidLayout = QVBoxLayout(RaidPage)
        self.raidLayout.setSpacing(8)
        self.raidLayout.setObjectName("raidLayout")
        self.raidLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName("headerLayout")
        self.titleLabel = QLabel(RaidPage)
        self.titleLabel.setObjectName("titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(RaidPage)
        self.countLabel.setObjectName("countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(
            0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum
        )

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(RaidPage)
        self.newButton.setObjectName("newButton")

        self.headerLayout.addWidget(self.newButton)

        self.editButton = QPushButton(RaidPage)
        self.editButton.setObjectName("editButton")

        self.headerLayout.addWidget(self.editButton)

        self.convertButton = QPushButton(RaidPage)
        self.convertButton.setObjectName("convertButton")

        self.headerLayout.addWidget(self.convertButton)

        self.deleteButton = QPushButton(RaidPage)
        self.deleteButton.setObjectName("deleteButton")

        self.headerLayout.addWidget(self.deleteButton)

        self.exportButton = QPushButton(RaidPage)
        self.exportButton.setObjectName("exportButton")

        self.headerLayout.addWidget(self.exportButton)

        self.raidLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(RaidPage)
        self.tabs.setObjectName("tabs")
        self.registerTab = QWidget()
        self.registerTab.setObjectName("registerTab")
        self.registerLayout = QVBoxLayout(self.registerTab)
        self.registerLayout.setSpacing(6)
        self.registerLayout.setObjectName("registerLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName("filterLayout")
        self.searchEdit = QLineEdit(self.registerTab)
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.kindFilter = QComboBox(self.registerTab)
        self.kindFilter.setObjectName("kindFilter")
        self.kindFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.kindFilter)

        self.statusFilter = QComboBox(self.registerTab)
        self.statusFilter.setObjectName("statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusFilter)

        self.bandFilter = QComboBox(self.registerTab)
        self.bandFilter.setObjectName("bandFilter")
        self.bandFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.bandFilter)

        self.overdueCheck = QCheckBox(self.registerTab)
        self.overdueCheck.setObjectName("overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.registerLayout.addLayout(self.filterLayout)

        self.scopeLayout = QHBoxLayout()
        self.scopeLayout.setSpacing(6)
        self.scopeLayout.setObjectName("scopeLayout")
        self.clientFilter = QComboBox(self.registerTab)
        self.clientFilter.setObjectName("clientFilter")
        self.clientFilter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.clientFilter.setMinimumContentsLength(14)

        self.scopeLayout.addWidget(self.clientFilter)

        self.programFilter = QComboBox(self.registerTab)
        self.programFilter.setObjectName("programFilter")
        self.programFilter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.programFilter.setMinimumContentsLength(16)

        self.scopeLayout.addWidget(self.programFilter)

        self.projectFilter = QComboBox(self.registerTab)
        self.projectFilter.setObjectName("projectFilter")
        self.projectFilter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.projectFilter.setMinimumContentsLength(16)

        self.scopeLayout.addWidget(self.projectFilter)

        self.ownerFilter = QComboBox(self.registerTab)
        self.ownerFilter.setObjectName("ownerFilter")
        self.ownerFilter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ownerFilter.setMinimumContentsLength(12)

        self.scopeLayout.addWidget(self.ownerFilter)

        self.clearCellButton = QPushButton(self.registerTab)
        self.clearCellButton.setObjectName("clearCellButton")

        self.scopeLayout.addWidget(self.clearCellButton)

        self.scopeSpacer = QSpacerItem(
            0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum
        )

        self.scopeLayout.addItem(self.scopeSpacer)

        self.registerLayout.addLayout(self.scopeLayout)

        self.splitter = QSplitter(self.registerTab)
        self.splitter.setObjectName("splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.registerTable = QTableView(self.splitter)
        self.registerTable.setObjectName("registerTable")
        self.registerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerTable.setAlternatingRowColors(True)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerTable.setSortingEnabled(False)
        self.registerTable.setWordWrap(False)
        self.splitter.addWidget(self.registerTable)
        self.registerTable.horizontalHeader().setHighlightSections(False)
        self.registerTable.verticalHeader().setVisible(False)
        self.chartPanel = QWidget(self.splitter)
        self.chartPanel.setObjectName("chartPanel")
        self.chartLayout = QVBoxLayout(self.chartPanel)
        self.chartLayout.setSpacing(4)
        self.chartLayout.setObjectName("chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.scopeLabel = QLabel(self.chartPanel)
        self.scopeLabel.setObjectName("scopeLabel")
        self.scopeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.chartLayout.addWidget(self.scopeLabel)

        self.heatmapHost = QWidget(self.chartPanel)
        self.heatmapHost.setObjectName("heatmapHost")
        self.heatmapLayout = QVBoxLayout(self.heatmapHost)
        self.heatmapLayout.setObjectName("heatmapLayout")
        self.heatmapLayout.setContentsMargins(0, 0, 0, 0)

        self.chartLayout.addWidget(self.heatmapHost)

        self.heatmapHint = QLabel(self.chartPanel)
        self.heatmapHint.setObjectName("heatmapHint")
        self.heatmapHint.setTextFormat(Qt.TextFormat.PlainText)

        self.chartLayout.addWidget(self.heatmapHint)

        self.trendHost = QWidget(self.chartPanel)
        self.trendHost.setObjectName("trendHost")
        self.trendLayout = QVBoxLayout(self.trendHost)
        self.trendLayout.setObjectName("trendLayout")
        self.trendLayout.setContentsMargins(0, 0, 0, 0)

        self.chartLayout.addWidget(self.trendHost)

        self.splitter.addWidget(self.chartPanel)

        self.registerLayout.addWidget(self.splitter)

        self.tabs.addTab(self.registerTab, "")
        self.escalationsTab = QWidget()
        self.escalationsTab.setObjectName("escalationsTab")
        self.escalationsLayout = QVBoxLayout(self.escalationsTab)
        self.escalationsLayout.setObjectName("escalationsLayout")
        self.escalationsLayout.setContentsMargins(0, 6, 0, 0)
        self.tabs.addTab(self.escalationsTab, "")

        self.raidLayout.addWidget(self.tabs)

        QWidget.setTabOrder(self.searchEdit, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.bandFilter)
        QWidget.setTabOrder(self.bandFilter, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.clientFilter)
        QWidget.setTabOrder(self.clientFilter, self.programFilter)
        QWidget.setTabOrder(self.programFilter, self.projectFilter)
        QWidget.setTabOrder(self.projectFilter, self.ownerFilter)
        QWidget.setTabOrder(self.ownerFilter, self.registerTable)

        self.retranslateUi(RaidPage)

        self.tabs.setCurrentIndex(0)

        QMetaObject.connectSlotsByName(RaidPage)

    # setupUi

    def retranslateUi(self, RaidPage):
        self.titleLabel.setText(QCoreApplication.translate("RaidPage", "Risks & issues", None))
        self.newButton.setText(QCoreApplication.translate("RaidPage", "&New entry\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RaidPage", "&Edit\u2026", None))
        self.convertButton.setText(
            QCoreApplication.translate("RaidPage", "Con&vert to issue", None)
        )
        # if QT_CONFIG(tooltip)
        self.convertButton.setToolTip(
            QCoreApplication.translate(
                "RaidPage",
                "The risk happened: open a linked issue that keeps its history, and close the risk",
                None,
            )
        )
        # endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("RaidPage", "&Delete", None))
        self.exportButton.setText(QCoreApplication.translate("RaidPage", "E&xport\u2026", None))
        # if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(
            QCoreApplication.translate("RaidPage", "Save the register as CSV or Excel", None)
        )
        # endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(
            QCoreApplication.translate(
                "RaidPage", "Search title, owner, client, program, ID\u2026", None
            )
        )
        # if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RaidPage", "Search", None))
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("RaidPage", "Kind", None))
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("RaidPage", "Status", None))
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.bandFilter.setAccessibleName(
            QCoreApplication.translate("RaidPage", "Score band", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.overdueCheck.setText(QCoreApplication.translate("RaidPage", "Needs &attention", None))
        # if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(
            QCoreApplication.translate(
                "RaidPage",
                "Only entries with a late mitigation action, a passed review date or a passed due date",
                None,
            )
        )
        # endif // QT_CONFIG(tooltip)
        # if QT_CONFIG(accessibility)
        self.clientFilter.setAccessibleName(QCoreApplication.translate("RaidPage", "Client", None))
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.programFilter.setAccessibleName(
            QCoreApplication.translate("RaidPage", "Program", None)
        )
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(
            QCoreApplication.translate("RaidPage", "Project", None)
        )
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.ownerFilter.setAccessibleName(QCoreApplication.translate("RaidPage", "Owner", None))
        # endif // QT_CONFIG(accessibility)
        self.clearCellButton.setText(
            QCoreApplication.translate("RaidPage", "Cell filter \u2715", None)
        )
        # if QT_CONFIG(tooltip)
        self.clearCellButton.setToolTip(
            QCoreApplication.translate("RaidPage", "Show every cell of the heatmap again", None)
        )
        # endif // QT_CONFIG(tooltip)
        self.scopeLabel.setText(QCoreApplication.translate("RaidPage", "Portfolio", None))
        self.heatmapHint.setText(
            QCoreApplication.translate(
                "RaidPage", "Click a cell to list its risks in the register.", None
            )
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.registerTab),
            QCoreApplication.translate("RaidPage", "RAID register", None),
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.escalationsTab),
            QCoreApplication.translate("RaidPage", "Escalations", None),
        )
        pass

    # retranslateUi
