"""Column widths that fit the table: contents first, text columns give way when tight."""

from __future__ import annotations

from collections.abc import Collection, Sequence


def fit_widths(
    wanted: Sequence[int], available: int, flexible: Collection[int], minimum: int = 90
) -> list[int]:
    """Widths for columns that want ``wanted`` pixels inside ``available`` pixels.

    When everything fits, the spare width goes to the first flexible column. When it does
    not, the flexible (text) columns shrink in proportion to what they have above
    ``minimum``, so no single column is cut to nothing; fixed columns keep their width.
    """
    widths = list(wanted)
    order = [i for i in flexible if 0 <= i < len(widths)]
    if not order:
        return widths
    excess = sum(widths) - available
    if excess <= 0:
        widths[order[0]] += -excess
        return widths
    slack = {i: max(widths[i] - minimum, 0) for i in order}
    total_slack = sum(slack.values())
    if total_slack == 0:
        return widths
    cut = min(excess, total_slack)
    cuts = {i: cut * slack[i] // total_slack for i in order}
    leftover = cut - sum(cuts.values())  # rounding: a few pixels, taken where there is room
    for i in order:
        extra = min(leftover, slack[i] - cuts[i])
        cuts[i] += extra
        leftover -= extra
        widths[i] -= cuts[i]
    return widths
