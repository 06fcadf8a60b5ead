"""Earned value: CV, SV, CPI, SPI, EAC, ETC, VAC and TCPI, where the data allows.

Pure Python. Money is integer cents; indices are floats. A figure that cannot be computed
(no % complete, no actual cost, no dates, a division by zero) is None, and ``why`` says
which data is missing. Formulas (DOMAIN.md):

    EV = BAC × % complete        PV = BAC × planned % complete (linear over the dates)
    CV = EV − AC    SV = EV − PV    CPI = EV / AC    SPI = EV / PV
    EAC = BAC / CPI    ETC = EAC − AC    VAC = BAC − EAC    TCPI = (BAC − EV) / (BAC − AC)

Index colours: ≥ 0.95 Green, ≥ 0.90 Amber, below Red.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.money import format_cents_short

INDEX_GREEN = 0.95
INDEX_AMBER = 0.90


def index_rag(
    value: float | None, green: float = INDEX_GREEN, amber: float = INDEX_AMBER
) -> Rag | None:
    """Colour of a performance index (CPI, SPI): ≥ green Green, ≥ amber Amber, else Red."""
    if value is None:
        return None
    if value >= green:
        return Rag.GREEN
    if value >= amber:
        return Rag.AMBER
    return Rag.RED


def planned_fraction(start: date | None, end: date | None, today: date) -> Fraction | None:
    """Share of the work planned done by ``today``: linear in calendar days, 0 to 1."""
    if start is None or end is None or end < start:
        return None
    if today <= start:
        return Fraction(0)
    if today >= end:
        return Fraction(1)
    return Fraction((today - start).days, (end - start).days)


@dataclass(frozen=True, slots=True)
class EarnedValue:
    """The earned-value figures of one project (None where the data does not allow)."""

    bac: int
    pv: int | None
    ev: int | None
    ac: int | None
    cv: int | None
    sv: int | None
    cpi: float | None
    spi: float | None
    eac: int | None
    etc: int | None
    vac: int | None
    tcpi: float | None
    why: str

    @property
    def cpi_rag(self) -> Rag | None:
        """Colour of the cost performance index."""
        return index_rag(self.cpi)

    @property
    def spi_rag(self) -> Rag | None:
        """Colour of the schedule performance index."""
        return index_rag(self.spi)


def _div_round(num: int, den: int) -> int:
    """``num / den`` rounded half away from zero, in integers (``den`` ≠ 0)."""
    if den < 0:
        num, den = -num, -den
    q, r = divmod(abs(num), den)
    q += 2 * r >= den
    return q if num >= 0 else -q


def earned_value(
    bac_cents: int,
    percent_complete: int | None,
    actual_cost_cents: int | None,
    start: date | None,
    end: date | None,
    today: date,
) -> EarnedValue:
    """Every earned-value figure computable from the budget, progress, cost and dates.

    Money is computed in integers (exact, rounded to the cent); indices are floats.
    """
    missing: list[str] = []
    ev = ac = pv = None
    if percent_complete is None:
        missing.append("% complete")
    else:
        ev = _div_round(bac_cents * percent_complete, 100)
    if actual_cost_cents is None:
        missing.append("actual cost")
    else:
        ac = actual_cost_cents
    planned = planned_fraction(start, end, today)
    if planned is None:
        missing.append("start and end dates")
    else:
        pv = _div_round(bac_cents * planned.numerator, planned.denominator)

    cv = sv = eac = etc = vac = None
    cpi = spi = tcpi = None
    if ev is not None and ac is not None:
        cv = ev - ac
        if ac != 0:
            cpi = ev / ac
        if ev != 0 and ac != 0:
            eac = _div_round(bac_cents * ac, ev)  # BAC / CPI = BAC × AC / EV
            etc = eac - ac
            vac = bac_cents - eac
        if bac_cents != ac:
            tcpi = (bac_cents - ev) / (bac_cents - ac)
    if ev is not None and pv is not None:
        sv = ev - pv
        if pv != 0:
            spi = ev / pv

    parts: list[str] = []
    if cpi is not None and ev is not None and ac is not None:
        parts.append(
            f"CPI {cpi:.2f} = EV {format_cents_short(ev)} / AC {format_cents_short(ac)} "
            f"({rag_word(index_rag(cpi))})"
        )
    if spi is not None and ev is not None and pv is not None:
        parts.append(
            f"SPI {spi:.2f} = EV {format_cents_short(ev)} / PV {format_cents_short(pv)} "
            f"({rag_word(index_rag(spi))})"
        )
    if missing:
        parts.append("needs " + ", ".join(missing) + " for the rest")
    elif cpi is None or spi is None:
        parts.append("an index divides by zero (nothing spent or nothing planned yet)")
    why = "; ".join(parts) + " (index rule: ≥ 0.95 Green, ≥ 0.90 Amber, below Red)"
    return EarnedValue(
        bac=bac_cents,
        pv=pv,
        ev=ev,
        ac=ac,
        cv=cv,
        sv=sv,
        cpi=cpi,
        spi=spi,
        eac=eac,
        etc=etc,
        vac=vac,
        tcpi=tcpi,
        why=why,
    )


def rag_word(rag: Rag | None) -> str:
    """``Green``, ``Amber``, ``Red`` or ``n/a``."""
    return rag.value.capitalize() if rag else "n/a"
