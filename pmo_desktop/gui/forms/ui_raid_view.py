# generated from ui/raid_view.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'raid_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_RaidView(object):
    def setupUi(self, RaidView):
        if not RaidView.objectName():
            RaidView.setObjectName(u"RaidView")
        RaidView.resize(1200, 760)
        self.raidLayout = QVBoxLayout(RaidView)
        self.raidLayout.setSpacing(8)
        self.raidLayout.setObjectName(u"raidLayout")
        self.raidLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(RaidView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(RaidView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(RaidView)
        self.newButton.setObjectName(u"newButton")

        self.headerLayout.addWidget(self.newButton)

        self.editButton = QPushButton(RaidView)
        self.editButton.setObjectName(u"editButton")

        self.headerLayout.addWidget(self.editButton)

        self.convertButton = QPushButton(RaidView)
        self.convertButton.setObjectName(u"convertButton")

        self.headerLayout.addWidget(self.convertButton)

        self.deleteButton = QPushButton(RaidView)
        self.deleteButton.setObjectName(u"deleteButton")

        self.headerLayout.addWidget(self.deleteButton)

        self.exportButton = QPushButton(RaidView)
        self.exportButton.setObjectName(u"exportButton")

        self.headerLayout.addWidget(self.exportButton)


        self.raidLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(RaidView)
        self.tabs.setObjectName(u"tabs")
        self.registerTab = QWidget()
        self.registerTab.setObjectName(u"registerTab")
        self.registerLayout = QVBoxLayout(self.registerTab)
        self.registerLayout.setSpacing(6)
        self.registerLayout.setObjectName(u"registerLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.registerTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.kindFilter = QComboBox(self.registerTab)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.kindFilter)

        self.statusFilter = QComboBox(self.registerTab)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusFilter)

        self.bandFilter = QComboBox(self.registerTab)
        self.bandFilter.setObjectName(u"bandFilter")
        self.bandFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.bandFilter)

        self.overdueCheck = QCheckBox(self.registerTab)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)


        self.registerLayout.addLayout(self.filterLayout)

        self.scopeLayout = QHBoxLayout()
        self.scopeLayout.setSpacing(6)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.clientFilter = QComboBox(self.registerTab)
        self.clientFilter.setObjectName(u"clientFilter")
        self.clientFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clientFilter.setMinimumContentsLength(14)

        self.scopeLayout.addWidget(self.clientFilter)

        self.programFilter = QComboBox(self.registerTab)
        self.programFilter.setObjectName(u"programFilter")
        self.programFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programFilter.setMinimumContentsLength(16)

        self.scopeLayout.addWidget(self.programFilter)

        self.projectFilter = QComboBox(self.registerTab)
        self.projectFilter.setObjectName(u"projectFilter")
        self.projectFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.projectFilter.setMinimumContentsLength(16)

        self.scopeLayout.addWidget(self.projectFilter)

        self.ownerFilter = QComboBox(self.registerTab)
        self.ownerFilter.setObjectName(u"ownerFilter")
        self.ownerFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ownerFilter.setMinimumContentsLength(12)

        self.scopeLayout.addWidget(self.ownerFilter)

        self.clearCellButton = QPushButton(self.registerTab)
        self.clearCellButton.setObjectName(u"clearCellButton")

        self.scopeLayout.addWidget(self.clearCellButton)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeLayout.addItem(self.scopeSpacer)


        self.registerLayout.addLayout(self.scopeLayout)

        self.splitter = QSplitter(self.registerTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.registerTable = QTableView(self.splitter)
        self.registerTable.setObjectName(u"registerTable")
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
        self.chartPanel.setObjectName(u"chartPanel")
        self.chartLayout = QVBoxLayout(self.chartPanel)
        self.chartLayout.setSpacing(4)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.scopeLabel = QLabel(self.chartPanel)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.chartLayout.addWidget(self.scopeLabel)

        self.heatmapHost = QWidget(self.chartPanel)
        self.heatmapHost.setObjectName(u"heatmapHost")
        self.heatmapLayout = QVBoxLayout(self.heatmapHost)
        self.heatmapLayout.setObjectName(u"heatmapLayout")
        self.heatmapLayout.setContentsMargins(0, 0, 0, 0)

        self.chartLayout.addWidget(self.heatmapHost)

        self.heatmapHint = QLabel(self.chartPanel)
        self.heatmapHint.setObjectName(u"heatmapHint")
        self.heatmapHint.setTextFormat(Qt.TextFormat.PlainText)

        self.chartLayout.addWidget(self.heatmapHint)

        self.trendHost = QWidget(self.chartPanel)
        self.trendHost.setObjectName(u"trendHost")
        self.trendLayout = QVBoxLayout(self.trendHost)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendLayout.setContentsMargins(0, 0, 0, 0)

        self.chartLayout.addWidget(self.trendHost)

        self.splitter.addWidget(self.chartPanel)

        self.registerLayout.addWidget(self.splitter)

        self.tabs.addTab(self.registerTab, "")
        self.escalationsTab = QWidget()
        self.escalationsTab.setObjectName(u"escalationsTab")
        self.escalationsLayout = QVBoxLayout(self.escalationsTab)
        self.escalationsLayout.setObjectName(u"escalationsLayout")
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

        self.retranslateUi(RaidView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RaidView)
    # setupUi

    def retranslateUi(self, RaidView):
        self.titleLabel.setText(QCoreApplication.translate("RaidView", u"Risks & issues", None))
        self.newButton.setText(QCoreApplication.translate("RaidView", u"&New entry\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RaidView", u"&Edit\u2026", None))
        self.convertButton.setText(QCoreApplication.translate("RaidView", u"Con&vert to issue", None))
#if QT_CONFIG(tooltip)
        self.convertButton.setToolTip(QCoreApplication.translate("RaidView", u"The risk happened: open a linked issue that keeps its history, and close the risk", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("RaidView", u"&Delete", None))
        self.exportButton.setText(QCoreApplication.translate("RaidView", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RaidView", u"Save the register as CSV or Excel", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RaidView", u"Search title, owner, client, program, ID\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RaidView", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("RaidView", u"Kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("RaidView", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bandFilter.setAccessibleName(QCoreApplication.translate("RaidView", u"Score band", None))
#endif // QT_CONFIG(accessibility)
        self.overdueCheck.setText(QCoreApplication.translate("RaidView", u"Needs &attention", None))
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("RaidView", u"Only entries with a late mitigation action, a passed review date or a passed due date", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.clientFilter.setAccessibleName(QCoreApplication.translate("RaidView", u"Client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.programFilter.setAccessibleName(QCoreApplication.translate("RaidView", u"Program", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(QCoreApplication.translate("RaidView", u"Project", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownerFilter.setAccessibleName(QCoreApplication.translate("RaidView", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.clearCellButton.setText(QCoreApplication.translate("RaidView", u"Cell filter \u2715", None))
#if QT_CONFIG(tooltip)
        self.clearCellButton.setToolTip(QCoreApplication.translate("RaidView", u"Show every cell of the heatmap again", None))
#endif // QT_CONFIG(tooltip)
        self.scopeLabel.setText(QCoreApplication.translate("RaidView", u"Portfolio", None))
        self.heatmapHint.setText(QCoreApplication.translate("RaidView", u"Click a cell to list its risks in the register.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.registerTab), QCoreApplication.translate("RaidView", u"RAID register", None))
        self.tabs.setTabText(self.tabs.indexOf(self.escalationsTab), QCoreApplication.translate("RaidView", u"Escalations", None))
        pass
    # retranslateUi

