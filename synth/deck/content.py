"""What the deck says, as typed records, and the builder that makes them from the themes.

The slides are drawn from a `DeckContent` only. An observation's headline, bullets and
quotes come from `observations_from_themes`: the theme's headline, its central statements
condensed to their first sentence as bullets, and its accepted quotes. When drafted
observations and recommendations exist, a builder that returns the same records from the
drafts replaces that one function; nothing else changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from synth.deck.survey import LikertChart
from synth.ingest.sentences import split_sentences, word_count
from synth.privacy.pseudonymise import contains_marker
from synth.records import Source, SourceType, Statement, Theme
from synth.synthesis.describe import self_contained
from synth.synthesis.swedish import tokens
from synth.synthesis.themes import OTHER

__all__ = [
    "PERSPECTIVES",
    "Bullet",
    "DeckContent",
    "Fieldwork",
    "Observation",
    "Quote",
    "Recommendation",
    "fieldwork",
    "leaning",
    "observations_from_themes",
    "reach",
]

PERSPECTIVES: dict[str, tuple[str, str]] = {
    # perspective -> (heading in the summary, slide title of its observations)
    "utvecklingssituation": ("Utvecklingssituationen", "Iakttagelser om utvecklingssituationen"),
    "strukturer": ("Strukturen", "Iakttagelser om strukturen"),
    "aktörer": ("Aktörerna", "Iakttagelser om aktörerna"),
}
_BULLETS = (2, 3)
_BULLET_WORDS = (6, 24)
_QUOTES = 2


@dataclass(frozen=True)
class Bullet:
    text: str
    statement_ids: tuple[str, ...] = ()
    """The statements the bullet rests on; empty marks an unsupported bullet in the notes."""


@dataclass(frozen=True)
class Quote:
    text: str
    statement_id: str
    source_id: str


@dataclass(frozen=True)
class Observation:
    """One theme as the deck shows it."""

    theme_id: str
    perspective: str
    leaning: str | None
    """styrka, svaghet or None: where the theme goes on the strengths/weaknesses slide."""
    headline: str
    bullets: tuple[Bullet, ...]
    quotes: tuple[Quote, ...]
    breadth: str
    """ "Nämns i 7 av 12 intervjuer och 31 enkätsvar"."""
    statement_ids: tuple[str, ...]
    source_ids: tuple[str, ...]
    reach: str = ""
    """The breadth in short, for lists: "7/12 intervjuer · 31 enkätsvar"."""


@dataclass(frozen=True)
class Recommendation:
    text: str
    answers: tuple[str, ...]
    """Theme ids of the observations the recommendation answers."""
    statement_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fieldwork:
    """How the engagement was carried out, counted from the store."""

    interviews: int
    group_interviews: int
    workshops: int
    survey_responses: int
    survey_recipients: int | None
    statements: int
    interview_dates: tuple[dt.date, dt.date] | None = None
    """The first and the last interview or group interview, from the interview log."""

    @property
    def response_rate(self) -> float | None:
        if not self.survey_recipients:
            return None
        return self.survey_responses / self.survey_recipients


@dataclass(frozen=True)
class DeckContent:
    client: str
    commission: str
    date: dt.date
    fieldwork: Fieldwork
    observations: tuple[Observation, ...]
    """Included themes, in the consultant's order."""
    charts: tuple[LikertChart, ...] = ()
    """Survey charts, in slide order."""
    recommendations: tuple[Recommendation, ...] = ()
    anonymity_threshold: int = 5


def fieldwork(
    sources_by_type: Mapping[str, int],
    statements: int,
    recipients: int | None,
    sources: Sequence[Source] = (),
) -> Fieldwork:
    """The counts of `Store.status()` grouped as the deck reports them."""
    dates = sorted(s.date for s in sources if s.type.is_interview and s.date is not None)

    def count(*kinds: SourceType) -> int:
        return sum(int(sources_by_type.get(kind.value, 0)) for kind in kinds)

    return Fieldwork(
        interviews=count(SourceType.INTERVJU),
        group_interviews=count(SourceType.GRUPPINTERVJU, SourceType.FOKUSGRUPP),
        workshops=count(SourceType.WORKSHOP),
        survey_responses=count(SourceType.ENKAT),
        survey_recipients=recipients,
        statements=statements,
        interview_dates=(dates[0], dates[-1]) if dates else None,
    )


def leaning(polarity: Mapping[str, int]) -> str | None:
    """styrka or svaghet, whichever of the two the theme's statements say more often."""
    strong, weak = polarity.get("styrka", 0), polarity.get("svaghet", 0)
    if strong == weak:
        return None
    return "styrka" if strong > weak else "svaghet"


def presentable(theme: Theme) -> bool:
    """Whether a theme appears in the deck: included, active, placed in a perspective."""
    return (
        theme.include
        and theme.status == "active"
        and theme.id != OTHER
        and theme.merged_into is None
        and theme.size > 0
        and theme.perspective in PERSPECTIVES
    )


