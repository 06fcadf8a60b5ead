# generated from ui/backup_settings_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_BackupSettingsDialog(object):
    def setupUi(self, BackupSettingsDialog):
        if not BackupSettingsDialog.objectName():
            BackupSettingsDialog.setObjectName(u"BackupSettingsDialog")
        BackupSettingsDialog.resize(440, 260)
        self.settingsLayout = QVBoxLayout(BackupSettingsDialog)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.introLabel = QLabel(BackupSettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.introLabel)

        self.generationsForm = QFormLayout()
        self.generationsForm.setObjectName(u"generationsForm")
        self.dailyLabel = QLabel(BackupSettingsDialog)
        self.dailyLabel.setObjectName(u"dailyLabel")
        self.dailyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.generationsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dailyLabel)

        self.dailySpin = QSpinBox(BackupSettingsDialog)
        self.dailySpin.setObjectName(u"dailySpin")
        self.dailySpin.setMaximum(999)

        self.generationsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dailySpin)

        self.weeklyLabel = QLabel(BackupSettingsDialog)
        self.weeklyLabel.setObjectName(u"weeklyLabel")
        self.weeklyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.generationsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weeklyLabel)

        self.weeklySpin = QSpinBox(BackupSettingsDialog)
        self.weeklySpin.setObjectName(u"weeklySpin")
        self.weeklySpin.setMaximum(999)

        self.generationsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weeklySpin)

        self.monthlyLabel = QLabel(BackupSettingsDialog)
        self.monthlyLabel.setObjectName(u"monthlyLabel")
        self.monthlyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.generationsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthlyLabel)

        self.monthlySpin = QSpinBox(BackupSettingsDialog)
        self.monthlySpin.setObjectName(u"monthlySpin")
        self.monthlySpin.setMaximum(999)

        self.generationsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.monthlySpin)


        self.settingsLayout.addLayout(self.generationsForm)

        self.noteLabel = QLabel(BackupSettingsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noteLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(BackupSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.errorLabel)

        self.settingsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.settingsSpacer)

        self.buttonBox = QDialogButtonBox(BackupSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.RestoreDefaults)

        self.settingsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dailyLabel.setBuddy(self.dailySpin)
        self.weeklyLabel.setBuddy(self.weeklySpin)
        self.monthlyLabel.setBuddy(self.monthlySpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupSettingsDialog)

        QMetaObject.connectSlotsByName(BackupSettingsDialog)
    # setupUi

    def retranslateUi(self, BackupSettingsDialog):
        BackupSettingsDialog.setWindowTitle(QCoreApplication.translate("BackupSettingsDialog", u"Backups", None))
        self.introLabel.setText(QCoreApplication.translate("BackupSettingsDialog", u"Automatic backups are taken every 30 minutes when the portfolio changed, and on exit. Keep the newest backup of each of the last:", None))
        self.dailyLabel.setText(QCoreApplication.translate("BackupSettingsDialog", u"&Days:", None))
        self.weeklyLabel.setText(QCoreApplication.translate("BackupSettingsDialog", u"&Weeks:", None))
        self.monthlyLabel.setText(QCoreApplication.translate("BackupSettingsDialog", u"&Months:", None))
        self.noteLabel.setText(QCoreApplication.translate("BackupSettingsDialog", u"Backups taken before an upgrade, an import, a restore or a passphrase change, and those from Backup now, are kept until you delete them.", None))
        self.errorLabel.setText("")
    # retranslateUi

