"""Themes and lenses for any list of texts, without a workspace (`synth cluster`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from synth.privacy.pseudonymise import contains_marker
from synth.synthesis.cluster import OUTLIER, cluster
from synth.synthesis.describe import headline, self_contained
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
    for label in sorted(set(labels.tolist()) - {OUTLIER}):
        rows = np.flatnonzero(labels == label)
        centre = normalise(vectors[rows].mean(axis=0, keepdims=True))[0]
        order = rows[np.argsort(-(vectors[rows] @ centre), kind="stable")]
        readable = [
            r for r in order if self_contained(texts[r]) and not contains_marker(texts[r])
        ] or list(order)
        names[int(label)] = (theme_id(int(label) + 1), headline(texts[readable[0]]))
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
