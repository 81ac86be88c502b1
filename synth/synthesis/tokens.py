"""Texts tokenised once and cut into batches of like token length, padded as arrays.

Both engines that run the sentence model (ONNX Runtime, and torch through the model's own
sentence-transformers modules) take their batches from here, tokenised by the `tokenizers`
library's Rust tokenizer directly. transformers' Python wrapper around that same tokenizer
is what sentence-transformers' `encode` calls, and on a GPU it is most of the time: on an
H200, tokenising 100,000 short statements through it took 8-10 s, the model's forward
passes 1-2.5 s (bench/results/scale-cluster.md).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["CHECK_SENTENCES", "FEATURE_NAMES", "TokenBatch", "token_batches"]

FEATURE_NAMES = ("input_ids", "attention_mask", "token_type_ids")
"""What a BERT-like model may take; each model takes those its tokenizer gives."""

# Mixed lengths, short survey answers to long interview statements: what synth embeds;
# an engine's vectors of these are checked against sentence-transformers' own.
CHECK_SENTENCES = [
    "Bra.",
    "Vet ej.",
    "IT-supporten tar veckor på sig att lösa våra ärenden.",
    "HR-stödet fungerar väldigt bra hos oss, konsulten svarar samma dag i rehabärenden.",
    "Lönekontoret betalar ut lönerna i tid men frågor om OB-tillägg blir liggande.",
    "Vi saknar en tydlig väg in för frågor om lokaler, och ingen vet vem som äger frågan.",
    "Upphandlingar tar lång tid och stödet kommer in sent i processen, ofta efter att vi "
    "redan har bestämt oss för vad vi vill köpa och av vem, vilket gör att vi får göra om.",
    "Kommunikationsavdelningen hjälper till med webben.",
    "Controllern sitter nära verksamheten och uppskattas av rektorerna, men hinner inte med "
    "alla förskolor under budgetprocessen på hösten.",
    "Nämndadministrationen är pålitlig.",
    "Det är svårt att få tag på någon på ekonomistödet när det är bråttom inför bokslutet.",
    "Introduktionen för nya chefer borde samlas på ett ställe.",
]


@dataclass(frozen=True)
class TokenBatch:
    rows: np.ndarray
    """The batch's texts as positions in the input."""
    features: dict[str, np.ndarray]
    """`FEATURE_NAMES` as int64 arrays of (texts, longest text's tokens), padded."""


def token_batches(
    tokenizer: Any, texts: Sequence[str], batch_size: int, pad_id: int
) -> Iterator[TokenBatch]:
    """`texts` through `tokenizer` (a `tokenizers.Tokenizer`, padding off, truncating as
    the model does) in batches, longest first, each padded to its own longest text.

    Sorting keeps like with like, so that short survey answers are not padded to the
    length of long interview statements (as sentence-transformers does within one call).
    """
    encodings = tokenizer.encode_batch(list(texts))
    order = np.argsort([-len(e.ids) for e in encodings], kind="stable")
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        width = max(len(encodings[i].ids) for i in rows)
        ids = np.full((len(rows), width), pad_id, np.int64)
        mask = np.zeros((len(rows), width), np.int64)
        types = np.zeros((len(rows), width), np.int64)
        for row, i in enumerate(rows):
            length = len(encodings[i].ids)
            ids[row, :length] = encodings[i].ids
            mask[row, :length] = 1
            types[row, :length] = encodings[i].type_ids
        yield TokenBatch(rows, dict(zip(FEATURE_NAMES, (ids, mask, types), strict=True)))
