"""Clustering statement vectors into themes, with the number of themes chosen from the data.

Scales to 100 000 statements on two cores: above a few thousand rows the vectors are first
summarised by MiniBatchKMeans micro-clusters, and only their centroids go into the
agglomerative step, so no n x n matrix is ever built. The number of themes is the cut of
the Ward tree with the best silhouette, measured on a sample.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import MiniBatchKMeans
from sklearn.metrics import silhouette_score
from sklearn.metrics.pairwise import cosine_distances

__all__ = ["OUTLIER", "assign_to_existing", "centroids", "choose_k", "cluster"]

OUTLIER = -1
_DIRECT_LIMIT = 3000
_SAMPLE = 4000


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def _micro(vectors: np.ndarray, random_state: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(centroids, sizes, assignment of each row) of about 2·sqrt(n) micro-clusters.

    Their cost grows with their count; 2·sqrt(n) (632 at 100k, each of about 160 rows)
    is still ten times the most themes the tree is cut into, and on synthetic statements
    of known subjects it clustered as well as 4·sqrt(n) in two thirds of the time."""
    n = vectors.shape[0]
    if n <= _DIRECT_LIMIT:
        return vectors, np.ones(n), np.arange(n)
    count = min(n, max(200, int(2 * np.sqrt(n))))
    # float64: on float32 input scikit-learn computes each distance of k-means++ seeding
    # in float64 chunks it converts anew every time, which doubled the 100k run's clustering
    model = MiniBatchKMeans(
        n_clusters=count, batch_size=4096, n_init=1, random_state=random_state, max_iter=50
    ).fit(vectors.astype(np.float64))
    assignment = model.labels_
    sizes = np.bincount(assignment, minlength=count).astype(float)
    keep = sizes > 0
    remap = -np.ones(count, dtype=int)
    remap[keep] = np.arange(int(keep.sum()))
    return _unit(model.cluster_centers_[keep]), sizes[keep], remap[assignment]


def choose_k(
    tree: np.ndarray,
    points: np.ndarray,
    *,
    k_min: int,
    k_max: int,
    random_state: int,
) -> int:
    """The cut of the tree with the highest cosine silhouette (on a sample of `points`)."""
    rng = np.random.default_rng(random_state)
    sample = (
        rng.choice(points.shape[0], _SAMPLE, replace=False)
        if points.shape[0] > _SAMPLE
        else np.arange(points.shape[0])
    )
    return _best_silhouette(
        points,
        sample,
        range(k_min, k_max + 1),
        lambda k: fcluster(tree, k, criterion="maxclust"),
        default=k_min,
    )


def _best_silhouette(
    points: np.ndarray,
    sample: np.ndarray,
    ks: range,
    labels_for: Callable[[int], np.ndarray],
    *,
    default: int,
) -> int:
    """The k of `ks` whose labels (`labels_for(k)`, one per row of `points`) have the highest
    cosine silhouette on the `sample` rows; `default` when none splits the sample."""
    best_k, best_score = default, -np.inf
    # the sample's distances once, not once per k: at 3,000 texts they were two thirds of
    # the choice of k (2.7 of 4.0 s, for 33 values of k)
    distances = cosine_distances(points[sample])
    for k in ks:
        labels = labels_for(k)
        if len(np.unique(labels[sample])) < 2:
            continue
        score = silhouette_score(distances, labels[sample], metric="precomputed")
        if score > best_score:
            best_k, best_score = k, score
    return best_k


def cluster(
    vectors: np.ndarray,
    *,
    random_state: int = 0,
    k: int | None = None,
    k_min: int | None = None,
    k_max: int | None = None,
    min_theme_size: int = 3,
    outlier_similarity: float = 0.15,
) -> np.ndarray:
    """Theme labels 0..k-1 for each row; OUTLIER (-1) for rows that fit no theme.

    `k` fixes the number of themes; otherwise it is chosen between `k_min` (default
    sqrt(n)/5, at most 8: the silhouette alone favours a handful of broad themes on diffuse
    text) and
    `k_max` (default about sqrt(n/2), at most 60). A row whose cosine to its theme centroid is
    below `outlier_similarity`, or whose theme is smaller than `min_theme_size`, is an outlier.
    """
    n = vectors.shape[0]
    if n == 0:
        return np.zeros(0, dtype=int)
    if n < max(2 * min_theme_size, 3):
        return _single_theme(_unit(vectors.astype(np.float32)), min_theme_size)
    k_min = k_min or max(2, min(8, int(np.sqrt(n) / 5)))
    points = _unit(vectors.astype(np.float32))
    centres, _sizes, assignment = _micro(points, random_state)
    tree = linkage(centres.astype(np.float64), method="ward")
    upper = min(centres.shape[0] - 1, k_max or max(k_min + 1, min(60, int(np.sqrt(n / 2)) + 2)))
    if k is None:
        # the silhouette is judged on the rows, each micro-cluster weighed by its size
        k = choose_k(tree, centres, k_min=k_min, k_max=max(k_min, upper), random_state=random_state)
        if centres.shape[0] != n:
            k = _refine_k_on_rows(tree, points, assignment, k, k_min, upper, random_state)
    top = fcluster(tree, min(k, centres.shape[0]), criterion="maxclust") - 1
    labels = _polish(points, top[assignment])
    labels = _split_oversized(points, labels, random_state, min_theme_size)
    return _outliers(points, labels, min_theme_size, outlier_similarity)


