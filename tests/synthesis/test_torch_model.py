"""torch with the Rust tokenizer run directly: the model's own vectors, or its own encode."""

from __future__ import annotations

import numpy as np
import pytest

from synth.synthesis.embed import SentenceTransformerEmbedder
from synth.synthesis.torch_model import direct_tokens, encode_direct

TEXTS = [
    "Ja.",
    "",
    "   Controllern sitter nära verksamheten.   ",
    "IT-SUPPORTEN tar veckor på sig att lösa våra ärenden.",
    "Lönekontoret betalar ut lönerna i tid, men frågor om OB-tillägg och semesterersättning "
    "blir liggande i månader och ingen vet vem som ska svara på dem.",
    " ".join(["Upphandlingen kommer in sent och ingen äger frågan."] * 50),  # cut at 256
    "Vi saknar en väg in.",
]


@pytest.fixture(scope="module")
def embedder() -> SentenceTransformerEmbedder:
    loaded = SentenceTransformerEmbedder(device="cpu", backend="torch")
    loaded._load()
    return loaded


def test_the_packaged_model_runs_its_tokenizer_directly_with_its_own_vectors(
    embedder: SentenceTransformerEmbedder,
) -> None:
    assert embedder._direct is not None
    ours = embedder.encode(TEXTS)
    own = embedder._load().encode(TEXTS, batch_size=64, normalize_embeddings=True)
    assert ours.shape == (len(TEXTS), 384) and ours.dtype == np.float32
    assert np.min(np.sum(ours * own, axis=1)) > 0.99999
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_a_model_that_prepends_a_prompt_keeps_its_own_encode(
    embedder: SentenceTransformerEmbedder,
) -> None:
    model = embedder._load()
    tokens = embedder._direct
    assert tokens is not None
    model.prompts = {"fråga": "Fråga om kommunens stöd: "}
    model.default_prompt_name = "fråga"
    try:
        # the direct path knows nothing of the prompt: its vectors differ, so it is refused
        direct = encode_direct(model, tokens, TEXTS[:3], batch_size=8, device="cpu")
        own = model.encode(TEXTS[:3], normalize_embeddings=True)
        assert np.min(np.sum(direct * own, axis=1)) < 0.99
        assert direct_tokens(model, "cpu") is None
    finally:
        model.prompts = {}
        model.default_prompt_name = None
    assert direct_tokens(model, "cpu") is not None


def test_nothing_to_encode_gives_no_rows(embedder: SentenceTransformerEmbedder) -> None:
    assert embedder.encode([]).shape == (0, 384)
