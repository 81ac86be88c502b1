"""Themes and lenses for any list of texts, or any CSV, without a workspace (`synth cluster`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from synth.cells import csv_writer
from synth.errors import IngestError
from synth.files import atomic_write
from synth.synthesis.cluster import OUTLIER, cluster
from synth.synthesis.describe import headline, headline_statement, keywords
from synth.synthesis.embed import Embedder, EmbeddingCache, cached_encode
from synth.synthesis.engine import classify_lenses_later, represent_later
from synth.synthesis.lenses import PERSPECTIVE_LENS, default_lenses_path, load_lenses
from synth.synthesis.represent import normalise
from synth.synthesis.themes import OTHER, finding_size, split_by_polarity, theme_id
from synth.synthesis.workers import start
from synth.tables import read_table

__all__ = ["ClusteredTable", "TextTheme", "cluster_csv", "cluster_texts"]


@dataclass(frozen=True)
class TextTheme:
    theme_id: str
    theme_label: str
    perspective: str
    polarity: str
    perspective_confidence: float
    polarity_confidence: float


def cluster_texts(
    texts: Sequence[str],
    embedder: Embedder,
    cache: EmbeddingCache | None = None,
    *,
    lens_cache: EmbeddingCache | None = None,
) -> list[TextTheme]:
    """A theme (id and provisional headline) and the lenses of every text.

    `cache` keeps the texts' vectors; `lens_cache` (default: `cache`) only the vectors of
    the lenses' examples, which are synth's own: a cache in the user's home can spare every
    later run embedding them without keeping any text it was given.
    """
    if not texts:
        return []
    start(len(texts))  # the workers start, and the lexical vectors begin, beside the embedding
    representation = represent_later(texts)
    embeddings = cached_encode(embedder, texts, cache)
    # the lenses classify in worker processes (large inputs) while this one clusters
    pending = classify_lenses_later(
        load_lenses(default_lenses_path()), embedder, lens_cache or cache, texts, embeddings
    )
    vectors = representation(embeddings)
    clusters = cluster(vectors)
    lenses = pending()
    perspective = lenses[PERSPECTIVE_LENS]
    polarity = lenses["polarity"]
    # a theme is a finding of one polarity (synth.synthesis.themes)
    labels = split_by_polarity(clusters, [p for p, _ in polarity], finding_size(len(texts)))
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


@dataclass(frozen=True)
class ClusteredTable:
    rows: int
    themes: int


def cluster_csv(
    source: Path,
    out: Path,
    embedder: Embedder,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    cache: EmbeddingCache | None = None,
    lens_cache: EmbeddingCache | None = None,
) -> ClusteredTable:
    """Write `source` (a CSV or a sheet) to `out` as CSV with a theme and the lenses of
    each row's `text_column` added after its own columns, which are kept as they were.

    `id_column` is only checked to exist: the caller names it to be sure it is kept. The
    CSV is UTF-8 with BOM, formula-like cells neutralised (`synth.cells.csv_writer`), and
    written whole or not at all. A missing column is an `IngestError` naming the file.
    """
    table = read_table(source)
    for column in (text_column, *([id_column] if id_column else [])):
        if column not in table.headers:
            raise IngestError(
                source.name,
                f"kolumnen '{column}' finns inte (finns: {', '.join(table.headers)})",
            )
    results = cluster_texts(
        [row[text_column] for row in table.rows], embedder, cache, lens_cache=lens_cache
    )
    added = [f.name for f in fields(TextTheme)]
    with atomic_write(out, encoding="utf-8-sig", newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow([*table.headers, *added])
        for row, result in zip(table.rows, results, strict=True):
            writer.writerow(
                [*(row[h] for h in table.headers), *(getattr(result, a) for a in added)]
            )
    return ClusteredTable(rows=len(results), themes=len({r.theme_id for r in results}))
