# generated from ui/health_rules_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'health_rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_HealthRulesDialog(object):
    def setupUi(self, HealthRulesDialog):
        if not HealthRulesDialog.objectName():
            HealthRulesDialog.setObjectName(u"HealthRulesDialog")
        HealthRulesDialog.resize(620, 560)
        self.rulesLayout = QVBoxLayout(HealthRulesDialog)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.introLabel = QLabel(HealthRulesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.rulesLayout.addWidget(self.introLabel)

        self.portfolioBox = QGroupBox(HealthRulesDialog)
        self.portfolioBox.setObjectName(u"portfolioBox")
        self.portfolioLayout = QVBoxLayout(self.portfolioBox)
        self.portfolioLayout.setObjectName(u"portfolioLayout")
        self.portfolioGrid = QGridLayout()
        self.portfolioGrid.setObjectName(u"portfolioGrid")
        self.portfolioGreenHeader = QLabel(self.portfolioBox)
        self.portfolioGreenHeader.setObjectName(u"portfolioGreenHeader")
        self.portfolioGreenHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.portfolioGrid.addWidget(self.portfolioGreenHeader, 0, 1, 1, 1)

        self.portfolioAmberHeader = QLabel(self.portfolioBox)
        self.portfolioAmberHeader.setObjectName(u"portfolioAmberHeader")
        self.portfolioAmberHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.portfolioGrid.addWidget(self.portfolioAmberHeader, 0, 2, 1, 1)

        self.portfolioBudgetLabel = QLabel(self.portfolioBox)
        self.portfolioBudgetLabel.setObjectName(u"portfolioBudgetLabel")
        self.portfolioBudgetLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.portfolioGrid.addWidget(self.portfolioBudgetLabel, 1, 0, 1, 1)

        self.portfolioBudgetGreenSpin = QDoubleSpinBox(self.portfolioBox)
        self.portfolioBudgetGreenSpin.setObjectName(u"portfolioBudgetGreenSpin")
        self.portfolioBudgetGreenSpin.setDecimals(1)
        self.portfolioBudgetGreenSpin.setMaximum(1000.000000000000000)

        self.portfolioGrid.addWidget(self.portfolioBudgetGreenSpin, 1, 1, 1, 1)

        self.portfolioBudgetAmberSpin = QDoubleSpinBox(self.portfolioBox)
        self.portfolioBudgetAmberSpin.setObjectName(u"portfolioBudgetAmberSpin")
        self.portfolioBudgetAmberSpin.setDecimals(1)
        self.portfolioBudgetAmberSpin.setMaximum(1000.000000000000000)

        self.portfolioGrid.addWidget(self.portfolioBudgetAmberSpin, 1, 2, 1, 1)

        self.portfolioBudgetError = QLabel(self.portfolioBox)
        self.portfolioBudgetError.setObjectName(u"portfolioBudgetError")
        self.portfolioBudgetError.setTextFormat(Qt.TextFormat.PlainText)
        self.portfolioBudgetError.setWordWrap(True)

        self.portfolioGrid.addWidget(self.portfolioBudgetError, 2, 0, 1, 3)

        self.portfolioTimelineLabel = QLabel(self.portfolioBox)
        self.portfolioTimelineLabel.setObjectName(u"portfolioTimelineLabel")
        self.portfolioTimelineLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.portfolioGrid.addWidget(self.portfolioTimelineLabel, 3, 0, 1, 1)

        self.portfolioTimelineGreenSpin = QSpinBox(self.portfolioBox)
        self.portfolioTimelineGreenSpin.setObjectName(u"portfolioTimelineGreenSpin")
        self.portfolioTimelineGreenSpin.setMaximum(365)

        self.portfolioGrid.addWidget(self.portfolioTimelineGreenSpin, 3, 1, 1, 1)

        self.portfolioTimelineAmberSpin = QSpinBox(self.portfolioBox)
        self.portfolioTimelineAmberSpin.setObjectName(u"portfolioTimelineAmberSpin")
        self.portfolioTimelineAmberSpin.setMaximum(365)

        self.portfolioGrid.addWidget(self.portfolioTimelineAmberSpin, 3, 2, 1, 1)

        self.portfolioTimelineError = QLabel(self.portfolioBox)
        self.portfolioTimelineError.setObjectName(u"portfolioTimelineError")
        self.portfolioTimelineError.setTextFormat(Qt.TextFormat.PlainText)
        self.portfolioTimelineError.setWordWrap(True)

        self.portfolioGrid.addWidget(self.portfolioTimelineError, 4, 0, 1, 3)

        self.portfolioScopeLabel = QLabel(self.portfolioBox)
        self.portfolioScopeLabel.setObjectName(u"portfolioScopeLabel")
        self.portfolioScopeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.portfolioGrid.addWidget(self.portfolioScopeLabel, 5, 0, 1, 1)

        self.portfolioScopeGreenSpin = QDoubleSpinBox(self.portfolioBox)
        self.portfolioScopeGreenSpin.setObjectName(u"portfolioScopeGreenSpin")
        self.portfolioScopeGreenSpin.setDecimals(1)
        self.portfolioScopeGreenSpin.setMaximum(1000.000000000000000)

        self.portfolioGrid.addWidget(self.portfolioScopeGreenSpin, 5, 1, 1, 1)

        self.portfolioScopeAmberSpin = QDoubleSpinBox(self.portfolioBox)
        self.portfolioScopeAmberSpin.setObjectName(u"portfolioScopeAmberSpin")
        self.portfolioScopeAmberSpin.setDecimals(1)
        self.portfolioScopeAmberSpin.setMaximum(1000.000000000000000)

        self.portfolioGrid.addWidget(self.portfolioScopeAmberSpin, 5, 2, 1, 1)

        self.portfolioScopeError = QLabel(self.portfolioBox)
        self.portfolioScopeError.setObjectName(u"portfolioScopeError")
        self.portfolioScopeError.setTextFormat(Qt.TextFormat.PlainText)
        self.portfolioScopeError.setWordWrap(True)

        self.portfolioGrid.addWidget(self.portfolioScopeError, 6, 0, 1, 3)


        self.portfolioLayout.addLayout(self.portfolioGrid)

        self.portfolioButtons = QHBoxLayout()
        self.portfolioButtons.setObjectName(u"portfolioButtons")
        self.portfolioSource = QLabel(self.portfolioBox)
        self.portfolioSource.setObjectName(u"portfolioSource")
        self.portfolioSource.setTextFormat(Qt.TextFormat.PlainText)
        self.portfolioSource.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.portfolioSource.sizePolicy().hasHeightForWidth())
        self.portfolioSource.setSizePolicy(sizePolicy)

        self.portfolioButtons.addWidget(self.portfolioSource)

        self.standardButton = QPushButton(self.portfolioBox)
        self.standardButton.setObjectName(u"standardButton")

        self.portfolioButtons.addWidget(self.standardButton)


        self.portfolioLayout.addLayout(self.portfolioButtons)


        self.rulesLayout.addWidget(self.portfolioBox)

        self.programBox = QGroupBox(HealthRulesDialog)
        self.programBox.setObjectName(u"programBox")
        self.programLayout = QVBoxLayout(self.programBox)
        self.programLayout.setObjectName(u"programLayout")
        self.programPick = QHBoxLayout()
        self.programPick.setObjectName(u"programPick")
        self.programComboLabel = QLabel(self.programBox)
        self.programComboLabel.setObjectName(u"programComboLabel")
        self.programComboLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.programPick.addWidget(self.programComboLabel)

        self.programCombo = QComboBox(self.programBox)
        self.programCombo.setObjectName(u"programCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.programCombo.sizePolicy().hasHeightForWidth())
        self.programCombo.setSizePolicy(sizePolicy1)

        self.programPick.addWidget(self.programCombo)


        self.programLayout.addLayout(self.programPick)

        self.inheritRadio = QRadioButton(self.programBox)
        self.inheritRadio.setObjectName(u"inheritRadio")
        self.inheritRadio.setChecked(True)

        self.programLayout.addWidget(self.inheritRadio)

        self.ownRadio = QRadioButton(self.programBox)
        self.ownRadio.setObjectName(u"ownRadio")

        self.programLayout.addWidget(self.ownRadio)

        self.programGrid = QGridLayout()
        self.programGrid.setObjectName(u"programGrid")
        self.programGreenHeader = QLabel(self.programBox)
        self.programGreenHeader.setObjectName(u"programGreenHeader")
        self.programGreenHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.programGrid.addWidget(self.programGreenHeader, 0, 1, 1, 1)

        self.programAmberHeader = QLabel(self.programBox)
        self.programAmberHeader.setObjectName(u"programAmberHeader")
        self.programAmberHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.programGrid.addWidget(self.programAmberHeader, 0, 2, 1, 1)

        self.programBudgetLabel = QLabel(self.programBox)
        self.programBudgetLabel.setObjectName(u"programBudgetLabel")
        self.programBudgetLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.programGrid.addWidget(self.programBudgetLabel, 1, 0, 1, 1)

        self.programBudgetGreenSpin = QDoubleSpinBox(self.programBox)
        self.programBudgetGreenSpin.setObjectName(u"programBudgetGreenSpin")
        self.programBudgetGreenSpin.setDecimals(1)
        self.programBudgetGreenSpin.setMaximum(1000.000000000000000)

        self.programGrid.addWidget(self.programBudgetGreenSpin, 1, 1, 1, 1)

        self.programBudgetAmberSpin = QDoubleSpinBox(self.programBox)
        self.programBudgetAmberSpin.setObjectName(u"programBudgetAmberSpin")
        self.programBudgetAmberSpin.setDecimals(1)
        self.programBudgetAmberSpin.setMaximum(1000.000000000000000)

        self.programGrid.addWidget(self.programBudgetAmberSpin, 1, 2, 1, 1)

        self.programBudgetError = QLabel(self.programBox)
        self.programBudgetError.setObjectName(u"programBudgetError")
        self.programBudgetError.setTextFormat(Qt.TextFormat.PlainText)
        self.programBudgetError.setWordWrap(True)

        self.programGrid.addWidget(self.programBudgetError, 2, 0, 1, 3)

        self.programTimelineLabel = QLabel(self.programBox)
        self.programTimelineLabel.setObjectName(u"programTimelineLabel")
        self.programTimelineLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.programGrid.addWidget(self.programTimelineLabel, 3, 0, 1, 1)

        self.programTimelineGreenSpin = QSpinBox(self.programBox)
        self.programTimelineGreenSpin.setObjectName(u"programTimelineGreenSpin")
        self.programTimelineGreenSpin.setMaximum(365)

        self.programGrid.addWidget(self.programTimelineGreenSpin, 3, 1, 1, 1)

        self.programTimelineAmberSpin = QSpinBox(self.programBox)
        self.programTimelineAmberSpin.setObjectName(u"programTimelineAmberSpin")
        self.programTimelineAmberSpin.setMaximum(365)

        self.programGrid.addWidget(self.programTimelineAmberSpin, 3, 2, 1, 1)

        self.programTimelineError = QLabel(self.programBox)
        self.programTimelineError.setObjectName(u"programTimelineError")
        self.programTimelineError.setTextFormat(Qt.TextFormat.PlainText)
        self.programTimelineError.setWordWrap(True)

        self.programGrid.addWidget(self.programTimelineError, 4, 0, 1, 3)

        self.programScopeLabel = QLabel(self.programBox)
        self.programScopeLabel.setObjectName(u"programScopeLabel")
        self.programScopeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.programGrid.addWidget(self.programScopeLabel, 5, 0, 1, 1)

        self.programScopeGreenSpin = QDoubleSpinBox(self.programBox)
        self.programScopeGreenSpin.setObjectName(u"programScopeGreenSpin")
        self.programScopeGreenSpin.setDecimals(1)
        self.programScopeGreenSpin.setMaximum(1000.000000000000000)

        self.programGrid.addWidget(self.programScopeGreenSpin, 5, 1, 1, 1)

        self.programScopeAmberSpin = QDoubleSpinBox(self.programBox)
        self.programScopeAmberSpin.setObjectName(u"programScopeAmberSpin")
        self.programScopeAmberSpin.setDecimals(1)
        self.programScopeAmberSpin.setMaximum(1000.000000000000000)

        self.programGrid.addWidget(self.programScopeAmberSpin, 5, 2, 1, 1)

        self.programScopeError = QLabel(self.programBox)
        self.programScopeError.setObjectName(u"programScopeError")
        self.programScopeError.setTextFormat(Qt.TextFormat.PlainText)
        self.programScopeError.setWordWrap(True)

        self.programGrid.addWidget(self.programScopeError, 6, 0, 1, 3)


        self.programLayout.addLayout(self.programGrid)


        self.rulesLayout.addWidget(self.programBox)

        self.formError = QLabel(HealthRulesDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.rulesLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rulesLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(HealthRulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rulesLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.portfolioBudgetLabel.setBuddy(self.portfolioBudgetGreenSpin)
        self.portfolioTimelineLabel.setBuddy(self.portfolioTimelineGreenSpin)
        self.portfolioScopeLabel.setBuddy(self.portfolioScopeGreenSpin)
        self.programComboLabel.setBuddy(self.programCombo)
        self.programBudgetLabel.setBuddy(self.programBudgetGreenSpin)
        self.programTimelineLabel.setBuddy(self.programTimelineGreenSpin)
        self.programScopeLabel.setBuddy(self.programScopeGreenSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HealthRulesDialog)

        QMetaObject.connectSlotsByName(HealthRulesDialog)
    # setupUi

    def retranslateUi(self, HealthRulesDialog):
        HealthRulesDialog.setWindowTitle(QCoreApplication.translate("HealthRulesDialog", u"Health rules", None))
        self.introLabel.setText(QCoreApplication.translate("HealthRulesDialog", u"A program is judged by its own rules when it has them, otherwise by the portfolio rules. Green and Amber are upper limits: above Amber is Red.", None))
        self.portfolioBox.setTitle(QCoreApplication.translate("HealthRulesDialog", u"Portfolio rules \u2014 every program without rules of its own", None))
        self.portfolioGreenHeader.setText(QCoreApplication.translate("HealthRulesDialog", u"Green up to", None))
        self.portfolioAmberHeader.setText(QCoreApplication.translate("HealthRulesDialog", u"Amber up to", None))
        self.portfolioBudgetLabel.setText(QCoreApplication.translate("HealthRulesDialog", u"Budget: forecast over budget", None))
        self.portfolioBudgetGreenSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" %", None))
#if QT_CONFIG(accessibility)
        self.portfolioBudgetGreenSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Budget: forecast over budget, Green up to", None))
#endif // QT_CONFIG(accessibility)
        self.portfolioBudgetAmberSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" %", None))
