# generated from ui/escalation_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'escalation_editor.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EscalationEditor(object):
    def setupUi(self, EscalationEditor):
        if not EscalationEditor.objectName():
            EscalationEditor.setObjectName(u"EscalationEditor")
        EscalationEditor.resize(760, 640)
        self.editorLayout = QVBoxLayout(EscalationEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setHorizontalSpacing(8)
        self.fieldsGrid.setVerticalSpacing(4)
        self.titleEditCaption = QLabel(EscalationEditor)
        self.titleEditCaption.setObjectName(u"titleEditCaption")
        self.titleEditCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.titleEditCaption, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(EscalationEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.fieldsGrid.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleError = QLabel(EscalationEditor)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)
        self.titleError.setWordWrap(True)
        self.titleError.setMinimumSize(QSize(200, 0))

        self.fieldsGrid.addWidget(self.titleError, 0, 2, 1, 1)

        self.raisedByEditCaption = QLabel(EscalationEditor)
        self.raisedByEditCaption.setObjectName(u"raisedByEditCaption")
        self.raisedByEditCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.raisedByEditCaption, 1, 0, 1, 1)

        self.raisedByEdit = QLineEdit(EscalationEditor)
        self.raisedByEdit.setObjectName(u"raisedByEdit")

        self.fieldsGrid.addWidget(self.raisedByEdit, 1, 1, 1, 1)

        self.raisedByError = QLabel(EscalationEditor)
        self.raisedByError.setObjectName(u"raisedByError")
        self.raisedByError.setTextFormat(Qt.TextFormat.PlainText)
        self.raisedByError.setWordWrap(True)
        self.raisedByError.setMinimumSize(QSize(200, 0))

        self.fieldsGrid.addWidget(self.raisedByError, 1, 2, 1, 1)

        self.raisedOnDateCaption = QLabel(EscalationEditor)
        self.raisedOnDateCaption.setObjectName(u"raisedOnDateCaption")
        self.raisedOnDateCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.raisedOnDateCaption, 2, 0, 1, 1)

        self.raisedOnDate = QDateEdit(EscalationEditor)
        self.raisedOnDate.setObjectName(u"raisedOnDate")
        self.raisedOnDate.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.raisedOnDate, 2, 1, 1, 1)

        self.severityComboCaption = QLabel(EscalationEditor)
        self.severityComboCaption.setObjectName(u"severityComboCaption")
        self.severityComboCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.severityComboCaption, 3, 0, 1, 1)

        self.severityCombo = QComboBox(EscalationEditor)
        self.severityCombo.setObjectName(u"severityCombo")

        self.fieldsGrid.addWidget(self.severityCombo, 3, 1, 1, 1)

        self.severityError = QLabel(EscalationEditor)
        self.severityError.setObjectName(u"severityError")
        self.severityError.setTextFormat(Qt.TextFormat.PlainText)
        self.severityError.setWordWrap(True)
        self.severityError.setMinimumSize(QSize(200, 0))

        self.fieldsGrid.addWidget(self.severityError, 3, 2, 1, 1)

        self.audienceComboCaption = QLabel(EscalationEditor)
        self.audienceComboCaption.setObjectName(u"audienceComboCaption")
        self.audienceComboCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.audienceComboCaption, 4, 0, 1, 1)

        self.audienceCombo = QComboBox(EscalationEditor)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.fieldsGrid.addWidget(self.audienceCombo, 4, 1, 1, 1)

        self.ownerComboCaption = QLabel(EscalationEditor)
        self.ownerComboCaption.setObjectName(u"ownerComboCaption")
        self.ownerComboCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.ownerComboCaption, 5, 0, 1, 1)

        self.ownerCombo = QComboBox(EscalationEditor)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.fieldsGrid.addWidget(self.ownerCombo, 5, 1, 1, 1)

        self.ownerError = QLabel(EscalationEditor)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setTextFormat(Qt.TextFormat.PlainText)
        self.ownerError.setWordWrap(True)
        self.ownerError.setMinimumSize(QSize(200, 0))

        self.fieldsGrid.addWidget(self.ownerError, 5, 2, 1, 1)

        self.statusComboCaption = QLabel(EscalationEditor)
        self.statusComboCaption.setObjectName(u"statusComboCaption")
        self.statusComboCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.statusComboCaption, 6, 0, 1, 1)

        self.statusCombo = QComboBox(EscalationEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsGrid.addWidget(self.statusCombo, 6, 1, 1, 1)

        self.clientComboCaption = QLabel(EscalationEditor)
        self.clientComboCaption.setObjectName(u"clientComboCaption")
        self.clientComboCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.clientComboCaption, 7, 0, 1, 1)

        self.clientCombo = QComboBox(EscalationEditor)
        self.clientCombo.setObjectName(u"clientCombo")

        self.fieldsGrid.addWidget(self.clientCombo, 7, 1, 1, 1)

        self.programComboCaption = QLabel(EscalationEditor)
        self.programComboCaption.setObjectName(u"programComboCaption")
        self.programComboCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.programComboCaption, 8, 0, 1, 1)

        self.programCombo = QComboBox(EscalationEditor)
        self.programCombo.setObjectName(u"programCombo")

        self.fieldsGrid.addWidget(self.programCombo, 8, 1, 1, 1)

        self.programError = QLabel(EscalationEditor)
        self.programError.setObjectName(u"programError")
        self.programError.setTextFormat(Qt.TextFormat.PlainText)
        self.programError.setWordWrap(True)
        self.programError.setMinimumSize(QSize(200, 0))

        self.fieldsGrid.addWidget(self.programError, 8, 2, 1, 1)

        self.projectComboCaption = QLabel(EscalationEditor)
        self.projectComboCaption.setObjectName(u"projectComboCaption")
        self.projectComboCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.projectComboCaption, 9, 0, 1, 1)

        self.projectCombo = QComboBox(EscalationEditor)
        self.projectCombo.setObjectName(u"projectCombo")

        self.fieldsGrid.addWidget(self.projectCombo, 9, 1, 1, 1)

        self.projectError = QLabel(EscalationEditor)
        self.projectError.setObjectName(u"projectError")
        self.projectError.setTextFormat(Qt.TextFormat.PlainText)
        self.projectError.setWordWrap(True)
        self.projectError.setMinimumSize(QSize(200, 0))

        self.fieldsGrid.addWidget(self.projectError, 9, 2, 1, 1)

        self.causeComboCaption = QLabel(EscalationEditor)
        self.causeComboCaption.setObjectName(u"causeComboCaption")
        self.causeComboCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.causeComboCaption, 10, 0, 1, 1)

        self.causeCombo = QComboBox(EscalationEditor)
        self.causeCombo.setObjectName(u"causeCombo")

        self.fieldsGrid.addWidget(self.causeCombo, 10, 1, 1, 1)

        self.descriptionEditCaption = QLabel(EscalationEditor)
        self.descriptionEditCaption.setObjectName(u"descriptionEditCaption")
        self.descriptionEditCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.descriptionEditCaption, 11, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(EscalationEditor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsGrid.addWidget(self.descriptionEdit, 11, 1, 1, 1)

        self.resolutionEditCaption = QLabel(EscalationEditor)
        self.resolutionEditCaption.setObjectName(u"resolutionEditCaption")
        self.resolutionEditCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.resolutionEditCaption, 12, 0, 1, 1)

        self.resolutionEdit = QPlainTextEdit(EscalationEditor)
        self.resolutionEdit.setObjectName(u"resolutionEdit")
        self.resolutionEdit.setTabChangesFocus(True)
        self.resolutionEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsGrid.addWidget(self.resolutionEdit, 12, 1, 1, 1)

        self.resolutionError = QLabel(EscalationEditor)
        self.resolutionError.setObjectName(u"resolutionError")
        self.resolutionError.setTextFormat(Qt.TextFormat.PlainText)
        self.resolutionError.setWordWrap(True)
        self.resolutionError.setMinimumSize(QSize(200, 0))

        self.fieldsGrid.addWidget(self.resolutionError, 12, 2, 1, 1)

        self.resolvedOnDateCaption = QLabel(EscalationEditor)
        self.resolvedOnDateCaption.setObjectName(u"resolvedOnDateCaption")
        self.resolvedOnDateCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsGrid.addWidget(self.resolvedOnDateCaption, 13, 0, 1, 1)

        self.resolvedOnDate = QDateEdit(EscalationEditor)
        self.resolvedOnDate.setObjectName(u"resolvedOnDate")
        self.resolvedOnDate.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.resolvedOnDate, 13, 1, 1, 1)

        self.resolvedOnError = QLabel(EscalationEditor)
        self.resolvedOnError.setObjectName(u"resolvedOnError")
        self.resolvedOnError.setTextFormat(Qt.TextFormat.PlainText)
        self.resolvedOnError.setWordWrap(True)
        self.resolvedOnError.setMinimumSize(QSize(200, 0))

        self.fieldsGrid.addWidget(self.resolvedOnError, 13, 2, 1, 1)


        self.editorLayout.addLayout(self.fieldsGrid)

        self.formError = QLabel(EscalationEditor)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.editorLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(EscalationEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.editorLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditCaption.setBuddy(self.titleEdit)
        self.raisedByEditCaption.setBuddy(self.raisedByEdit)
        self.raisedOnDateCaption.setBuddy(self.raisedOnDate)
        self.severityComboCaption.setBuddy(self.severityCombo)
        self.audienceComboCaption.setBuddy(self.audienceCombo)
        self.ownerComboCaption.setBuddy(self.ownerCombo)
        self.statusComboCaption.setBuddy(self.statusCombo)
        self.clientComboCaption.setBuddy(self.clientCombo)
        self.programComboCaption.setBuddy(self.programCombo)
        self.projectComboCaption.setBuddy(self.projectCombo)
        self.causeComboCaption.setBuddy(self.causeCombo)
        self.descriptionEditCaption.setBuddy(self.descriptionEdit)
        self.resolutionEditCaption.setBuddy(self.resolutionEdit)
        self.resolvedOnDateCaption.setBuddy(self.resolvedOnDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EscalationEditor)

        QMetaObject.connectSlotsByName(EscalationEditor)
    # setupUi

    def retranslateUi(self, EscalationEditor):
        EscalationEditor.setWindowTitle(QCoreApplication.translate("EscalationEditor", u"Escalation", None))
        self.titleEditCaption.setText(QCoreApplication.translate("EscalationEditor", u"&Title", None))
        self.raisedByEditCaption.setText(QCoreApplication.translate("EscalationEditor", u"Raised &by", None))
        self.raisedOnDateCaption.setText(QCoreApplication.translate("EscalationEditor", u"Raised on", None))
        self.raisedOnDate.setDisplayFormat(QCoreApplication.translate("EscalationEditor", u"dd MMM yyyy", None))
        self.raisedOnDate.setSpecialValueText(QCoreApplication.translate("EscalationEditor", u"\u2014", None))
        self.severityComboCaption.setText(QCoreApplication.translate("EscalationEditor", u"&Severity", None))
        self.audienceComboCaption.setText(QCoreApplication.translate("EscalationEditor", u"Audience", None))
        self.ownerComboCaption.setText(QCoreApplication.translate("EscalationEditor", u"&Owner", None))
        self.statusComboCaption.setText(QCoreApplication.translate("EscalationEditor", u"St&atus", None))
        self.clientComboCaption.setText(QCoreApplication.translate("EscalationEditor", u"Client", None))
        self.programComboCaption.setText(QCoreApplication.translate("EscalationEditor", u"Program", None))
        self.projectComboCaption.setText(QCoreApplication.translate("EscalationEditor", u"Project", None))
        self.causeComboCaption.setText(QCoreApplication.translate("EscalationEditor", u"Cause category", None))
        self.descriptionEditCaption.setText(QCoreApplication.translate("EscalationEditor", u"Description", None))
        self.resolutionEditCaption.setText(QCoreApplication.translate("EscalationEditor", u"Resolution", None))
        self.resolvedOnDateCaption.setText(QCoreApplication.translate("EscalationEditor", u"Resolved on", None))
        self.resolvedOnDate.setDisplayFormat(QCoreApplication.translate("EscalationEditor", u"dd MMM yyyy", None))
        self.resolvedOnDate.setSpecialValueText(QCoreApplication.translate("EscalationEditor", u"\u2014", None))
    # retranslateUi

