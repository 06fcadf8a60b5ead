# generated from ui/raid_escalations.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'raid_escalations.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_EscalationsPanel(object):
    def setupUi(self, EscalationsPanel):
        if not EscalationsPanel.objectName():
            EscalationsPanel.setObjectName(u"EscalationsPanel")
        EscalationsPanel.resize(1200, 700)
        self.panelLayout = QVBoxLayout(EscalationsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(EscalationsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.logPanel = QWidget(self.splitter)
        self.logPanel.setObjectName(u"logPanel")
        self.logLayout = QVBoxLayout(self.logPanel)
        self.logLayout.setObjectName(u"logLayout")
        self.logLayout.setContentsMargins(0, 0, 0, 0)
        self.logButtons = QHBoxLayout()
        self.logButtons.setObjectName(u"logButtons")
        self.newEscalationButton = QPushButton(self.logPanel)
        self.newEscalationButton.setObjectName(u"newEscalationButton")

        self.logButtons.addWidget(self.newEscalationButton)

        self.editEscalationButton = QPushButton(self.logPanel)
        self.editEscalationButton.setObjectName(u"editEscalationButton")

        self.logButtons.addWidget(self.editEscalationButton)

        self.deleteEscalationButton = QPushButton(self.logPanel)
        self.deleteEscalationButton.setObjectName(u"deleteEscalationButton")

        self.logButtons.addWidget(self.deleteEscalationButton)

        self.logSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logButtons.addItem(self.logSpacer)


        self.logLayout.addLayout(self.logButtons)

        self.escalationTable = QTableView(self.logPanel)
        self.escalationTable.setObjectName(u"escalationTable")
        self.escalationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.escalationTable.setAlternatingRowColors(True)
        self.escalationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.escalationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.escalationTable.setWordWrap(False)
        self.escalationTable.horizontalHeader().setHighlightSections(False)
        self.escalationTable.verticalHeader().setVisible(False)

        self.logLayout.addWidget(self.escalationTable)

        self.causeChartHost = QWidget(self.logPanel)
        self.causeChartHost.setObjectName(u"causeChartHost")
        self.causeChartLayout = QVBoxLayout(self.causeChartHost)
        self.causeChartLayout.setObjectName(u"causeChartLayout")
        self.causeChartLayout.setContentsMargins(0, 0, 0, 0)

        self.logLayout.addWidget(self.causeChartHost)

        self.splitter.addWidget(self.logPanel)
        self.rcaPanel = QWidget(self.splitter)
        self.rcaPanel.setObjectName(u"rcaPanel")
        self.rcaLayout = QVBoxLayout(self.rcaPanel)
        self.rcaLayout.setObjectName(u"rcaLayout")
        self.rcaLayout.setContentsMargins(0, 0, 0, 0)
        self.rcaTitle = QLabel(self.rcaPanel)
        self.rcaTitle.setObjectName(u"rcaTitle")
        self.rcaTitle.setTextFormat(Qt.TextFormat.PlainText)
        self.rcaTitle.setWordWrap(True)

        self.rcaLayout.addWidget(self.rcaTitle)

        self.rcaSummary = QLabel(self.rcaPanel)
        self.rcaSummary.setObjectName(u"rcaSummary")
        self.rcaSummary.setTextFormat(Qt.TextFormat.PlainText)
        self.rcaSummary.setWordWrap(True)

        self.rcaLayout.addWidget(self.rcaSummary)

        self.causeLayout = QHBoxLayout()
        self.causeLayout.setObjectName(u"causeLayout")
        self.causeLabel = QLabel(self.rcaPanel)
        self.causeLabel.setObjectName(u"causeLabel")
        self.causeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.causeLayout.addWidget(self.causeLabel)

        self.causeCombo = QComboBox(self.rcaPanel)
        self.causeCombo.setObjectName(u"causeCombo")

        self.causeLayout.addWidget(self.causeCombo)

        self.causeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.causeLayout.addItem(self.causeSpacer)


        self.rcaLayout.addLayout(self.causeLayout)

        self.whysLabel = QLabel(self.rcaPanel)
        self.whysLabel.setObjectName(u"whysLabel")
        self.whysLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.whysLabel.setWordWrap(True)

        self.rcaLayout.addWidget(self.whysLabel)

        self.whysList = QListView(self.rcaPanel)
        self.whysList.setObjectName(u"whysList")
        self.whysList.setAlternatingRowColors(True)
        self.whysList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.rcaLayout.addWidget(self.whysList)

        self.whyButtons = QHBoxLayout()
        self.whyButtons.setObjectName(u"whyButtons")
        self.addWhyButton = QPushButton(self.rcaPanel)
        self.addWhyButton.setObjectName(u"addWhyButton")

        self.whyButtons.addWidget(self.addWhyButton)

        self.removeWhyButton = QPushButton(self.rcaPanel)
        self.removeWhyButton.setObjectName(u"removeWhyButton")

        self.whyButtons.addWidget(self.removeWhyButton)

        self.upWhyButton = QPushButton(self.rcaPanel)
        self.upWhyButton.setObjectName(u"upWhyButton")

        self.whyButtons.addWidget(self.upWhyButton)

        self.downWhyButton = QPushButton(self.rcaPanel)
        self.downWhyButton.setObjectName(u"downWhyButton")

        self.whyButtons.addWidget(self.downWhyButton)

        self.whySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whyButtons.addItem(self.whySpacer)

        self.saveWhysButton = QPushButton(self.rcaPanel)
        self.saveWhysButton.setObjectName(u"saveWhysButton")

        self.whyButtons.addWidget(self.saveWhysButton)


        self.rcaLayout.addLayout(self.whyButtons)

        self.whysError = QLabel(self.rcaPanel)
        self.whysError.setObjectName(u"whysError")
        self.whysError.setTextFormat(Qt.TextFormat.PlainText)
        self.whysError.setWordWrap(True)

        self.rcaLayout.addWidget(self.whysError)

        self.preventiveLabel = QLabel(self.rcaPanel)
        self.preventiveLabel.setObjectName(u"preventiveLabel")
        self.preventiveLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.preventiveLabel.setWordWrap(True)

        self.rcaLayout.addWidget(self.preventiveLabel)

        self.preventiveTable = QTableView(self.rcaPanel)
        self.preventiveTable.setObjectName(u"preventiveTable")
        self.preventiveTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preventiveTable.setAlternatingRowColors(True)
        self.preventiveTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preventiveTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preventiveTable.setWordWrap(False)
        self.preventiveTable.horizontalHeader().setHighlightSections(False)
        self.preventiveTable.verticalHeader().setVisible(False)

        self.rcaLayout.addWidget(self.preventiveTable)

        self.preventiveButtons = QHBoxLayout()
        self.preventiveButtons.setObjectName(u"preventiveButtons")
        self.donePreventiveButton = QPushButton(self.rcaPanel)
        self.donePreventiveButton.setObjectName(u"donePreventiveButton")

        self.preventiveButtons.addWidget(self.donePreventiveButton)

        self.removePreventiveButton = QPushButton(self.rcaPanel)
        self.removePreventiveButton.setObjectName(u"removePreventiveButton")

        self.preventiveButtons.addWidget(self.removePreventiveButton)

        self.preventiveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preventiveButtons.addItem(self.preventiveSpacer)


        self.rcaLayout.addLayout(self.preventiveButtons)

        self.newPreventiveLayout = QHBoxLayout()
        self.newPreventiveLayout.setObjectName(u"newPreventiveLayout")
        self.preventiveEdit = QLineEdit(self.rcaPanel)
        self.preventiveEdit.setObjectName(u"preventiveEdit")

        self.newPreventiveLayout.addWidget(self.preventiveEdit)

        self.preventiveOwnerCombo = QComboBox(self.rcaPanel)
        self.preventiveOwnerCombo.setObjectName(u"preventiveOwnerCombo")

        self.newPreventiveLayout.addWidget(self.preventiveOwnerCombo)

        self.preventiveDueDate = QDateEdit(self.rcaPanel)
        self.preventiveDueDate.setObjectName(u"preventiveDueDate")
        self.preventiveDueDate.setCalendarPopup(True)

        self.newPreventiveLayout.addWidget(self.preventiveDueDate)

        self.addPreventiveButton = QPushButton(self.rcaPanel)
        self.addPreventiveButton.setObjectName(u"addPreventiveButton")

        self.newPreventiveLayout.addWidget(self.addPreventiveButton)


        self.rcaLayout.addLayout(self.newPreventiveLayout)

        self.preventiveError = QLabel(self.rcaPanel)
        self.preventiveError.setObjectName(u"preventiveError")
        self.preventiveError.setTextFormat(Qt.TextFormat.PlainText)
        self.preventiveError.setWordWrap(True)

        self.rcaLayout.addWidget(self.preventiveError)

        self.splitter.addWidget(self.rcaPanel)

        self.panelLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.causeLabel.setBuddy(self.causeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EscalationsPanel)

        QMetaObject.connectSlotsByName(EscalationsPanel)
    # setupUi

    def retranslateUi(self, EscalationsPanel):
        self.newEscalationButton.setText(QCoreApplication.translate("EscalationsPanel", u"&Log escalation\u2026", None))
        self.editEscalationButton.setText(QCoreApplication.translate("EscalationsPanel", u"Edit escalation\u2026", None))
        self.deleteEscalationButton.setText(QCoreApplication.translate("EscalationsPanel", u"Delete escalation", None))
        self.rcaTitle.setText(QCoreApplication.translate("EscalationsPanel", u"Root-cause analysis", None))
        self.rcaSummary.setText("")
        self.causeLabel.setText(QCoreApplication.translate("EscalationsPanel", u"&Cause category", None))
        self.whysLabel.setText(QCoreApplication.translate("EscalationsPanel", u"5 whys \u2014 ask \u201cwhy?\u201d until you reach a cause you can act on", None))
#if QT_CONFIG(accessibility)
        self.whysList.setAccessibleName(QCoreApplication.translate("EscalationsPanel", u"5 whys", None))
#endif // QT_CONFIG(accessibility)
        self.addWhyButton.setText(QCoreApplication.translate("EscalationsPanel", u"Add why", None))
        self.removeWhyButton.setText(QCoreApplication.translate("EscalationsPanel", u"Remove", None))
        self.upWhyButton.setText(QCoreApplication.translate("EscalationsPanel", u"Up", None))
        self.downWhyButton.setText(QCoreApplication.translate("EscalationsPanel", u"Down", None))
        self.saveWhysButton.setText(QCoreApplication.translate("EscalationsPanel", u"&Save chain", None))
#if QT_CONFIG(tooltip)
        self.saveWhysButton.setToolTip(QCoreApplication.translate("EscalationsPanel", u"Save the 5-whys chain (undoable)", None))
#endif // QT_CONFIG(tooltip)
        self.whysError.setText("")
        self.preventiveLabel.setText(QCoreApplication.translate("EscalationsPanel", u"Preventive actions", None))
        self.donePreventiveButton.setText(QCoreApplication.translate("EscalationsPanel", u"Mark done / not done", None))
        self.removePreventiveButton.setText(QCoreApplication.translate("EscalationsPanel", u"Remove action", None))
        self.preventiveEdit.setPlaceholderText(QCoreApplication.translate("EscalationsPanel", u"New preventive action", None))
#if QT_CONFIG(accessibility)
        self.preventiveEdit.setAccessibleName(QCoreApplication.translate("EscalationsPanel", u"New preventive action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preventiveOwnerCombo.setAccessibleName(QCoreApplication.translate("EscalationsPanel", u"Preventive action owner", None))
#endif // QT_CONFIG(accessibility)
        self.preventiveDueDate.setDisplayFormat(QCoreApplication.translate("EscalationsPanel", u"dd MMM yyyy", None))
        self.preventiveDueDate.setSpecialValueText(QCoreApplication.translate("EscalationsPanel", u"No due date", None))
        self.addPreventiveButton.setText(QCoreApplication.translate("EscalationsPanel", u"Add", None))
        self.preventiveError.setText("")
        pass
    # retranslateUi

