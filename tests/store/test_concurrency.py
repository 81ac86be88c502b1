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
from openpyxl import load_workbook
from sqlalchemy import URL, create_engine, text
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig
from synth.ingest.pipeline import ingest_engagement
from synth.review import export_workbook
from synth.store import Store, connection, migrate
from synth.store.themes import load_themes
from synth.synthesis.workflow import synthesize_engagement
from tests.conftest import make_engagement
from tests.store.conftest import engagement_on
from tests.synthesis.fakes import HashingEmbedder

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


# `import_workbook` as `synth themes import` runs it, without the re-synthesis that follows
# (that needs the sentence model); a StoreError is printed as the CLI prints it
IMPORT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from synth.errors import SynthError
    from synth.review import import_workbook
    from synth.store import Store

    try:
        with Store.open(sys.argv[1]) as store:
            import_workbook(store, Path(sys.argv[2]))
    except SynthError as exc:
        print(f"Fel: {exc}")
        sys.exit(1)
    """
)


def test_an_ingest_and_a_themes_import_at_once_both_land_or_one_is_told(
    tmp_path: Path, store_url: URL
) -> None:
    config = engagement_on(tmp_path / "uppdrag", store_url)
    ingest_engagement(config)
    synthesize_engagement(config, tmp_path / "ut", embedder=HashingEmbedder())
    with Store.open(config.store_url) as store:
        workbook = export_workbook(store, tmp_path / "themes.xlsx")
    sheet = load_workbook(workbook)
    theme = sheet["Teman"]["A2"].value
    sheet["Teman"]["D2"] = "Rubriken konsulten skrev"
    sheet.save(workbook)
    before = len(_statements(config))
    # a new respondent in the survey export, for the ingest to store
    survey = config.inbox / "enkat.csv"
    new_row = (
        "4;Vård och omsorg;Enhetschef;2;2;;Lönekontoret borde finnas närmare verksamheten.\r\n"
    )
    survey.write_bytes(survey.read_bytes() + new_row.encode("cp1252"))

    env = {**os.environ, "COLUMNS": "200"}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CLI, "ingest", str(config.root)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        ),
        subprocess.Popen(
            [sys.executable, "-c", IMPORT, _url(config), str(workbook)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        ),
    ]  # fmt: skip
    outputs = [c.communicate(timeout=60)[0].decode() for c in children]

    for child, output in zip(children, outputs, strict=True):
        assert "Traceback" not in output, output
        assert child.returncode == 0 or (child.returncode == 1 and BUSY in output), output
    assert any(c.returncode == 0 for c in children), outputs
    assert _integrity(config) == "ok"
    ingested, imported = (c.returncode == 0 for c in children)
    statements = _statements(config)
    assert len(statements) == (before + 1 if ingested else before)
    with Store.open(config.store_url) as store:
        labels = {t.id: t.label for t in load_themes(store)}
    assert (labels[theme] == "Rubriken konsulten skrev") is imported


def test_three_processes_opening_a_new_store_at_once_create_it_once(store_url: URL) -> None:
    url = store_url.render_as_string(hide_password=False)
    opener = "import sys; from synth.store import Store; Store.open(sys.argv[1]).close()"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", opener, url], cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    errors = [c.communicate(timeout=60)[1] for c in children]

    assert [c.returncode for c in children] == [0, 0, 0], errors
    engine = create_engine(store_url)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        schema = connection.execute(text("SELECT value FROM meta")).all()
    engine.dispose()
    assert versions == [(migrate.head(),)]
    assert schema == [("1",)]
