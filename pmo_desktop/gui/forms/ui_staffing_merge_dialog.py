# generated from ui/staffing_merge_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staffing_merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_MergeConflictDialog(object):
    def setupUi(self, MergeConflictDialog):
        if not MergeConflictDialog.objectName():
            MergeConflictDialog.setObjectName(u"MergeConflictDialog")
        MergeConflictDialog.resize(760, 440)
        self.dialogLayout = QVBoxLayout(MergeConflictDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MergeConflictDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.conflictTable = QTableView(MergeConflictDialog)
        self.conflictTable.setObjectName(u"conflictTable")
        self.conflictTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.conflictTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.dialogLayout.addWidget(self.conflictTable)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.scenarioWinsButton = QPushButton(MergeConflictDialog)
        self.scenarioWinsButton.setObjectName(u"scenarioWinsButton")

        self.choiceLayout.addWidget(self.scenarioWinsButton)

        self.keepPlanButton = QPushButton(MergeConflictDialog)
        self.keepPlanButton.setObjectName(u"keepPlanButton")

        self.choiceLayout.addWidget(self.keepPlanButton)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.dialogLayout.addLayout(self.choiceLayout)

        self.buttonBox = QDialogButtonBox(MergeConflictDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(MergeConflictDialog)

        QMetaObject.connectSlotsByName(MergeConflictDialog)
    # setupUi

    def retranslateUi(self, MergeConflictDialog):
        MergeConflictDialog.setWindowTitle(QCoreApplication.translate("MergeConflictDialog", u"Apply scenario: conflicts", None))
        self.scenarioWinsButton.setText(QCoreApplication.translate("MergeConflictDialog", u"Scenario wins everywhere", None))
        self.keepPlanButton.setText(QCoreApplication.translate("MergeConflictDialog", u"Keep the plan everywhere", None))
    # retranslateUi

