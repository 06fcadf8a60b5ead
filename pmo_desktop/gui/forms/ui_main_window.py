# generated from ui/main_window.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QListView, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)
from pmo_desktop.gui import resources_rc  # noqa: F401

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setMinimumSize(QSize(640, 400))
        icon = QIcon()
        icon.addFile(u":/icons/app.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        MainWindow.setWindowIcon(icon)
        self.actionNewPortfolio = QAction(MainWindow)
        self.actionNewPortfolio.setObjectName(u"actionNewPortfolio")
        self.actionOpenPortfolio = QAction(MainWindow)
        self.actionOpenPortfolio.setObjectName(u"actionOpenPortfolio")
        self.actionImportJson = QAction(MainWindow)
        self.actionImportJson.setObjectName(u"actionImportJson")
        self.actionExportJson = QAction(MainWindow)
        self.actionExportJson.setObjectName(u"actionExportJson")
        self.actionBackupNow = QAction(MainWindow)
        self.actionBackupNow.setObjectName(u"actionBackupNow")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navRail = QListView(self.centralWidget)
        self.navRail.setObjectName(u"navRail")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.navRail.sizePolicy().hasHeightForWidth())
        self.navRail.setSizePolicy(sizePolicy)
        self.navRail.setMinimumSize(QSize(176, 0))
        self.navRail.setMaximumSize(QSize(176, 16777215))
        self.navRail.setFrameShape(QFrame.Shape.NoFrame)
        self.navRail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navRail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navRail.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navRail.setIconSize(QSize(22, 22))
        self.navRail.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navRail)

        self.areaStack = QStackedWidget(self.centralWidget)
        self.areaStack.setObjectName(u"areaStack")

        self.centralLayout.addWidget(self.areaStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuOpenRecent = QMenu(self.menuFile)
        self.menuOpenRecent.setObjectName(u"menuOpenRecent")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewPortfolio)
        self.menuFile.addAction(self.actionOpenPortfolio)
        self.menuFile.addAction(self.menuOpenRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImportJson)
        self.menuFile.addAction(self.actionExportJson)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackupNow)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionRefresh)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"PMO Desktop", None))
        self.actionNewPortfolio.setText(QCoreApplication.translate("MainWindow", u"&New Portfolio\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNewPortfolio.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenPortfolio.setText(QCoreApplication.translate("MainWindow", u"&Open Portfolio\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpenPortfolio.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionImportJson.setText(QCoreApplication.translate("MainWindow", u"&Import Portfolio JSON\u2026", None))
        self.actionExportJson.setText(QCoreApplication.translate("MainWindow", u"&Export Portfolio JSON\u2026", None))
        self.actionBackupNow.setText(QCoreApplication.translate("MainWindow", u"&Backup Now", None))
#if QT_CONFIG(tooltip)
        self.actionBackupNow.setToolTip(QCoreApplication.translate("MainWindow", u"Make a verified copy of the portfolio file beside it", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About PMO Desktop", None))
#if QT_CONFIG(accessibility)
        self.navRail.setAccessibleName(QCoreApplication.translate("MainWindow", u"Areas", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuOpenRecent.setTitle(QCoreApplication.translate("MainWindow", u"Open &Recent", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

