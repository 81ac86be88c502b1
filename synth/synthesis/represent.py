"""Vector representations of statements: a Swedish lexical one, and blends with embeddings.

The packaged sentence model is English-trained; a stemmed Swedish TF-IDF reduced with SVD
carries the domain's vocabulary, and the two together cluster Swedish text better than
either alone (see bench/quality.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer

from synth.text.swedish import stem_tokens

__all__ = ["combine", "lexical_vectors", "normalise"]


def normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def lexical_vectors(texts: Sequence[str], *, dims: int = 100, random_state: int = 0) -> np.ndarray:
    """Stemmed Swedish TF-IDF (sublinear, 1-2 grams) reduced to `dims` with SVD."""
    n = len(texts)
    if n == 0:
        return np.zeros((0, dims), dtype=np.float32)
    vectorizer = TfidfVectorizer(
        analyzer=stem_tokens,
        sublinear_tf=True,
        min_df=2 if n >= 50 else 1,
        max_df=0.5 if n >= 50 else 1.0,
        dtype=np.float32,
    )
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # nothing but stop words and markers
        return np.zeros((n, dims), dtype=np.float32)
    components = min(dims, matrix.shape[1] - 1, n - 1)
    if components < 2:
        dense = matrix.toarray()
        padded = np.zeros((n, dims), dtype=np.float32)
        padded[:, : min(dims, dense.shape[1])] = dense[:, :dims]
        return normalise(padded)
    reduced = TruncatedSVD(n_components=components, random_state=random_state).fit_transform(matrix)
    if components < dims:
        reduced = np.hstack([reduced, np.zeros((n, dims - components))])
    return normalise(reduced)


def combine(blocks: Sequence[np.ndarray], weights: Sequence[float]) -> np.ndarray:
    """Each block L2-normalised, scaled by sqrt(weight), side by side, normalised again.

    With unit blocks the cosine of the result is the weighted mean of the blocks' cosines.
    """
    parts = [normalise(b) * np.sqrt(w) for b, w in zip(blocks, weights, strict=True)]
    return normalise(np.hstack(parts))
