# generated from ui/one_on_one_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'one_on_one_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextEdit, QToolButton, QVBoxLayout, QWidget)

class Ui_OneOnOneEditor(object):
    def setupUi(self, OneOnOneEditor):
        if not OneOnOneEditor.objectName():
            OneOnOneEditor.setObjectName(u"OneOnOneEditor")
        OneOnOneEditor.resize(900, 560)
        self.editorLayout = QVBoxLayout(OneOnOneEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(8, 8, 8, 8)
        self.oneOnOneSplitter = QSplitter(OneOnOneEditor)
        self.oneOnOneSplitter.setObjectName(u"oneOnOneSplitter")
        self.oneOnOneSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.oneOnOneSplitter.setChildrenCollapsible(False)
        self.timelinePanel = QWidget(self.oneOnOneSplitter)
        self.timelinePanel.setObjectName(u"timelinePanel")
        self.timelineLayout = QVBoxLayout(self.timelinePanel)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.timelineTitle = QLabel(self.timelinePanel)
        self.timelineTitle.setObjectName(u"timelineTitle")
        self.timelineTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.timelineLayout.addWidget(self.timelineTitle)

        self.timelineList = QListView(self.timelinePanel)
        self.timelineList.setObjectName(u"timelineList")
        self.timelineList.setAlternatingRowColors(True)
        self.timelineList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timelineList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timelineList.setUniformItemSizes(True)

        self.timelineLayout.addWidget(self.timelineList)

        self.timelineButtons = QHBoxLayout()
        self.timelineButtons.setObjectName(u"timelineButtons")
        self.newButton = QPushButton(self.timelinePanel)
        self.newButton.setObjectName(u"newButton")

        self.timelineButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(self.timelinePanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.timelineButtons.addWidget(self.deleteButton)


        self.timelineLayout.addLayout(self.timelineButtons)

        self.nextLabel = QLabel(self.timelinePanel)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.timelineLayout.addWidget(self.nextLabel)

        self.oneOnOneSplitter.addWidget(self.timelinePanel)
        self.meetingPanel = QWidget(self.oneOnOneSplitter)
        self.meetingPanel.setObjectName(u"meetingPanel")
        self.meetingLayout = QVBoxLayout(self.meetingPanel)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingTitle = QLabel(self.meetingPanel)
        self.meetingTitle.setObjectName(u"meetingTitle")
        self.meetingTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.meetingLayout.addWidget(self.meetingTitle)

        self.errorLabel = QLabel(self.meetingPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.meetingLayout.addWidget(self.errorLabel)

        self.meetingColumns = QHBoxLayout()
        self.meetingColumns.setObjectName(u"meetingColumns")
        self.meetingLeft = QVBoxLayout()
        self.meetingLeft.setObjectName(u"meetingLeft")
        self.agendaBox = QGroupBox(self.meetingPanel)
        self.agendaBox.setObjectName(u"agendaBox")
        self.agendaLayout = QVBoxLayout(self.agendaBox)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.pointsList = QListView(self.agendaBox)
        self.pointsList.setObjectName(u"pointsList")
        self.pointsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.agendaLayout.addWidget(self.pointsList)

        self.pointRow = QHBoxLayout()
        self.pointRow.setObjectName(u"pointRow")
        self.pointEdit = QLineEdit(self.agendaBox)
        self.pointEdit.setObjectName(u"pointEdit")

        self.pointRow.addWidget(self.pointEdit)

        self.addPointButton = QPushButton(self.agendaBox)
        self.addPointButton.setObjectName(u"addPointButton")

        self.pointRow.addWidget(self.addPointButton)


        self.agendaLayout.addLayout(self.pointRow)


        self.meetingLeft.addWidget(self.agendaBox)

        self.actionsBox = QGroupBox(self.meetingPanel)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsTable = QTableView(self.actionsBox)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setWordWrap(False)

        self.actionsLayout.addWidget(self.actionsTable)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.actionEdit = QLineEdit(self.actionsBox)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setMinimumSize(QSize(220, 0))

        self.actionRow.addWidget(self.actionEdit)

        self.ownerCombo = QComboBox(self.actionsBox)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.actionRow.addWidget(self.ownerCombo)

        self.dueCheck = QCheckBox(self.actionsBox)
        self.dueCheck.setObjectName(u"dueCheck")

        self.actionRow.addWidget(self.dueCheck)

        self.dueEdit = QDateEdit(self.actionsBox)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.actionRow.addWidget(self.dueEdit)

        self.addActionButton = QPushButton(self.actionsBox)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionRow.addWidget(self.addActionButton)


        self.actionsLayout.addLayout(self.actionRow)


        self.meetingLeft.addWidget(self.actionsBox)


        self.meetingColumns.addLayout(self.meetingLeft)

        self.notesBox = QGroupBox(self.meetingPanel)
        self.notesBox.setObjectName(u"notesBox")
        self.notesLayout = QVBoxLayout(self.notesBox)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesToolbar = QHBoxLayout()
        self.notesToolbar.setObjectName(u"notesToolbar")
        self.boldButton = QToolButton(self.notesBox)
        self.boldButton.setObjectName(u"boldButton")
        self.boldButton.setCheckable(True)

        self.notesToolbar.addWidget(self.boldButton)

        self.bulletButton = QToolButton(self.notesBox)
        self.bulletButton.setObjectName(u"bulletButton")

        self.notesToolbar.addWidget(self.bulletButton)

        self.notesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.notesToolbar.addItem(self.notesSpacer)

        self.savedLabel = QLabel(self.notesBox)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.notesToolbar.addWidget(self.savedLabel)

        self.saveNotesButton = QPushButton(self.notesBox)
        self.saveNotesButton.setObjectName(u"saveNotesButton")

        self.notesToolbar.addWidget(self.saveNotesButton)


        self.notesLayout.addLayout(self.notesToolbar)

        self.notesEdit = QTextEdit(self.notesBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setAcceptRichText(True)

        self.notesLayout.addWidget(self.notesEdit)


        self.meetingColumns.addWidget(self.notesBox)


        self.meetingLayout.addLayout(self.meetingColumns)

        self.oneOnOneSplitter.addWidget(self.meetingPanel)

        self.editorLayout.addWidget(self.oneOnOneSplitter)


        self.retranslateUi(OneOnOneEditor)

        QMetaObject.connectSlotsByName(OneOnOneEditor)
    # setupUi

    def retranslateUi(self, OneOnOneEditor):
        self.timelineTitle.setText(QCoreApplication.translate("OneOnOneEditor", u"1:1s", None))
        self.newButton.setText(QCoreApplication.translate("OneOnOneEditor", u"New 1:1", None))
        self.deleteButton.setText(QCoreApplication.translate("OneOnOneEditor", u"Delete", None))
        self.nextLabel.setText("")
        self.meetingTitle.setText(QCoreApplication.translate("OneOnOneEditor", u"No 1:1 selected", None))
        self.errorLabel.setText("")
        self.agendaBox.setTitle(QCoreApplication.translate("OneOnOneEditor", u"Agenda and talking points (unfinished ones carry over)", None))
        self.pointEdit.setPlaceholderText(QCoreApplication.translate("OneOnOneEditor", u"Add a talking point\u2026", None))
        self.addPointButton.setText(QCoreApplication.translate("OneOnOneEditor", u"Add", None))
        self.actionsBox.setTitle(QCoreApplication.translate("OneOnOneEditor", u"Action items (open ones carry over until done)", None))
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("OneOnOneEditor", u"Add an action item\u2026", None))
        self.dueCheck.setText(QCoreApplication.translate("OneOnOneEditor", u"Due", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("OneOnOneEditor", u"dd MMM yyyy", None))
        self.addActionButton.setText(QCoreApplication.translate("OneOnOneEditor", u"Add", None))
        self.notesBox.setTitle(QCoreApplication.translate("OneOnOneEditor", u"Private notes", None))
        self.boldButton.setText(QCoreApplication.translate("OneOnOneEditor", u"B", None))
#if QT_CONFIG(tooltip)
        self.boldButton.setToolTip(QCoreApplication.translate("OneOnOneEditor", u"Bold (Ctrl+B)", None))
#endif // QT_CONFIG(tooltip)
        self.bulletButton.setText(QCoreApplication.translate("OneOnOneEditor", u"\u2022 List", None))
#if QT_CONFIG(tooltip)
        self.bulletButton.setToolTip(QCoreApplication.translate("OneOnOneEditor", u"Bulleted list", None))
#endif // QT_CONFIG(tooltip)
        self.savedLabel.setText("")
        self.saveNotesButton.setText(QCoreApplication.translate("OneOnOneEditor", u"Save notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("OneOnOneEditor", u"What you discussed; only you see these notes.", None))
        pass
    # retranslateUi

