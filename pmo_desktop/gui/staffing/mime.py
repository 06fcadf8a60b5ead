"""What a drag onto the staffing grid carries: allocation cells dragged on the grid, or a
person dragged from the roster, as ``application/x-pmo-allocation+json``.

Pure Python: the model and the roster put the bytes in a ``QMimeData``; ``decode`` reads
them back into a typed payload, or None for anything this app did not write.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pmo_desktop.services.staffing.tables import CellKey

MIME_TYPE = "application/x-pmo-allocation+json"


@dataclass(frozen=True, slots=True)
class PersonDrag:
    """A person dragged from the roster."""

    person_id: int


@dataclass(frozen=True, slots=True)
class CellsDrag:
    """Allocation cells dragged on the grid; ``anchor`` is the cell under the mouse."""

    cells: tuple[CellKey, ...]
    anchor: CellKey


Drag = PersonDrag | CellsDrag


def encode_cells(cells: Sequence[CellKey], anchor: CellKey) -> bytes:
    """MIME payload for dragged allocation cells (the anchor is the cell under the mouse)."""
    doc = {
        "kind": "cells",
        "cells": [[p, j, w.isoformat()] for p, j, w in cells],
        "anchor": [anchor[0], anchor[1], anchor[2].isoformat()],
    }
    return json.dumps(doc).encode()


def encode_person(person_id: int) -> bytes:
    """MIME payload for a person dragged from the roster."""
    return json.dumps({"kind": "person", "person_id": person_id}).encode()


def decode(data: bytes) -> Drag | None:
    """The payload of our MIME type, or None when it is not one we understand."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("kind") not in ("cells", "person"):
        return None
    try:
        if doc["kind"] == "person":
            return PersonDrag(int(doc["person_id"]))
        cells = tuple((int(p), int(j), date.fromisoformat(w)) for p, j, w in doc["cells"])
        a = doc["anchor"]
        anchor = (int(a[0]), int(a[1]), date.fromisoformat(a[2]))
    except (KeyError, TypeError, ValueError):
        return None
    return CellsDrag(cells, anchor)
