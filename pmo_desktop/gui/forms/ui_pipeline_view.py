# generated from ui/pipeline_view.ui by scripts/build_qt.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pipeline_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_PipelineView(object):
    def setupUi(self, PipelineView):
        if not PipelineView.objectName():
            PipelineView.setObjectName(u"PipelineView")
        PipelineView.resize(1000, 640)
        self.pipelineLayout = QVBoxLayout(PipelineView)
        self.pipelineLayout.setSpacing(10)
        self.pipelineLayout.setObjectName(u"pipelineLayout")
        self.pipelineLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(PipelineView)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(PipelineView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.countLabel)


        self.pipelineLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(PipelineView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.stageFilterLabel = QLabel(PipelineView)
        self.stageFilterLabel.setObjectName(u"stageFilterLabel")

        self.filterLayout.addWidget(self.stageFilterLabel)

        self.stageFilter = QComboBox(PipelineView)
        self.stageFilter.setObjectName(u"stageFilter")
        self.stageFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.stageFilter)

        self.clientFilterLabel = QLabel(PipelineView)
        self.clientFilterLabel.setObjectName(u"clientFilterLabel")

        self.filterLayout.addWidget(self.clientFilterLabel)

        self.clientFilter = QComboBox(PipelineView)
        self.clientFilter.setObjectName(u"clientFilter")
        self.clientFilter.setMinimumSize(QSize(180, 0))
        self.clientFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clientFilter.setMinimumContentsLength(18)

        self.filterLayout.addWidget(self.clientFilter)


        self.pipelineLayout.addLayout(self.filterLayout)

        self.contentStack = QStackedWidget(PipelineView)
        self.contentStack.setObjectName(u"contentStack")
        self.projectTable = QTableView()
        self.projectTable.setObjectName(u"projectTable")
        self.projectTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projectTable.setAlternatingRowColors(True)
        self.projectTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projectTable.setSortingEnabled(True)
        self.projectTable.setWordWrap(False)
        self.contentStack.addWidget(self.projectTable)
        self.projectTable.horizontalHeader().setHighlightSections(False)
        self.projectTable.verticalHeader().setVisible(False)
        self.emptyState = QLabel()
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyState.setWordWrap(True)
        self.contentStack.addWidget(self.emptyState)

        self.pipelineLayout.addWidget(self.contentStack)

#if QT_CONFIG(shortcut)
        self.stageFilterLabel.setBuddy(self.stageFilter)
        self.clientFilterLabel.setBuddy(self.clientFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PipelineView)

        QMetaObject.connectSlotsByName(PipelineView)
    # setupUi

    def retranslateUi(self, PipelineView):
        self.titleLabel.setText(QCoreApplication.translate("PipelineView", u"Pipeline", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PipelineView", u"Search projects, clients, programs, PMs\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PipelineView", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.stageFilterLabel.setText(QCoreApplication.translate("PipelineView", u"&Stage", None))
        self.clientFilterLabel.setText(QCoreApplication.translate("PipelineView", u"&Client", None))
        self.emptyState.setText("")
        pass
    # retranslateUi

