"""A sentence-transformers model run by ONNX Runtime on the CPU, exported here on first use.

On a laptop's CPU, torch spends most of a synthesis run in the embedding. The same model
exported to ONNX, its attention, layer norms and GELU fused into ONNX Runtime's own
operators, and quantised to int8 (weights per channel, activations dynamically) runs
faster than torch with vectors at cosine 0.992 to torch's (bench/scale.py --onnx,
bench/results/scale-onnx.md).

Nothing is downloaded: the export is made from the local model (the packaged one by
default) by torch.onnx, once, into a cache folder keyed by the model's files, and later
runs load it directly. The export is written to a temporary folder beside its place and
renamed into it, so two processes exporting at once both end with one whole export.

The int8 model is kept only when its vectors agree with the fp32 export's on a few
Swedish sentences (mean cosine ≥ `INT8_MIN_COSINE`); a model that quantises badly runs
in fp32 instead.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import time
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from synth.cache import user_cache_dir
from synth.synthesis.tokens import CHECK_SENTENCES, token_batches

__all__ = [
    "EXPORT_FORMAT",
    "INT8_MIN_COSINE",
    "OnnxSentenceModel",
    "export_folder",
    "load_or_export",
    "user_cache",
]

log = logging.getLogger(__name__)

EXPORT_FORMAT = 2
"""Bumped when what an export folder holds changes, so that old exports are not reused
(and vectors cached from them are not mixed with the new ones: `Embedder.cache_key`).
2: attention, layer norms and GELU fused, the attention's projections in int8."""
INT8_MIN_COSINE = 0.99
OPSET = 17
# The feed-forward output projections see the largest activations, those of layers 0 and 2
# most. Keeping these two in fp32 lifts the mean cosine to torch on argsent's 1,065 Swedish
# texts from 0.990 (all int8) to 0.9945, lowest 0.976 to 0.989, for about a tenth of the
# int8 speed-up; keeping all six gains little more (0.9957).
_FP32_NODES = re.compile(r"layer\.[02]/output/dense/MatMul")
# What the int8 model quantises. The fused Attention holds the query, key and value
# projections; quantising them too took int8 from 1.1x to 1.7x torch's throughput on
# 1,000 mixed texts on the 2-core development machine (fusion alone: 1.5x), cosine to
# torch unchanged (mean 0.9945, lowest 0.9899).
_INT8_OPS = ["MatMul", "Attention"]


def user_cache() -> Path:
    """The default home of exports: one per user, shared by every engagement."""
    return user_cache_dir() / "onnx"


def export_folder(cache: Path, model_path: Path) -> Path:
    """Where the export of the model in `model_path` lives under `cache`.

    The key is the model folder and its files' names and sizes (and the export format):
    a changed or reinstalled model gets a fresh export rather than a stale one.
    """
    digest = hashlib.sha256(f"{EXPORT_FORMAT}\n{model_path.resolve()}\n".encode())
    for file in sorted(p for p in model_path.rglob("*") if p.is_file()):
        digest.update(f"{file.relative_to(model_path)}\t{file.stat().st_size}\n".encode())
    slug = re.sub(r"[^A-Za-z0-9]+", "-", model_path.name).strip("-")[:40] or "modell"
    return cache / f"{slug}-{digest.hexdigest()[:16]}"


