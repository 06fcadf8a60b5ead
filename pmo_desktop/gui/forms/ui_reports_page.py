# generated from ui/reports_page.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1100, 700)
        self.reportsLayout = QVBoxLayout(ReportsPage)
        self.reportsLayout.setObjectName(u"reportsLayout")
        self.reportsLayout.setContentsMargins(20, 16, 20, 16)
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.reportsLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(ReportsPage)
        self.tabs.setObjectName(u"tabs")

        self.reportsLayout.addWidget(self.tabs)

        self.reportsLayout.setStretch(1, 1)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        pass
    # retranslateUi

