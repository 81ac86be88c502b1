from __future__ import annotations

import numpy as np

from synth.synthesis.represent import combine, lexical_vectors

TEXTS = [
    "IT-supporten tar veckor på sig att svara",
    "Supporten för IT svarar långsamt",
    "Lönekontoret betalar ut lönerna i tid",
    "Lönerna kommer alltid i tid från lönekontoret",
    "Lokalerna i förskolan är trånga",
    "Förskolans lokaler är för trånga",
]


def test_lexical_vectors_have_the_asked_shape_and_unit_rows() -> None:
    vectors = lexical_vectors(TEXTS * 20, dims=8)
    assert vectors.shape == (120, 8) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_tiny_corpus_is_padded_and_shared_stems_bring_texts_close() -> None:
    vectors = lexical_vectors(TEXTS, dims=100)
    assert vectors.shape == (6, 100)
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 2] and sims[2, 3] > sims[2, 4] and sims[4, 5] > sims[4, 0]


def test_texts_without_content_words_give_zero_rows_not_an_error() -> None:
    assert not lexical_vectors(["och det är ju", "[namn] 2023"], dims=5).any()
    assert lexical_vectors([], dims=5).shape == (0, 5)


def test_same_seed_same_vectors() -> None:
    corpus = TEXTS * 10
    assert np.array_equal(
        lexical_vectors(corpus, random_state=1), lexical_vectors(corpus, random_state=1)
    )


def test_combine_weighs_unit_blocks_so_cosines_average() -> None:
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(4, 5)) * 3, rng.normal(size=(4, 7))
    both = combine([a, b], [0.25, 0.75])
    assert both.shape == (4, 12)
    assert np.allclose(np.linalg.norm(both, axis=1), 1.0, atol=1e-5)
    unit = [x / np.linalg.norm(x, axis=1, keepdims=True) for x in (a, b)]
    expected = 0.25 * (unit[0] @ unit[0].T) + 0.75 * (unit[1] @ unit[1].T)
    assert np.allclose(both @ both.T, expected, atol=1e-5)
