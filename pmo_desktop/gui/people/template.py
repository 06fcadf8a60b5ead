"""The onboarding template editor: one ``day: item`` per line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.forms.ui_people_template_dialog import Ui_TemplateDialog
from pmo_desktop.gui.widgets import ERROR_STYLE

Items = list[tuple[str, int]]


def template_text(items: Items) -> str:
    """The template as editable lines."""
    return "\n".join(f"{offset}: {title}" for title, offset in items)


def parse_template(text: str) -> Items:
    """Lines of ``day: item`` as (item, day) pairs; ValidationError naming the bad line."""
    items: Items = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        day, sep, title = line.partition(":")
        if not sep or not day.strip().isdigit():
            raise ValidationError(
                f"line {number}: write “day: what to do”, e.g. “30: first 1:1 on goals”", "line"
            )
        items.append((title.strip(), int(day.strip())))
    if not items:
        raise ValidationError("the template needs at least one item", "line")
    return items


class TemplateDialog(QDialog):
    """Edit the onboarding template; ``save(items)`` returns the refusal, if any."""

    def __init__(
        self,
        items: Items,
        save: Callable[[Items], ValidationError | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TemplateDialog()
        self.ui.setupUi(self)
        self.save = save
        self.ui.formError.setStyleSheet(ERROR_STYLE)
        self.ui.introLabel.setProperty("role", "note")
        self.ui.templateEdit.setPlainText(template_text(items))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _accept(self) -> None:
        try:
            items = parse_template(self.ui.templateEdit.toPlainText())
        except ValidationError as exc:
            self.ui.formError.setText(exc.message)
            return
        error = self.save(items)
        if error is None:
            self.accept()
        else:
            self.ui.formError.setText(error.message)
