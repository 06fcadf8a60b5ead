# generated from ui/restore_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(760, 420)
        self.restoreLayout = QVBoxLayout(RestoreDialog)
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.introLabel)

        self.backupTable = QTableView(RestoreDialog)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setAlternatingRowColors(True)
        self.backupTable.setSortingEnabled(False)

        self.restoreLayout.addWidget(self.backupTable)

        self.errorLabel = QLabel(RestoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.restoreLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"Choose a backup to restore. The portfolio as it is now is backed up first, so a restore can itself be undone from this list.", None))
        self.errorLabel.setText("")
    # retranslateUi

