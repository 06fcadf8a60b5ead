"""The Designer forms as a user meets them: a label with a keyboard shortcut (``&Title``)
names the field it jumps to, so the ``&`` never shows as a literal character."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path

import pytest

UI = sorted((Path(__file__).resolve().parents[2] / "ui").glob("*.ui"))


def _mnemonic(text: str) -> bool:
    """True when ``text`` holds a Qt mnemonic: an ``&`` before a letter (``&&`` is one)."""
    plain = text.replace("&&", "")
    return any(ch == "&" and nxt.isalnum() for ch, nxt in pairwise(plain))


@pytest.mark.parametrize("form", UI, ids=lambda p: p.name)
def test_every_label_with_a_shortcut_has_a_buddy(form: Path) -> None:
    names = {w.get("name") for w in ET.parse(form).iter("widget")}
    missing = []
    for widget in ET.parse(form).iter("widget"):
        if widget.get("class") != "QLabel":
            continue
        props = {p.get("name"): p for p in widget.findall("property")}
        text = props["text"].findtext("string") if "text" in props else None
        if text and _mnemonic(text):
            buddy = props["buddy"].findtext("cstring") if "buddy" in props else None
            if buddy not in names:
                missing.append(f"{widget.get('name')} ({text!r})")
    assert not missing, f"{form.name}: labels whose & shows literally: {missing}"


def test_the_check_sees_a_mnemonic() -> None:
    assert _mnemonic("&Title") and _mnemonic("Ta&rget")
    assert not _mnemonic("Risks & issues") and not _mnemonic("R&&D")
