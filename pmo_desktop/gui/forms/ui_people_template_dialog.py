# generated from ui/people_template_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_template_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TemplateDialog(object):
    def setupUi(self, TemplateDialog):
        if not TemplateDialog.objectName():
            TemplateDialog.setObjectName(u"TemplateDialog")
        TemplateDialog.resize(620, 460)
        self.templateLayout = QVBoxLayout(TemplateDialog)
        self.templateLayout.setObjectName(u"templateLayout")
        self.introLabel = QLabel(TemplateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.templateLayout.addWidget(self.introLabel)

        self.templateEdit = QPlainTextEdit(TemplateDialog)
        self.templateEdit.setObjectName(u"templateEdit")

        self.templateLayout.addWidget(self.templateEdit)

        self.formError = QLabel(TemplateDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.templateLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(TemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.templateLayout.addWidget(self.buttonBox)


        self.retranslateUi(TemplateDialog)

        QMetaObject.connectSlotsByName(TemplateDialog)
    # setupUi

    def retranslateUi(self, TemplateDialog):
        TemplateDialog.setWindowTitle(QCoreApplication.translate("TemplateDialog", u"Onboarding template", None))
        self.introLabel.setText(QCoreApplication.translate("TemplateDialog", u"One item per line, as \u201cday: what to do\u201d \u2014 the day counts from the start date (0\u2013365). Days up to 30 are \u201clearn\u201d, up to 60 \u201ccontribute\u201d, up to 90 \u201cown\u201d.", None))
        self.formError.setText("")
    # retranslateUi

