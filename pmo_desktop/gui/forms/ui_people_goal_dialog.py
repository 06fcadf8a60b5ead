# generated from ui/people_goal_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_goal_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        GoalDialog.resize(560, 360)
        self.goalLayout = QVBoxLayout(GoalDialog)
        self.goalLayout.setObjectName(u"goalLayout")
        self.goalGrid = QGridLayout()
        self.goalGrid.setObjectName(u"goalGrid")
        self.titleLabel = QLabel(GoalDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.goalGrid.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(GoalDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.goalGrid.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleError = QLabel(GoalDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)
        self.titleError.setWordWrap(True)

        self.goalGrid.addWidget(self.titleError, 0, 2, 1, 1)

        self.measureLabel = QLabel(GoalDialog)
        self.measureLabel.setObjectName(u"measureLabel")
        self.measureLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.goalGrid.addWidget(self.measureLabel, 1, 0, 1, 1)

        self.measureEdit = QLineEdit(GoalDialog)
        self.measureEdit.setObjectName(u"measureEdit")

        self.goalGrid.addWidget(self.measureEdit, 1, 1, 1, 1)

        self.measureError = QLabel(GoalDialog)
        self.measureError.setObjectName(u"measureError")
        self.measureError.setTextFormat(Qt.TextFormat.PlainText)
        self.measureError.setWordWrap(True)

        self.goalGrid.addWidget(self.measureError, 1, 2, 1, 1)

        self.targetLabel = QLabel(GoalDialog)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.goalGrid.addWidget(self.targetLabel, 2, 0, 1, 1)

        self.targetEdit = QLineEdit(GoalDialog)
        self.targetEdit.setObjectName(u"targetEdit")

        self.goalGrid.addWidget(self.targetEdit, 2, 1, 1, 1)

        self.targetError = QLabel(GoalDialog)
        self.targetError.setObjectName(u"targetError")
        self.targetError.setTextFormat(Qt.TextFormat.PlainText)
        self.targetError.setWordWrap(True)

        self.goalGrid.addWidget(self.targetError, 2, 2, 1, 1)

        self.startLabel = QLabel(GoalDialog)
        self.startLabel.setObjectName(u"startLabel")
        self.startLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.goalGrid.addWidget(self.startLabel, 3, 0, 1, 1)

        self.startEdit = QDateEdit(GoalDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.goalGrid.addWidget(self.startEdit, 3, 1, 1, 1)

        self.startError = QLabel(GoalDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setTextFormat(Qt.TextFormat.PlainText)
        self.startError.setWordWrap(True)

        self.goalGrid.addWidget(self.startError, 3, 2, 1, 1)

        self.dueLabel = QLabel(GoalDialog)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.goalGrid.addWidget(self.dueLabel, 4, 0, 1, 1)

        self.dueEdit = QDateEdit(GoalDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.goalGrid.addWidget(self.dueEdit, 4, 1, 1, 1)

        self.dueError = QLabel(GoalDialog)
        self.dueError.setObjectName(u"dueError")
        self.dueError.setTextFormat(Qt.TextFormat.PlainText)
        self.dueError.setWordWrap(True)

        self.goalGrid.addWidget(self.dueError, 4, 2, 1, 1)

        self.progressLabel = QLabel(GoalDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.goalGrid.addWidget(self.progressLabel, 5, 0, 1, 1)

        self.progressSpin = QSpinBox(GoalDialog)
        self.progressSpin.setObjectName(u"progressSpin")
        self.progressSpin.setMinimum(0)
        self.progressSpin.setMaximum(100)

        self.goalGrid.addWidget(self.progressSpin, 5, 1, 1, 1)

        self.progressError = QLabel(GoalDialog)
        self.progressError.setObjectName(u"progressError")
        self.progressError.setTextFormat(Qt.TextFormat.PlainText)
        self.progressError.setWordWrap(True)

        self.goalGrid.addWidget(self.progressError, 5, 2, 1, 1)

        self.statusLabel = QLabel(GoalDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.goalGrid.addWidget(self.statusLabel, 6, 0, 1, 1)

        self.statusCombo = QComboBox(GoalDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.goalGrid.addWidget(self.statusCombo, 6, 1, 1, 1)

        self.statusError = QLabel(GoalDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setTextFormat(Qt.TextFormat.PlainText)
        self.statusError.setWordWrap(True)

        self.goalGrid.addWidget(self.statusError, 6, 2, 1, 1)

        self.resultLabel = QLabel(GoalDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.goalGrid.addWidget(self.resultLabel, 7, 0, 1, 1)

        self.resultEdit = QLineEdit(GoalDialog)
        self.resultEdit.setObjectName(u"resultEdit")

        self.goalGrid.addWidget(self.resultEdit, 7, 1, 1, 1)

        self.resultError = QLabel(GoalDialog)
        self.resultError.setObjectName(u"resultError")
        self.resultError.setTextFormat(Qt.TextFormat.PlainText)
        self.resultError.setWordWrap(True)

        self.goalGrid.addWidget(self.resultError, 7, 2, 1, 1)


        self.goalLayout.addLayout(self.goalGrid)

        self.smartLabel = QLabel(GoalDialog)
        self.smartLabel.setObjectName(u"smartLabel")
        self.smartLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.smartLabel.setWordWrap(True)

        self.goalLayout.addWidget(self.smartLabel)

        self.formError = QLabel(GoalDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.goalLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(GoalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.goalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.measureLabel.setBuddy(self.measureEdit)
        self.targetLabel.setBuddy(self.targetEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.progressLabel.setBuddy(self.progressSpin)
        self.statusLabel.setBuddy(self.statusCombo)
        self.resultLabel.setBuddy(self.resultEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalDialog)

        QMetaObject.connectSlotsByName(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"Goal", None))
        self.titleLabel.setText(QCoreApplication.translate("GoalDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"Specific: what will be achieved", None))
        self.titleError.setText("")
        self.measureLabel.setText(QCoreApplication.translate("GoalDialog", u"&Measure", None))
        self.measureEdit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"Measurable: how progress is counted", None))
        self.measureError.setText("")
        self.targetLabel.setText(QCoreApplication.translate("GoalDialog", u"Ta&rget", None))
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"The value that means done", None))
        self.targetError.setText("")
        self.startLabel.setText(QCoreApplication.translate("GoalDialog", u"&Start", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("GoalDialog", u"dd MMM yyyy", None))
        self.startError.setText("")
        self.dueLabel.setText(QCoreApplication.translate("GoalDialog", u"&Due", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("GoalDialog", u"dd MMM yyyy", None))
        self.dueError.setText("")
        self.progressLabel.setText(QCoreApplication.translate("GoalDialog", u"&Progress", None))
        self.progressSpin.setSuffix(QCoreApplication.translate("GoalDialog", u" %", None))
        self.progressError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("GoalDialog", u"Stat&us", None))
        self.statusError.setText("")
        self.resultLabel.setText(QCoreApplication.translate("GoalDialog", u"Res&ult", None))
        self.resultEdit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"What came out of it (when finished)", None))
        self.resultError.setText("")
        self.smartLabel.setText("")
        self.formError.setText("")
    # retranslateUi

