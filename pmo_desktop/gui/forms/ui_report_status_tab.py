# generated from ui/report_status_tab.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_status_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_StatusTab(object):
    def setupUi(self, StatusTab):
        if not StatusTab.objectName():
            StatusTab.setObjectName(u"StatusTab")
        StatusTab.resize(1100, 640)
        self.statusLayout = QHBoxLayout(StatusTab)
        self.statusLayout.setObjectName(u"statusLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.targetLayout = QHBoxLayout()
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetLabel = QLabel(StatusTab)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.targetLayout.addWidget(self.targetLabel)

        self.targetCombo = QComboBox(StatusTab)
        self.targetCombo.setObjectName(u"targetCombo")

        self.targetLayout.addWidget(self.targetCombo)

        self.saveButton = QPushButton(StatusTab)
        self.saveButton.setObjectName(u"saveButton")

        self.targetLayout.addWidget(self.saveButton)

        self.issueButton = QPushButton(StatusTab)
        self.issueButton.setObjectName(u"issueButton")

        self.targetLayout.addWidget(self.issueButton)

        self.targetLayout.setStretch(1, 1)

        self.leftLayout.addLayout(self.targetLayout)

        self.textGrid = QGridLayout()
        self.textGrid.setObjectName(u"textGrid")
        self.executiveSummaryLabel = QLabel(StatusTab)
        self.executiveSummaryLabel.setObjectName(u"executiveSummaryLabel")
        self.executiveSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textGrid.addWidget(self.executiveSummaryLabel, 0, 0, 1, 1)

        self.executiveSummaryEdit = QPlainTextEdit(StatusTab)
        self.executiveSummaryEdit.setObjectName(u"executiveSummaryEdit")
        self.executiveSummaryEdit.setTabChangesFocus(True)

        self.textGrid.addWidget(self.executiveSummaryEdit, 1, 0, 1, 1)

        self.accomplishmentsLabel = QLabel(StatusTab)
        self.accomplishmentsLabel.setObjectName(u"accomplishmentsLabel")
        self.accomplishmentsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textGrid.addWidget(self.accomplishmentsLabel, 0, 1, 1, 1)

        self.accomplishmentsEdit = QPlainTextEdit(StatusTab)
        self.accomplishmentsEdit.setObjectName(u"accomplishmentsEdit")
        self.accomplishmentsEdit.setTabChangesFocus(True)

        self.textGrid.addWidget(self.accomplishmentsEdit, 1, 1, 1, 1)

        self.nextStepsLabel = QLabel(StatusTab)
        self.nextStepsLabel.setObjectName(u"nextStepsLabel")
        self.nextStepsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textGrid.addWidget(self.nextStepsLabel, 2, 0, 1, 1)

        self.nextStepsEdit = QPlainTextEdit(StatusTab)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setTabChangesFocus(True)

        self.textGrid.addWidget(self.nextStepsEdit, 3, 0, 1, 1)

        self.decisionsNeededLabel = QLabel(StatusTab)
        self.decisionsNeededLabel.setObjectName(u"decisionsNeededLabel")
        self.decisionsNeededLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textGrid.addWidget(self.decisionsNeededLabel, 2, 1, 1, 1)

        self.decisionsNeededEdit = QPlainTextEdit(StatusTab)
        self.decisionsNeededEdit.setObjectName(u"decisionsNeededEdit")
        self.decisionsNeededEdit.setTabChangesFocus(True)

        self.textGrid.addWidget(self.decisionsNeededEdit, 3, 1, 1, 1)


        self.leftLayout.addLayout(self.textGrid)

        self.historyTitle = QLabel(StatusTab)
        self.historyTitle.setObjectName(u"historyTitle")
        self.historyTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.leftLayout.addWidget(self.historyTitle)

        self.historyLayout = QVBoxLayout()
        self.historyLayout.setObjectName(u"historyLayout")

        self.leftLayout.addLayout(self.historyLayout)

        self.statusLabel = QLabel(StatusTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.statusLabel)

        self.leftLayout.setStretch(1, 3)
        self.leftLayout.setStretch(3, 1)

        self.statusLayout.addLayout(self.leftLayout)

        self.snapshotLayout = QVBoxLayout()
        self.snapshotLayout.setObjectName(u"snapshotLayout")
        self.snapshotsTitle = QLabel(StatusTab)
        self.snapshotsTitle.setObjectName(u"snapshotsTitle")
        self.snapshotsTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.snapshotLayout.addWidget(self.snapshotsTitle)

        self.snapshotTable = QTableView(StatusTab)
        self.snapshotTable.setObjectName(u"snapshotTable")

        self.snapshotLayout.addWidget(self.snapshotTable)

        self.againButton = QPushButton(StatusTab)
        self.againButton.setObjectName(u"againButton")

        self.snapshotLayout.addWidget(self.againButton)

        self.snapshotLayout.setStretch(1, 1)

        self.statusLayout.addLayout(self.snapshotLayout)

        self.statusLayout.setStretch(0, 3)
        self.statusLayout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.targetLabel.setBuddy(self.targetCombo)
        self.executiveSummaryLabel.setBuddy(self.executiveSummaryEdit)
        self.accomplishmentsLabel.setBuddy(self.accomplishmentsEdit)
        self.nextStepsLabel.setBuddy(self.nextStepsEdit)
        self.decisionsNeededLabel.setBuddy(self.decisionsNeededEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusTab)

        self.issueButton.setDefault(True)


        QMetaObject.connectSlotsByName(StatusTab)
    # setupUi

    def retranslateUi(self, StatusTab):
        self.targetLabel.setText(QCoreApplication.translate("StatusTab", u"Report &for", None))
        self.saveButton.setText(QCoreApplication.translate("StatusTab", u"&Save text", None))
        self.issueButton.setText(QCoreApplication.translate("StatusTab", u"&Issue report\u2026", None))
        self.executiveSummaryLabel.setText(QCoreApplication.translate("StatusTab", u"Executive summary", None))
        self.executiveSummaryEdit.setPlaceholderText(QCoreApplication.translate("StatusTab", u"Executive summary\u2026", None))
        self.accomplishmentsLabel.setText(QCoreApplication.translate("StatusTab", u"Accomplishments", None))
        self.accomplishmentsEdit.setPlaceholderText(QCoreApplication.translate("StatusTab", u"Accomplishments\u2026", None))
        self.nextStepsLabel.setText(QCoreApplication.translate("StatusTab", u"Next steps", None))
        self.nextStepsEdit.setPlaceholderText(QCoreApplication.translate("StatusTab", u"Next steps\u2026", None))
        self.decisionsNeededLabel.setText(QCoreApplication.translate("StatusTab", u"Decisions needed from the client", None))
        self.decisionsNeededEdit.setPlaceholderText(QCoreApplication.translate("StatusTab", u"Decisions needed from the client\u2026", None))
        self.historyTitle.setText(QCoreApplication.translate("StatusTab", u"Health over time", None))
        self.snapshotsTitle.setText(QCoreApplication.translate("StatusTab", u"Issued reports (snapshots)", None))
        self.againButton.setText(QCoreApplication.translate("StatusTab", u"Save &PDF of snapshot again\u2026", None))
        pass
    # retranslateUi

