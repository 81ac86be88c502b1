"""The guard that keeps the consultant's workbook edits from being lost.

Every themes workbook synth writes or imports is remembered by the hash of its bytes
(`synth.store.themes.record_workbook`). A file that has changed since holds edits the
store does not have: a step that wrote over it, or built on the store without it, would
lose that work without a word. Synthesis and drafting take this check as their `before`
hook, so that it runs before they change anything; export and the deck call it directly.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from synth.errors import CurationError
from synth.store import Store
from synth.store.themes import recorded_workbooks

__all__ = ["check_no_unimported_edits", "digest", "unimported_workbooks"]


def digest(path: Path) -> str:
    """The hash a workbook is remembered by."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unimported_workbooks(store: Store) -> list[Path]:
    """Themes workbooks synth wrote that have been edited since and not imported."""
    return sorted(
        path
        for path, known in recorded_workbooks(store).items()
        if path.is_file() and digest(path) != known
    )


def check_no_unimported_edits(store: Store) -> None:
    """Refuse to go on while a themes workbook holds edits the store does not have.

    The consultant is told to edit the workbook a run prints; a later step that wrote over
    it, or built a deck without it, would lose that work without a word.
    """
    edited = unimported_workbooks(store)
    if edited:
        files = "\n".join(f"  {path}" for path in edited)
        raise CurationError(
            "Ändringar i temaarbetsboken är inte inlästa:\n"
            f"{files}\n"
            "Läs in dem med 'synth themes import <uppdragsmappen> <filen>' och kör sedan "
            "igen; ska ändringarna inte med, flytta eller ta bort filen. Inget skrevs över."
        )
