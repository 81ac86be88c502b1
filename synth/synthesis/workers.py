"""The synthesis's worker processes, for large inputs.

From `PARALLEL_FROM` statements on, the pure-Python parts that need no embedding (the
lenses' Swedish cues, the lexical vectors) run in worker processes, one per core, beside
what the main process does meanwhile: the embedding (on a GPU, 100k statements take a few
seconds) and the clustering. Below it everything runs in the main process, when its
result is asked for: starting workers costs seconds, which small inputs do not repay.

The workers are loky's (joblib's) reusable pool: fresh interpreters, not forks of a
process that may hold a GPU context and the model's threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from joblib import effective_n_jobs
from joblib.externals.loky import get_reusable_executor

__all__ = ["PARALLEL_FROM", "later", "start"]

T = TypeVar("T")

# 20k statements' cues and word lookups take one core several times the second or two
# that starting the workers costs on a machine of many cores.
PARALLEL_FROM = 20_000
# Idle workers go after this long: long enough to outlast a GPU's embedding, which they
# start beside, short enough not to hold memory in a long-running server.
_IDLE_S = 120


def _jobs(size: int) -> int:
    """Worker processes for an input of `size` statements; 1: none, work in this one."""
    return effective_n_jobs(-1) if size >= PARALLEL_FROM else 1


def _ready() -> None:
    """Nothing: a call that makes a worker start and import this package."""


def start(size: int) -> None:
    """Start the workers an input of `size` statements will use, without waiting for them.

    Each worker's start (an interpreter importing numpy, scikit-learn and synth) takes
    seconds; begun before the embedding, it runs beside it instead of after it.
    """
    jobs = _jobs(size)
    if jobs > 1:
        executor = get_reusable_executor(max_workers=jobs, timeout=_IDLE_S)
        for _ in range(jobs):
            executor.submit(_ready)


def later(size: int, function: Callable[..., T], *args: Any) -> Callable[[], T]:
    """`function(*args)`, begun now in a worker where an input of `size` statements has
    them (`function` and its arguments must pickle), else run here when asked for; the
    function returned waits for the result and returns it (or raises its exception)."""
    jobs = _jobs(size)
    if jobs == 1:
        return lambda: function(*args)
    future = get_reusable_executor(max_workers=jobs, timeout=_IDLE_S).submit(function, *args)
    return lambda: future.result()
