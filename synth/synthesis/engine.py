"""The synthesis run: statements in the store -> vectors -> lenses -> themes -> the store.

I/O is here; every step it calls is a pure function that the tests call on their own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from synth.cache import CACHE_FILE
from synth.config import EngagementConfig
from synth.errors import ConfigError
from synth.privacy.roles import RoleGroups
from synth.records import Membership, Progress, SourceType, Statement, dominant_polarity
from synth.store import Store
from synth.store.themes import (
    LensRecord,
    ThemeState,
    ThemeUpdate,
    save_synthesis,
    theme_state,
)
from synth.synthesis.describe import (
    QUOTE_CONFIDENCE,
    breadth,
    headline,
    headline_statement,
    keywords,
    quotes,
)
from synth.synthesis.embed import Embedder, EmbeddingCache, cached_encode
from synth.synthesis.lenses import (
    PERSPECTIVE_LENS,
    Hint,
    LensDefinition,
    LensModel,
    LensSet,
    classify,
    classify_later,
    default_lenses_path,
    fit_lens,
    load_lenses,
    training_texts,
)
from synth.synthesis.represent import combine, lexical_vectors, normalise
from synth.synthesis.themes import OTHER, Assignment, assign_themes
from synth.synthesis.workers import later, start
from synth.tables import match_columns

__all__ = [
    "ChangeReport",
    "LensReader",
    "SynthesisResult",
    "classify_lenses",
    "classify_lenses_later",
    "lens_reader",
    "represent",
    "represent_later",
    "synthesize",
]

# Chosen on ../shared/eval (bench/quality.py): centred blocks, lexical weighted 0.65.
_LEXICAL_WEIGHT = 0.65
_LEXICAL_DIMS = 200


@dataclass(frozen=True)
class ChangeReport:
    """What a run changed, for the consultant: new themes, grown themes, new statements."""

    statements_added: int
    new_themes: list[tuple[str, str, int]]
    grown: list[tuple[str, str, int, list[str]]]
    """(theme id, label, statements added, new source ids)."""
    other: int

    def markdown(self, engagement: str, when: dt.datetime) -> str:
        lines = [f"# Ändringar – {engagement}, {when:%Y-%m-%d %H:%M}", ""]
        lines.append(f"- Nya uttalanden sedan förra körningen: {self.statements_added}")
        lines.append(f"- Uttalanden i Övrigt: {self.other}")
        lines += ["", "## Nya teman", ""]
        lines += [f"- {tid} {label} ({size} uttalanden)" for tid, label, size in self.new_themes]
        if not self.new_themes:
            lines.append("- inga")
        lines += ["", "## Teman som har vuxit", ""]
        lines += [
            f"- {tid} {label}: +{added} uttalanden, från {', '.join(sources)}"
            for tid, label, added, sources in self.grown
        ]
        if not self.grown:
            lines.append("- inga")
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class SynthesisResult:
    statements: int
    themes: int
    report: ChangeReport
    seconds: dict[str, float] = field(default_factory=dict)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def represent(texts: Sequence[str], embeddings: np.ndarray, *, random_state: int = 0) -> np.ndarray:
    """The clustering representation: the sentence model and Swedish lexical vectors."""
    return represent_later(texts, random_state=random_state)(embeddings)


def represent_later(
    texts: Sequence[str], *, random_state: int = 0
) -> Callable[[np.ndarray], np.ndarray]:
    """`represent`, its lexical half begun now: for a large input in a worker process,
    beside the embedding (`synth.synthesis.workers`). Call the result with the texts'
    embeddings."""
    lexical = later(
        len(texts),
        partial(lexical_vectors, dims=_LEXICAL_DIMS, random_state=random_state),
        list(texts),
    )

    def with_embeddings(embeddings: np.ndarray) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, 0), dtype=np.float32)
        return combine(
            [_centred(embeddings), _centred(lexical())], [1 - _LEXICAL_WEIGHT, _LEXICAL_WEIGHT]
        )

    return with_embeddings


def _centred(vectors: np.ndarray) -> np.ndarray:
    """Without their common direction, which in a corpus of one kind says little of topic."""
    return normalise(vectors - vectors.mean(axis=0))


def classify_lenses(
    lens_set: LensSet,
    embedder: Embedder,
    cache: EmbeddingCache | None,
    texts: Sequence[str],
    embeddings: np.ndarray,
    hints: Sequence[Hint] | None = None,
) -> dict[str, list[tuple[str, float]]]:
    """Per lens id, (label, confidence) for every text; see `classify` for `hints`."""
    return classify_lenses_later(lens_set, embedder, cache, texts, embeddings, hints)()


def classify_lenses_later(
    lens_set: LensSet,
    embedder: Embedder,
    cache: EmbeddingCache | None,
    texts: Sequence[str],
    embeddings: np.ndarray,
    hints: Sequence[Hint] | None = None,
) -> Callable[[], dict[str, list[tuple[str, float]]]]:
    """`classify_lenses`, begun in worker processes where the input is large (see
    `lenses.classify_later`): the caller clusters meanwhile and calls the result to wait."""
    models = [_fitted(lens, embedder, cache) for lens in lens_set.lenses]
    pending = classify_later(models, embeddings, texts, hints)

    def result() -> dict[str, list[tuple[str, float]]]:
        return {
            lens_id: [(r.label, r.confidence) for r in rows] for lens_id, rows in pending().items()
        }

    return result


LensReader = Callable[[Sequence[str]], list[tuple[str, float]]]
"""How one lens reads texts: (label, confidence) for each."""


def lens_reader(
    lens_set: LensSet,
    lens_id: str,
    embedder: Embedder,
    cache: EmbeddingCache | None,
    lens_cache: EmbeddingCache | None = None,
) -> LensReader | None:
    """One lens of `lens_set`, trained as the synthesis trains it, as a function of texts
    (a finding's headline, say, which no statement's lens read alone); None where the set
    has no such lens. Trained on first use: a run that reads nothing costs nothing. The
    texts' vectors are kept in `cache`, the engagement's, and the lens examples' in
    `lens_cache` (default `cache`), which may be shared between engagements only where
    the examples are synth's own sentences."""
    lens = next((d for d in lens_set.lenses if d.id == lens_id), None)
    if lens is None:
        return None
    fitted: list[LensModel] = []

    def read(texts: Sequence[str]) -> list[tuple[str, float]]:
        if not texts:
            return []
        if not fitted:
            fitted.append(_fitted(lens, embedder, lens_cache or cache))
        vectors = np.asarray(cached_encode(embedder, list(texts), cache))
        return [(r.label, r.confidence) for r in classify(fitted[0], vectors, list(texts))]

    return read


