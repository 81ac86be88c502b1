"""Lenses: perspective and polarity of each statement, by a model trained on examples.

A lens definition (YAML under version control, editable per engagement) names classes
with a description and example statements. Per lens, a logistic regression is trained on
the embedded examples and descriptions. Its features are

- the sentence embedding itself;
- the similarity to each class: to the centroid of the class's examples and to its
  embedded description (relative to the other classes);
- Swedish cues that carry polarity (`synth.synthesis.cues`): negation ("inte", "aldrig",
  "saknas", "brist på") and praise in its scope, proposal markers ("borde", "behöver",
  "vore bra", "vi måste"), contrast ("bra, men ..." weighs the clause after "men"),
  evaluative words;
- the example words and word pairs, with words in the scope of a negation marked, so
  that "det saknas en väg in" and "vi borde ha en väg in" part ways even where an
  English-trained embedding puts them side by side; a lens about what a statement is
  about (perspective, `words: subject`) reads only the stems of its subject words
  (`cues.subject_features`), not its judgments.

Everything is a pure function over precomputed vectors: `fit_lens` trains on the vectors
of `training_texts(lens)`, `classify` labels statements from their vectors and texts.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from synth.errors import ConfigError
from synth.synthesis.cues import cue_features, subject_features, word_features
from synth.synthesis.workers import later
from synth.validation import validation_problems

__all__ = [
    "HINT_WEIGHT",
    "PERSPECTIVE_LENS",
    "FeatureWeights",
    "Hint",
    "LensClass",
    "LensDefinition",
    "LensModel",
    "LensResult",
    "LensSet",
    "classify",
    "classify_all",
    "classify_later",
    "default_lenses_path",
    "fit_lens",
    "load_lenses",
    "training_texts",
]


# --- the definition file ---------------------------------------------------------------

PERSPECTIVE_LENS = "perspective"
"""The id of the lens that reads a statement's perspective in synth's own lens set (and
in an engagement's own, which must keep the ids)."""


def _distinct(what: str, ids: list[str]) -> None:
    if len(set(ids)) != len(ids):
        raise ValueError(f"{what} förekommer flera gånger: {ids}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeatureWeights(_Strict):
    """How much each feature group weighs against a unit-length embedding, and the
    regularisation of the model; a lens file may set them per lens (`weights:`)."""

    embedding: float = Field(default=1.0, ge=0)
    similarity: float = Field(default=2.0, ge=0)
    cues: float = Field(default=0.6, ge=0)
    lexical: float = Field(default=1.0, ge=0)
    C: float = Field(default=2.0, gt=0)


class LensClass(_Strict):
    id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)
    examples: list[str] = Field(min_length=3)
    labelled: list[str] = Field(default_factory=list)
    """Real statements of this class from the lens set's `labelled` files, added when the
    file is read (`load_lenses`); kept apart from the file's own examples so that a lens
    can weigh them (`LensDefinition.labelled_weight`)."""
    questions: list[str] = Field(default_factory=list)
    """Questions (shell-style patterns, as `[survey] free_text_hints`) whose answers lean
    to this class: "*fungerar mindre bra*" asks for what does not work, so an answer that
    only names something ("Lönehanteringen.", "Vi har haft en tjänst vakant i 14
    månader.") is read as a weakness, as a consultant reads it beside its question
    (`synth.synthesis.engine.question_hints`)."""


class LensDefinition(_Strict):
    id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    classes: list[LensClass] = Field(min_length=2)
    weights: FeatureWeights = FeatureWeights()
    words: Literal["all", "subject"] = "all"
    """The words the lens reads: `all` (with word pairs and negation scope, what polarity
    needs) or `subject`, the stems of what a statement is about (`subject_features`)."""
    labelled_weight: int = Field(default=1, ge=1, le=10)
    """How many of the file's own examples one labelled real statement counts as in
    training: real material written as reports and engagements are written, against
    sentences the team wrote to illustrate a class."""

    @model_validator(mode="after")
    def _distinct_classes(self) -> LensDefinition:
        _distinct("klass-id", [c.id for c in self.classes])
        return self


class LensSet(_Strict):
    name: str = Field(min_length=1)
    labelled: list[str] = Field(default_factory=list)
    """CSV files of real statements labelled per lens (column = lens id), relative to
    the lens file; each row becomes an example of its class when the file is read."""
    lenses: list[LensDefinition] = Field(min_length=1)

    @model_validator(mode="after")
    def _distinct_lenses(self) -> LensSet:
        _distinct("lins-id", [lens.id for lens in self.lenses])
        return self

    def lens(self, lens_id: str) -> LensDefinition:
        for lens in self.lenses:
            if lens.id == lens_id:
                return lens
        raise KeyError(lens_id)


def default_lenses_path() -> Path:
    return Path(str(resources.files("synth") / "data" / "lenses" / "standard.yaml"))


def load_lenses(path: Path) -> LensSet:
    """Read and validate a lens definition; errors name the file and the field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: kan inte läsas som YAML: {exc}") from exc
    try:
        lens_set = LensSet.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {validation_problems(exc)}") from exc
    return _with_labelled(lens_set, path.parent)


def _with_labelled(lens_set: LensSet, folder: Path) -> LensSet:
    """The lens set with the rows of its `labelled` files added to their classes (`labelled`).

    Real statements labelled by hand (or by a consultant's own report) teach the lens how
    the material is written; the examples in the YAML alone are the team's own sentences.
    """
    if not lens_set.labelled:
        return lens_set
    data = lens_set.model_dump()
    classes = {
        lens["id"]: {item["id"]: item for item in lens["classes"]} for lens in data["lenses"]
    }
    for name in lens_set.labelled:
        for text, labels in _labelled_rows(folder / name, classes):
            for lens_id, label in labels.items():
                classes[lens_id][label]["labelled"].append(text)
    return LensSet.model_validate(data)


def _labelled_rows(
    path: Path, classes: dict[str, dict[str, dict[str, Any]]]
) -> list[tuple[str, dict[str, str]]]:
    """(text, {lens id: class}) per row; a blank label leaves the row out of that lens."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = reader.fieldnames or []
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"{path}: kan inte läsas som CSV: {exc}") from exc
    if "text" not in columns:
        raise ConfigError(f"{path}: kolumnen 'text' saknas")
    lens_columns = [c for c in columns if c in classes]
    if not lens_columns:
        raise ConfigError(f"{path}: ingen kolumn heter som en lins ({', '.join(sorted(classes))})")
    found = []
    for number, row in enumerate(rows, start=2):
        text = (row.get("text") or "").strip()
        labels = {c: (row.get(c) or "").strip() for c in lens_columns}
        labels = {c: label for c, label in labels.items() if label}
        for lens_id, label in labels.items():
            if label not in classes[lens_id]:
                raise ConfigError(
                    f"{path}: rad {number}, kolumn {lens_id}: okänd klass {label!r}; "
                    f"linsens klasser är {', '.join(classes[lens_id])}"
                )
        if text and labels:
            found.append((text, labels))
    return found


def training_texts(lens: LensDefinition) -> tuple[list[str], list[str]]:
    """Every description, example and labelled real statement of a lens, with its class
    id; each labelled statement `labelled_weight` times in a row, so that the centroids,
    the words' weights and the model all count it so."""
    texts, labels = [], []
    for item in lens.classes:
        labelled = [text for text in item.labelled for _ in range(lens.labelled_weight)]
        for text in (item.description, *item.examples, *labelled):
            texts.append(text)
            labels.append(item.id)
    return texts, labels


# --- the model -------------------------------------------------------------------------


@dataclass(frozen=True)
class LensResult:
    label: str
    confidence: float


@dataclass(frozen=True)
class LensModel:
    lens_id: str
    labels: tuple[str, ...]
    classifier: LogisticRegression
    vocabulary: TfidfVectorizer
    centroids: np.ndarray
    descriptions: np.ndarray
    weights: FeatureWeights

    def features(
        self,
        vectors: np.ndarray,
        texts: Sequence[str],
        similarities: np.ndarray | None = None,
        cues: np.ndarray | None = None,
    ) -> sparse.csr_matrix:
        """Embedding, class similarities, cues and words of each statement, weighted.

        `cues` are the texts' `cue_features` when the caller has them already (they are
        the same for every lens). Sparse: the words are a column each of the examples'
        vocabulary (some thousands), and a dense copy of 10k statements' rows costs more
        than classifying them."""
        w = self.weights
        if similarities is None:
            similarities = _class_similarities(_unit(vectors), self.centroids, self.descriptions)
        if cues is None:
            cues = cue_features(texts)
        lexical = self.vocabulary.transform(list(texts))
        dense = np.hstack(
            [
                _unit(vectors) * w.embedding,
                similarities * w.similarity,
                cues * w.cues,
            ]
        ).astype(np.float64)
        return sparse.hstack([sparse.csr_matrix(dense), lexical * w.lexical], format="csr")


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def _class_similarities(
    vectors: np.ndarray, centroids: np.ndarray, descriptions: np.ndarray
) -> np.ndarray:
    """Cosine to each class centroid and description, less the row's mean over classes."""
    to_centroids = vectors @ centroids.T
    to_descriptions = vectors @ descriptions.T
    return np.hstack(
        [
            to_centroids - to_centroids.mean(axis=1, keepdims=True),
            to_descriptions - to_descriptions.mean(axis=1, keepdims=True),
        ]
    )


def _training_similarities(
    vectors: np.ndarray,
    y: np.ndarray,
    classes: Sequence[str],
    descriptions: np.ndarray,
    is_description: np.ndarray,
) -> np.ndarray:
    """Similarities of the training rows, each left out of its own class centroid."""
    examples = ~is_description
    sums = np.vstack([vectors[examples & (y == c)].sum(axis=0) for c in classes])
    counts = np.array([np.sum(examples & (y == c)) for c in classes], dtype=np.float64)
    index = {c: k for k, c in enumerate(classes)}
    rows = []
    for i, vector in enumerate(vectors):
        own = index[y[i]]
        held = sums.copy()
        if examples[i] and counts[own] > 1:
            held[own] -= vector
        centroids = _unit(held)
        descs = descriptions.copy()
        if is_description[i]:
            # a description is not compared with itself but with its class's examples
            descs[own] = centroids[own]
        rows.append(_class_similarities(vector[None, :], centroids, descs)[0])
    return np.vstack(rows)


def fit_lens(
    lens: LensDefinition,
    vectors: np.ndarray,
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    weights: FeatureWeights | None = None,
    random_state: int = 0,
) -> LensModel:
    """Train a lens on the vectors of its embedded examples (see `training_texts`).

    Rows whose text is a class description serve as that class's description vector;
    the others form the class centroids. Deterministic for a given `random_state`.
    """
    weights = weights or lens.weights
    classes = [c.id for c in lens.classes]
    y = np.asarray(list(labels))
    unknown = set(y) - set(classes)
    if unknown:
        raise ValueError(f"labels not in lens {lens.id!r}: {sorted(unknown)}")
    unit = _unit(vectors)
    described = {c.id: c.description for c in lens.classes}
    is_description = np.array(
        [described.get(label) == text for text, label in zip(texts, y, strict=True)]
    )
    examples = ~is_description
    centroids = _unit(np.vstack([unit[examples & (y == c)].sum(axis=0) for c in classes]))
    descriptions = np.vstack(
        [
            unit[own][0] if np.any(own := is_description & (y == c)) else centroids[k]
            for k, c in enumerate(classes)
        ]
    )
    model = LensModel(
        lens_id=lens.id,
        labels=tuple(classes),
        classifier=LogisticRegression(
            C=weights.C, max_iter=5000, class_weight="balanced", random_state=random_state
        ),
        # the words of the examples: "borde", "saknas", "fungerar bra" as written
        vocabulary=TfidfVectorizer(
            analyzer=subject_features if lens.words == "subject" else word_features,
            sublinear_tf=True,
        ).fit(list(texts)),
        centroids=centroids,
        descriptions=descriptions,
        weights=weights,
    )
    similarities = _training_similarities(unit, y, classes, descriptions, is_description)
    model.classifier.fit(model.features(unit, texts, similarities), y)
    return model


_BATCH = 4096
Hint = str | tuple[str, ...] | None
"""The lens class, or classes, a statement's context leans to (`classify`)."""
# How much more likely a hinted class is taken to be before the statement is read: enough to
# decide "Stoltheten över det vi gör." under "Vad fungerar bra?", not enough to overrule a
# clear "Egentligen ingenting fungerar." under the same question.
HINT_WEIGHT = 3.0


def classify(
    model: LensModel,
    vectors: np.ndarray,
    texts: Sequence[str],
    hints: Sequence[Hint] | None = None,
    cues: np.ndarray | None = None,
) -> list[LensResult]:
    """The class of each statement, with its probability (in [0, 1]) as confidence.

    `hints` gives per statement the class or classes its context leans to (the question it
    answers: "Konkreta problem, förslag på förbättringar" asks for weaknesses and
    proposals), or None; a hint naming a class of another lens is ignored. `cues`, the
    texts' `cue_features`, spares computing them again for each lens of a set.
    """
    if len(texts) == 0:
        return []
    if len(vectors) != len(texts):
        raise ValueError(f"{len(vectors)} vectors for {len(texts)} texts")
    # in batches: the embedding part of the features is dense, so 100k statements at once
    # would hold gigabytes for what 4k rows do in a few hundred megabytes
    if cues is None:
        cues = cue_features(texts)
    probabilities = np.vstack(
        [
            model.classifier.predict_proba(
                model.features(
                    vectors[start : start + _BATCH],
                    texts[start : start + _BATCH],
                    cues=cues[start : start + _BATCH],
                )
            )
            for start in range(0, len(texts), _BATCH)
        ]
    )
    classes = [str(c) for c in model.classifier.classes_]
    if hints is not None:
        column = {c: k for k, c in enumerate(classes)}
        for i, hint in enumerate(hints):
            hinted = [
                column[c] for c in ((hint,) if isinstance(hint, str) else hint or ()) if c in column
            ]
            if hinted:
                probabilities[i, hinted] *= HINT_WEIGHT
                probabilities[i] /= probabilities[i].sum()
    best = np.argmax(probabilities, axis=1)
    return [
        LensResult(label=classes[b], confidence=float(np.clip(probabilities[i, b], 0.0, 1.0)))
        for i, b in enumerate(best)
    ]


# Statements per worker's share of a large input (see `synth.synthesis.workers`).
_PARALLEL_CHUNK = 8192


def _classify_chunk(
    models: Sequence[LensModel],
    vectors: np.ndarray,
    texts: Sequence[str],
    hints: Sequence[Hint] | None,
) -> dict[str, list[LensResult]]:
    cues = cue_features(texts)  # the same for every lens
    return {m.lens_id: classify(m, vectors, texts, hints, cues) for m in models}


def classify_later(
    models: Sequence[LensModel],
    vectors: np.ndarray,
    texts: Sequence[str],
    hints: Sequence[Hint] | None = None,
) -> Callable[[], dict[str, list[LensResult]]]:
    """`classify_all`, begun now in worker processes where the input is large enough
    (`synth.synthesis.workers`), so that the caller can cluster meanwhile; the function
    returned waits for the result. Below that nothing starts: the function classifies in
    this process when called. The result is the same either way, row for row.
    """
    n = len(texts)
    parts = [
        later(
            n,
            _classify_chunk,
            models,
            vectors[s : s + _PARALLEL_CHUNK],
            list(texts[s : s + _PARALLEL_CHUNK]),
            None if hints is None else list(hints[s : s + _PARALLEL_CHUNK]),
        )
        for s in range(0, n, _PARALLEL_CHUNK)
    ]

    def result() -> dict[str, list[LensResult]]:
        done = [part() for part in parts]
        return {m.lens_id: [r for part in done for r in part[m.lens_id]] for m in models}

    return result


def classify_all(
    models: Sequence[LensModel],
    vectors: np.ndarray,
    texts: Sequence[str],
    hints: Sequence[Hint] | None = None,
) -> dict[str, list[LensResult]]:
    """Every statement through every lens (`classify`), by lens id.

    Large inputs are cut in chunks classified in worker processes, one per core: the
    result is the same as in one process, row for row."""
    return classify_later(models, vectors, texts, hints)()