@dataclass
class OnnxSentenceModel:
    """An exported model, used through the same members as a SentenceTransformer."""

    session: Any
    tokenizer: Any
    input_names: list[str]
    pad_id: int
    dimension: int
    folder: Path
    int8: bool
    device: str = "cpu"

    @classmethod
    def load(cls, folder: Path, *, int8: bool) -> OnnxSentenceModel:
        import onnxruntime
        from tokenizers import Tokenizer

        meta = json.loads((folder / "synth.json").read_text(encoding="utf-8"))
        if meta.get("format") != EXPORT_FORMAT:
            raise ValueError(f"exportformat {meta.get('format')}, väntade {EXPORT_FORMAT}")
        use_int8 = int8 and bool(meta["int8_kept"])
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3  # ONNX Runtime's own notices are not the user's business
        # threads that spin between operators take the CPU from whatever else runs (a
        # consultant's other programs, other workers): measured on a shared 2-core machine,
        # int8 went from 1.67x to 1.93x torch's throughput without spinning
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = onnxruntime.InferenceSession(
            str(folder / ("model_int8.onnx" if use_int8 else "model.onnx")),
            options,
            providers=["CPUExecutionProvider"],
        )
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.no_padding()  # batches are padded here, each to its own longest text
        tokenizer.enable_truncation(max_length=int(meta["max_length"]))
        return cls(
            session,
            tokenizer,
            list(meta["inputs"]),
            int(meta["pad_id"]),
            int(meta["dimension"]),
            folder,
            use_int8,
        )

    @property
    def precision(self) -> str:
        return "int8" if self.int8 else "fp32"

    def get_embedding_dimension(self) -> int:
        return self.dimension

    @property
    def texts_per_run(self) -> int | None:
        """How many texts one run of the int8 model takes: one, whatever batch is asked.

        Dynamic quantisation scales each run's activations by that run's largest value, so
        in a batch a text's int8 vector depends on its neighbours (cosine 0.991 between
        "Ledningen har blivit bättre." alone and in a batch of five): a cached vector would
        depend on what it was embedded with, and a grounding or support similarity near its
        threshold would flip between runs of the same material. One text per run also has
        no padding, and on the 2-core development machine it was faster than batches of 64
        (1.9x torch's throughput against 1.6x on 600 mixed public texts). None for fp32,
        whose vectors do not depend on the batch.
        """
        return 1 if self.int8 else None

    def encode(
        self, texts: Sequence[str], batch_size: int = 64, normalize_embeddings: bool = True
    ) -> np.ndarray:
        """Vectors for `texts`, in batches of like token length (as sentence-transformers);
        the int8 model one text at a time (`texts_per_run`)."""
        batch_size = self.texts_per_run or batch_size
        vectors = np.zeros((len(texts), self.dimension), np.float32)
        for batch in token_batches(self.tokenizer, texts, batch_size, self.pad_id):
            feed = {n: batch.features[n] for n in self.input_names}
            vectors[batch.rows] = self.session.run(None, feed)[0]
        if normalize_embeddings and len(vectors):
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors /= np.maximum(norms, 1e-12)
        return vectors


def _export(model_path: Path, folder: Path) -> None:
    """Export the model into `folder` (a new, empty one): fp32, int8 and the tokenizer."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from sentence_transformers import SentenceTransformer

    started = time.perf_counter()
    # eager attention exports as the plain matrix products ONNX Runtime's optimiser
    # recognises and fuses; the default (PyTorch's fused kernel) exports as one it cannot
    model: Any = SentenceTransformer(
        str(model_path),
        device="cpu",
        local_files_only=True,
        model_kwargs={"attn_implementation": "eager"},
    )
    model.eval()
    tokenizer = model.tokenizer
    if not getattr(tokenizer, "is_fast", False):
        raise ValueError("modellens tokenizer saknar tokenizer.json (en snabb tokenizer)")
    # `tokenize` was renamed `preprocess` in sentence-transformers 6 and warns there
    features = getattr(model, "preprocess", model.tokenize)(["Stödet fungerar bra.", "Ja"])
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in features]

    class Sentences(torch.nn.Module):
        """The whole sentence-transformers pipeline (transformer, pooling, normalising)."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *tensors: torch.Tensor) -> torch.Tensor:
            return self.model(dict(zip(names, tensors, strict=True)))["sentence_embedding"]

    axes = {n: {0: "batch", 1: "tokens"} for n in names} | {"sentence_embedding": {0: "batch"}}
    with warnings.catch_warnings(), torch.no_grad():
        # the TorchScript exporter handles BERT-like models' dynamic shapes without onnxscript;
        # its deprecation and tracer notices say nothing about this export's result
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Sentences().eval(),
            tuple(features[n] for n in names),
            str(folder / "model.onnx"),
            input_names=names,
            output_names=["sentence_embedding"],
            dynamic_axes=axes,
            opset_version=OPSET,
            dynamo=False,
        )
    tokenizer.save_pretrained(str(folder))
    fused = _fuse(folder / "model.onnx", _transformer_config(model))
    import onnx

    graph = onnx.load(str(folder / "model.onnx"), load_external_data=False).graph
    # the quantiser advises pre-processing through the root logger; that is for its own
    # users' models, not something a consultant can act on
    with _library_warnings_silenced():
        quantize_dynamic(
            folder / "model.onnx",
            folder / "model_int8.onnx",
            per_channel=True,
            weight_type=QuantType.QInt8,
            op_types_to_quantize=_INT8_OPS,
            nodes_to_exclude=[n.name for n in graph.node if _FP32_NODES.search(n.name)],
            # the fused operators' outputs have no type the quantiser's shape inference
            # knows; they are all float
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
        )
    meta: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "model": str(model_path),
        "inputs": names,
        "pad_id": int(tokenizer.pad_token_id or 0),
        "max_length": int(model.max_seq_length),
        # renamed in sentence-transformers 5; the old name warns there
        "dimension": int(
            (
                getattr(model, "get_embedding_dimension", None)
                or model.get_sentence_embedding_dimension
            )()
        ),
        "int8_kept": True,  # until the check below says otherwise
        "fused": fused,
    }
    (folder / "synth.json").write_text(json.dumps(meta), encoding="utf-8")
    fp32 = OnnxSentenceModel.load(folder, int8=False).encode(CHECK_SENTENCES)
    int8 = OnnxSentenceModel.load(folder, int8=True).encode(CHECK_SENTENCES)
    agreement = float(np.mean(np.sum(fp32 * int8, axis=1)))
    meta |= {
        "int8_kept": agreement >= INT8_MIN_COSINE,
        "int8_cosine": round(agreement, 4),
        "export_s": round(time.perf_counter() - started, 1),
    }
    (folder / "synth.json").write_text(json.dumps(meta), encoding="utf-8")


