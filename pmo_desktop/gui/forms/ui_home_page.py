# generated from ui/home_page.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(1000, 640)
        self.homeLayout = QVBoxLayout(HomePage)
        self.homeLayout.setSpacing(8)
        self.homeLayout.setObjectName(u"homeLayout")
        self.homeLayout.setContentsMargins(20, 16, 20, 16)
        self.titleLabel = QLabel(HomePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.homeLayout.addWidget(self.titleLabel)

        self.databaseLabel = QLabel(HomePage)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.homeLayout.addWidget(self.databaseLabel)

        self.cardsLayout = QHBoxLayout()
        self.cardsLayout.setSpacing(0)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardsLayout.addItem(self.cardsSpacer)


        self.homeLayout.addLayout(self.cardsLayout)

        self.emptyLabel = QLabel(HomePage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.RichText)
        self.emptyLabel.setWordWrap(True)

        self.homeLayout.addWidget(self.emptyLabel)

        self.tilesScroll = QScrollArea(HomePage)
        self.tilesScroll.setObjectName(u"tilesScroll")
        self.tilesScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tilesScroll.setWidgetResizable(True)
        self.tilesWidget = QWidget()
        self.tilesWidget.setObjectName(u"tilesWidget")
        self.tilesGrid = QGridLayout(self.tilesWidget)
        self.tilesGrid.setSpacing(12)
        self.tilesGrid.setObjectName(u"tilesGrid")
        self.tilesGrid.setContentsMargins(0, 0, 0, 0)
        self.tilesScroll.setWidget(self.tilesWidget)

        self.homeLayout.addWidget(self.tilesScroll)

        self.emptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.homeLayout.addItem(self.emptySpacer)

        self.homeLayout.setStretch(4, 1)

        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.titleLabel.setText(QCoreApplication.translate("HomePage", u"Home", None))
        pass
    # retranslateUi

