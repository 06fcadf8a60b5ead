"""User text is shown as text: never as HTML that Qt guesses it to be.

A QLabel, a tooltip, a QMessageBox or a QInputDialog prompt renders its text as rich text
when Qt's heuristic (``Qt.mightBeRichText``: something like a tag, or ``&lt;``, before the
first line break) says it looks like HTML, so a client named ``<img src=//host/x>`` would
make the app read a local file or a network path, and ``<b>`` would vanish into bold.

- ``plain_label`` makes a QLabel that always shows its text literally (every label made in
  code goes through it or, for deliberate markup, ``rich_label``; the Designer forms set
  ``textFormat`` on every label themselves);
- ``literal`` is for places that guess the format (tooltips, message boxes, dialog prompts):
  text that would be taken for HTML becomes escaped HTML that shows the same characters;
- ``escape`` is for the few places that build rich text on purpose around user text.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows ``text`` (and whatever is set later) literally."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def rich_label(markup: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that renders ``markup`` as HTML on purpose (user text in it: ``escape``)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(markup)
    return label


def literal(text: str) -> str:
    """``text`` as a format-guessing widget should get it to show it literally.

    Text Qt would take for plain is returned as is (so it keeps plain text's behaviour);
    text it would take for HTML comes back escaped, line breaks and runs of spaces kept.
    """
    if not QtGui.Qt.mightBeRichText(text):  # QtGui's Qt namespace holds the text helpers
        return text
    return f'<p style="white-space:pre-wrap">{escape(text)}</p>'


def escape(text: str) -> str:
    """``text`` escaped for a rich-text label or document (line breaks become ``<br/>``)."""
    return html.escape(text, quote=True).replace("\n", "<br/>")