#if QT_CONFIG(accessibility)
        self.portfolioBudgetAmberSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Budget: forecast over budget, Amber up to", None))
#endif // QT_CONFIG(accessibility)
        self.portfolioBudgetError.setText("")
        self.portfolioTimelineLabel.setText(QCoreApplication.translate("HealthRulesDialog", u"Timeline: milestone slip", None))
        self.portfolioTimelineGreenSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" working days", None))
#if QT_CONFIG(accessibility)
        self.portfolioTimelineGreenSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Timeline: milestone slip, Green up to", None))
#endif // QT_CONFIG(accessibility)
        self.portfolioTimelineAmberSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" working days", None))
#if QT_CONFIG(accessibility)
        self.portfolioTimelineAmberSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Timeline: milestone slip, Amber up to", None))
#endif // QT_CONFIG(accessibility)
        self.portfolioTimelineError.setText("")
        self.portfolioScopeLabel.setText(QCoreApplication.translate("HealthRulesDialog", u"Scope: approved changes, % of budget", None))
        self.portfolioScopeGreenSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" %", None))
#if QT_CONFIG(accessibility)
        self.portfolioScopeGreenSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Scope: approved changes, % of budget, Green up to", None))
#endif // QT_CONFIG(accessibility)
        self.portfolioScopeAmberSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" %", None))
