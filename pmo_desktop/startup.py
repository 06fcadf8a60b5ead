"""Start-up housekeeping: no cyclic garbage collection until the first screen is up.

Starting the app imports SQLAlchemy, Qt and the models and loads the first view: some
110,000 tracked objects that live as long as the process. Python's collector would walk them
again and again while they are made (about 240 collections, a twentieth of a second on the
large demo) to free about a thousand. ``run`` holds collection from the first line; once the
first screen is painted (or a headless verb has parsed its arguments), ``resume_collection``
moves everything made so far to the permanent generation and turns collection back on, so
later collections only look at what the session itself creates.
"""

from __future__ import annotations

import gc


def hold_collection() -> None:
    """Stop cyclic collection until ``resume_collection`` (process start only)."""
    gc.disable()


def resume_collection() -> None:
    """Freeze what start-up made and collect again; does nothing when collection is on."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()
