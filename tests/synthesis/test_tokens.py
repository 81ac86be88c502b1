"""Token batches: every text once, longest first, each batch padded to its own longest."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from synth.synthesis.embed import describe_model
from synth.synthesis.tokens import token_batches

TOKENIZER = Path(str(describe_model("all-MiniLM-L6-v2").path)) / "tokenizer.json"


def _tokenizer(max_length: int) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_length)
    return tokenizer


def test_batches_hold_every_text_once_longest_first_padded_to_their_own_longest() -> None:
    texts = [
        "Ja.",
        "Upphandlingar tar lång tid och stödet kommer in sent i processen.",
        "Bra.",
        "IT-supporten tar veckor på sig.",
        "Lönekontoret betalar ut lönerna i tid men frågor om OB-tillägg blir liggande.",
    ]
    batches = list(token_batches(_tokenizer(256), texts, batch_size=2, pad_id=0))
    assert sorted(int(r) for b in batches for r in b.rows) == list(range(len(texts)))
    # the two longest texts together, the two one-word answers together: no long padding
    assert {int(r) for r in batches[0].rows} == {1, 4}
    assert {int(r) for r in batches[-1].rows} == {0, 2} or len(batches[-1].rows) == 1
    for batch in batches:
        ids, mask = batch.features["input_ids"], batch.features["attention_mask"]
        lengths = mask.sum(axis=1)
        assert ids.shape[1] == lengths.max()  # padded to this batch's longest only
        assert np.all(ids[mask == 0] == 0)  # the pad id where the mask says padding
        assert set(batch.features) == {"input_ids", "attention_mask", "token_type_ids"}


def test_a_text_longer_than_the_model_takes_is_cut_at_its_limit() -> None:
    long = " ".join(["Stödet från ekonomienheten kommer sent."] * 100)
    (batch,) = token_batches(_tokenizer(32), [long, "Bra."], batch_size=8, pad_id=0)
    assert batch.features["input_ids"].shape == (2, 32)
    assert list(batch.features["attention_mask"].sum(axis=1)) == [32, 4]  # [CLS] bra . [SEP]
