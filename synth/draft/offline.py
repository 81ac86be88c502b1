"""The offline drafts: extractive, built from the statements themselves with no model at all.

An observation takes its headline from the theme's label (or, when that says too little,
from its most central informative statement) and 2-4 bullets condensed from representative
statements of different sources. Recommendations are built from the statements classified
as proposals (förslag), grouped by the weakness theme each one answers. The assessment
names the most widely heard weaknesses and strengths. Pure functions over records.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from synth.draft.condense import (
    capitalise,
    proposes,
    recommendation_text,
    without_opening,
)
from synth.draft.evidence import claim, evidence_line
from synth.draft.schemas import MAX_HEADLINE_WORDS, contains_count
from synth.privacy.pseudonymise import contains_marker
from synth.records import (
    Assessment,
    AssessmentPoint,
    Bullet,
    Origin,
    Recommendation,
    Statement,
    Theme,
    ThemeDraft,
)
from synth.store.themes import LensRecord
from synth.synthesis.describe import self_contained
from synth.synthesis.themes import OTHER
from synth.text.sentences import split_sentences, word_count
from synth.text.swedish import stem, tokens
from synth.text.voice import report_voice, without_spoken_words

__all__ = [
    "OFFLINE",
    "dominant_polarity",
    "draftable",
    "offline_assessment",
    "offline_recommendations",
    "offline_theme_draft",
]

OFFLINE = "offline"
_BULLET_WORDS = 25
_MAX_BULLETS = 4
_MAX_CITED = 5
_CANDIDATES = 12


def draftable(theme: Theme) -> bool:
    """Themes that get an observation: active, included, not Övrigt, with statements."""
    return theme.id != OTHER and theme.status == "active" and theme.include and bool(theme.size)


def dominant_polarity(polarity: Mapping[str, int]) -> str | None:
    """The most frequent polarity, neutral only when nothing else was heard."""
    counts = {k: v for k, v in polarity.items() if k != "neutral" and v} or dict(polarity)
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]


def _readable(statement: Statement, min_words: int = 5) -> bool:
    return (
        self_contained(statement.text)
        and not contains_marker(statement.text)
        and min_words <= word_count(statement.text) <= 80
    )


def _key(text: str) -> str:
    return " ".join(tokens(text)) or text.casefold()


def theme_headline(
    theme: Theme,
    members: Sequence[Statement],
    lenses: Mapping[str, LensRecord] | None = None,
) -> tuple[str, str | None]:
    """The headline and the id of the statement it came from (None: no statement's words).

    A consultant's own label is kept as written. Otherwise the headline is a sentence of a
    central member that agrees with the theme's polarity, in the report's voice
    (`synth.text.voice`): never the speaker's own person, "vi" as "verksamheterna", no
    words of speech, short enough to need no "…", naming most of the theme's keywords, one
    that needs no rewriting first. Failing that, the theme's keywords.
    """
    if theme.label != theme.auto_label:
        return theme.label, None
    keywords = set(theme.keywords)
    dominant = dominant_polarity(theme.polarity)
    agreeing = [
        st
        for st in members
        if lenses is None or dominant is None or _polarity(lenses, st.id) in (dominant, None)
    ]
    scored = []
    for rank, st in enumerate(st for st in agreeing[: 2 * _CANDIDATES] if _readable(st, 4)):
        for sentence in (without_opening(s) for s in split_sentences(st.text)):
            written = _headline_sentence(sentence)
            if written is None:
                continue
            rewritten = _key(written) != _key(without_spoken_words(sentence))
            named = len(keywords & set(tokens(written)))
            scored.append((named, -int(rewritten), -rank, written, st.id))
    if scored:
        _, _, _, written, sid = max(scored, key=lambda item: item[:3])
        return written, sid
    label = _headline_sentence(theme.label.rstrip(" …"))
    if label is not None:
        return label, None
    return capitalise(", ".join(theme.keywords[:3]) or theme.id), None


def _polarity(lenses: Mapping[str, LensRecord], sid: str) -> str | None:
    lens = lenses.get(sid)
    return lens.polarity if lens is not None else None


# A headline must say what it is about: "Det är lite frustrerande" and "Den är tungrodd"
# point back at something said before; "Det finns ingen plan" and "Det är svårt att
# rekrytera" do not.
_POINTING_BACK = re.compile(
    r"^(?:den|detta|dessa|de|dom|där|då|så|här|sen|nu|och|men|fast|eller|det)\b", re.I
)
_STANDS_ALONE = re.compile(r"^det (?:finns|saknas|behövs|krävs|råder|tar för)\b", re.I)


def _headline_sentence(sentence: str) -> str | None:
    """A sentence as a headline in the report's voice, or None where it cannot be one."""
    if not self_contained(sentence) or contains_marker(sentence) or "[" in sentence:
        return None
    voiced = report_voice(sentence.strip().rstrip(".!"))
    # a count in a headline ("1,5 procent", "7 av 12") reads as the finding's breadth
    if voiced is None or contains_count(voiced):
        return None
    if _POINTING_BACK.match(voiced) and not (
        _STANDS_ALONE.match(voiced) or (voiced.casefold().startswith("det ") and " att " in voiced)
    ):
        return None
    # whole, or its first clause when that says enough: never cut mid-phrase with "…"
    for clause in (voiced, re.split(r",\s+|\s+(?:men|och|eftersom|så att)\s+", voiced)[0]):
        clause = clause.strip(" ,;:–-")
        if 4 <= word_count(clause) <= MAX_HEADLINE_WORDS and not _ENDS_OPEN.search(clause):
            return capitalise(clause)
    return None


# A clause that stops where the thought goes on: "… till exempel", "… och".
_ENDS_OPEN = re.compile(r"\b(?:till exempel|t\.ex\.|typ|och|eller|men|som|att|för|med|i|på)$", re.I)


def _bullet_groups(
    members: Sequence[Statement],
    lenses: Mapping[str, LensRecord],
    dominant: str | None,
    min_words: int = 5,
) -> list[list[Statement]]:
    """Readable members grouped by identical wording, the dominant polarity first, each
    group in the order of centrality."""
    groups: dict[str, list[Statement]] = {}
    for st in members:
        if _readable(st, min_words):
            groups.setdefault(_key(st.text), []).append(st)
    ordered = list(groups.values())

    def matches(group: list[Statement]) -> bool:
        lens = lenses.get(group[0].id)
        return dominant is None or (lens is not None and lens.polarity == dominant)

    return [g for g in ordered if matches(g)] + [g for g in ordered if not matches(g)]


def offline_bullets(
    members: Sequence[Statement],
    lenses: Mapping[str, LensRecord],
    dominant: str | None,
    *,
    headline: str = "",
    keywords: Sequence[str] = (),
) -> tuple[Bullet, ...]:
    """2-4 evidence lines in the report's voice (`synth.draft.evidence`) from representative
    statements that agree with the theme's polarity, from different sources first; none
    that only repeats the headline, none about the speaker's own person."""
    groups: list[list[Statement]] = []
    # short survey answers ("Fler skoladministratörer.") only when nothing longer is there
    for min_words in (5, 2):
        groups = _bullet_groups(members, lenses, dominant, min_words)
        agreeing = [g for g in groups if dominant is None or _polarity(lenses, g[0].id) == dominant]
        groups = agreeing or groups
        if groups:
            break
    said = _key(headline) if headline else None
    chosen: list[tuple[list[Statement], str]] = []
    sources: set[str] = set()
    texts: set[str] = set()
    for allow_same_source in (False, True):
        for group in groups:
            if len(chosen) == _MAX_BULLETS:
                break
            if any(group is g for g, _ in chosen):
                continue
            if not allow_same_source and group[0].source_id in sources:
                continue
            line = _evidence(group, keywords, dominant)
            if line is None or _key(line) in texts or (said and said in _key(line)):
                continue
            chosen.append((group, line))
            sources.add(group[0].source_id)
            texts.add(_key(line))
    return tuple(
        Bullet(text=line, statement_ids=tuple(st.id for st in group[:_MAX_CITED]))
        for group, line in chosen
    )


def _evidence(
    group: Sequence[Statement], keywords: Sequence[str], polarity: str | None
) -> str | None:
    """The evidence line of a group of statements with the same words: its sentence that
    names most of the theme's keywords, whole (or its first clause when long)."""
    wanted = set(keywords)
    sentences = [without_opening(s).lstrip("-–•* ") for s in split_sentences(group[0].text)]
    sentences = [s for s in sentences if s and self_contained(s) and not contains_marker(s)]
    if not sentences:
        return None
    sentence = max(sentences, key=lambda s: (len(wanted & set(tokens(s))), -sentences.index(s)))
    if word_count(sentence) > _BULLET_WORDS:
        sentence = re.split(r",\s+|\s+(?:men|och|eftersom)\s+", sentence)[0]
        if word_count(sentence) < 5:
            return None
    first: dict[str, Statement] = {}
    for st in group:
        first.setdefault(st.source_id, st)
    line = evidence_line(sentence, [st.source_type for st in first.values()], polarity)
    # "Upphandling, ja, tyvärr." names a subject and says nothing of it
    if line is None or word_count(claim(line)) < 4:
        return None
    return line


def offline_theme_draft(
    theme: Theme, members: Sequence[Statement], lenses: Mapping[str, LensRecord]
) -> ThemeDraft:
    """The extractive observation of one theme; `members` in the theme's order (centrality)."""
    dominant = dominant_polarity(theme.polarity)
    headline, _ = theme_headline(theme, members, lenses)
    return ThemeDraft(
        theme_id=theme.id,
        headline=headline,
        bullets=offline_bullets(
            members, lenses, dominant, headline=headline, keywords=theme.keywords
        ),
        breadth_text=capitalise(theme.breadth_text),
        quote_ids=theme.quotes,
        perspective=theme.perspective,
        polarity=dominant,
        origin=Origin(OFFLINE),
    )


def _sources(theme: Theme) -> int:
    spread = theme.breadth.get("sources", {})
    return sum(spread.values()) if isinstance(spread, dict) else 0


def _centroid(ids: Sequence[str], vectors: Mapping[str, np.ndarray]) -> np.ndarray | None:
    rows = [vectors[sid] for sid in ids if sid in vectors]
    if not rows:
        return None
    centre = np.mean(rows, axis=0)
    norm = float(np.linalg.norm(centre))
    return centre / norm if norm else None


def offline_recommendations(
    themes: Sequence[Theme],
    statements: Mapping[str, Statement],
    lenses: Mapping[str, LensRecord],
    vectors: Mapping[str, np.ndarray],
    *,
    limit: int = 8,
) -> tuple[Recommendation, ...]:
    """Recommendations from the proposals, one per finding they answer.

    A proposal answers the finding of its own subject: a weakness finding it belongs to;
    for a proposal in a finding of proposals, the weakness finding of the same subject
    (among those sharing a word stem that few findings use, the nearest by `vectors`, the
    statements' sentence vectors), else that finding of proposals itself; for a proposal
    in Övrigt, the nearest weakness finding sharing two such words, else none.
    Recommendations heard from more sources come first.
    """
    active = [t for t in themes if draftable(t)]
    weak = [t for t in active if dominant_polarity(t.polarity) == "svaghet"]
    by_id = {t.id: t for t in active}
    theme_of = {sid: t.id for t in active for sid in t.statement_ids}
    centroids = {t.id: c for t in active if (c := _centroid(t.statement_ids, vectors)) is not None}
    weak_ids = {t.id for t in weak}
    subjects = {t.id: _subject(t) for t in active}
    # a word most findings share ("stöd", "veckor") names no subject; one that two or three
    # share ("digitalisering", "personalgrupper") does
    spread = Counter(word for words in subjects.values() for word in words)
    naming = {word for word, n in spread.items() if n <= max(3, len(active) // 10)}
    answers: dict[str, str | None] = {}

    def answered(words: set[str], near: np.ndarray | None, least: int) -> str | None:
        # among the weaknesses that share a subject word, the nearest in meaning
        scored = [
            (
                float(near @ centroids[w.id]) if near is not None and w.id in centroids else 0.0,
                w.id,
            )
            for w in weak
            if len(words & subjects[w.id] & naming) >= least
        ]
        best = max(scored, default=None)
        return best[1] if best is not None else None

    groups: dict[str, list[Statement]] = {}
    for sid, lens in sorted(lenses.items()):
        statement = statements.get(sid)
        if lens.polarity != "förslag" or statement is None or not _readable(statement, 4):
            continue
        own = theme_of.get(sid)
        if own in weak_ids:
            target: str | None = own
        elif own is not None:
            if own not in answers:
                answers[own] = answered(subjects[own], centroids.get(own), 1)
            target = answers[own] or own
        else:
            words = {stem(w) for w in tokens(statement.text)}
            target = answered(words, vectors.get(sid), 2)
        if target is not None:
            groups.setdefault(target, []).append(statement)

    def rank(item: tuple[str, list[Statement]]) -> tuple[int, int, str]:
        theme_id, proposals = item
        return (-len({p.source_id for p in proposals}), -_sources(by_id[theme_id]), theme_id)

    result: list[Recommendation] = []
    seen: set[str] = set()
    for theme_id, proposals in sorted(groups.items(), key=rank):
        # in the report's voice: a proposal about the speaker's own person is not one
        voiced = {p.id: report_voice(recommendation_text(p.text)) for p in proposals}
        usable = [p for p in proposals if (line := voiced[p.id]) and proposes(line)]
        if not usable:
            continue
        best = max(
            usable,
            key=lambda p: (
                sum(1 for q in proposals if _key(q.text) == _key(p.text)),
                lenses[p.id].polarity_confidence,
                p.id,
            ),
        )
        text = str(voiced[best.id])
        if _key(text) in seen:
            continue
        seen.add(_key(text))
        also = sorted({theme_of[p.id] for p in proposals if theme_of.get(p.id) in by_id})
        cited = [best.id] + [p.id for p in proposals if p.id != best.id]
        result.append(
            Recommendation(
                id=f"R{len(result) + 1}",
                text=text,
                theme_ids=tuple(dict.fromkeys([theme_id, *also]))[:3],
                statement_ids=tuple(cited[:_MAX_CITED]),
                origin=Origin(OFFLINE),
            )
        )
        if len(result) == limit:
            break
    return tuple(result)


def _subject(theme: Theme) -> set[str]:
    """What a finding is about, as word stems: its keywords and its headline's words."""
    return {stem(word) for word in (*theme.keywords, *tokens(theme.label))}


_PERSPECTIVE_PHRASE = {
    "utvecklingssituation": "utvecklingssituationen (krav, ekonomi, demografi, digitalisering)",
    "strukturer": "strukturerna (organisation, processer, styrning, resurser, system)",
    "aktörer": "aktörerna (roller, ledarskap, kultur, förtroende)",
}


def _listing(headlines: Sequence[str]) -> str:
    quoted = [f"”{h.rstrip(' .')}”" for h in headlines]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " och " + quoted[-1]


def offline_assessment(themes: Sequence[Theme], headlines: Mapping[str, str]) -> Assessment:
    """Points across themes: the most widely heard weaknesses and strengths, and the
    perspective most weaknesses concern; each point names the themes it rests on."""
    active = [t for t in themes if draftable(t)]
    by_reach = sorted(active, key=lambda t: (-_sources(t), t.id))
    weak = [t for t in by_reach if dominant_polarity(t.polarity) == "svaghet"]
    strong = [t for t in by_reach if dominant_polarity(t.polarity) == "styrka"]
    points: list[AssessmentPoint] = []

    def heading(t: Theme) -> str:
        return headlines.get(t.id, t.label)

    if weak:
        top = weak[:3]
        points.append(
            AssessmentPoint(
                text="De svagheter som nämns i flest källor gäller "
                f"{_listing([heading(t) for t in top])}.",
                theme_ids=tuple(t.id for t in top),
            )
        )
    if strong:
        top = strong[:2]
        points.append(
            AssessmentPoint(
                text=f"Styrkor att bygga vidare på är {_listing([heading(t) for t in top])}.",
                theme_ids=tuple(t.id for t in top),
            )
        )
    concern = Counter(t.perspective for t in weak if t.perspective in _PERSPECTIVE_PHRASE)
    if concern:
        perspective, _ = max(concern.items(), key=lambda item: (item[1], item[0] or ""))
        ids = tuple(t.id for t in weak if t.perspective == perspective)
        points.append(
            AssessmentPoint(
                text=f"Svagheterna rör framför allt {_PERSPECTIVE_PHRASE[str(perspective)]}.",
                theme_ids=ids,
            )
        )
    return Assessment(points=tuple(points), origin=Origin(OFFLINE))
