"""Runs of synth recorded in the store: started, finished, failed or interrupted."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from synth.errors import StoreError
from synth.store.connection import StoreConnection
from synth.store.schema import RunRow

__all__ = ["RunRecord", "StoreRuns"]

_HOST = socket.gethostname()


@dataclass
class RunRecord:
    """What a recorded run says of itself when it ends well."""

    id: int
    status: str = "ok"
    summary: dict[str, object] = field(default_factory=dict)


class StoreRuns(StoreConnection):
    """Recording runs (see `Store`)."""

    def begin_run(self, command: str) -> int:
        """Record a run as started, noting which process runs it (see `_close_dead_runs`)."""
        with self._session() as session:
            _close_dead_runs(session)
            run = RunRow(command=command, summary={"pid": os.getpid(), "host": _HOST})
            session.add(run)
            session.flush()
            return run.id

    @contextmanager
    def recorded_run(self, command: str) -> Iterator[RunRecord]:
        """A run recorded from start to finish: "failed" if the block raises, else the status
        and summary the block set on the record. The run holds the store to itself
        (`exclusive`) from start to finish."""
        with self.exclusive(command):
            record = RunRecord(self.begin_run(command))
            try:
                yield record
            except BaseException:
                self.finish_run(record.id, status="failed", summary={})
                raise
            self.finish_run(record.id, status=record.status, summary=record.summary)

    def finish_run(self, run_id: int, *, status: str, summary: dict[str, object]) -> None:
        with self._session() as session:
            run = session.get(RunRow, run_id)
            if run is None:
                raise StoreError(f"körning {run_id} finns inte i lagret")
            run.status = status
            run.finished_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            run.summary = json.loads(json.dumps(summary, default=str))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def _close_dead_runs(session: Session) -> None:
    """A run whose process was killed never finished its record; mark it "interrupted".

    Only runs started on this machine can be checked; a run from another host stays
    "running" until it ends there.
    """
    for run in session.scalars(select(RunRow).where(RunRow.status == "running")):
        pid, host = run.summary.get("pid"), run.summary.get("host")
        if host == _HOST and isinstance(pid, int) and not _alive(pid):
            run.status = "interrupted"
            run.summary = {}
