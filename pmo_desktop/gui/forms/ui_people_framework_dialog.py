# generated from ui/people_framework_dialog.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_framework_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

class Ui_FrameworkDialog(object):
    def setupUi(self, FrameworkDialog):
        if not FrameworkDialog.objectName():
            FrameworkDialog.setObjectName(u"FrameworkDialog")
        FrameworkDialog.resize(820, 420)
        self.frameworkLayout = QVBoxLayout(FrameworkDialog)
        self.frameworkLayout.setObjectName(u"frameworkLayout")
        self.introLabel = QLabel(FrameworkDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.frameworkLayout.addWidget(self.introLabel)

        self.frameworkSplitter = QSplitter(FrameworkDialog)
        self.frameworkSplitter.setObjectName(u"frameworkSplitter")
        self.frameworkSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.frameworkSplitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.frameworkSplitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.roleRow = QHBoxLayout()
        self.roleRow.setObjectName(u"roleRow")
        self.roleLabel = QLabel(self.listPanel)
        self.roleLabel.setObjectName(u"roleLabel")
        self.roleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.roleRow.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(self.listPanel)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roleRow.addWidget(self.roleCombo)


        self.listLayout.addLayout(self.roleRow)

        self.competencyList = QListView(self.listPanel)
        self.competencyList.setObjectName(u"competencyList")
        self.competencyList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.listLayout.addWidget(self.competencyList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.addButton = QPushButton(self.listPanel)
        self.addButton.setObjectName(u"addButton")

        self.listButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(self.listPanel)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtons.addWidget(self.removeButton)

        self.defaultsButton = QPushButton(self.listPanel)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.listButtons.addWidget(self.defaultsButton)


        self.listLayout.addLayout(self.listButtons)

        self.frameworkSplitter.addWidget(self.listPanel)
        self.detailPanel = QWidget(self.frameworkSplitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailGrid = QGridLayout()
        self.detailGrid.setObjectName(u"detailGrid")
        self.keyLabel = QLabel(self.detailPanel)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailGrid.addWidget(self.keyLabel, 0, 0, 1, 1)

        self.keyEdit = QLineEdit(self.detailPanel)
        self.keyEdit.setObjectName(u"keyEdit")

        self.detailGrid.addWidget(self.keyEdit, 0, 1, 1, 1)

        self.nameLabel = QLabel(self.detailPanel)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailGrid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(self.detailPanel)
        self.nameEdit.setObjectName(u"nameEdit")

        self.detailGrid.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.descriptionLabel = QLabel(self.detailPanel)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailGrid.addWidget(self.descriptionLabel, 2, 0, 1, 1)

        self.descriptionEdit = QLineEdit(self.detailPanel)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.detailGrid.addWidget(self.descriptionEdit, 2, 1, 1, 1)

        self.rubric1Label = QLabel(self.detailPanel)
        self.rubric1Label.setObjectName(u"rubric1Label")
        self.rubric1Label.setTextFormat(Qt.TextFormat.PlainText)

        self.detailGrid.addWidget(self.rubric1Label, 3, 0, 1, 1)

        self.rubric1Edit = QLineEdit(self.detailPanel)
        self.rubric1Edit.setObjectName(u"rubric1Edit")

        self.detailGrid.addWidget(self.rubric1Edit, 3, 1, 1, 1)

        self.rubric2Label = QLabel(self.detailPanel)
        self.rubric2Label.setObjectName(u"rubric2Label")
        self.rubric2Label.setTextFormat(Qt.TextFormat.PlainText)

        self.detailGrid.addWidget(self.rubric2Label, 4, 0, 1, 1)

        self.rubric2Edit = QLineEdit(self.detailPanel)
        self.rubric2Edit.setObjectName(u"rubric2Edit")

        self.detailGrid.addWidget(self.rubric2Edit, 4, 1, 1, 1)

        self.rubric3Label = QLabel(self.detailPanel)
        self.rubric3Label.setObjectName(u"rubric3Label")
        self.rubric3Label.setTextFormat(Qt.TextFormat.PlainText)

        self.detailGrid.addWidget(self.rubric3Label, 5, 0, 1, 1)

        self.rubric3Edit = QLineEdit(self.detailPanel)
        self.rubric3Edit.setObjectName(u"rubric3Edit")

        self.detailGrid.addWidget(self.rubric3Edit, 5, 1, 1, 1)

        self.rubric4Label = QLabel(self.detailPanel)
        self.rubric4Label.setObjectName(u"rubric4Label")
        self.rubric4Label.setTextFormat(Qt.TextFormat.PlainText)

        self.detailGrid.addWidget(self.rubric4Label, 6, 0, 1, 1)

        self.rubric4Edit = QLineEdit(self.detailPanel)
        self.rubric4Edit.setObjectName(u"rubric4Edit")

        self.detailGrid.addWidget(self.rubric4Edit, 6, 1, 1, 1)

        self.rubric5Label = QLabel(self.detailPanel)
        self.rubric5Label.setObjectName(u"rubric5Label")
        self.rubric5Label.setTextFormat(Qt.TextFormat.PlainText)

        self.detailGrid.addWidget(self.rubric5Label, 7, 0, 1, 1)

        self.rubric5Edit = QLineEdit(self.detailPanel)
        self.rubric5Edit.setObjectName(u"rubric5Edit")

        self.detailGrid.addWidget(self.rubric5Edit, 7, 1, 1, 1)


        self.detailLayout.addLayout(self.detailGrid)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.frameworkSplitter.addWidget(self.detailPanel)

        self.frameworkLayout.addWidget(self.frameworkSplitter)

        self.formError = QLabel(FrameworkDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)

        self.frameworkLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FrameworkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.frameworkLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.keyLabel.setBuddy(self.keyEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.rubric1Label.setBuddy(self.rubric1Edit)
        self.rubric2Label.setBuddy(self.rubric2Edit)
        self.rubric3Label.setBuddy(self.rubric3Edit)
        self.rubric4Label.setBuddy(self.rubric4Edit)
        self.rubric5Label.setBuddy(self.rubric5Edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FrameworkDialog)

        QMetaObject.connectSlotsByName(FrameworkDialog)
    # setupUi

    def retranslateUi(self, FrameworkDialog):
        FrameworkDialog.setWindowTitle(QCoreApplication.translate("FrameworkDialog", u"Competency frameworks", None))
        self.introLabel.setText(QCoreApplication.translate("FrameworkDialog", u"Each role's competencies and what each rating means. New evaluations use the framework; existing ones keep theirs.", None))
        self.roleLabel.setText(QCoreApplication.translate("FrameworkDialog", u"&Role", None))
        self.addButton.setText(QCoreApplication.translate("FrameworkDialog", u"Add", None))
        self.removeButton.setText(QCoreApplication.translate("FrameworkDialog", u"Remove", None))
        self.defaultsButton.setText(QCoreApplication.translate("FrameworkDialog", u"Defaults", None))
        self.keyLabel.setText(QCoreApplication.translate("FrameworkDialog", u"&Key", None))
        self.keyEdit.setPlaceholderText(QCoreApplication.translate("FrameworkDialog", u"short id, e.g. delivery", None))
        self.nameLabel.setText(QCoreApplication.translate("FrameworkDialog", u"&Name", None))
        self.descriptionLabel.setText(QCoreApplication.translate("FrameworkDialog", u"&Description", None))
        self.rubric1Label.setText(QCoreApplication.translate("FrameworkDialog", u"1 \u00b7 Below", None))
        self.rubric2Label.setText(QCoreApplication.translate("FrameworkDialog", u"2 \u00b7 Partially", None))
        self.rubric3Label.setText(QCoreApplication.translate("FrameworkDialog", u"3 \u00b7 Meets", None))
        self.rubric4Label.setText(QCoreApplication.translate("FrameworkDialog", u"4 \u00b7 Exceeds", None))
        self.rubric5Label.setText(QCoreApplication.translate("FrameworkDialog", u"5 \u00b7 Outstanding", None))
        self.formError.setText("")
    # retranslateUi