def observations_from_themes(
    themes: Sequence[Theme], statements: Mapping[str, Statement]
) -> tuple[Observation, ...]:
    """The offline observations: one per presentable theme, in the themes' order."""
    return tuple(_observation(theme, statements) for theme in themes if presentable(theme))


def _observation(theme: Theme, statements: Mapping[str, Statement]) -> Observation:
    members = [statements[sid] for sid in theme.statement_ids if sid in statements]
    quotes = _quotes(theme, statements)
    used = {q.statement_id for q in quotes}
    said = [theme.label, *(_first_sentence(q.text) for q in quotes)]
    bullets = _bullets(said, theme.keywords, [m for m in members if m.id not in used])
    breadth = theme.breadth_text
    return Observation(
        theme_id=theme.id,
        perspective=str(theme.perspective),
        leaning=leaning(theme.polarity),
        headline=theme.label,
        bullets=bullets,
        quotes=tuple(quotes),
        breadth=breadth[:1].upper() + breadth[1:],
        statement_ids=tuple(m.id for m in members),
        source_ids=tuple(sorted({m.source_id for m in members})),
        reach=reach(theme.breadth),
    )


def reach(breadth: Mapping[str, object]) -> str:
    """ "5/9 intervjuer · 3/3 grupper · 34 enkätsvar" from a theme's stored breadth."""
    sources = breadth.get("sources") or {}
    totals = breadth.get("totals") or {}
    if not isinstance(sources, Mapping) or not isinstance(totals, Mapping):
        return ""
    parts = []
    if totals.get("intervju"):
        parts.append(f"{sources.get('intervju', 0)}/{totals['intervju']} intervjuer")
    if totals.get("grupp"):
        parts.append(f"{sources.get('grupp', 0)}/{totals['grupp']} grupper")
    if sources.get("enkät"):
        parts.append(f"{sources['enkät']} enkätsvar")
    return " · ".join(parts)


def _quotes(theme: Theme, statements: Mapping[str, Statement]) -> list[Quote]:
    """Up to two of the theme's quotes, each saying something new.

    A provisional headline is often a quote's own first words: such a quote is used only
    when no other is left, and only if it goes on beyond the headline. The same words said
    twice (an interview and a survey answer) are quoted once.
    """
    headline = _key(theme.label.removesuffix("…"))
    candidates = [statements[sid] for sid in theme.quotes if sid in statements]
    fresh = [s for s in candidates if not _key(s.text).startswith(headline)]
    extending = [s for s in candidates if s not in fresh and not _repeats(headline, s.text)]
    chosen: list[Statement] = []
    for quoted in fresh or extending:
        if len(chosen) < _QUOTES and all(_key(q.text) != _key(quoted.text) for q in chosen):
            chosen.append(quoted)
    return [Quote(text=q.text, statement_id=q.id, source_id=q.source_id) for q in chosen]


def _first_sentence(text: str) -> str:
    sentences = split_sentences(text)
    return sentences[0].strip() if sentences else text.strip()


def _bullets(
    said: Sequence[str], keywords: Sequence[str], members: Sequence[Statement]
) -> tuple[Bullet, ...]:
    """Central statements (members come most central first) condensed to a first sentence:
    readable on their own, naming one of the theme's keywords, no marker of removed data or
    transcriber's note ("[skratt]"), not what the headline or a quote already says, from
    different sources first."""
    low, high = _BULLET_WORDS
    seen = {_key(text) for text in said}
    words = set(keywords)
    candidates: list[tuple[str, Statement]] = []
    for member in members:
        sentence = _first_sentence(member.text)
        if (
            low <= word_count(sentence) <= high
            and self_contained(sentence)
            and "[" not in sentence
            and not contains_marker(sentence)
            and _key(sentence) not in seen
            and (not words or bool(words & set(tokens(sentence))))
        ):
            seen.add(_key(sentence))
            candidates.append((sentence, member))
    chosen: list[tuple[str, Statement]] = []
    sources: set[str] = set()
    for distinct_only in (True, False):
        for sentence, member in candidates:
            if len(chosen) == _BULLETS[1]:
                break
            if (sentence, member) in chosen or (distinct_only and member.source_id in sources):
                continue
            chosen.append((sentence, member))
            sources.add(member.source_id)
    order = {m.id: i for i, m in enumerate(members)}
    chosen.sort(key=lambda pair: order[pair[1].id])
    return tuple(Bullet(text=_sentence_case(s), statement_ids=(m.id,)) for s, m in chosen)


def _repeats(headline: str, text: str) -> bool:
    """Whether a quote only repeats the headline: its words and at most three more."""
    key = _key(text)
    return key.startswith(headline) and len(key.split()) - len(headline.split()) < 4


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".!… ")


def _sentence_case(text: str) -> str:
    # a spoken list ("- HR-konsulten - lönekontoret") leaves a dash in front
    text = text.lstrip("-–—•* ").replace('"', "\u201d")  # Swedish quotation marks
    return text[:1].upper() + text[1:]
