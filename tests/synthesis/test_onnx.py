"""Embeddings through ONNX Runtime: `[models] backend`, the cached export and the fallback.

The packaged model is exported once per test session into a temporary cache (never the
user's); each test that needs an export of its own copies that one.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from synth.config import default_toml, load_config
from synth.errors import ConfigError, ModelError
from synth.synthesis import onnx_model
from synth.synthesis.embed import (
    EmbeddingCache,
    SentenceTransformerEmbedder,
    cached_encode,
    describe_model,
    resolve_backend,
)
from synth.synthesis.onnx_model import export_folder, load_or_export
from synth.synthesis.workflow import embedder_for

SENTENCES = [
    "Ja.",
    "IT-supporten tar veckor på sig att lösa våra ärenden.",
    "Det tar flera veckor innan IT löser ett ärende.",
    "Lönekontoret betalar ut lönerna i tid, men frågor om OB-tillägg och semesterersättning "
    "blir liggande i månader och ingen vet vem som ska svara på dem.",
    "HR-konsulten svarar samma dag i rehabärenden.",
    "Vi saknar en väg in.",
]
PACKAGED = Path(str(describe_model("all-MiniLM-L6-v2").path))


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache holding the packaged model's export, made once for the whole session."""
    cache = tmp_path_factory.mktemp("onnx")
    load_or_export(PACKAGED, cache)
    return cache


@pytest.fixture(scope="session")
def torch_vectors() -> np.ndarray:
    return SentenceTransformerEmbedder(device="cpu", backend="torch").encode(SENTENCES)


def _copy(cache: Path, to: Path) -> Path:
    shutil.copytree(cache, to)
    return export_folder(to, PACKAGED)


def test_the_backend_setting_is_validated_in_swedish(tmp_path: Path) -> None:
    toml = tmp_path / "engagement.toml"
    toml.write_text(default_toml("X"), encoding="utf-8")
    config = load_config(tmp_path)
    assert (config.models.backend, config.models.onnx_int8) == ("auto", True)
    embedder = embedder_for(config)
    assert isinstance(embedder, SentenceTransformerEmbedder) and embedder.backend == "auto"
    toml.write_text(default_toml("X").replace('backend = "auto"', 'backend = "gpu"'), "utf-8")
    with pytest.raises(ConfigError, match=r"models\.backend: 'gpu' finns inte; välj auto"):
        load_config(tmp_path)


def test_auto_is_onnx_on_the_cpu_and_torch_on_a_gpu() -> None:
    assert resolve_backend("auto", "cpu") == "onnx"
    assert resolve_backend("auto", "cuda") == "torch"
    assert resolve_backend("auto", "mps") == "torch"
    assert resolve_backend("torch", "cpu") == "torch"
    with pytest.raises(ModelError, match='backend = "onnx" kör bara på CPU'):
        resolve_backend("onnx", "cuda:0")


def test_onnx_vectors_agree_with_torch_on_swedish_sentences(
    exported: Path, torch_vectors: np.ndarray
) -> None:
    for int8 in (False, True):
        embedder = SentenceTransformerEmbedder(
            device="cpu", backend="onnx", onnx_int8=int8, onnx_cache=exported
        )
        vectors = embedder.encode(SENTENCES)
        assert embedder.engine == ("onnx int8" if int8 else "onnx fp32")
        assert vectors.shape == (len(SENTENCES), 384)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
        cosines = np.sum(vectors * torch_vectors, axis=1)
        assert cosines.min() >= (0.98 if int8 else 0.9999), cosines
        assert cosines.mean() >= 0.99, cosines
        # paraphrases stay closer than unrelated statements
        assert vectors[1] @ vectors[2] > vectors[1] @ vectors[4]
        alone = np.vstack([embedder.encode([text]) for text in SENTENCES])
        assert np.sum(vectors * alone, axis=1).min() >= 0.9999


def test_an_int8_vector_does_not_depend_on_the_texts_embedded_with_it(exported: Path) -> None:
    """int8 scales each run's activations by the run's own largest value; batched, the
    vector of "Ledningen har blivit bättre." moved to cosine 0.991 beside five other
    texts, enough to flip a grounding check at its threshold between two runs."""
    embedder = SentenceTransformerEmbedder(device="cpu", onnx_cache=exported)
    text = "Ledningen har blivit bättre."
    alone = embedder.encode([text])[0]
    for batch_size in (None, 64):
        embedder = SentenceTransformerEmbedder(
            device="cpu", onnx_cache=exported, batch_size=batch_size
        )
        beside = embedder.encode([*SENTENCES[1:], text, SENTENCES[3] * 3])
        assert embedder.engine == "onnx int8"
        assert np.abs(beside[len(SENTENCES) - 1] - alone).max() < 1e-6


