"""Themes and lenses for any list of texts, without a workspace (`synth cluster`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from synth.synthesis.cluster import OUTLIER, cluster
from synth.synthesis.describe import headline, headline_statement, keywords
from synth.synthesis.embed import Embedder, EmbeddingCache, cached_encode
from synth.synthesis.engine import classify_lenses, represent
from synth.synthesis.lenses import default_lenses_path, load_lenses
from synth.synthesis.represent import normalise
from synth.synthesis.themes import OTHER, theme_id

__all__ = ["TextTheme", "cluster_texts"]


@dataclass(frozen=True)
class TextTheme:
    theme_id: str
    theme_label: str
    perspective: str
    polarity: str
    perspective_confidence: float
    polarity_confidence: float


def cluster_texts(
    texts: Sequence[str], embedder: Embedder, cache: EmbeddingCache | None = None
) -> list[TextTheme]:
    """A theme (id and provisional headline) and the lenses of every text."""
    if not texts:
        return []
    embeddings = cached_encode(embedder, texts, cache)
    vectors = represent(texts, embeddings)
    labels = cluster(vectors)
    names: dict[int, tuple[str, str]] = {OUTLIER: (OTHER, "Övrigt")}
    members = {
        int(label): [int(r) for r in np.flatnonzero(labels == label)]
        for label in sorted(set(labels.tolist()) - {OUTLIER})
    }
    words = keywords({str(label): [texts[r] for r in rows] for label, rows in members.items()})
    for label, rows in members.items():
        centre = normalise(vectors[rows].mean(axis=0, keepdims=True))[0]
        similarity = vectors[rows] @ centre
        best = headline_statement([texts[r] for r in rows], similarity, words[str(label)])
        names[label] = (theme_id(label + 1), headline(texts[rows[best]]))
    lenses = classify_lenses(load_lenses(default_lenses_path()), embedder, cache, texts, embeddings)
    perspective = lenses["perspective"]
    polarity = lenses["polarity"]
    return [
        TextTheme(
            theme_id=names[int(label)][0],
            theme_label=names[int(label)][1],
            perspective=perspective[i][0],
            polarity=polarity[i][0],
            perspective_confidence=round(perspective[i][1], 3),
            polarity_confidence=round(polarity[i][1], 3),
        )
        for i, label in enumerate(labels)
    ]