def _transformer_config(model: Any) -> Any:
    """The Hugging Face configuration of a sentence-transformers model's transformer."""
    return getattr(getattr(model[0], "auto_model", None), "config", None)


def _fuse(path: Path, config: Any) -> dict[str, int]:
    """Rewrite the BERT-like export at `path` with ONNX Runtime's fused operators
    (Attention, SkipLayerNormalization, BiasGelu); the operators fused, by kind.

    A model the optimiser does not know, or one it fails on, is left as exported: slower,
    not wrong.
    """
    heads = getattr(config, "num_attention_heads", None)
    hidden = getattr(config, "hidden_size", None)
    if getattr(config, "model_type", None) not in _FUSABLE or not heads or not hidden:
        return {}
    from onnxruntime.transformers.optimizer import optimize_model

    try:
        # the optimiser reports what it fused as warnings
        with _library_warnings_silenced():
            optimised = optimize_model(
                str(path), model_type="bert", num_heads=int(heads), hidden_size=int(hidden)
            )
            counts = {k: int(v) for k, v in optimised.get_fused_operator_statistics().items() if v}
        if counts.get("Attention"):
            optimised.save_model_to_file(str(path))
            return counts
    except Exception as exc:  # the optimiser raises whatever its graph patterns meet
        log.info("ONNX-exporten optimerades inte (%s: %s)", type(exc).__name__, exc)
    return {}


@contextmanager
def _library_warnings_silenced() -> Iterator[None]:
    """ONNX Runtime's tools log advice for their own users through the root logger (up to
    WARNING), none of it something a consultant can act on; our own log stays open after."""
    disabled = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(disabled)


_FUSABLE = frozenset({"bert", "roberta", "xlm-roberta"})
"""Model types whose export ONNX Runtime's BERT optimiser is made for (MiniLM is a
BERT); any other is exported unfused."""


def load_or_export(model_path: Path, cache: Path, *, int8: bool = True) -> OnnxSentenceModel:
    """The ONNX export of the model in `model_path`, made under `cache` if not there yet.

    A cached export that will not load (a broken file) is removed and made again, once;
    what still fails is raised for the caller to fall back on torch.
    """
    folder = export_folder(cache, model_path)
    if (folder / "synth.json").is_file():
        try:
            return OnnxSentenceModel.load(folder, int8=int8)
        except Exception:  # any broken file: onnxruntime, tokenizers and json raise their own
            shutil.rmtree(folder, ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=cache))
    try:
        _export(model_path, partial)
        try:
            os.rename(partial, folder)  # atomic; fails when another process got there first
        except OSError:
            if not (folder / "synth.json").is_file():
                raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return OnnxSentenceModel.load(folder, int8=int8)