def _fitted(lens: LensDefinition, embedder: Embedder, cache: EmbeddingCache | None) -> LensModel:
    """The lens trained on its examples, their vectors from the cache when it has them.

    The trained model itself is not cached: it would have to be unpickled, and a cache
    file on a shared drive would then run whatever code someone put in it (`synth.cache`
    holds bytes and text only). Training on cached vectors takes well under a second.
    """
    examples, labels = training_texts(lens)
    return fit_lens(lens, cached_encode(embedder, examples, cache), examples, labels)


def question_hints(
    statements: Sequence[Statement], hints: Mapping[str, str], lens_set: LensSet
) -> list[Hint]:
    """The lens class or classes each statement's question leans to: the engagement's
    (`[survey] free_text_hints`) where one matches, else the lens set's own (each class's
    `questions`: "Vad fungerar mindre bra?", "Så kompetensförsörjningen är en utmaning?").
    An answer that opens with "Nej" takes no lean from its question: "Är rekryteringen
    svår?" answered "Nej, inte för oss" is no weakness."""
    known = {c.id for lens in lens_set.lenses for c in lens.classes}
    unknown = sorted(set(hints.values()) - known)
    if unknown:
        raise ConfigError(
            f"[survey] free_text_hints: okänd klass {', '.join(unknown)}; "
            f"linsernas klasser är {', '.join(sorted(known))}"
        )
    patterns = list(hints.items())
    own = [(c.id, c.questions) for lens in lens_set.lenses for c in lens.classes if c.questions]
    leans: dict[str, Hint] = {}

    def lean(question: str) -> Hint:
        configured = next((cls for p, cls in patterns if match_columns([question], [p])), None)
        if configured is not None:
            return configured
        asked = tuple(cls for cls, said in own if match_columns([question], said))
        return asked or None

    def hint(statement: Statement) -> Hint:
        question = statement.question
        if not question or _DENIED.match(statement.text):
            return None
        if question not in leans:  # a turn's statements and a question's answers share it
            leans[question] = lean(question)
        return leans[question]

    return [hint(st) for st in statements]


_DENIED = re.compile(r"\W*(?:nej|nja|nä|inte (?:direkt|egentligen|riktigt|alls))\b", re.IGNORECASE)


