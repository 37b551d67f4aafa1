"""What the database cannot take, checked before it is asked: NUL characters (PostgreSQL refuses them
in text) and values longer than their column."""

from __future__ import annotations

# U+2400 SYMBOL FOR NULL: the note keeps its length and shows where the NUL was
NUL_STAND_IN = "\u2400"

# column widths of memory/schema/models.py that a person can fill directly
NAME_LIMIT = 128  # customers.name, catalog.name, customers.supplier
PERSON_LIMIT = 64  # people.name
EXTERNAL_ID_LIMIT = 64  # raw_notes.external_id


def storable(text: str) -> str:
    """The text as any database will store it: verbatim, but for NUL characters."""
    return text.replace("\x00", NUL_STAND_IN)
