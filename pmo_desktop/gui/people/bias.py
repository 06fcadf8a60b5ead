"""The bias check as you type: flagged words underlined, the reason and prompt as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QHelpEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from pmo_desktop.domain.bias import BiasFlag, check_text
from pmo_desktop.gui.plain_text import literal

UNDERLINE = QColor("#d64545")


class BiasHighlighter(QSyntaxHighlighter):
    """Underlines words the bias check flags (wavy red) in a text document."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.flagged = QTextCharFormat()
        self.flagged.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.flagged.setUnderlineColor(UNDERLINE)

    def highlightBlock(self, text: str) -> None:
        """Mark every flagged word of one paragraph."""
        for flag in check_text(text):
            self.setFormat(flag.start, flag.end - flag.start, self.flagged)


def flag_at(text: str, position: int) -> BiasFlag | None:
    """The flag covering a character position of a paragraph, if any."""
    for flag in check_text(text):
        if flag.start <= position < flag.end:
            return flag
    return None


class BiasTooltips(QObject):
    """Shows the reason and the prompt when the pointer rests on a flagged word."""

    def __init__(self, editor: QTextEdit | QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = BiasHighlighter(editor.document())
        editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Answer tooltip events over a flagged word."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.editor.cursorForPosition(event.pos())
            block = cursor.block()
            flag = flag_at(block.text(), cursor.positionInBlock())
            if flag is not None:
                QToolTip.showText(event.globalPos(), literal(flag.message), self.editor)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)


def summary(texts: list[str]) -> str:
    """One line for under an editor: how many words were flagged, and which."""
    words = [flag.word for text in texts for flag in check_text(text)]
    if not words:
        return ""
    shown = ", ".join(f"“{w}”" for w in dict.fromkeys(words))
    return (
        f"Bias check: {len(words)} flagged word{'s' if len(words) != 1 else ''} ({shown}) — "
        "hover for why, and describe what the person did instead."
    )


def attach(*editors: QTextEdit | QPlainTextEdit) -> list[BiasTooltips]:
    """Turn the bias check on for several editors."""
    return [BiasTooltips(editor) for editor in editors]


__all__ = ["BiasHighlighter", "BiasTooltips", "attach", "flag_at", "summary"]
