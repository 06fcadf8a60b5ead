# generated from ui/improvement_editor.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'improvement_editor.ui'
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

class Ui_ImprovementEditor(object):
    def setupUi(self, ImprovementEditor):
        if not ImprovementEditor.objectName():
            ImprovementEditor.setObjectName(u"ImprovementEditor")
        ImprovementEditor.resize(640, 460)
        self.editorLayout = QVBoxLayout(ImprovementEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.fieldGrid = QGridLayout()
        self.fieldGrid.setObjectName(u"fieldGrid")
        self.titleLabel = QLabel(ImprovementEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldGrid.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(ImprovementEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldGrid.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleError = QLabel(ImprovementEditor)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)
        self.titleError.setWordWrap(True)

        self.fieldGrid.addWidget(self.titleError, 0, 2, 1, 1)

        self.problemLabel = QLabel(ImprovementEditor)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldGrid.addWidget(self.problemLabel, 1, 0, 1, 1)

        self.problemEdit = QPlainTextEdit(ImprovementEditor)
        self.problemEdit.setObjectName(u"problemEdit")
        self.problemEdit.setTabChangesFocus(True)
        self.problemEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldGrid.addWidget(self.problemEdit, 1, 1, 1, 1)

        self.problemError = QLabel(ImprovementEditor)
        self.problemError.setObjectName(u"problemError")
        self.problemError.setTextFormat(Qt.TextFormat.PlainText)
        self.problemError.setWordWrap(True)

        self.fieldGrid.addWidget(self.problemError, 1, 2, 1, 1)

        self.proposalLabel = QLabel(ImprovementEditor)
        self.proposalLabel.setObjectName(u"proposalLabel")
        self.proposalLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldGrid.addWidget(self.proposalLabel, 2, 0, 1, 1)

        self.proposalEdit = QPlainTextEdit(ImprovementEditor)
        self.proposalEdit.setObjectName(u"proposalEdit")
        self.proposalEdit.setTabChangesFocus(True)
        self.proposalEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldGrid.addWidget(self.proposalEdit, 2, 1, 1, 1)

        self.proposalError = QLabel(ImprovementEditor)
        self.proposalError.setObjectName(u"proposalError")
        self.proposalError.setTextFormat(Qt.TextFormat.PlainText)
        self.proposalError.setWordWrap(True)

        self.fieldGrid.addWidget(self.proposalError, 2, 2, 1, 1)

        self.statusLabel = QLabel(ImprovementEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldGrid.addWidget(self.statusLabel, 3, 0, 1, 1)

        self.statusCombo = QComboBox(ImprovementEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldGrid.addWidget(self.statusCombo, 3, 1, 1, 1)

        self.statusError = QLabel(ImprovementEditor)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setTextFormat(Qt.TextFormat.PlainText)
        self.statusError.setWordWrap(True)

        self.fieldGrid.addWidget(self.statusError, 3, 2, 1, 1)

        self.ownerLabel = QLabel(ImprovementEditor)
        self.ownerLabel.setObjectName(u"ownerLabel")
        self.ownerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldGrid.addWidget(self.ownerLabel, 4, 0, 1, 1)

        self.ownerCombo = QComboBox(ImprovementEditor)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.fieldGrid.addWidget(self.ownerCombo, 4, 1, 1, 1)

        self.ownerError = QLabel(ImprovementEditor)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setTextFormat(Qt.TextFormat.PlainText)
        self.ownerError.setWordWrap(True)

        self.fieldGrid.addWidget(self.ownerError, 4, 2, 1, 1)

        self.raisedLabel = QLabel(ImprovementEditor)
        self.raisedLabel.setObjectName(u"raisedLabel")
        self.raisedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldGrid.addWidget(self.raisedLabel, 5, 0, 1, 1)

        self.raisedEdit = QDateEdit(ImprovementEditor)
        self.raisedEdit.setObjectName(u"raisedEdit")
        self.raisedEdit.setCalendarPopup(True)

        self.fieldGrid.addWidget(self.raisedEdit, 5, 1, 1, 1)

        self.raisedError = QLabel(ImprovementEditor)
        self.raisedError.setObjectName(u"raisedError")
        self.raisedError.setTextFormat(Qt.TextFormat.PlainText)
        self.raisedError.setWordWrap(True)

        self.fieldGrid.addWidget(self.raisedError, 5, 2, 1, 1)

        self.expectedLabel = QLabel(ImprovementEditor)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldGrid.addWidget(self.expectedLabel, 6, 0, 1, 1)

        self.expectedEdit = QLineEdit(ImprovementEditor)
        self.expectedEdit.setObjectName(u"expectedEdit")

        self.fieldGrid.addWidget(self.expectedEdit, 6, 1, 1, 1)

        self.expectedError = QLabel(ImprovementEditor)
        self.expectedError.setObjectName(u"expectedError")
        self.expectedError.setTextFormat(Qt.TextFormat.PlainText)
        self.expectedError.setWordWrap(True)

        self.fieldGrid.addWidget(self.expectedError, 6, 2, 1, 1)

        self.measuredLabel = QLabel(ImprovementEditor)
        self.measuredLabel.setObjectName(u"measuredLabel")
        self.measuredLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldGrid.addWidget(self.measuredLabel, 7, 0, 1, 1)

        self.measuredEdit = QLineEdit(ImprovementEditor)
        self.measuredEdit.setObjectName(u"measuredEdit")

        self.fieldGrid.addWidget(self.measuredEdit, 7, 1, 1, 1)

        self.measuredError = QLabel(ImprovementEditor)
        self.measuredError.setObjectName(u"measuredError")
        self.measuredError.setTextFormat(Qt.TextFormat.PlainText)
        self.measuredError.setWordWrap(True)

        self.fieldGrid.addWidget(self.measuredError, 7, 2, 1, 1)

        self.fieldGrid.setColumnStretch(1, 1)

        self.editorLayout.addLayout(self.fieldGrid)

        self.formError = QLabel(ImprovementEditor)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.editorLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ImprovementEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.editorLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.problemLabel.setBuddy(self.problemEdit)
        self.proposalLabel.setBuddy(self.proposalEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.raisedLabel.setBuddy(self.raisedEdit)
        self.expectedLabel.setBuddy(self.expectedEdit)
        self.measuredLabel.setBuddy(self.measuredEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImprovementEditor)

        QMetaObject.connectSlotsByName(ImprovementEditor)
    # setupUi

    def retranslateUi(self, ImprovementEditor):
        ImprovementEditor.setWindowTitle(QCoreApplication.translate("ImprovementEditor", u"Improvement proposal", None))
        self.titleLabel.setText(QCoreApplication.translate("ImprovementEditor", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ImprovementEditor", u"A short name for the change", None))
        self.titleError.setText("")
        self.problemLabel.setText(QCoreApplication.translate("ImprovementEditor", u"&Problem", None))
        self.problemEdit.setPlaceholderText(QCoreApplication.translate("ImprovementEditor", u"What goes wrong today, with the evidence", None))
        self.problemError.setText("")
        self.proposalLabel.setText(QCoreApplication.translate("ImprovementEditor", u"P&roposal", None))
        self.proposalEdit.setPlaceholderText(QCoreApplication.translate("ImprovementEditor", u"What we propose to change", None))
        self.proposalError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("ImprovementEditor", u"&Status", None))
        self.statusError.setText("")
        self.ownerLabel.setText(QCoreApplication.translate("ImprovementEditor", u"&Owner", None))
        self.ownerError.setText("")
        self.raisedLabel.setText(QCoreApplication.translate("ImprovementEditor", u"Raised &on", None))
        self.raisedEdit.setDisplayFormat(QCoreApplication.translate("ImprovementEditor", u"dd MMM yyyy", None))
        self.raisedError.setText("")
        self.expectedLabel.setText(QCoreApplication.translate("ImprovementEditor", u"&Expected effect", None))
        self.expectedEdit.setPlaceholderText(QCoreApplication.translate("ImprovementEditor", u"What should improve, and by how much", None))
        self.expectedError.setText("")
        self.measuredLabel.setText(QCoreApplication.translate("ImprovementEditor", u"&Measured effect", None))
        self.measuredEdit.setPlaceholderText(QCoreApplication.translate("ImprovementEditor", u"What was measured once it was done", None))
        self.measuredError.setText("")
        self.formError.setText("")
    # retranslateUi

