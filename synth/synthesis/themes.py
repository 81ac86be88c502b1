"""Stable themes: which theme each statement belongs to, run after run.

Theme ids never change. On a re-run a statement keeps the theme it had (a consultant's
move is pinned and never undone); new statements join an existing theme when they are at
least as close to it as its own members typically are; the rest are clustered into new
themes, and what fits nowhere goes to Övrigt. Themes are never renumbered or dissolved.

A theme is a finding: one subject heard with one polarity. "HR-stödet är snabbt och
kunnigt" and "HR har för få konsulter" share a subject but are two findings, so a cluster
is split by the statements' polarity, and a newcomer joins only a theme of its own
polarity. A statement whose polarity disagrees with its cluster is not evidence for it:
where too few share that polarity to stand as a finding of their own, it goes to Övrigt.
So does a new cluster heard from one source only: that is an anecdote, not a finding.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from synth.records import Membership
from synth.synthesis.cluster import OUTLIER, centroids, cluster

__all__ = [
    "OTHER",
    "Assignment",
    "assign_themes",
    "finding_size",
    "split_by_polarity",
    "theme_id",
]

OTHER = "ÖVRIGT"
_JOIN_PERCENTILE = 10
_JOIN_BOUNDS = (0.30, 0.85)


def theme_id(number: int) -> str:
    return f"T{number:02d}"


@dataclass(frozen=True)
class Assignment:
    themes: dict[str, str]
    """statement id -> theme id (OTHER for Övrigt)."""
    new_themes: list[str]
    joined: dict[str, list[str]]
    """existing theme id -> the statements that joined it in this run."""
    threshold: float | None


def _join_threshold(
    vectors: np.ndarray, labels: np.ndarray, centres: Mapping[int, np.ndarray]
) -> float | None:
    """How close a newcomer must be: the 10th percentile of members' own similarity."""
    sims = [
        float(vectors[i] @ centres[int(label)])
        for i, label in enumerate(labels)
        if int(label) in centres
    ]
    if not sims:
        return None
    low, high = _JOIN_BOUNDS
    return float(np.clip(np.percentile(sims, _JOIN_PERCENTILE), low, high))


def finding_size(statements: int) -> int:
    """The fewest statements a finding split off by polarity rests on: two on a small
    engagement (two sources that agree are a finding), more as the material grows, so that
    a few hundred interview turns give a few dozen findings rather than a hundred."""
    return max(2, round(math.sqrt(statements) / 5))


def split_by_polarity(
    labels: np.ndarray, polarities: Sequence[str], min_theme_size: int
) -> np.ndarray:
    """Cluster labels where each cluster holds one polarity.

    The part of a cluster with another polarity becomes a cluster of its own when it has
    `min_theme_size` members; a smaller part goes to OUTLIER. New labels follow the
    largest existing one; OUTLIER stays.
    """
    labels = np.asarray(labels).copy()
    if len(polarities) != len(labels):
        raise ValueError(f"{len(polarities)} polarities for {len(labels)} statements")
    following = int(labels.max()) + 1 if len(labels) else 0
    for label in sorted(set(labels.tolist()) - {OUTLIER}):
        parts: dict[str, list[int]] = {}
        for row in np.flatnonzero(labels == label).tolist():
            parts.setdefault(polarities[row], []).append(row)
        # the largest part keeps the cluster's label (ties: the first polarity by name)
        ordered = sorted(parts.items(), key=lambda item: (-len(item[1]), item[0]))
        for _, part in ordered[1:]:
            if len(part) >= min_theme_size:
                labels[part] = following
                following += 1
            else:
                labels[part] = OUTLIER
        if len(ordered[0][1]) < min_theme_size:
            labels[ordered[0][1]] = OUTLIER
    return labels


