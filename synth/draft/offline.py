"""The offline drafts: extractive, built from the statements themselves with no model at all.

An observation takes its headline from the theme's label (or, when that says too little,
from its most central informative statement) and 2-4 bullets condensed from representative
statements of different sources. Recommendations are built from the statements classified
as proposals (förslag), grouped by the weakness theme each one answers. The assessment
names the most widely heard weaknesses and strengths. Pure functions over records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from synth.draft.condense import (
    capitalise,
    condense,
    headline_text,
    recommendation_text,
    without_opening,
)
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
from synth.text.swedish import tokens

__all__ = [
    "OFFLINE",
    "dominant_polarity",
    "draftable",
    "offline_assessment",
    "offline_recommendations",
    "offline_theme_draft",
]

OFFLINE = "offline"
_BULLET_WORDS = 22
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


def _informative(text: str, keywords: set[str]) -> bool:
    return 3 <= word_count(text) <= 30 and bool(keywords & set(tokens(text)))


def theme_headline(theme: Theme, members: Sequence[Statement]) -> tuple[str, str | None]:
    """The headline and the id of the statement it came from (None: the theme's label).

    A consultant's own label is kept as written. Otherwise the provisional label is used
    when it says something of the theme (names a keyword); failing that, the central
    statement that names most of the theme's keywords.
    """
    if theme.label != theme.auto_label:
        return theme.label, None
    keywords = set(theme.keywords)
    label = theme.label.rstrip(" …")
    if _informative(label, keywords) and not contains_marker(label):
        return headline_text(label), None
    # the sentence (of a central statement) that names most keywords, not its first one
    scored = [
        (len(keywords & set(tokens(sentence))), -rank, sentence, st.id)
        for rank, st in enumerate(st for st in members[:_CANDIDATES] if _readable(st))
        for sentence in (without_opening(s) for s in split_sentences(st.text))
        if 5 <= word_count(sentence) <= 25 and self_contained(sentence)
    ]
    if scored:
        _, _, sentence, sid = max(scored, key=lambda item: (item[0], item[1]))
        return headline_text(sentence), sid
    return headline_text(label), None


def _bullet_groups(
    members: Sequence[Statement], lenses: Mapping[str, LensRecord], dominant: str | None
) -> list[list[Statement]]:
    """Readable members grouped by identical wording, the dominant polarity first, each
    group in the order of centrality."""
    groups: dict[str, list[Statement]] = {}
    for st in members:
        if _readable(st):
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
    """2-4 bullets condensed from representative statements, from different sources first;
    none that only repeats the headline."""
    groups = [
        g
        for g in _bullet_groups(members, lenses, dominant)
        if not headline or _key(headline_text(g[0].text)) != _key(headline)
    ]
    chosen: list[list[Statement]] = []
    sources: set[str] = set()
    texts: set[str] = set()
    for allow_same_source in (False, True):
        for group in groups:
            if len(chosen) == _MAX_BULLETS:
                break
            text = _key(condense(group[0].text, _BULLET_WORDS, keywords=keywords))
            if group in chosen or text in texts:
                continue
            if not allow_same_source and group[0].source_id in sources:
                continue
            chosen.append(group)
            sources.add(group[0].source_id)
            texts.add(text)
    return tuple(
        Bullet(
            text=condense(group[0].text, _BULLET_WORDS, keywords=keywords),
            statement_ids=tuple(st.id for st in group[:_MAX_CITED]),
        )
        for group in chosen
    )


def offline_theme_draft(
    theme: Theme, members: Sequence[Statement], lenses: Mapping[str, LensRecord]
) -> ThemeDraft:
    """The extractive observation of one theme; `members` in the theme's order (centrality)."""
    dominant = dominant_polarity(theme.polarity)
    headline, _ = theme_headline(theme, members)
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
    """Recommendations from the proposals, one per weakness theme they answer.

    A proposal answers its own theme when that is a weakness theme, otherwise the weakness
    theme nearest to it (`vectors`: the statements' sentence vectors). Recommendations heard
    from more sources come first.
    """
    active = [t for t in themes if draftable(t)]
    weak = [t for t in active if dominant_polarity(t.polarity) == "svaghet"]
    by_id = {t.id: t for t in active}
    theme_of = {sid: t.id for t in active for sid in t.statement_ids}
    centroids = {t.id: c for t in weak if (c := _centroid(t.statement_ids, vectors)) is not None}
    weak_ids = {t.id for t in weak}
    groups: dict[str, list[Statement]] = {}
    for sid, lens in sorted(lenses.items()):
        statement = statements.get(sid)
        if lens.polarity != "förslag" or statement is None or not _readable(statement, 4):
            continue
        own = theme_of.get(sid)
        target = own if own in weak_ids else None
        if target is None and centroids and sid in vectors:
            target = max(centroids, key=lambda t: (float(vectors[sid] @ centroids[t]), t))
        if target is None and own in by_id:
            target = own
        if target is not None:
            groups.setdefault(target, []).append(statement)

    def rank(item: tuple[str, list[Statement]]) -> tuple[int, int, str]:
        theme_id, proposals = item
        return (-len({p.source_id for p in proposals}), -_sources(by_id[theme_id]), theme_id)

    result: list[Recommendation] = []
    seen: set[str] = set()
    for theme_id, proposals in sorted(groups.items(), key=rank):
        best = max(
            proposals,
            key=lambda p: (
                sum(1 for q in proposals if _key(q.text) == _key(p.text)),
                lenses[p.id].polarity_confidence,
                p.id,
            ),
        )
        text = recommendation_text(best.text)
        if _key(text) in seen:
            continue
        seen.add(_key(text))
        also = sorted({theme_of[p.id] for p in proposals if theme_of.get(p.id) in weak_ids})
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
