# generated from ui/about_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 300)
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setSpacing(12)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.iconLabel.setMinimumSize(QSize(56, 56))
        self.iconLabel.setMaximumSize(QSize(56, 56))

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleLayout.addWidget(self.titleLabel)

        self.taglineLabel = QLabel(AboutDialog)
        self.taglineLabel.setObjectName(u"taglineLabel")
        self.taglineLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.taglineLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.taglineLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.aboutLayout.addLayout(self.headerLayout)

        self.versionsForm = QFormLayout()
        self.versionsForm.setObjectName(u"versionsForm")
        self.versionsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.appVersionLabel = QLabel(AboutDialog)
        self.appVersionLabel.setObjectName(u"appVersionLabel")
        self.appVersionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.versionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appVersionLabel)

        self.appVersionValue = QLabel(AboutDialog)
        self.appVersionValue.setObjectName(u"appVersionValue")
        self.appVersionValue.setTextFormat(Qt.TextFormat.PlainText)
        self.appVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.appVersionValue)

        self.qtVersionLabel = QLabel(AboutDialog)
        self.qtVersionLabel.setObjectName(u"qtVersionLabel")
        self.qtVersionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.versionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.qtVersionLabel)

        self.qtVersionValue = QLabel(AboutDialog)
        self.qtVersionValue.setObjectName(u"qtVersionValue")
        self.qtVersionValue.setTextFormat(Qt.TextFormat.PlainText)
        self.qtVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.qtVersionValue)

        self.pysideVersionLabel = QLabel(AboutDialog)
        self.pysideVersionLabel.setObjectName(u"pysideVersionLabel")
        self.pysideVersionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.versionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pysideVersionLabel)

        self.pysideVersionValue = QLabel(AboutDialog)
        self.pysideVersionValue.setObjectName(u"pysideVersionValue")
        self.pysideVersionValue.setTextFormat(Qt.TextFormat.PlainText)
        self.pysideVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pysideVersionValue)

        self.sqliteVersionLabel = QLabel(AboutDialog)
        self.sqliteVersionLabel.setObjectName(u"sqliteVersionLabel")
        self.sqliteVersionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.versionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sqliteVersionLabel)

        self.sqliteVersionValue = QLabel(AboutDialog)
        self.sqliteVersionValue.setObjectName(u"sqliteVersionValue")
        self.sqliteVersionValue.setTextFormat(Qt.TextFormat.PlainText)
        self.sqliteVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sqliteVersionValue)

        self.pythonVersionLabel = QLabel(AboutDialog)
        self.pythonVersionLabel.setObjectName(u"pythonVersionLabel")
        self.pythonVersionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.versionsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pythonVersionLabel)

        self.pythonVersionValue = QLabel(AboutDialog)
        self.pythonVersionValue.setObjectName(u"pythonVersionValue")
        self.pythonVersionValue.setTextFormat(Qt.TextFormat.PlainText)
        self.pythonVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pythonVersionValue)

        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.versionsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseValue = QLabel(AboutDialog)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setTextFormat(Qt.TextFormat.PlainText)
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.databaseValue)


        self.aboutLayout.addLayout(self.versionsForm)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.aboutLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About PMO Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"PMO Desktop", None))
        self.taglineLabel.setText(QCoreApplication.translate("AboutDialog", u"An offline workspace for the Associate Director of a PMO.", None))
        self.appVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
        self.qtVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Qt", None))
        self.pysideVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"PySide6", None))
        self.sqliteVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"SQLite", None))
        self.pythonVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Python", None))
        self.databaseLabel.setText(QCoreApplication.translate("AboutDialog", u"Database", None))
    # retranslateUi

