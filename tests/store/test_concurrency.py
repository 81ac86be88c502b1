"""Two commands writing one engagement at once, from real processes: serialised, or the
second one told clearly that the store is in use; never a corrupt store or a traceback.
On SQLite (a file lock) and on PostgreSQL (an advisory lock), see tests/store/conftest.py."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig
from synth.ingest.pipeline import ingest_engagement
from synth.store import Store, connection
from tests.conftest import make_engagement
from tests.store.conftest import engagement_on

ROOT = Path(__file__).resolve().parents[2]
BUSY = "uppdraget används av en annan körning"

# a run that holds the store until the test lets it go
HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from synth.store import Store

    url, ready, release = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    with Store.open(url) as store, store.recorded_run("ingest"):
        ready.touch()
        deadline = time.monotonic() + 30
        while not release.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
    """
)

# `synth <args>` in a process of its own
CLI = "import sys; from synth.cli import app; sys.argv[0] = 'synth'; app()"


def _integrity(config: EngagementConfig) -> str:
    """SQLite's own check of the file; a PostgreSQL server keeps its files itself (what a
    test reads back from it is the check there)."""
    if config.store_url.get_backend_name() != "sqlite":
        return "ok"
    with sqlite3.connect(str(config.store_url.database)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def _statements(config: EngagementConfig) -> list[tuple[str, str, str]]:
    with Store.open(config.store_url) as store:
        return sorted((s.id, s.source_id, s.text) for s in store.statements())


@contextlib.contextmanager
def _held(
    config: EngagementConfig, tmp_path: Path
) -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    """Another process inside a recorded run until the yielded file is touched."""
    Store.open(config.store_url).close()
    ready, release = tmp_path / "ready", tmp_path / "release"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, _url(config), str(ready), str(release)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for(ready, child)
        yield release, child
    finally:
        release.touch()
        child.communicate(timeout=15)
    assert child.returncode == 0


def _url(config: EngagementConfig) -> str:
    return config.store_url.render_as_string(hide_password=False)


def _wait_for(path: Path, child: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 15
    while not path.exists():
        if child.poll() is not None or time.monotonic() > deadline:
            child.kill()
            _, err = child.communicate()
            pytest.fail(f"the holding process did not start its run: {err.decode()}")
        time.sleep(0.02)


def test_a_held_store_gives_a_clear_message_then_works(
    tmp_path: Path, store_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = engagement_on(tmp_path / "uppdrag", store_url)
    with _held(config, tmp_path):
        monkeypatch.setattr(connection, "LOCK_WAIT_SECONDS", 0.3)
        started = time.monotonic()
        result = CliRunner().invoke(app, ["ingest", str(config.root)])
        assert result.exit_code == 1, result.output
        assert isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output
        assert f"{BUSY} (synth ingest, startad " in result.output
        assert "försök igen när den är klar" in " ".join(result.output.split())
        assert time.monotonic() - started < 5
        assert _integrity(config) == "ok"
        assert _statements(config) == []

    again = CliRunner().invoke(app, ["ingest", str(config.root)])
    assert again.exit_code == 0, again.output
    assert _statements(config)
    assert _integrity(config) == "ok"


def test_the_library_waits_for_a_run_that_ends_within_the_wait(
    tmp_path: Path, store_url: URL
) -> None:
    config = engagement_on(tmp_path / "uppdrag", store_url)
    with (
        _held(config, tmp_path) as (release, child),
        Store.open(config.store_url, lock_wait=10) as store,
    ):
        release.touch()  # the holder finishes while this one waits
        with store.recorded_run("themes import"):
            # the holder let go of the store when its run ended
            assert child.wait(timeout=10) == 0


def test_two_concurrent_ingests_match_one(tmp_path: Path, store_url: URL) -> None:
    single = make_engagement(tmp_path / "ensam")
    ingest_engagement(single)
    config = engagement_on(tmp_path / "uppdrag", store_url)
    Store.open(config.store_url).close()
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CLI, "ingest", str(config.root)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env={**os.environ, "COLUMNS": "200"},
        )
        for _ in range(2)
    ]
    outputs = [c.communicate(timeout=60)[0].decode() for c in children]
    for child, output in zip(children, outputs, strict=True):
        assert "Traceback" not in output, output
        assert child.returncode == 0 or (child.returncode == 1 and BUSY in output), output
    assert any(c.returncode == 0 for c in children), outputs
    assert _integrity(config) == "ok"
    assert _statements(config) == _statements(single)
