"""The engagement's pseudonymiser: every name in its interview log and recipient list.

Ingest, the survey, drafting and the deck all guard what they write with the same
pseudonymiser, built here from the engagement's roster. When the log or the list cannot
be read, the pseudonymiser knows fewer names than it should; `problems` says so, and a
caller that must not write then (ingest, the deck) refuses.
"""

from __future__ import annotations

from dataclasses import dataclass

from synth.config import EngagementConfig
from synth.privacy.pseudonymise import Pseudonymiser
from synth.roster import Roster, read_roster

__all__ = ["EngagementPseudonymiser", "engagement_pseudonymiser", "roster_pseudonymiser"]


@dataclass(frozen=True)
class EngagementPseudonymiser:
    """The pseudonymiser of one engagement, with the names it knows."""

    pseudonymiser: Pseudonymiser
    names: tuple[str, ...]
    """Every name in the roster, stripped, sorted, once each."""
    problems: tuple[tuple[str, str], ...]
    """(file, message) of the interview log or recipient list when it could not be read."""


def roster_pseudonymiser(roster: Roster) -> EngagementPseudonymiser:
    """The pseudonymiser of the names in `roster` (for a caller that reads it anyway)."""
    names = tuple(sorted({name.strip() for name in roster.names if name.strip()}))
    return EngagementPseudonymiser(
        pseudonymiser=Pseudonymiser.from_names(names),
        names=names,
        problems=roster.problems,
    )


def engagement_pseudonymiser(config: EngagementConfig) -> EngagementPseudonymiser:
    """Read the engagement's interview log and recipient list and build its pseudonymiser."""
    return roster_pseudonymiser(read_roster(config))
