"""Themes as stored, and which theme each statement belongs to."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "Membership",
    "Theme",
    "breadth_weight",
    "dominant_polarity",
]


def dominant_polarity(polarity: Mapping[str, int]) -> str | None:
    """A finding's polarity from its statements' counts: the most frequent, neutral only
    when nothing else was heard."""
    counts = {k: v for k, v in polarity.items() if k != "neutral" and v} or dict(polarity)
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]


def breadth_weight(breadth: Mapping[str, object]) -> float:
    """`Theme.weight` of a stored breadth record (`Breadth.record`)."""
    sources, totals = breadth.get("sources"), breadth.get("totals")
    if not isinstance(sources, Mapping) or not isinstance(totals, Mapping):
        return 0.0
    weighed = [
        (min(1.0, float(sources.get(kind, 0) or 0) / float(total)), math.sqrt(total))
        for kind, total in totals.items()
        if isinstance(total, int | float) and total > 0
    ]
    trust = sum(w for _, w in weighed)
    return sum(share * w for share, w in weighed) / trust if trust else 0.0


DEVELOPMENT = "utvecklingssituation"
"""The perspective of the development situation: demands, economy, demography (the lens
class id, as the statements' lenses and the themes give it)."""
STRUCTURES = "strukturer"
"""The perspective of the structures: organisation, processes, resources, systems and the
support functions themselves."""
ACTORS = "aktörer"
"""The perspective of the actors: roles, leadership, culture, trust, behaviour."""
EACH_PERSPECTIVE = 2
"""The findings each perspective has on slides of their own, and in the assessment, where
it has that many that several sources say: a report treats each perspective as a section
of its own."""


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
        the engagement has, each weighed by the square root of how many there are.

        A consultant weighs a finding by how many of the people asked raised it, kind by
        kind: heard in 6 of 9 interviews outweighs 16 of 152 survey answers, though 16 is
        the larger count. A share of three group interviews says less than a share of 150
        survey answers, though: the square root is how much a share of n can be trusted,
        so one group of three counts for about as much as 17 of 150 answers, not 50.
        """
        return breadth_weight(self.breadth)


@dataclass(frozen=True)
class Membership:
    """A statement's place in a theme; `pinned` when the consultant moved it there."""

    statement_id: str
    theme_id: str
    pinned: bool = False
    text_hash: str = ""
