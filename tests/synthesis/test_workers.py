import os

import numpy as np
import pytest

import synth.synthesis.workers as workers
from synth.synthesis.engine import represent, represent_later


def _pid() -> int:
    return os.getpid()


def _fails() -> None:
    raise ValueError("trasig rad 7")


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
    monkeypatch.setattr(workers, "effective_n_jobs", lambda _jobs: 2)


def test_a_small_input_runs_here_and_only_when_asked() -> None:
    calls: list[int] = []
    result = workers.later(10, lambda: calls.append(1) or os.getpid())
    assert calls == []
    assert result() == os.getpid()
    assert calls == [1]


def test_a_large_input_runs_in_a_worker_process(two_workers: None) -> None:
    workers.start(5)
    assert workers.later(5, _pid)() != os.getpid()


def test_a_workers_exception_reaches_the_caller(two_workers: None) -> None:
    pending = workers.later(5, _fails)
    with pytest.raises(ValueError, match="trasig rad 7"):
        pending()


def test_the_representation_begun_in_a_worker_is_the_one_made_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [
        "Upphandlingen tar för lång tid",
        "Upphandlingar drar ut på tiden",
        "HR-stödet är snabbt och kunnigt",
        "HR svarar samma dag",
        "IT-supporten bollar ärenden",
        "Ärendena ligger kvar i veckor hos IT",
    ]
    embeddings = np.random.default_rng(0).standard_normal((len(texts), 8)).astype(np.float32)
    here = represent(texts, embeddings)
    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
    monkeypatch.setattr(workers, "effective_n_jobs", lambda _jobs: 2)
    in_worker = represent(texts, embeddings)
    assert in_worker.shape == here.shape
    np.testing.assert_allclose(in_worker, here, atol=1e-6)


def test_no_texts_give_no_representation() -> None:
    assert represent_later([])(np.zeros((0, 8), dtype=np.float32)).shape == (0, 0)