#if QT_CONFIG(accessibility)
        self.portfolioScopeAmberSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Scope: approved changes, % of budget, Amber up to", None))
#endif // QT_CONFIG(accessibility)
        self.portfolioScopeError.setText("")
        self.portfolioSource.setText("")
        self.standardButton.setText(QCoreApplication.translate("HealthRulesDialog", u"Use the &standard defaults", None))
#if QT_CONFIG(tooltip)
        self.standardButton.setToolTip(QCoreApplication.translate("HealthRulesDialog", u"Budget 5 / 10 %, timeline 5 / 10 working days, scope 5 / 15 %", None))
#endif // QT_CONFIG(tooltip)
        self.programBox.setTitle(QCoreApplication.translate("HealthRulesDialog", u"A program's own rules (optional)", None))
        self.programComboLabel.setText(QCoreApplication.translate("HealthRulesDialog", u"&Program", None))
        self.inheritRadio.setText(QCoreApplication.translate("HealthRulesDialog", u"&Use the portfolio rules", None))
        self.ownRadio.setText(QCoreApplication.translate("HealthRulesDialog", u"&Own rules for this program:", None))
        self.programGreenHeader.setText(QCoreApplication.translate("HealthRulesDialog", u"Green up to", None))
        self.programAmberHeader.setText(QCoreApplication.translate("HealthRulesDialog", u"Amber up to", None))
        self.programBudgetLabel.setText(QCoreApplication.translate("HealthRulesDialog", u"Budget: forecast over budget", None))
        self.programBudgetGreenSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" %", None))
