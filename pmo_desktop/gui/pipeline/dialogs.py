"""The small dialog a stage move needs: a reason for Lost / On hold, the SOW date for
Approved. Refuses to close until what is asked is given (message next to the field)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.pipeline import REASON_STAGES, check_stage_move
from pmo_desktop.gui.forms.ui_stage_move_dialog import Ui_StageMoveDialog
from pmo_desktop.gui.widgets import ERROR_STYLE, pydate, qdate


@dataclass(frozen=True)
class MoveDetails:
    """What the manager gave for a move."""

    reason: str | None = None
    sow_signed: date | None = None


def needs_details(stage: Stage) -> bool:
    """True when a move to ``stage`` asks the manager for something first."""
    return stage in REASON_STAGES or stage is Stage.APPROVED


class StageMoveDialog(QDialog):
    """Asks for the reason or the SOW-signed date of one move."""

    def __init__(
        self, project: str, stage: Stage, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StageMoveDialog()
        self.ui.setupUi(self)
        self.stage = stage
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        asks_reason = stage in REASON_STAGES
        self.ui.reasonLabel.setVisible(asks_reason)
        self.ui.reasonEdit.setVisible(asks_reason)
        self.ui.sowLabel.setVisible(stage is Stage.APPROVED)
        self.ui.sowDate.setVisible(stage is Stage.APPROVED)
        self.ui.sowDate.setDate(qdate(today))
        self.setWindowTitle(f"Move to {stage.label}")
        what = "why it is moving" if asks_reason else "when the SOW was signed"
        self.ui.messageLabel.setText(f"Moving “{project}” to {stage.label}: say {what}.")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def details(self) -> MoveDetails:
        """What the fields hold now."""
        if self.stage in REASON_STAGES:
            return MoveDetails(reason=self.ui.reasonEdit.toPlainText().strip() or None)
        if self.stage is Stage.APPROVED:
            return MoveDetails(sow_signed=pydate(self.ui.sowDate.date()))
        return MoveDetails()

    def accept(self) -> None:
        """Close only when the move has what it needs; else say so under the field."""
        details = self.details()
        try:
            check_stage_move(self.stage, details.reason, details.sow_signed)
        except ValidationError as err:
            self.ui.errorLabel.setText(err.message)
            self.ui.errorLabel.show()
            return
        super().accept()


def ask_move_details(
    project: str, stage: Stage, today: date, parent: QWidget | None
) -> MoveDetails | None:
    """Ask what a move needs (None when cancelled); moves needing nothing get empty details."""
    if not needs_details(stage):
        return MoveDetails()
    dialog = StageMoveDialog(project, stage, today, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.details()
