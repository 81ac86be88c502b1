"""The drafts a consultant reviews and the deck shows: observations, assessment, recommendations.

Every claim carries the ids it rests on (statement ids for a bullet, theme ids for an
assessment point or a recommendation) and whether the check of those ids held. A claim that
did not hold is kept but marked "osäker", so that nothing unsupported is shown as fact.
Counts ("7 av 12 intervjuer") are never part of a drafted text: `breadth_text` is computed.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "UNSUPPORTED",
    "Assessment",
    "AssessmentPoint",
    "Bullet",
    "Drafts",
    "Origin",
    "Recommendation",
    "ThemeDraft",
    "finding_id",
    "finding_theme",
]

UNSUPPORTED = "osäker"
"""How an unsupported claim is labelled wherever it is shown."""


@dataclass(frozen=True)
class Origin:
    """Who wrote a draft: the backend and model, and why the offline draft stood in."""

    backend: str
    model: str = ""
    fallback: bool = False
    fallback_reason: str = ""
    """Swedish, for the consultant: what failed (invalid answers, timeout) and for which part."""
    edited: bool = False
    """The consultant changed it; a re-run keeps it as it is."""


@dataclass(frozen=True)
class Bullet:
    """One supporting point of an observation, with the statements it rests on."""

    text: str
    statement_ids: tuple[str, ...]
    supported: bool = True
    reason: str = ""
    """Why the bullet is unsupported (Swedish); empty when it is supported."""
    similarity: float | None = None
    """The lowest similarity between the bullet and a statement it cites."""
    counterpart: str = ""
    """The finding of the other polarity on the same subject that the line names
    ("Samtidigt lyfts som en styrka att …", `synth.draft.offline.with_counterparts`): its
    statements are that finding's, not this one's. Empty for evidence of its own."""
    beside: bool = False
    """The line tells what was said beside the finding's support in the same exchange: a
    misgiving about a wish (`synth.draft.misgivings`), the answer of the unit the finding
    names (`synth.draft.replies`), a reservation against a strength
    (`synth.draft.reservations`). Its statements are not evidence of the finding either."""

    @property
    def own(self) -> bool:
        """Whether the line is evidence of its finding: not the other side's, nor said
        beside it."""
        return not self.counterpart and not self.beside

    @property
    def display(self) -> str:
        """The bullet as a user sees it: unsupported ones say so."""
        return self.text if self.supported else f"({UNSUPPORTED}) {self.text}"


def finding_id(theme_id: str, number: int) -> str:
    """The id of a theme's `number`th finding: the theme's own id for the first, "T46.2"
    for the next. A theme that holds several subjects gives one finding per subject (see
    `synth.draft.engine.draft_offline`); the dot is in no theme id (those are "T" and a
    number, the consultant's too)."""
    return theme_id if number <= 1 else f"{theme_id}.{number}"


def finding_theme(finding: str) -> str:
    """The theme a finding id belongs to: "T46" of "T46.2" and of "T46"."""
    return finding.split(".", 1)[0]


def finding_number(finding: str) -> int:
    """Which of its theme's findings a finding id is (`finding_id`): 2 of "T46.2", 1 of
    "T46"."""
    number = finding.partition(".")[2]
    return int(number) if number.isdigit() else 1


@dataclass(frozen=True)
class ThemeDraft:
    """An observation (iakttagelse) drafted for one finding of a theme."""

    theme_id: str
    """The finding's id (`finding_id`): its theme's id for the theme's first finding."""
    headline: str
    bullets: tuple[Bullet, ...]
    breadth_text: str
    """From the computed breadth ("nämns i 7 av 12 intervjuer …"), never from a model."""
    quote_ids: tuple[str, ...]
    perspective: str | None
    polarity: str | None
    """The theme's dominant polarity: styrka, svaghet, förslag or neutral."""
    origin: Origin
    support_ids: tuple[str, ...] = ()
    """The theme's statements that say what the headline says, the headline's own first:
    what the finding rests on and what its breadth counts (`synth.draft.support`). Empty:
    the whole theme (a consultant's own headline, or a draft from before it was kept)."""

    @property
    def supported_bullets(self) -> tuple[Bullet, ...]:
        return tuple(b for b in self.bullets if b.supported)

    @property
    def unsupported(self) -> int:
        return sum(1 for b in self.bullets if not b.supported)


@dataclass(frozen=True)
class AssessmentPoint:
    text: str
    theme_ids: tuple[str, ...]
    supported: bool = True
    reason: str = ""
    id: str = ""
    """Given by the store (B1, B2 …); empty before the point is stored."""

    @property
    def display(self) -> str:
        return self.text if self.supported else f"({UNSUPPORTED}) {self.text}"


@dataclass(frozen=True)
class Assessment:
    """The assessment (bedömning) across themes, point by point."""

    points: tuple[AssessmentPoint, ...]
    origin: Origin


@dataclass(frozen=True)
class Recommendation:
    """A recommendation, tied to the observation themes it answers."""

    id: str
    text: str
    theme_ids: tuple[str, ...]
    statement_ids: tuple[str, ...]
    """The proposals (förslag) it was built from, when there are any."""
    origin: Origin
    supported: bool = True
    reason: str = ""

    @property
    def display(self) -> str:
        return self.text if self.supported else f"({UNSUPPORTED}) {self.text}"


@dataclass(frozen=True)
class Drafts:
    """The current drafts of an engagement, in the consultant's theme order."""

    themes: tuple[ThemeDraft, ...]
    assessment: Assessment | None
    recommendations: tuple[Recommendation, ...]

    def theme(self, theme_id: str) -> ThemeDraft | None:
        """The draft of a finding by its id (a theme's first finding: the theme's id)."""
        return next((d for d in self.themes if d.theme_id == theme_id), None)

    def findings(self, theme_id: str) -> tuple[ThemeDraft, ...]:
        """Every finding drafted for a theme, its first first."""
        return tuple(d for d in self.themes if finding_theme(d.theme_id) == theme_id)

    @property
    def empty(self) -> bool:
        return not self.themes and self.assessment is None and not self.recommendations
