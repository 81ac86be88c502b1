"""Themes as stored, and which theme each statement belongs to."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Membership",
    "Theme",
]


@dataclass(frozen=True)
class Theme:
    """A theme as stored: this run's description plus the consultant's curation."""

    id: str
    label: str
    """The consultant's headline when they gave one, else the provisional one."""
    auto_label: str
    perspective: str | None
    polarity: dict[str, int]
    keywords: tuple[str, ...]
    quotes: tuple[str, ...]
    breadth: dict[str, object]
    size: int
    include: bool = True
    order: int | None = None
    status: str = "active"
    merged_into: str | None = None
    statement_ids: tuple[str, ...] = ()

    @property
    def breadth_text(self) -> str:
        return str(self.breadth.get("text", ""))


@dataclass(frozen=True)
class Membership:
    """A statement's place in a theme; `pinned` when the consultant moved it there."""

    statement_id: str
    theme_id: str
    pinned: bool = False
    text_hash: str = ""