def test_the_export_runs_onnx_runtimes_fused_attention(exported: Path) -> None:
    """The speed-up rests on the fusion: an export whose attention is left as plain matrix
    products (a transformers version that exports it otherwise) runs at about torch's pace
    (bench/results/scale-onnx.md), so it is caught here rather than by a slow consultant."""
    import onnx

    (folder,) = [p for p in exported.iterdir() if (p / "synth.json").is_file()]
    meta = json.loads((folder / "synth.json").read_text(encoding="utf-8"))
    assert meta["fused"]["Attention"] == 6 and meta["int8_kept"]
    int8 = onnx.load(str(folder / "model_int8.onnx"), load_external_data=False).graph
    kinds = {node.op_type for node in int8.node}
    # the attention's projections run in int8; two feed-forward outputs stay fp32
    assert {"QAttention", "SkipLayerNormalization", "BiasGelu"} <= kinds
    assert sum(node.op_type == "MatMul" for node in int8.node) == 2


def test_an_exported_model_runs_without_loading_transformers(exported: Path) -> None:
    """sentence-transformers and transformers take seconds to import (5.9 s against 1.6 s
    for loading and running the int8 export here); a run whose export exists needs
    neither."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from synth.synthesis.embed import SentenceTransformerEmbedder\n"
        f"e = SentenceTransformerEmbedder(device='cpu', onnx_cache=Path({str(exported)!r}))\n"
        "assert e.encode(['Stödet fungerar bra.']).shape == (1, 384)\n"
        "print(e.engine, 'transformers' in sys.modules, 'sentence_transformers' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["onnx", "int8", "False", "False"]


def test_auto_on_the_cpu_runs_the_int8_export(exported: Path) -> None:
    embedder = SentenceTransformerEmbedder(device="cpu", onnx_cache=exported)
    embedder.encode(SENTENCES[:2])
    assert embedder.engine == "onnx int8"
    assert str(embedder._load().device) == "cpu"


def test_the_cached_export_is_loaded_not_made_again(
    exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = export_folder(exported, PACKAGED)
    made = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}

    def refuse(*args: object) -> None:
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_model, "_export", refuse)
    model = load_or_export(PACKAGED, exported)
    assert model.folder == folder and model.int8
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == made
    # one whole export, no partial folder left beside it
    assert [p.name for p in exported.iterdir()] == [folder.name]


def test_a_broken_cached_export_is_made_again(exported: Path, tmp_path: Path) -> None:
    folder = _copy(exported, tmp_path / "cache")
    (folder / "model_int8.onnx").write_bytes(b"inte en modell")
    vectors = SentenceTransformerEmbedder(
        device="cpu", backend="onnx", onnx_cache=tmp_path / "cache"
    ).encode(SENTENCES[:2])
    assert vectors.shape == (2, 384)
    assert (folder / "model_int8.onnx").stat().st_size > 1_000_000


def test_torch_runs_with_one_warning_when_the_export_fails(
    exported: Path,
    tmp_path: Path,
    torch_vectors: np.ndarray,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder = _copy(exported, tmp_path / "cache")
    (folder / "model_int8.onnx").write_bytes(b"inte en modell")  # broken, and cannot be redone

    def fail(model_path: Path, folder: Path) -> None:
        raise RuntimeError("exporten misslyckades")

    monkeypatch.setattr(onnx_model, "_export", fail)
    embedder = SentenceTransformerEmbedder(
        device="cpu", backend="onnx", onnx_cache=tmp_path / "cache"
    )
    with caplog.at_level(logging.WARNING, logger="synth.synthesis.embed"):
        vectors = embedder.encode(SENTENCES)
        embedder.encode(SENTENCES[:1])
    assert embedder.engine == "torch"
    assert np.allclose(vectors, torch_vectors, atol=1e-5)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "ONNX-versionen av modellen 'all-MiniLM-L6-v2' kunde inte skapas" in message
    assert "torch används i stället" in message and "exporten misslyckades" in message
    assert not any(p.name.startswith(".") for p in (tmp_path / "cache").iterdir())


def test_the_embedding_cache_keeps_each_engines_vectors_apart(
    exported: Path, tmp_path: Path
) -> None:
    """A workspace first run with torch and then with ONNX int8 (the default on a CPU)
    gets int8 vectors the second time, not torch's from the cache, and needs no model at
    all when everything for its engine is cached."""
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    torch_embedder = SentenceTransformerEmbedder(device="cpu", backend="torch")
    int8 = SentenceTransformerEmbedder(device="cpu", onnx_cache=exported)
    assert torch_embedder.cache_key == "all-MiniLM-L6-v2"  # what earlier versions wrote
    assert int8.cache_key == f"all-MiniLM-L6-v2|onnx int8 per text v{onnx_model.EXPORT_FORMAT}"
    fp32 = SentenceTransformerEmbedder(device="cpu", backend="onnx", onnx_int8=False)
    assert len({torch_embedder.cache_key, int8.cache_key, fp32.cache_key}) == 3

    from_torch = cached_encode(torch_embedder, SENTENCES, cache)
    from_int8 = cached_encode(int8, SENTENCES, cache)
    assert int8.engine == "onnx int8"
    assert np.abs(from_int8 - int8.encode(SENTENCES)).max() < 1e-6
    assert np.abs(from_int8 - from_torch).max() > 1e-4

    fresh = SentenceTransformerEmbedder(device="cpu", onnx_cache=exported)
    again = cached_encode(fresh, SENTENCES, cache)
    assert fresh._model is None and np.array_equal(again, from_int8)