def assign_themes(
    statement_ids: Sequence[str],
    text_hashes: Sequence[str],
    vectors: np.ndarray,
    previous: Mapping[str, Membership],
    *,
    merged: Mapping[str, str],
    next_number: int,
    polarities: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    random_state: int = 0,
    min_theme_size: int = 3,
) -> Assignment:
    """Theme of every statement, keeping earlier assignments and curation.

    With `polarities` (one per statement), themes are findings of one polarity each (see
    the module's docstring); without, they are clusters by subject alone. With `sources`
    (the source id of each statement), a new theme needs statements from two sources.
    """
    themes: dict[str, str] = {}
    pool: list[int] = []
    other: list[int] = []
    for row, (sid, text_hash) in enumerate(zip(statement_ids, text_hashes, strict=True)):
        before = previous.get(sid)
        if before is None or before.text_hash != text_hash:
            pool.append(row)
            continue
        target = before.theme_id
        while target in merged:  # a merge stays merged
            target = merged[target]
        if target == OTHER and not before.pinned:
            other.append(row)
        themes[sid] = target
    if pool:
        # with new statements, Övrigt gets another chance to join or form a theme; without
        # them a re-run changes nothing
        for row in other:
            del themes[statement_ids[row]]
        pool += other
    existing = sorted({t for t in themes.values() if t != OTHER})
    index = {t: i for i, t in enumerate(existing)}
    kept_rows = [r for r, sid in enumerate(statement_ids) if themes.get(sid) in index]
    joined: dict[str, list[str]] = {}
    threshold = None
    if kept_rows and pool:
        labels = np.array([index[themes[statement_ids[r]]] for r in kept_rows])
        centres = centroids(vectors[kept_rows], labels)
        threshold = _join_threshold(vectors[kept_rows], labels, centres)
        matrix = np.vstack([centres[i] for i in range(len(existing))])
        scores = vectors[pool] @ matrix.T
        if polarities is not None:
            scores = np.where(_same_polarity(pool, kept_rows, labels, polarities), scores, -np.inf)
        best = np.argmax(scores, axis=1)
        rest = []
        for pos, row in enumerate(pool):
            if threshold is not None and scores[pos, best[pos]] >= threshold:
                target = existing[int(best[pos])]
                themes[statement_ids[row]] = target
                joined.setdefault(target, []).append(statement_ids[row])
            else:
                rest.append(row)
        pool = rest
    new_themes: list[str] = []
    if pool:
        labels = cluster(vectors[pool], random_state=random_state, min_theme_size=min_theme_size)
        if polarities is not None:
            labels = split_by_polarity(
                labels, [polarities[r] for r in pool], finding_size(len(statement_ids))
            )
        if sources is not None:
            labels = _heard_twice(labels, [sources[r] for r in pool])
        numbers: dict[int, str] = {}
        for row, label in zip(pool, labels, strict=True):
            if label == OUTLIER:
                themes[statement_ids[row]] = OTHER
                continue
            if int(label) not in numbers:
                numbers[int(label)] = theme_id(next_number + len(numbers))
                new_themes.append(numbers[int(label)])
            themes[statement_ids[row]] = numbers[int(label)]
    return Assignment(themes=themes, new_themes=new_themes, joined=joined, threshold=threshold)


def _same_polarity(
    pool: Sequence[int], kept_rows: Sequence[int], labels: np.ndarray, polarities: Sequence[str]
) -> np.ndarray:
    """(newcomer, theme) pairs where the theme's most common polarity is the newcomer's."""
    counts: dict[int, dict[str, int]] = {}
    for row, label in zip(kept_rows, labels, strict=True):
        tally = counts.setdefault(int(label), {})
        tally[polarities[row]] = tally.get(polarities[row], 0) + 1
    theme_polarity = [
        min(counts[k].items(), key=lambda item: (-item[1], item[0]))[0] for k in range(len(counts))
    ]
    return np.array([[polarities[row] == p for p in theme_polarity] for row in pool], dtype=bool)


def _heard_twice(labels: np.ndarray, sources: Sequence[str]) -> np.ndarray:
    """Cluster labels where a cluster whose statements all come from one source is OUTLIER."""
    labels = np.asarray(labels).copy()
    for label in sorted(set(labels.tolist()) - {OUTLIER}):
        rows = np.flatnonzero(labels == label).tolist()
        if len({sources[r] for r in rows}) < 2:
            labels[rows] = OUTLIER
    return labels
