"""Stable themes: which theme each statement belongs to, run after run.

Theme ids never change. On a re-run a statement keeps the theme it had (a consultant's
move is pinned and never undone); new statements join an existing theme when they are at
least as close to it as its own members typically are; the rest are clustered into new
themes, and what fits nowhere goes to Övrigt. Themes are never renumbered or dissolved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from synth.records import Membership
from synth.synthesis.cluster import OUTLIER, centroids, cluster

__all__ = ["OTHER", "Assignment", "assign_themes", "theme_id"]

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


def assign_themes(
    statement_ids: Sequence[str],
    text_hashes: Sequence[str],
    vectors: np.ndarray,
    previous: Mapping[str, Membership],
    *,
    merged: Mapping[str, str],
    next_number: int,
    random_state: int = 0,
    min_theme_size: int = 3,
) -> Assignment:
    """Theme of every statement, keeping earlier assignments and curation."""
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
