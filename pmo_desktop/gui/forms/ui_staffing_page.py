# generated from ui/staffing_page.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staffing_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_StaffingPage(object):
    def setupUi(self, StaffingPage):
        if not StaffingPage.objectName():
            StaffingPage.setObjectName(u"StaffingPage")
        StaffingPage.resize(1400, 860)
        self.pageLayout = QVBoxLayout(StaffingPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.titleLabel = QLabel(StaffingPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.toolbarLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.titleSpacer)

        self.groupCombo = QComboBox(StaffingPage)
        self.groupCombo.addItem("")
        self.groupCombo.addItem("")
        self.groupCombo.setObjectName(u"groupCombo")

        self.toolbarLayout.addWidget(self.groupCombo)

        self.displayCombo = QComboBox(StaffingPage)
        self.displayCombo.setObjectName(u"displayCombo")

        self.toolbarLayout.addWidget(self.displayCombo)

        self.zoomCombo = QComboBox(StaffingPage)
        self.zoomCombo.addItem("")
        self.zoomCombo.addItem("")
        self.zoomCombo.setObjectName(u"zoomCombo")

        self.toolbarLayout.addWidget(self.zoomCombo)

        self.tentativeBox = QCheckBox(StaffingPage)
        self.tentativeBox.setObjectName(u"tentativeBox")
        self.tentativeBox.setChecked(True)

        self.toolbarLayout.addWidget(self.tentativeBox)

        self.thisWeekButton = QPushButton(StaffingPage)
        self.thisWeekButton.setObjectName(u"thisWeekButton")

        self.toolbarLayout.addWidget(self.thisWeekButton)

        self.expandButton = QPushButton(StaffingPage)
        self.expandButton.setObjectName(u"expandButton")

        self.toolbarLayout.addWidget(self.expandButton)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.roleButton = QPushButton(StaffingPage)
        self.roleButton.setObjectName(u"roleButton")

        self.toolbarLayout.addWidget(self.roleButton)

        self.importButton = QPushButton(StaffingPage)
        self.importButton.setObjectName(u"importButton")

        self.toolbarLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(StaffingPage)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.scenarioLayout = QHBoxLayout()
        self.scenarioLayout.setObjectName(u"scenarioLayout")
        self.scenarioLabel = QLabel(StaffingPage)
        self.scenarioLabel.setObjectName(u"scenarioLabel")
        self.scenarioLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.scenarioLayout.addWidget(self.scenarioLabel)

        self.scenarioCombo = QComboBox(StaffingPage)
        self.scenarioCombo.setObjectName(u"scenarioCombo")
        self.scenarioCombo.setMinimumSize(QSize(180, 0))

        self.scenarioLayout.addWidget(self.scenarioCombo)

        self.startButton = QPushButton(StaffingPage)
        self.startButton.setObjectName(u"startButton")

        self.scenarioLayout.addWidget(self.startButton)

        self.applyButton = QPushButton(StaffingPage)
        self.applyButton.setObjectName(u"applyButton")

        self.scenarioLayout.addWidget(self.applyButton)

        self.discardButton = QPushButton(StaffingPage)
        self.discardButton.setObjectName(u"discardButton")

        self.scenarioLayout.addWidget(self.discardButton)

        self.scenarioSpacer = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.scenarioLayout.addItem(self.scenarioSpacer)

        self.summaryLabel = QLabel(StaffingPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.scenarioLayout.addWidget(self.summaryLabel)

        self.limitLabel = QLabel(StaffingPage)
        self.limitLabel.setObjectName(u"limitLabel")
        self.limitLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.scenarioLayout.addWidget(self.limitLabel)

        self.limitSpin = QSpinBox(StaffingPage)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMinimum(100)
        self.limitSpin.setMaximum(300)
        self.limitSpin.setSingleStep(5)
        self.limitSpin.setValue(120)

        self.scenarioLayout.addWidget(self.limitSpin)

        self.scenarioLayout.setStretch(6, 1)

        self.pageLayout.addLayout(self.scenarioLayout)

        self.splitter = QSplitter(StaffingPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.gridBox = QWidget(self.splitter)
        self.gridBox.setObjectName(u"gridBox")
        self.gridLayout = QVBoxLayout(self.gridBox)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(0, 0, 0, 0)
        self.legendLayout = QHBoxLayout()
        self.legendLayout.setSpacing(6)
        self.legendLayout.setObjectName(u"legendLayout")
        self.hintLabel = QLabel(self.gridBox)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.legendLayout.addWidget(self.hintLabel)

        self.legendLayout.setStretch(0, 1)

        self.gridLayout.addLayout(self.legendLayout)

        self.splitter.addWidget(self.gridBox)
        self.sideTabs = QTabWidget(self.splitter)
        self.sideTabs.setObjectName(u"sideTabs")
        self.sideTabs.setMinimumSize(QSize(320, 0))
        self.rosterTab = QWidget()
        self.rosterTab.setObjectName(u"rosterTab")
        self.rosterLayout = QVBoxLayout(self.rosterTab)
        self.rosterLayout.setObjectName(u"rosterLayout")
        self.rosterLayout.setContentsMargins(4, 4, 4, 4)
        self.roleCombo = QComboBox(self.rosterTab)
        self.roleCombo.setObjectName(u"roleCombo")

        self.rosterLayout.addWidget(self.roleCombo)

        self.rosterCaption = QLabel(self.rosterTab)
        self.rosterCaption.setObjectName(u"rosterCaption")
        self.rosterCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.rosterCaption.setWordWrap(True)

        self.rosterLayout.addWidget(self.rosterCaption)

        self.rosterTable = QTableView(self.rosterTab)
        self.rosterTable.setObjectName(u"rosterTable")

        self.rosterLayout.addWidget(self.rosterTable)

        self.rosterLayout.setStretch(2, 1)
        self.sideTabs.addTab(self.rosterTab, "")
        self.demandTab = QWidget()
        self.demandTab.setObjectName(u"demandTab")
        self.demandTabLayout = QVBoxLayout(self.demandTab)
        self.demandTabLayout.setObjectName(u"demandTabLayout")
        self.demandTabLayout.setContentsMargins(0, 0, 0, 0)
        self.demandTable = QTableView(self.demandTab)
        self.demandTable.setObjectName(u"demandTable")

        self.demandTabLayout.addWidget(self.demandTable)

        self.sideTabs.addTab(self.demandTab, "")
        self.deltaTab = QWidget()
        self.deltaTab.setObjectName(u"deltaTab")
        self.deltaTabLayout = QVBoxLayout(self.deltaTab)
        self.deltaTabLayout.setObjectName(u"deltaTabLayout")
        self.deltaTabLayout.setContentsMargins(0, 0, 0, 0)
        self.deltaTable = QTableView(self.deltaTab)
        self.deltaTable.setObjectName(u"deltaTable")

        self.deltaTabLayout.addWidget(self.deltaTable)

        self.sideTabs.addTab(self.deltaTab, "")
        self.chartTab = QWidget()
        self.chartTab.setObjectName(u"chartTab")
        self.chartLayout = QVBoxLayout(self.chartTab)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.sideTabs.addTab(self.chartTab, "")
        self.splitter.addWidget(self.sideTabs)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(StaffingPage)

        self.sideTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StaffingPage)
    # setupUi

    def retranslateUi(self, StaffingPage):
        self.titleLabel.setText(QCoreApplication.translate("StaffingPage", u"Staffing", None))
        self.groupCombo.setItemText(0, QCoreApplication.translate("StaffingPage", u"By person", None))
        self.groupCombo.setItemText(1, QCoreApplication.translate("StaffingPage", u"By client \u2192 project", None))

        self.zoomCombo.setItemText(0, QCoreApplication.translate("StaffingPage", u"Weeks", None))
        self.zoomCombo.setItemText(1, QCoreApplication.translate("StaffingPage", u"Months", None))

#if QT_CONFIG(tooltip)
        self.zoomCombo.setToolTip(QCoreApplication.translate("StaffingPage", u"Months show read-only totals; edit in weeks", None))
#endif // QT_CONFIG(tooltip)
        self.tentativeBox.setText(QCoreApplication.translate("StaffingPage", u"Include tentative", None))
#if QT_CONFIG(tooltip)
        self.tentativeBox.setToolTip(QCoreApplication.translate("StaffingPage", u"Count hours on projects not yet approved in every total", None))
#endif // QT_CONFIG(tooltip)
        self.thisWeekButton.setText(QCoreApplication.translate("StaffingPage", u"This week", None))
        self.expandButton.setText(QCoreApplication.translate("StaffingPage", u"Collapse all", None))
        self.roleButton.setText(QCoreApplication.translate("StaffingPage", u"Add open role\u2026", None))
        self.importButton.setText(QCoreApplication.translate("StaffingPage", u"Import actuals\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("StaffingPage", u"Timesheet CSV: person, date or week, project, hours, billable", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("StaffingPage", u"Export\u2026", None))
        self.scenarioLabel.setText(QCoreApplication.translate("StaffingPage", u"Scenario:", None))
        self.startButton.setText(QCoreApplication.translate("StaffingPage", u"New scenario\u2026", None))
        self.applyButton.setText(QCoreApplication.translate("StaffingPage", u"Apply", None))
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("StaffingPage", u"Bring this scenario's own changes into the plan of record", None))
#endif // QT_CONFIG(tooltip)
        self.discardButton.setText(QCoreApplication.translate("StaffingPage", u"Discard", None))
        self.limitLabel.setText(QCoreApplication.translate("StaffingPage", u"Ask before going above", None))
        self.limitSpin.setSuffix(QCoreApplication.translate("StaffingPage", u"%", None))
#if QT_CONFIG(tooltip)
        self.limitSpin.setToolTip(QCoreApplication.translate("StaffingPage", u"Ask before a change takes someone above this share of capacity", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("StaffingPage", u"Hatched = tentative \u00b7 drag roster \u2192 project row \u00b7 drag cells to move, Ctrl copies \u00b7 Delete clears", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.rosterTab), QCoreApplication.translate("StaffingPage", u"Roster", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.demandTab), QCoreApplication.translate("StaffingPage", u"Open roles", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.deltaTab), QCoreApplication.translate("StaffingPage", u"Delta", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.chartTab), QCoreApplication.translate("StaffingPage", u"Billability", None))
        pass
    # retranslateUi

