"""A team's store on a PostgreSQL server: the URL from engagement.toml, the password from
the environment variable the file names, and never the password in the file, a message
or a log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import URL

from synth.config import load_config
from synth.errors import ConfigError
from synth.store import Store
from tests.conftest import PostgresServer
from tests.store.conftest import engagement_on

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Hemligt-lösen-4711"
VARIABLE = "SYNTH_TEST_STORE_PASSWORD"
CLI = "import sys; from synth.cli import app; sys.argv[0] = 'synth'; app()"


def _synth(*args: str, password: str | None) -> subprocess.CompletedProcess[str]:
    """`synth -v <args>` in a process of its own, with the password variable set or not."""
    env = {k: v for k, v in os.environ.items() if k != VARIABLE}
    if password is not None:
        env[VARIABLE] = password
    return subprocess.run(
        [sys.executable, "-c", CLI, "-v", *args],
        cwd=ROOT,
        env={**env, "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def team_engagement(postgres: PostgresServer, tmp_path: Path) -> Path:
    """An engagement whose store is a database of role `konsult`, who logs in with a
    password, on the session's server."""
    postgres.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'konsult') THEN "
        f"CREATE ROLE konsult LOGIN PASSWORD '{PASSWORD}'; END IF; END $$"
    )
    url = postgres.new_database(owner="konsult")
    root = tmp_path / "uppdrag"
    engagement_on(root, url)
    toml = root / "engagement.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(
        text.replace('password_env = ""', f'password_env = "{VARIABLE}"', 1), encoding="utf-8"
    )
    return root


def test_the_password_comes_from_the_variable_the_file_names(team_engagement: Path) -> None:
    done = _synth("ingest", str(team_engagement), password=PASSWORD)

    assert done.returncode == 0, done.stdout + done.stderr
    assert PASSWORD not in done.stdout + done.stderr  # -v: the log included
    assert PASSWORD not in (team_engagement / "engagement.toml").read_text(encoding="utf-8")
    config = load_config(team_engagement, environ={VARIABLE: PASSWORD})
    with Store.open(config.store_url) as store:
        assert len(store.statements()) > 0


def test_an_unset_variable_is_named_in_swedish(team_engagement: Path) -> None:
    done = _synth("status", str(team_engagement), password=None)

    assert done.returncode == 1
    output = " ".join((done.stdout + done.stderr).split())
    assert f"miljövariabeln {VARIABLE} är inte satt" in output, output
    assert "Traceback" not in output


def test_a_wrong_password_is_refused_without_repeating_either(team_engagement: Path) -> None:
    wrong = "Fel-lösen-0815"
    done = _synth("status", str(team_engagement), password=wrong)

    assert done.returncode == 1
    output = " ".join((done.stdout + done.stderr).split())
    assert "kan inte öppna lagret" in output, output
    assert "konsult" in output  # the user is named, so the consultant knows whose login
    assert wrong not in output and PASSWORD not in output
    assert "Traceback" not in output


def test_a_password_written_in_the_url_is_refused_and_not_repeated(tmp_path: Path) -> None:
    root = tmp_path / "uppdrag"
    engagement_on(root, URL.create("sqlite", database=str(tmp_path / "s.sqlite")))
    toml = root / "engagement.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(
        text.replace(
            f'url = "sqlite:///{tmp_path / "s.sqlite"}"',
            f'url = "postgresql://konsult:{PASSWORD}@dbserver/hjo"',
        ),
        encoding="utf-8",
    )

    with pytest.raises(ConfigError) as refused:
        load_config(root)
    assert "store.url" in str(refused.value)
    assert "password_env" in str(refused.value)
    assert PASSWORD not in str(refused.value)


def test_the_url_shows_stars_where_the_password_is(tmp_path: Path) -> None:
    root = tmp_path / "uppdrag"
    engagement_on(root, URL.create("postgresql", username="konsult", host="db", database="hjo"))
    toml = root / "engagement.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            'password_env = ""', f'password_env = "{VARIABLE}"', 1
        ),
        encoding="utf-8",
    )

    config = load_config(root, environ={VARIABLE: PASSWORD})

    assert config.store_url.password == PASSWORD
    shown = f"{config.store_url} {config.store_url!r} {config!r} {config.model_dump()}"
    assert PASSWORD not in shown
    assert "konsult:***@db" in shown
