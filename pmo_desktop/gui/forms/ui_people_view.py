# generated from ui/people_view.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_view.ui'
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
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_PeopleView(object):
    def setupUi(self, PeopleView):
        if not PeopleView.objectName():
            PeopleView.setObjectName(u"PeopleView")
        PeopleView.resize(1200, 760)
        self.peopleLayout = QVBoxLayout(PeopleView)
        self.peopleLayout.setSpacing(10)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(PeopleView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(PeopleView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.scheduleButton = QPushButton(PeopleView)
        self.scheduleButton.setObjectName(u"scheduleButton")

        self.headerLayout.addWidget(self.scheduleButton)

        self.teamPdfButton = QPushButton(PeopleView)
        self.teamPdfButton.setObjectName(u"teamPdfButton")

        self.headerLayout.addWidget(self.teamPdfButton)


        self.peopleLayout.addLayout(self.headerLayout)

        self.mainTabs = QTabWidget(PeopleView)
        self.mainTabs.setObjectName(u"mainTabs")
        self.teamTab = QWidget()
        self.teamTab.setObjectName(u"teamTab")
        self.teamTabLayout = QVBoxLayout(self.teamTab)
        self.teamTabLayout.setObjectName(u"teamTabLayout")
        self.teamTabLayout.setContentsMargins(0, 8, 0, 0)
        self.teamSplitter = QSplitter(self.teamTab)
        self.teamSplitter.setObjectName(u"teamSplitter")
        self.teamSplitter.setOrientation(Qt.Orientation.Vertical)
        self.teamSplitter.setChildrenCollapsible(False)
        self.rosterPanel = QWidget(self.teamSplitter)
        self.rosterPanel.setObjectName(u"rosterPanel")
        self.rosterLayout = QVBoxLayout(self.rosterPanel)
        self.rosterLayout.setObjectName(u"rosterLayout")
        self.rosterLayout.setContentsMargins(0, 0, 0, 0)
        self.rosterHeader = QHBoxLayout()
        self.rosterHeader.setObjectName(u"rosterHeader")
        self.searchEdit = QLineEdit(self.rosterPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.rosterHeader.addWidget(self.searchEdit)


        self.rosterLayout.addLayout(self.rosterHeader)

        self.rosterTable = QTableView(self.rosterPanel)
        self.rosterTable.setObjectName(u"rosterTable")
        self.rosterTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rosterTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rosterTable.setAlternatingRowColors(True)
        self.rosterTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rosterTable.setSortingEnabled(True)
        self.rosterTable.setWordWrap(False)

        self.rosterLayout.addWidget(self.rosterTable)

        self.teamSplitter.addWidget(self.rosterPanel)
        self.personPanel = QWidget(self.teamSplitter)
        self.personPanel.setObjectName(u"personPanel")
        self.personLayout = QVBoxLayout(self.personPanel)
        self.personLayout.setObjectName(u"personLayout")
        self.personLayout.setContentsMargins(0, 0, 0, 0)
        self.personHeader = QHBoxLayout()
        self.personHeader.setObjectName(u"personHeader")
        self.personTitles = QVBoxLayout()
        self.personTitles.setSpacing(0)
        self.personTitles.setObjectName(u"personTitles")
        self.personTitle = QLabel(self.personPanel)
        self.personTitle.setObjectName(u"personTitle")
        self.personTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.personTitles.addWidget(self.personTitle)

        self.personSubtitle = QLabel(self.personPanel)
        self.personSubtitle.setObjectName(u"personSubtitle")
        self.personSubtitle.setTextFormat(Qt.TextFormat.PlainText)

        self.personTitles.addWidget(self.personSubtitle)


        self.personHeader.addLayout(self.personTitles)

        self.personHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personHeader.addItem(self.personHeaderSpacer)

        self.cadenceLabel = QLabel(self.personPanel)
        self.cadenceLabel.setObjectName(u"cadenceLabel")
        self.cadenceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.personHeader.addWidget(self.cadenceLabel)

        self.cadenceCombo = QComboBox(self.personPanel)
        self.cadenceCombo.setObjectName(u"cadenceCombo")

        self.personHeader.addWidget(self.cadenceCombo)


        self.personLayout.addLayout(self.personHeader)

        self.personTabs = QTabWidget(self.personPanel)
        self.personTabs.setObjectName(u"personTabs")

        self.personLayout.addWidget(self.personTabs)

        self.teamSplitter.addWidget(self.personPanel)

        self.teamTabLayout.addWidget(self.teamSplitter)

        self.mainTabs.addTab(self.teamTab, "")
        self.calibrationTab = QWidget()
        self.calibrationTab.setObjectName(u"calibrationTab")
        self.calibrationLayout = QVBoxLayout(self.calibrationTab)
        self.calibrationLayout.setObjectName(u"calibrationLayout")
        self.calibrationLayout.setContentsMargins(0, 8, 0, 0)
        self.calibrationHeader = QHBoxLayout()
        self.calibrationHeader.setObjectName(u"calibrationHeader")
        self.periodLabel = QLabel(self.calibrationTab)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.calibrationHeader.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.calibrationTab)
        self.periodCombo.setObjectName(u"periodCombo")

        self.calibrationHeader.addWidget(self.periodCombo)

        self.calibrationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calibrationHeader.addItem(self.calibrationSpacer)

        self.calibrationNote = QLabel(self.calibrationTab)
        self.calibrationNote.setObjectName(u"calibrationNote")
        self.calibrationNote.setTextFormat(Qt.TextFormat.PlainText)

        self.calibrationHeader.addWidget(self.calibrationNote)


        self.calibrationLayout.addLayout(self.calibrationHeader)

        self.chartsScroll = QScrollArea(self.calibrationTab)
        self.chartsScroll.setObjectName(u"chartsScroll")
        self.chartsScroll.setWidgetResizable(True)

        self.calibrationLayout.addWidget(self.chartsScroll)

        self.mainTabs.addTab(self.calibrationTab, "")
        self.okrTab = QWidget()
        self.okrTab.setObjectName(u"okrTab")
        self.okrLayout = QVBoxLayout(self.okrTab)
        self.okrLayout.setObjectName(u"okrLayout")
        self.okrLayout.setContentsMargins(0, 8, 0, 0)
        self.okrNote = QLabel(self.okrTab)
        self.okrNote.setObjectName(u"okrNote")
        self.okrNote.setTextFormat(Qt.TextFormat.PlainText)

        self.okrLayout.addWidget(self.okrNote)

        self.okrTable = QTableView(self.okrTab)
        self.okrTable.setObjectName(u"okrTable")
        self.okrTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.okrTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.okrTable.setAlternatingRowColors(True)
        self.okrTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.okrTable.setWordWrap(True)

        self.okrLayout.addWidget(self.okrTable)

        self.mainTabs.addTab(self.okrTab, "")

        self.peopleLayout.addWidget(self.mainTabs)


        self.retranslateUi(PeopleView)

        QMetaObject.connectSlotsByName(PeopleView)
    # setupUi

    def retranslateUi(self, PeopleView):
        self.titleLabel.setText(QCoreApplication.translate("PeopleView", u"People", None))
        self.countLabel.setText("")
        self.scheduleButton.setText(QCoreApplication.translate("PeopleView", u"Export 1:1 schedule\u2026", None))
        self.teamPdfButton.setText(QCoreApplication.translate("PeopleView", u"Export team evaluations\u2026", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PeopleView", u"Filter the team\u2026", None))
        self.personTitle.setText(QCoreApplication.translate("PeopleView", u"Select someone on the team", None))
        self.personSubtitle.setText("")
        self.cadenceLabel.setText(QCoreApplication.translate("PeopleView", u"1:1 cadence", None))
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.teamTab), QCoreApplication.translate("PeopleView", u"Team", None))
        self.periodLabel.setText(QCoreApplication.translate("PeopleView", u"Period", None))
        self.calibrationNote.setText("")
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.calibrationTab), QCoreApplication.translate("PeopleView", u"Calibration", None))
        self.okrNote.setText(QCoreApplication.translate("PeopleView", u"Key results are scored 0\u20131: 0.7\u20131.0 green, 0.4\u20130.7 yellow, below red.", None))
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.okrTab), QCoreApplication.translate("PeopleView", u"Team OKRs", None))
        pass
    # retranslateUi

