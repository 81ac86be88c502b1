"""Themes as stored, and which theme each statement belongs to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "Membership",
    "Theme",
    "dominant_polarity",
]


def dominant_polarity(polarity: Mapping[str, int]) -> str | None:
    """A finding's polarity from its statements' counts: the most frequent, neutral only
    when nothing else was heard."""
    counts = {k: v for k, v in polarity.items() if k != "neutral" and v} or dict(polarity)
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]


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
