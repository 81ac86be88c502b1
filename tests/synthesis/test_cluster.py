from __future__ import annotations

import numpy as np

from synth.synthesis.cluster import OUTLIER, assign_to_existing, centroids, cluster


def planted(
    k: int, per: int, dims: int = 24, noise: float = 0.15, seed: int = 1
) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dims))
    labels = np.repeat(np.arange(k), per)
    return centres[labels] + noise * rng.normal(size=(k * per, dims)), labels


def test_the_number_of_themes_comes_from_the_data() -> None:
    for k in (4, 7, 12):
        vectors, _ = planted(k, 40)
        labels = cluster(vectors, random_state=0)
        assert abs(len(set(labels) - {OUTLIER}) - k) <= 1, k


def test_rows_that_fit_nowhere_go_to_other() -> None:
    vectors, _ = planted(5, 40)
    rng = np.random.default_rng(7)
    stray = rng.normal(size=(3, vectors.shape[1])) * 5
    labels = cluster(np.vstack([vectors, stray]), min_theme_size=5)
    assert (labels[:200] != OUTLIER).mean() > 0.95
    assert (labels[200:] == OUTLIER).all()


def test_same_seed_same_themes() -> None:
    vectors, _ = planted(6, 30)
    assert np.array_equal(cluster(vectors, random_state=3), cluster(vectors, random_state=3))


def test_themes_are_numbered_by_size() -> None:
    vectors, _ = planted(3, 30)
    big, _ = planted(1, 90, seed=9)
    labels = cluster(np.vstack([vectors, big]))
    sizes = np.bincount(labels[labels >= 0])
    assert list(sizes) == sorted(sizes, reverse=True)


def test_many_rows_go_through_micro_clusters_without_an_n_by_n_matrix() -> None:
    vectors, truth = planted(8, 3200, dims=16, noise=0.1)
    labels = cluster(vectors, random_state=0)
    found = set(labels) - {OUTLIER}
    assert 7 <= len(found) <= 9
    # each planted group lands essentially in one theme
    for group in range(8):
        counts = np.bincount(labels[truth == group][labels[truth == group] >= 0])
        assert counts.max() / (truth == group).sum() > 0.9


def test_new_rows_join_an_existing_theme_only_when_close() -> None:
    vectors, truth = planted(3, 20)
    centres = {f"T0{i + 1}": c for i, c in centroids(vectors, truth).items()}
    close = vectors[:2] + 0.01
    far = np.random.default_rng(3).normal(size=(1, vectors.shape[1])) * 10
    assert assign_to_existing(np.vstack([close, far]), centres, threshold=0.8) == [
        "T01",
        "T01",
        None,
    ]
