"""A deterministic stand-in for the sentence model: hashed bags of Swedish stems.

Texts that share words get close vectors, which is all the theme logic needs to be tested
quickly; the real model has its own tests (marked slow).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from synth.records import Progress
from synth.text.swedish import stem_tokens

DIMS = 96


class HashingEmbedder:
    name = "hashing-test-embedder"
    cache_key = name

    def __init__(self) -> None:
        self.encoded = 0

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        self.encoded += len(texts)
        rows = np.zeros((len(texts), DIMS), dtype=np.float32)
        for i, text in enumerate(texts):
            for stem in stem_tokens(text) or ["tom"]:
                digest = hashlib.md5(stem.encode("utf-8")).digest()
                rows[i, digest[0] % DIMS] += 1.0
                rows[i, digest[1] % DIMS] += 0.5
        rows /= np.linalg.norm(rows, axis=1, keepdims=True)
        if progress is not None:
            progress(len(texts), len(texts))
        return rows