_COHERENT = 0.5


def _single_theme(points: np.ndarray, min_size: int) -> np.ndarray:
    """Too few rows to split: one theme of the rows close to their mean, if enough are."""
    centre = _unit(points.mean(axis=0, keepdims=True))[0]
    close = points @ centre >= _COHERENT
    if close.sum() >= min_size:
        return np.where(close, 0, OUTLIER)
    return np.full(points.shape[0], OUTLIER)


def _split_oversized(
    points: np.ndarray, labels: np.ndarray, random_state: int, min_size: int
) -> np.ndarray:
    """Cluster again, on its own, a theme far bigger than the others.

    Long, many-sided interview answers tend to gather in one broad cluster whose members
    share a way of speaking more than a subject; seen alone, its subjects separate.
    """
    sizes = np.bincount(labels)
    limit = max(4 * float(np.median(sizes)), points.shape[0] / 8, 4 * min_size)
    next_label = int(labels.max()) + 1
    for label in np.flatnonzero(sizes > limit):
        rows = np.flatnonzero(labels == label)
        local = _unit(points[rows] - points[rows].mean(axis=0))
        # at 100k rows one theme can hold 20k+: it too goes through micro-clusters, since
        # Ward on its rows would build a condensed n x n matrix (20k rows: 1.5 GB, 80 s)
        centres, _sizes, assignment = _micro(local, random_state)
        tree = linkage(centres.astype(np.float64), method="ward")
        k_max = min(8, len(rows) // min_size)
        k = choose_k(tree, centres, k_min=2, k_max=k_max, random_state=random_state)
        if centres.shape[0] != len(rows):
            k = _refine_k_on_rows(tree, local, assignment, k, 2, k_max, random_state)
        parts = _polish(local, (fcluster(tree, k, criterion="maxclust") - 1)[assignment])
        for part in np.unique(parts)[1:]:
            labels[rows[parts == part]] = next_label
            next_label += 1
    return labels


def _refine_k_on_rows(
    tree: np.ndarray,
    points: np.ndarray,
    assignment: np.ndarray,
    guess: int,
    k_min: int,
    upper: int,
    random_state: int,
) -> int:
    rng = np.random.default_rng(random_state)
    sample = rng.choice(points.shape[0], min(_SAMPLE, points.shape[0]), replace=False)
    return _best_silhouette(
        points,
        sample,
        range(max(k_min, guess - 3), min(upper, guess + 3) + 1),
        lambda k: (fcluster(tree, k, criterion="maxclust") - 1)[assignment],
        default=guess,
    )


def centroids(vectors: np.ndarray, labels: np.ndarray) -> dict[int, np.ndarray]:
    """The unit mean vector of each label (outliers excluded)."""
    points = _unit(vectors)
    return {
        int(label): _unit(points[labels == label].mean(axis=0, keepdims=True))[0]
        for label in np.unique(labels)
        if label != OUTLIER
    }


def _polish(points: np.ndarray, labels: np.ndarray, rounds: int = 2) -> np.ndarray:
    """A few k-means steps from the tree's clusters: rows move to their nearest centroid."""
    for _ in range(rounds):
        centres = centroids(points, labels)
        if not centres:
            return labels
        ids = np.array(sorted(centres))
        matrix = np.vstack([centres[i] for i in ids])
        moved = ids[np.argmax(points @ matrix.T, axis=1)]
        if np.array_equal(moved, labels):
            break
        labels = moved
    return labels


def _outliers(
    points: np.ndarray, labels: np.ndarray, min_size: int, similarity: float
) -> np.ndarray:
    labels = labels.copy()
    for label, centre in centroids(points, labels).items():
        members = np.flatnonzero(labels == label)
        labels[members[points[members] @ centre < similarity]] = OUTLIER
    counts = np.bincount(labels[labels >= 0]) if (labels >= 0).any() else np.zeros(0)
    small = [i for i, c in enumerate(counts) if 0 < c < min_size]
    labels[np.isin(labels, small)] = OUTLIER
    # renumber 0..k-1 by size, largest first, so that the order is stable and meaningful
    kept = [i for i, c in sorted(enumerate(counts), key=lambda x: -x[1]) if c >= min_size]
    remap = {old: new for new, old in enumerate(kept)}
    return np.array([remap.get(int(x), OUTLIER) for x in labels])


def assign_to_existing(
    vectors: np.ndarray, existing: dict[str, np.ndarray], threshold: float
) -> list[str | None]:
    """The id of the closest existing theme for each row when its cosine is >= threshold."""
    if not existing or vectors.shape[0] == 0:
        return [None] * vectors.shape[0]
    ids = list(existing)
    matrix = _unit(np.vstack([existing[i] for i in ids]))
    scores = _unit(vectors) @ matrix.T
    best = np.argmax(scores, axis=1)
    return [ids[b] if scores[row, b] >= threshold else None for row, b in enumerate(best)]