def synthesize(
    config: EngagementConfig,
    store: Store,
    embedder: Embedder,
    *,
    run_id: int | None = None,
    progress: Progress | None = None,
    lenses_path: Path | None = None,
    lens_cache: EmbeddingCache | None = None,
) -> SynthesisResult:
    """Embed, classify and theme every statement in the store, keeping earlier curation.

    `lens_cache` keeps the vectors of the lenses' examples (default: the engagement's
    cache); only for lenses made of synth's own sentences may it be one shared with other
    engagements.
    """
    timings: dict[str, float] = {}
    started = time.perf_counter()
    statements = store.statements()
    texts = [s.text for s in statements]
    cache = EmbeddingCache(config.cache_dir / CACHE_FILE)
    start(len(texts))  # the workers start, and the lexical vectors begin, beside the embedding
    representation = represent_later(texts)
    embeddings = cached_encode(embedder, texts, cache, progress)
    timings["embedding"] = time.perf_counter() - started

    mark = time.perf_counter()
    lens_set = load_lenses(lenses_path or default_lenses_path())
    hints = question_hints(statements, config.survey.free_text_hints, lens_set)
    pending = classify_lenses_later(
        lens_set, embedder, lens_cache or cache, texts, embeddings, hints
    )
    vectors = representation(embeddings)
    state = theme_state(store)
    lens_labels = pending()
    ids = [s.id for s in statements]
    hashes = [_hash(t) for t in texts]
    assignment = assign_themes(
        ids,
        hashes,
        vectors,
        state.memberships,
        merged=state.merged,
        next_number=state.next_number,
        polarities=[label for label, _ in lens_labels["polarity"]]
        if "polarity" in lens_labels
        else None,
        sources=[s.source_id for s in statements],
    )
    lenses = _lens_records(ids, lens_labels)
    groups = RoleGroups.count({s.id: s for s in statements}, config.engagement.anonymity_threshold)
    updates, similarities = _describe(
        statements, vectors, assignment.themes, lenses, store, state, groups
    )
    save_synthesis(
        store,
        run_id,
        lenses=lenses,
        themes=assignment.themes,
        text_hashes=dict(zip(ids, hashes, strict=True)),
        similarities=similarities,
        updates=updates,
    )
    report = _report(statements, state.memberships, assignment, updates)
    timings["rest"] = time.perf_counter() - mark
    return SynthesisResult(
        statements=len(statements),
        themes=sum(1 for u in updates if u.id != OTHER),
        report=report,
        seconds=timings,
    )


def _lens_records(
    ids: Sequence[str], labels: dict[str, list[tuple[str, float]]]
) -> dict[str, LensRecord]:
    perspective = labels.get(PERSPECTIVE_LENS) or [("", 0.0)] * len(ids)
    polarity = labels.get("polarity") or [("", 0.0)] * len(ids)
    return {
        sid: LensRecord(p[0], p[1], q[0], q[1])
        for sid, p, q in zip(ids, perspective, polarity, strict=True)
    }


def _describe(
    statements: Sequence[Statement],
    vectors: np.ndarray,
    themes: dict[str, str],
    lenses: dict[str, LensRecord],
    store: Store,
    state: ThemeState,
    groups: RoleGroups,
) -> tuple[list[ThemeUpdate], dict[str, float]]:
    by_theme: dict[str, list[int]] = {}
    for row, st in enumerate(statements):
        by_theme.setdefault(themes[st.id], []).append(row)
    sources = store.sources()
    source_types: dict[str, SourceType] = {s.id: s.type for s in sources}
    source_sectors = {s.id: s.sector for s in sources}
    words = keywords({t: [statements[r].text for r in rows] for t, rows in by_theme.items()})
    updates: list[ThemeUpdate] = []
    similarities: dict[str, float] = {}
    for theme, rows in sorted(by_theme.items()):
        members = [statements[r] for r in rows]
        centre = normalise(vectors[rows].mean(axis=0, keepdims=True))[0]
        sims = vectors[rows] @ centre
        similarities.update({st.id: float(s) for st, s in zip(members, sims, strict=True)})
        central = members[headline_statement([m.text for m in members], sims, words[theme])]
        spread = breadth(
            members, source_types, groups.told_types(), source_sectors, groups.threshold
        )
        perspectives = Counter(lenses[st.id].perspective for st in members)
        polarity = Counter(lenses[st.id].polarity for st in members)
        # a quote that disagrees with the finding's polarity is not evidence for it, nor one
        # the lens can hardly tell the polarity of
        finding = dominant_polarity(polarity)
        agreeing = [
            k
            for k, st in enumerate(members)
            if lenses[st.id].polarity == finding
            and lenses[st.id].polarity_confidence >= QUOTE_CONFIDENCE
        ]
        updates.append(
            ThemeUpdate(
                id=theme,
                auto_label="Övrigt" if theme == OTHER else headline(central.text),
                perspective=None if theme == OTHER else perspectives.most_common(1)[0][0],
                size=len(members),
                keywords=words.get(theme, []),
                quotes=[]
                if theme == OTHER
                else quotes(
                    [members[k] for k in agreeing],
                    sims[agreeing],
                    rejected=state.rejected_quotes,
                    keywords=words.get(theme, []),
                    shareable=groups.may_quote,
                ),
                polarity=dict(polarity),
                breadth=spread.record(),
            )
        )
    return updates, similarities


def _report(
    statements: Sequence[Statement],
    previous: dict[str, Membership],
    assignment: Assignment,
    updates: Sequence[ThemeUpdate],
) -> ChangeReport:
    labels = {u.id: u.auto_label for u in updates}
    sizes = {u.id: u.size for u in updates}
    source_of = {s.id: s.source_id for s in statements}
    added = [s for s in statements if s.id not in previous]
    grown = [
        (tid, labels.get(tid, tid), len(sids), sorted({source_of[s] for s in sids}))
        for tid, sids in sorted(assignment.joined.items())
    ]
    return ChangeReport(
        statements_added=len(added),
        new_themes=[(t, labels[t], sizes[t]) for t in assignment.new_themes],
        grown=grown,
        other=sizes.get(OTHER, 0),
    )
