# generated from ui/people_feedback_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_feedback_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.resize(620, 460)
        self.feedbackLayout = QVBoxLayout(FeedbackDialog)
        self.feedbackLayout.setObjectName(u"feedbackLayout")
        self.feedbackGrid = QGridLayout()
        self.feedbackGrid.setObjectName(u"feedbackGrid")
        self.dayLabel = QLabel(FeedbackDialog)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.feedbackGrid.addWidget(self.dayLabel, 0, 0, 1, 1)

        self.dayEdit = QDateEdit(FeedbackDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.feedbackGrid.addWidget(self.dayEdit, 0, 1, 1, 1)

        self.dayError = QLabel(FeedbackDialog)
        self.dayError.setObjectName(u"dayError")
        self.dayError.setTextFormat(Qt.TextFormat.PlainText)
        self.dayError.setWordWrap(True)

        self.feedbackGrid.addWidget(self.dayError, 0, 2, 1, 1)

        self.kindLabel = QLabel(FeedbackDialog)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.feedbackGrid.addWidget(self.kindLabel, 1, 0, 1, 1)

        self.kindCombo = QComboBox(FeedbackDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.feedbackGrid.addWidget(self.kindCombo, 1, 1, 1, 1)

        self.kindError = QLabel(FeedbackDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setTextFormat(Qt.TextFormat.PlainText)
        self.kindError.setWordWrap(True)

        self.feedbackGrid.addWidget(self.kindError, 1, 2, 1, 1)

        self.projectLabel = QLabel(FeedbackDialog)
        self.projectLabel.setObjectName(u"projectLabel")
        self.projectLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.feedbackGrid.addWidget(self.projectLabel, 2, 0, 1, 1)

        self.projectCombo = QComboBox(FeedbackDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.feedbackGrid.addWidget(self.projectCombo, 2, 1, 1, 1)

        self.projectError = QLabel(FeedbackDialog)
        self.projectError.setObjectName(u"projectError")
        self.projectError.setTextFormat(Qt.TextFormat.PlainText)
        self.projectError.setWordWrap(True)

        self.feedbackGrid.addWidget(self.projectError, 2, 2, 1, 1)

        self.situationLabel = QLabel(FeedbackDialog)
        self.situationLabel.setObjectName(u"situationLabel")
        self.situationLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.feedbackGrid.addWidget(self.situationLabel, 3, 0, 1, 1)

        self.situationEdit = QPlainTextEdit(FeedbackDialog)
        self.situationEdit.setObjectName(u"situationEdit")
        self.situationEdit.setTabChangesFocus(True)

        self.feedbackGrid.addWidget(self.situationEdit, 3, 1, 1, 1)

        self.situationError = QLabel(FeedbackDialog)
        self.situationError.setObjectName(u"situationError")
        self.situationError.setTextFormat(Qt.TextFormat.PlainText)
        self.situationError.setWordWrap(True)

        self.feedbackGrid.addWidget(self.situationError, 3, 2, 1, 1)

        self.behaviourLabel = QLabel(FeedbackDialog)
        self.behaviourLabel.setObjectName(u"behaviourLabel")
        self.behaviourLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.feedbackGrid.addWidget(self.behaviourLabel, 4, 0, 1, 1)

        self.behaviourEdit = QPlainTextEdit(FeedbackDialog)
        self.behaviourEdit.setObjectName(u"behaviourEdit")
        self.behaviourEdit.setTabChangesFocus(True)

        self.feedbackGrid.addWidget(self.behaviourEdit, 4, 1, 1, 1)

        self.behaviourError = QLabel(FeedbackDialog)
        self.behaviourError.setObjectName(u"behaviourError")
        self.behaviourError.setTextFormat(Qt.TextFormat.PlainText)
        self.behaviourError.setWordWrap(True)

        self.feedbackGrid.addWidget(self.behaviourError, 4, 2, 1, 1)

        self.impactLabel = QLabel(FeedbackDialog)
        self.impactLabel.setObjectName(u"impactLabel")
        self.impactLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.feedbackGrid.addWidget(self.impactLabel, 5, 0, 1, 1)

        self.impactEdit = QPlainTextEdit(FeedbackDialog)
        self.impactEdit.setObjectName(u"impactEdit")
        self.impactEdit.setTabChangesFocus(True)

        self.feedbackGrid.addWidget(self.impactEdit, 5, 1, 1, 1)

        self.impactError = QLabel(FeedbackDialog)
        self.impactError.setObjectName(u"impactError")
        self.impactError.setTextFormat(Qt.TextFormat.PlainText)
        self.impactError.setWordWrap(True)

        self.feedbackGrid.addWidget(self.impactError, 5, 2, 1, 1)


        self.feedbackLayout.addLayout(self.feedbackGrid)

        self.biasLabel = QLabel(FeedbackDialog)
        self.biasLabel.setObjectName(u"biasLabel")
        self.biasLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.biasLabel.setWordWrap(True)

        self.feedbackLayout.addWidget(self.biasLabel)

        self.formError = QLabel(FeedbackDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.feedbackLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.feedbackLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.projectLabel.setBuddy(self.projectCombo)
        self.situationLabel.setBuddy(self.situationEdit)
        self.behaviourLabel.setBuddy(self.behaviourEdit)
        self.impactLabel.setBuddy(self.impactEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeedbackDialog)

        QMetaObject.connectSlotsByName(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"Feedback", None))
        self.dayLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Date", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("FeedbackDialog", u"dd MMM yyyy", None))
        self.dayError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Kind", None))
        self.kindError.setText("")
        self.projectLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Project", None))
        self.projectError.setText("")
        self.situationLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Situation", None))
        self.situationEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"When and where it happened", None))
        self.situationError.setText("")
        self.behaviourLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Behaviour", None))
        self.behaviourEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"What the person did or said (observable)", None))
        self.behaviourError.setText("")
        self.impactLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Impact", None))
        self.impactEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"The effect on the work, client or team", None))
        self.impactError.setText("")
        self.biasLabel.setText("")
        self.formError.setText("")
    # retranslateUi

