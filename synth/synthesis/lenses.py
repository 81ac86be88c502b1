"""Lenses: perspective and polarity of each statement, by a model trained on examples.

A lens definition (YAML under version control, editable per engagement) names classes
with a description and example statements. Per lens, a logistic regression is trained on
the embedded examples and descriptions together with Swedish cues that carry polarity —
negation ("fungerar inte"), proposal markers ("borde", "behöver", "vore bra") and
evaluative words — so that "det saknas en väg in" and "vi borde ha en väg in" part ways
even where an English-trained embedding puts them side by side.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from synth.config import validation_problems
from synth.errors import ConfigError

__all__ = [
    "LensClass",
    "LensDefinition",
    "LensModel",
    "LensResult",
    "LensSet",
    "classify",
    "cue_features",
    "default_lenses_path",
    "fit_lens",
    "load_lenses",
    "training_texts",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LensClass(_Strict):
    id: str
    label: str
    description: str
    examples: list[str] = Field(min_length=3)


class LensDefinition(_Strict):
    id: str
    label: str
    classes: list[LensClass] = Field(min_length=2)


class LensSet(_Strict):
    name: str
    lenses: list[LensDefinition] = Field(min_length=1)

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
        return LensSet.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {validation_problems(exc)}") from exc


_WORD = re.compile(r"[a-zåäöé]+")
_NEGATION = frozenset(
    [
        "inte",
        "ej",
        "aldrig",
        "ingen",
        "inget",
        "inga",
        "saknas",
        "saknar",
        "brist",
        "utan",
        "knappast",
    ]
)
_PROPOSAL = (
    "borde",
    "bör",
    "behöver",
    "behövs",
    "skulle behöva",
    "skulle vilja",
    "önskar",
    "önskemål",
    "vore bra",
    "vore värdefullt",
    "förslag",
    "föreslår",
    "vill ha",
    "inför ",
    "måste få",
    "skulle hjälpa",
    "skulle vara",
)
_POSITIVE = frozenset(
    [
        "bra",
        "fungerar",
        "fungerade",
        "uppskattas",
        "uppskattar",
        "nöjd",
        "nöjda",
        "tydlig",
        "tydligt",
        "snabb",
        "snabbt",
        "pålitlig",
        "pålitligt",
        "stolt",
        "stolta",
        "bättre",
        "gott",
        "goda",
        "värdefull",
        "kunnig",
        "kunniga",
        "trygg",
        "trygga",
        "lyssnar",
        "styrka",
        "enkel",
        "enkelt",
        "smidigt",
        "hjälpsam",
        "förutsägbar",
    ]
)
_NEGATIVE = frozenset(
    [
        "dålig",
        "dåligt",
        "dåliga",
        "svår",
        "svårt",
        "svåra",
        "krånglig",
        "krångligt",
        "långsam",
        "långsamt",
        "problem",
        "otydlig",
        "otydligt",
        "oklart",
        "oklar",
        "dubbelarbete",
        "katastrof",
        "ensam",
        "ensamma",
        "tungrodd",
        "trögt",
        "trög",
        "bollas",
        "fastnar",
        "saknas",
        "brist",
        "sämre",
        "stressigt",
        "överbelastat",
        "splittrat",
        "ligger",
        "efter",
    ]
)
_TOO = re.compile(r"\bför (många|mycket|lite|få|stor|stora|lång|långa|tunga?)\b")


def cue_features(texts: Sequence[str]) -> np.ndarray:
    """Swedish polarity cues, per text: negation, proposals, evaluative words and numbers."""
    rows = []
    for text in texts:
        low = text.casefold()
        words = _WORD.findall(low)
        negations = [i for i, w in enumerate(words) if w in _NEGATION]
        positives = [i for i, w in enumerate(words) if w in _POSITIVE]
        near = sum(1 for p in positives if any(abs(p - n) <= 3 for n in negations))
        rows.append(
            [
                min(len(negations), 3),
                min(sum(1 for cue in _PROPOSAL if cue in low), 3),
                min(len(positives) - near, 3),
                min(near, 3),
                min(sum(1 for w in words if w in _NEGATIVE) + len(_TOO.findall(low)), 3),
                1.0 if low.rstrip().endswith("?") else 0.0,
                min(len(re.findall(r"\d", low)) / 4, 1.0),
                1.0
                if re.match(r"^\s*(vi|jag|man|ni)?\s*(borde|bör|behöver|inför|ge)\b", low)
                else 0.0,
            ]
        )
    return np.asarray(rows, dtype=np.float32)


# How much the cues and the example words weigh against a unit-length embedding; chosen on
# the labelled domain set (bench/quality.py reports the accuracy).
_CUE_SCALE = 0.35
_LEXICAL_SCALE = 1.0


def _words(text: str) -> list[str]:
    words = _WORD.findall(text.casefold())
    return words + [f"{a}_{b}" for a, b in itertools.pairwise(words)]


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

    def features(self, vectors: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        lexical = self.vocabulary.transform(list(texts)).toarray() * _LEXICAL_SCALE
        return np.hstack([vectors, cue_features(texts) * _CUE_SCALE, lexical])


def training_texts(lens: LensDefinition) -> tuple[list[str], list[str]]:
    """Every example and description of a lens, with its class id."""
    texts, labels = [], []
    for item in lens.classes:
        for text in (item.description, *item.examples):
            texts.append(text)
            labels.append(item.id)
    return texts, labels


def fit_lens(
    lens: LensDefinition,
    vectors: np.ndarray,
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    random_state: int = 0,
) -> LensModel:
    """Train a lens on embedded example statements (see `training_texts`)."""
    model = LensModel(
        lens_id=lens.id,
        labels=tuple(c.id for c in lens.classes),
        classifier=LogisticRegression(
            C=4.0, max_iter=3000, class_weight="balanced", random_state=random_state
        ),
        # the words of the examples: "borde", "saknas", "fungerar bra" in Swedish as written
        vocabulary=TfidfVectorizer(analyzer=_words, sublinear_tf=True).fit(list(texts)),
    )
    model.classifier.fit(model.features(vectors, texts), list(labels))
    return model


def classify(model: LensModel, vectors: np.ndarray, texts: Sequence[str]) -> list[LensResult]:
    """The class of each statement with its probability as confidence."""
    if len(texts) == 0:
        return []
    probabilities = model.classifier.predict_proba(model.features(vectors, texts))
    classes = list(model.classifier.classes_)
    best = np.argmax(probabilities, axis=1)
    return [
        LensResult(label=str(classes[b]), confidence=float(probabilities[i, b]))
        for i, b in enumerate(best)
    ]
