"""A sentence-transformers model run on torch, its batches tokenised by the Rust tokenizer.

sentence-transformers' `encode` tokenises through transformers' Python wrapper, which on
a GPU takes several times the model's own time (`synth.synthesis.tokens`). Here the same
tokenizer runs directly and the model's own modules (transformer, pooling, normalising)
take the batches. That is only right where the model's input is nothing but its
tokenizer's output: a model with a prompt it prepends, or another preprocessing step,
would get other vectors. So the direct path is checked against the model's own `encode`
when the model loads, and a model that disagrees keeps its own `encode`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from synth.synthesis.tokens import CHECK_SENTENCES, FEATURE_NAMES, token_batches

__all__ = [
    "MIN_AGREEMENT",
    "DirectTokens",
    "direct_tokens",
    "embedding_dimension",
    "encode_direct",
]

MIN_AGREEMENT = 0.999
"""Lowest cosine, on any check sentence, between the direct path's vector and the model's
own. fp16 on a GPU moves a vector by about 1e-4 with the batch it runs in; a prompt or a
lowercasing step left out moves it by far more."""

# Beside the usual sentences: one the tokenizer must cut at the model's longest input, and
# one with the spaces and capitals a preprocessing step could change.
_EXTRA_CHECKS = [
    " ".join(["Stödet från ekonomienheten kommer sent i budgetprocessen."] * 60),
    "  HR-STÖDET svarar samma dag.  ",
]


@dataclass(frozen=True)
class DirectTokens:
    tokenizer: Any
    """A `tokenizers.Tokenizer`: the model's own, padding off, truncating as the model."""
    input_names: tuple[str, ...]
    pad_id: int


def direct_tokens(model: Any, device: str) -> DirectTokens | None:
    """The model's tokenizer for the direct path, or None where that path would not give
    the model's own vectors (checked on `CHECK_SENTENCES`) or the model has no fast
    tokenizer to run it."""
    from tokenizers import Tokenizer

    wrapper = getattr(model, "tokenizer", None)
    backend = getattr(wrapper, "backend_tokenizer", None)
    if backend is None:
        return None
    model.eval()  # as its own encode does: no dropout
    try:
        tokenizer = Tokenizer.from_str(backend.to_str())
        tokenizer.no_padding()  # each batch is padded to its own longest text
        tokenizer.enable_truncation(max_length=int(model.max_seq_length))
        # `tokenize` was renamed `preprocess` in sentence-transformers 6 and warns there
        given = getattr(model, "preprocess", None) or model.tokenize
        names = tuple(n for n in FEATURE_NAMES if n in given(["Bra."]))
        tokens = DirectTokens(tokenizer, names, int(getattr(wrapper, "pad_token_id", 0) or 0))
        texts = [*CHECK_SENTENCES, *_EXTRA_CHECKS]
        direct = encode_direct(model, tokens, texts, batch_size=8, device=device)
        own = np.asarray(model.encode(texts, batch_size=8, normalize_embeddings=True))
    except Exception:  # tokenizers, torch and the model raise their own kinds: keep encode
        return None
    agreement = float(np.min(np.sum(direct * own, axis=1)))
    return tokens if agreement >= MIN_AGREEMENT else None


def embedding_dimension(model: Any) -> int:
    """The length of a sentence model's vectors (a SentenceTransformer or an ONNX export)."""
    # renamed in sentence-transformers 5; the old name warns there
    dimension = getattr(model, "get_embedding_dimension", None) or (
        model.get_sentence_embedding_dimension
    )
    return int(dimension() or 0)


def encode_direct(
    model: Any, tokens: DirectTokens, texts: Sequence[str], *, batch_size: int, device: str
) -> np.ndarray:
    """L2-normalised float32 vectors of `texts` through `model`'s modules, in batches of
    like token length; the vectors stay on the device until all are done (one copy back)."""
    import torch

    out = np.zeros((len(texts), embedding_dimension(model)), np.float32)
    if not texts:
        return out
    rows: list[np.ndarray] = []
    parts: list[Any] = []
    with torch.inference_mode():
        for batch in token_batches(tokens.tokenizer, texts, batch_size, tokens.pad_id):
            features = {
                n: torch.from_numpy(batch.features[n]).to(device) for n in tokens.input_names
            }
            vectors = model(features)["sentence_embedding"].float()
            parts.append(torch.nn.functional.normalize(vectors, dim=1))
            rows.append(batch.rows)
        out[np.concatenate(rows)] = torch.cat(parts).cpu().numpy()
    return out
