"""`synth serve`: the deployments start, poll, and stop cleanly on Ctrl+C."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest
from typer.testing import CliRunner

from synth.cli import app
from tests.conftest import make_engagement
from tests.survey.mailserver import mail_settings

runner = CliRunner()
STARTUP_LIMIT = 120
"""Seconds before a server that never starts polling is killed: a hang guard, not a timing."""


def _engagement(tmp_path: Path, **mail: object) -> Path:
    config = make_engagement(tmp_path / "uppdrag")
    mail_settings(config, **mail)
    return config.root


def _read_until(stream: IO[str], text: str, process: subprocess.Popen[str]) -> list[str]:
    guard = threading.Timer(STARTUP_LIMIT, process.kill)
    guard.start()
    seen: list[str] = []
    try:
        for line in stream:
            seen.append(line)
            if text in line:
                return seen
    finally:
        guard.cancel()
    raise AssertionError(f"'{text}' never appeared:\n{''.join(seen)}")


def _hear_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_serve_runs_the_deployments_until_interrupted(tmp_path: Path) -> None:
    today = dt.date.today()
    root = _engagement(
        tmp_path,
        deadline=(today + dt.timedelta(days=7)).isoformat(),
        reminders=[(today + dt.timedelta(days=2)).isoformat()],
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    # its own Prefect home and temporary server; DEBUG shows when the runner polls
    env |= {"PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_LOGGING_LEVEL": "DEBUG"}
    command = [sys.executable, "-c", "from synth.cli import app; app()"]
    process = subprocess.Popen(
        [*command, "serve", str(root), "--dry-run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
        # a test run started in the background of a non-interactive shell ignores SIGINT,
        # and a child inherits that: the server would never hear the Ctrl+C sent below
        preexec_fn=_hear_interrupts,
    )
    try:
        assert process.stderr is not None
        _read_until(process.stderr, "Querying for flow runs", process)
        process.send_signal(signal.SIGINT)
        out, errors = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    assert process.returncode == 0, errors
    assert "Insamling (insamling-testkommun): var 60:e minut" in out
    assert f"Påminnelser (paminnelser-testkommun): {today + dt.timedelta(days=2)}" in out
    # both deployments were registered, and paused when the server stopped
    assert errors.count("Paused deployment") == 2


def test_serve_refuses_reminders_it_could_not_send(tmp_path: Path) -> None:
    today = dt.date.today()
    root = _engagement(
        tmp_path,
        sender="utredning@firma.se",
        deadline=(today + dt.timedelta(days=7)).isoformat(),
        reminders=[today.isoformat()],
    )
    result = runner.invoke(app, ["serve", str(root)])
    assert result.exit_code == 1
    assert "mail.host saknas" in result.output