#if QT_CONFIG(accessibility)
        self.programBudgetGreenSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Budget: forecast over budget, Green up to", None))
#endif // QT_CONFIG(accessibility)
        self.programBudgetAmberSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" %", None))
#if QT_CONFIG(accessibility)
        self.programBudgetAmberSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Budget: forecast over budget, Amber up to", None))
#endif // QT_CONFIG(accessibility)
        self.programBudgetError.setText("")
        self.programTimelineLabel.setText(QCoreApplication.translate("HealthRulesDialog", u"Timeline: milestone slip", None))
        self.programTimelineGreenSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" working days", None))
#if QT_CONFIG(accessibility)
        self.programTimelineGreenSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Timeline: milestone slip, Green up to", None))
#endif // QT_CONFIG(accessibility)
        self.programTimelineAmberSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" working days", None))
#if QT_CONFIG(accessibility)
        self.programTimelineAmberSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Timeline: milestone slip, Amber up to", None))
#endif // QT_CONFIG(accessibility)
        self.programTimelineError.setText("")
        self.programScopeLabel.setText(QCoreApplication.translate("HealthRulesDialog", u"Scope: approved changes, % of budget", None))
        self.programScopeGreenSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" %", None))
#if QT_CONFIG(accessibility)
        self.programScopeGreenSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Scope: approved changes, % of budget, Green up to", None))
#endif // QT_CONFIG(accessibility)
        self.programScopeAmberSpin.setSuffix(QCoreApplication.translate("HealthRulesDialog", u" %", None))
#if QT_CONFIG(accessibility)
        self.programScopeAmberSpin.setAccessibleName(QCoreApplication.translate("HealthRulesDialog", u"Scope: approved changes, % of budget, Amber up to", None))
#endif // QT_CONFIG(accessibility)
        self.programScopeError.setText("")
        self.formError.setText("")
    # retranslateUi

