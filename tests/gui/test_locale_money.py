"""Money typed and shown as the user's locale writes it: "1.250,50" in Germany is 1,250.50,
and where the decimal mark is a point it is refused, never silently $1.25; reports stay the
same whatever the locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.money import format_cents
from pmo_desktop.gui.pipeline.edit_models import money_text, parse_money


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def test_a_german_user_types_and_reads_amounts_their_way(german: None) -> None:
    assert parse_money("1.250,50", "budget") == 125_050
    assert parse_money("€ 1250,5", "budget") == 125_050
    assert parse_money("250", "budget") == 25_000
    assert money_text(125_050) == "1.250,50"
    with pytest.raises(ValidationError, match=r"not an amount \(e\.g\. 1\.250,50\)"):
        parse_money("1,250.50", "budget")
    assert format_cents(125_050) == "$1,250.50"  # PDFs and snapshots: locale-free


def test_an_amount_from_another_locale_is_refused_not_misread(english: None) -> None:
    assert parse_money("1,250.50", "budget") == 125_050
    assert money_text(125_050) == "1,250.50"
    for typed in ("1.250,50", "12,5", "lots"):
        with pytest.raises(ValidationError, match="not an amount"):
            parse_money(typed, "budget")
    assert parse_money("", "budget") is None
