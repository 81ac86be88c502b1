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

    @property
    def weight(self) -> float:
        """How widely the finding was heard, 0-1: the share of each kind of source it
        reaches (interviews, group interviews, survey answers), averaged over the kinds
        the engagement has.

        A consultant weighs a finding by how many of the people asked raised it, kind by
        kind: heard in 6 of 9 interviews outweighs 16 of 152 survey answers, though 16 is
        the larger count.
        """
        sources, totals = self.breadth.get("sources"), self.breadth.get("totals")
        if not isinstance(sources, Mapping) or not isinstance(totals, Mapping):
            return 0.0
        shares = [
            min(1.0, float(sources.get(kind, 0) or 0) / float(total))
            for kind, total in totals.items()
            if isinstance(total, int | float) and total > 0
        ]
        return sum(shares) / len(shares) if shares else 0.0


@dataclass(frozen=True)
class Membership:
    """A statement's place in a theme; `pinned` when the consultant moved it there."""

    statement_id: str
    theme_id: str
    pinned: bool = False
    text_hash: str = ""
