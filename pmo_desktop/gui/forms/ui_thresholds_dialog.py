# generated from ui/thresholds_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'thresholds_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ThresholdsDialog(object):
    def setupUi(self, ThresholdsDialog):
        if not ThresholdsDialog.objectName():
            ThresholdsDialog.setObjectName(u"ThresholdsDialog")
        ThresholdsDialog.resize(520, 360)
        self.thresholdLayout = QVBoxLayout(ThresholdsDialog)
        self.thresholdLayout.setObjectName(u"thresholdLayout")
        self.programLabel = QLabel(ThresholdsDialog)
        self.programLabel.setObjectName(u"programLabel")

        self.thresholdLayout.addWidget(self.programLabel)

        self.thresholdForm = QFormLayout()
        self.thresholdForm.setObjectName(u"thresholdForm")
        self.budgetGreenLabel = QLabel(ThresholdsDialog)
        self.budgetGreenLabel.setObjectName(u"budgetGreenLabel")

        self.thresholdForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.budgetGreenLabel)

        self.budgetGreenSpin = QDoubleSpinBox(ThresholdsDialog)
        self.budgetGreenSpin.setObjectName(u"budgetGreenSpin")
        self.budgetGreenSpin.setDecimals(1)
        self.budgetGreenSpin.setMaximum(1000.000000000000000)

        self.thresholdForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.budgetGreenSpin)

        self.budgetAmberLabel = QLabel(ThresholdsDialog)
        self.budgetAmberLabel.setObjectName(u"budgetAmberLabel")

        self.thresholdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.budgetAmberLabel)

        self.budgetErrorBox = QVBoxLayout()
        self.budgetErrorBox.setObjectName(u"budgetErrorBox")
        self.budgetAmberSpin = QDoubleSpinBox(ThresholdsDialog)
        self.budgetAmberSpin.setObjectName(u"budgetAmberSpin")
        self.budgetAmberSpin.setDecimals(1)
        self.budgetAmberSpin.setMaximum(1000.000000000000000)

        self.budgetErrorBox.addWidget(self.budgetAmberSpin)

        self.budgetError = QLabel(ThresholdsDialog)
        self.budgetError.setObjectName(u"budgetError")
        self.budgetError.setWordWrap(True)

        self.budgetErrorBox.addWidget(self.budgetError)


        self.thresholdForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.budgetErrorBox)

        self.timelineGreenLabel = QLabel(ThresholdsDialog)
        self.timelineGreenLabel.setObjectName(u"timelineGreenLabel")

        self.thresholdForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timelineGreenLabel)

        self.timelineGreenSpin = QSpinBox(ThresholdsDialog)
        self.timelineGreenSpin.setObjectName(u"timelineGreenSpin")
        self.timelineGreenSpin.setMinimum(0)
        self.timelineGreenSpin.setMaximum(365)

        self.thresholdForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.timelineGreenSpin)

        self.timelineAmberLabel = QLabel(ThresholdsDialog)
        self.timelineAmberLabel.setObjectName(u"timelineAmberLabel")

        self.thresholdForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timelineAmberLabel)

        self.timelineErrorBox = QVBoxLayout()
        self.timelineErrorBox.setObjectName(u"timelineErrorBox")
        self.timelineAmberSpin = QSpinBox(ThresholdsDialog)
        self.timelineAmberSpin.setObjectName(u"timelineAmberSpin")
        self.timelineAmberSpin.setMinimum(0)
        self.timelineAmberSpin.setMaximum(365)

        self.timelineErrorBox.addWidget(self.timelineAmberSpin)

        self.timelineError = QLabel(ThresholdsDialog)
        self.timelineError.setObjectName(u"timelineError")
        self.timelineError.setWordWrap(True)

        self.timelineErrorBox.addWidget(self.timelineError)


        self.thresholdForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timelineErrorBox)

        self.scopeGreenLabel = QLabel(ThresholdsDialog)
        self.scopeGreenLabel.setObjectName(u"scopeGreenLabel")

        self.thresholdForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scopeGreenLabel)

        self.scopeGreenSpin = QDoubleSpinBox(ThresholdsDialog)
        self.scopeGreenSpin.setObjectName(u"scopeGreenSpin")
        self.scopeGreenSpin.setDecimals(1)
        self.scopeGreenSpin.setMaximum(1000.000000000000000)

        self.thresholdForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scopeGreenSpin)

        self.scopeAmberLabel = QLabel(ThresholdsDialog)
        self.scopeAmberLabel.setObjectName(u"scopeAmberLabel")

        self.thresholdForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scopeAmberLabel)

        self.scopeErrorBox = QVBoxLayout()
        self.scopeErrorBox.setObjectName(u"scopeErrorBox")
        self.scopeAmberSpin = QDoubleSpinBox(ThresholdsDialog)
        self.scopeAmberSpin.setObjectName(u"scopeAmberSpin")
        self.scopeAmberSpin.setDecimals(1)
        self.scopeAmberSpin.setMaximum(1000.000000000000000)

        self.scopeErrorBox.addWidget(self.scopeAmberSpin)

        self.scopeError = QLabel(ThresholdsDialog)
        self.scopeError.setObjectName(u"scopeError")
        self.scopeError.setWordWrap(True)

        self.scopeErrorBox.addWidget(self.scopeError)


        self.thresholdForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.scopeErrorBox)


        self.thresholdLayout.addLayout(self.thresholdForm)

        self.noteLabel = QLabel(ThresholdsDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.thresholdLayout.addWidget(self.noteLabel)

        self.formError = QLabel(ThresholdsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.thresholdLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ThresholdsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.thresholdLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.budgetGreenLabel.setBuddy(self.budgetGreenSpin)
        self.budgetAmberLabel.setBuddy(self.budgetAmberSpin)
        self.timelineGreenLabel.setBuddy(self.timelineGreenSpin)
        self.timelineAmberLabel.setBuddy(self.timelineAmberSpin)
        self.scopeGreenLabel.setBuddy(self.scopeGreenSpin)
        self.scopeAmberLabel.setBuddy(self.scopeAmberSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ThresholdsDialog)

        QMetaObject.connectSlotsByName(ThresholdsDialog)
    # setupUi

    def retranslateUi(self, ThresholdsDialog):
        ThresholdsDialog.setWindowTitle(QCoreApplication.translate("ThresholdsDialog", u"Health thresholds", None))
        self.programLabel.setText("")
        self.budgetGreenLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"&Budget over: Green up to", None))
        self.budgetGreenSpin.setSuffix(QCoreApplication.translate("ThresholdsDialog", u" %", None))
        self.budgetAmberLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"&Budget over: Amber up to", None))
        self.budgetAmberSpin.setSuffix(QCoreApplication.translate("ThresholdsDialog", u" %", None))
        self.budgetError.setText("")
        self.budgetError.setStyleSheet(QCoreApplication.translate("ThresholdsDialog", u"color: #c62828;", None))
        self.timelineGreenLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"&Timeline slip: Green up to", None))
        self.timelineGreenSpin.setSuffix(QCoreApplication.translate("ThresholdsDialog", u" working days", None))
        self.timelineAmberLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"&Timeline slip: Amber up to", None))
        self.timelineAmberSpin.setSuffix(QCoreApplication.translate("ThresholdsDialog", u" working days", None))
        self.timelineError.setText("")
        self.timelineError.setStyleSheet(QCoreApplication.translate("ThresholdsDialog", u"color: #c62828;", None))
        self.scopeGreenLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"&Scope change: Green up to", None))
        self.scopeGreenSpin.setSuffix(QCoreApplication.translate("ThresholdsDialog", u" %", None))
        self.scopeAmberLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"&Scope change: Amber up to", None))
        self.scopeAmberSpin.setSuffix(QCoreApplication.translate("ThresholdsDialog", u" %", None))
        self.scopeError.setText("")
        self.scopeError.setStyleSheet(QCoreApplication.translate("ThresholdsDialog", u"color: #c62828;", None))
        self.noteLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"More than the Amber limit is Red. Restore Defaults goes back to the portfolio rules (DOMAIN.md).", None))
        self.formError.setText("")
        self.formError.setStyleSheet(QCoreApplication.translate("ThresholdsDialog", u"color: #c62828;", None))
    # retranslateUi

