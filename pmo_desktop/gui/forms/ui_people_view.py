# generated from ui/people_view.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_view.ui'
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
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class Ui_PeopleView(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName("PeoplePage")
        PeoplePage.resize(1200, 760)
        self.peopleLayout = QVBoxLayout(PeoplePage)
        self.peopleLayout.setSpacing(10)
        self.peopleLayout.setObjectName("peopleLayout")
        self.peopleLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName("headerLayout")
        self.titleLabel = QLabel(PeoplePage)
        self.titleLabel.setObjectName("titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(PeoplePage)
        self.countLabel.setObjectName("countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(
            0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum
        )

        self.headerLayout.addItem(self.headerSpacer)

        self.scheduleButton = QPushButton(PeoplePage)
        self.scheduleButton.setObjectName("scheduleButton")

        self.headerLayout.addWidget(self.scheduleButton)

        self.teamPdfButton = QPushButton(PeoplePage)
        self.teamPdfButton.setObjectName("teamPdfButton")

        self.headerLayout.addWidget(self.teamPdfButton)

        self.peopleLayout.addLayout(self.headerLayout)

        self.mainTabs = QTabWidget(PeoplePage)
        self.mainTabs.setObjectName("mainTabs")
        self.teamTab = QWidget()
        self.teamTab.setObjectName("teamTab")
        self.teamTabLayout = QVBoxLayout(self.teamTab)
        self.teamTabLayout.setObjectName("teamTabLayout")
        self.teamTabLayout.setContentsMargins(0, 8, 0, 0)
        self.teamSplitter = QSplitter(self.teamTab)
        self.teamSplitter.setObjectName("teamSplitter")
        self.teamSplitter.setOrientation(Qt.Orientation.Vertical)
        self.teamSplitter.setChildrenCollapsible(False)
        self.rosterPanel = QWidget(self.teamSplitter)
        self.rosterPanel.setObjectName("rosterPanel")
        self.rosterLayout = QVBoxLayout(self.rosterPanel)
        self.rosterLayout.setObjectName("rosterLayout")
        self.rosterLayout.setContentsMargins(0, 0, 0, 0)
        self.rosterHeader = QHBoxLayout()
        self.rosterHeader.setObjectName("rosterHeader")
        self.searchEdit = QLineEdit(self.rosterPanel)
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.rosterHeader.addWidget(self.searchEdit)

        self.rosterLayout.addLayout(self.rosterHeader)

        self.rosterTable = QTableView(self.rosterPanel)
        self.rosterTable.setObjectName("rosterTable")
        self.rosterTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rosterTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rosterTable.setAlternatingRowColors(True)
        self.rosterTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rosterTable.setSortingEnabled(True)
        self.rosterTable.setWordWrap(False)

        self.rosterLayout.addWidget(self.rosterTable)

        self.teamSplitter.addWidget(self.rosterPanel)
        self.personPanel = QWidget(self.teamSplitter)
        self.personPanel.setObjectName("personPanel")
        self.personLayout = QVBoxLayout(self.personPanel)
        self.personLayout.setObjectName("personLayout")
        self.personLayout.setContentsMargins(0, 0, 0, 0)
        self.personHeader = QHBoxLayout()
        self.personHeader.setObjectName("personHeader")
        self.personTitles = QVBoxLayout()
        self.personTitles.setSpacing(0)
        self.personTitles.setObjectName("personTitles")
        self.personTitle = QLabel(self.personPanel)
        self.personTitle.setObjectName("personTitle")
        self.personTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.personTitles.addWidget(self.personTitle)

        self.personSubtitle = QLabel(self.personPanel)
        self.personSubtitle.setObjectName("personSubtitle")
        self.personSubtitle.setTextFormat(Qt.TextFormat.PlainText)

        self.personTitles.addWidget(self.personSubtitle)

        self.personHeader.addLayout(self.personTitles)

        self.personHeaderSpacer = QSpacerItem(
            0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum
        )

        self.personHeader.addItem(self.personHeaderSpacer)

        self.cadenceLabel = QLabel(self.personPanel)
        self.cadenceLabel.setObjectName("cadenceLabel")
        self.cadenceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.personHeader.addWidget(self.cadenceLabel)

        self.cadenceCombo = QComboBox(self.personPanel)
        self.cadenceCombo.setObjectName("cadenceCombo")

        self.personHeader.addWidget(self.cadenceCombo)

        self.personLayout.addLayout(self.personHeader)

        self.personTabs = QTabWidget(self.personPanel)
        self.personTabs.setObjectName("personTabs")

        self.personLayout.addWidget(self.personTabs)

        self.teamSplitter.addWidget(self.personPanel)

        self.teamTabLayout.addWidget(self.teamSplitter)

        self.mainTabs.addTab(self.teamTab, "")
        self.calibrationTab = QWidget()
        self.calibrationTab.setObjectName("calibrationTab")
        self.calibrationLayout = QVBoxLayout(self.calibrationTab)
        self.calibrationLayout.setObjectName("calibrationLayout")
        self.calibrationLayout.setContentsMargins(0, 8, 0, 0)
        self.calibrationHeader = QHBoxLayout()
        self.calibrationHeader.setObjectName("calibrationHeader")
        self.periodLabel = QLabel(self.calibrationTab)
        self.periodLabel.setObjectName("periodLabel")
        self.periodLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.calibrationHeader.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.calibrationTab)
        self.periodCombo.setObjectName("periodCombo")

        self.calibrationHeader.addWidget(self.periodCombo)

        self.calibrationSpacer = QSpacerItem(
            0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum
        )

        self.calibrationHeader.addItem(self.calibrationSpacer)

        self.calibrationNote = QLabel(self.calibrationTab)
        self.calibrationNote.setObjectName("calibrationNote")
        self.calibrationNote.setTextFormat(Qt.TextFormat.PlainText)

        self.calibrationHeader.addWidget(self.calibrationNote)

        self.calibrationLayout.addLayout(self.calibrationHeader)

        self.chartsScroll = QScrollArea(self.calibrationTab)
        self.chartsScroll.setObjectName("chartsScroll")
        self.chartsScroll.setWidgetResizable(True)

        self.calibrationLayout.addWidget(self.chartsScroll)

        self.mainTabs.addTab(self.calibrationTab, "")
        self.okrTab = QWidget()
        self.okrTab.setObjectName("okrTab")
        self.okrLayout = QVBoxLayout(self.okrTab)
        self.okrLayout.setObjectName("okrLayout")
        self.okrLayout.setContentsMargins(0, 8, 0, 0)
        self.okrNote = QLabel(self.okrTab)
        self.okrNote.setObjectName("okrNote")
        self.okrNote.setTextFormat(Qt.TextFormat.PlainText)

        self.okrLayout.addWidget(self.okrNote)

        self.okrTable = QTableView(self.okrTab)
        self.okrTable.setObjectName("okrTable")
        self.okrTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.okrTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.okrTable.setAlternatingRowColors(True)
        self.okrTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.okrTable.setWordWrap(True)

        self.okrLayout.addWidget(self.okrTable)

        self.mainTabs.addTab(self.okrTab, "")

        self.peopleLayout.addWidget(self.mainTabs)

        self.retranslateUi(PeoplePage)

        QMetaObject.connectSlotsByName(PeoplePage)

    # setupUi

    def retranslateUi(self, PeoplePage):
        self.titleLabel.setText(QCoreApplication.translate("PeoplePage", "People", None))
        self.countLabel.setText("")
        self.scheduleButton.setText(
            QCoreApplication.translate("PeoplePage", "Export 1:1 schedule\u2026", None)
        )
        self.teamPdfButton.setText(
            QCoreApplication.translate("PeoplePage", "Export team evaluations\u2026", None)
        )
        self.searchEdit.setPlaceholderText(
            QCoreApplication.translate("PeoplePage", "Filter the team\u2026", None)
        )
        self.personTitle.setText(
            QCoreApplication.translate("PeoplePage", "Select someone on the team", None)
        )
        self.personSubtitle.setText("")
        self.cadenceLabel.setText(QCoreApplication.translate("PeoplePage", "1:1 cadence", None))
        self.mainTabs.setTabText(
            self.mainTabs.indexOf(self.teamTab),
            QCoreApplication.translate("PeoplePage", "Team", None),
        )
        self.periodLabel.setText(QCoreApplication.translate("PeoplePage", "Period", None))
        self.calibrationNote.setText("")
        self.mainTabs.setTabText(
            self.mainTabs.indexOf(self.calibrationTab),
            QCoreApplication.translate("PeoplePage", "Calibration", None),
        )
        self.okrNote.setText(
            QCoreApplication.translate(
                "PeoplePage",
                "Key results are scored 0\u20131: 0.7\u20131.0 green, 0.4\u20130.7 yellow, below red.",
                None,
            )
        )
        self.mainTabs.setTabText(
            self.mainTabs.indexOf(self.okrTab),
            QCoreApplication.translate("PeoplePage", "Team OKRs", None),
        )
        pass

    # retranslateUi
