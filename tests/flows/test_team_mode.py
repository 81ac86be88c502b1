"""Team mode: `synth serve --pool` on a real local Prefect server, two process workers
running two engagements at once, each into its own store."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import TypeVar
from uuid import UUID

import pytest
from typer.testing import CliRunner

from synth.cli import app
from synth.config import load_config
from synth.deck import DECK_FILE
from synth.store import Store
from tests.conftest import DEMO

LIMIT = 240
"""Seconds before a wait gives up: a hang guard for a busy two-core machine, not a timing."""
POOL = "konsulter"
WORKERS = ("arbetare-1", "arbetare-2")

T = TypeVar("T")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(what: str, check: Callable[[], T | None], logs: list[Path]) -> T:
    """Poll `check` until it returns something; fail with the processes' output if not."""
    end = time.monotonic() + LIMIT
    while time.monotonic() < end:
        found = check()
        if found is not None:
            return found
        time.sleep(1)
    tails = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in logs)
    raise AssertionError(f"{what}: inte klart inom {LIMIT} s\n{tails}")


@contextmanager
def _process(command: list[str], env: dict[str, str], log: Path) -> Iterator[None]:
    """A background process in its own process group, stopped with all its children (the
    server's web process, a worker's flow runs) however the test ends."""
    with log.open("w") as sink:
        process = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
        try:
            yield
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGINT)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
            # children outlive a parent that exits first: end the group either way
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


def _healthy(url: str) -> bool | None:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200 or None
    except (urllib.error.URLError, OSError):
        return None


def _serve(root: Path, url: str) -> str:
    result = CliRunner().invoke(app, ["serve", str(root), "--pool", POOL, "--server", url])
    assert result.exit_code == 0, result.output
    return result.output


def _engagement(root: Path, name: str) -> Path:
    """A copy of the demo under another name. Its run lasts long enough (ingest, the
    sentence model, drafting, the deck) that two runs overlap although the second worker
    only takes its run at its next poll, and a flow run's process takes seconds to start
    on a busy two-core machine: the small test engagement's three-second runs did not
    always overlap."""
    shutil.copytree(DEMO, root, ignore=shutil.ignore_patterns("store.sqlite*", "cache", "outbox"))
    toml = root / "engagement.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('name = "Exempelkommun"', f'name = "{name}"'),
        encoding="utf-8",
    )
    return root


@pytest.mark.slow
def test_two_workers_run_two_engagements_from_one_server(tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.client.schemas.objects import FlowRun
    from prefect.settings import PREFECT_API_URL, temporary_settings

    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {
        # the server's own home and SQLite database, nothing from the user's profile
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{tmp_path}/prefect.db",
        "PREFECT_API_URL": url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        # the hourly collection would compete with the engagement runs for the two
        # workers; its registration is checked below, its runs are not this test's subject
        "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
        # the worker's "submitting flow run" line is an INFO log stored with the run
        "PREFECT_LOGGING_LEVEL": "INFO",
        "PREFECT_WORKER_QUERY_SECONDS": "2",
    }
    prefect = [sys.executable, "-m", "prefect"]
    logs = [tmp_path / "server.log", *(tmp_path / f"{w}.log" for w in WORKERS)]
    roots = {
        name: _engagement(tmp_path / folder, name)
        for folder, name in (("hjo", "Hjo kommun"), ("gavle", "Gävle kommun"))
    }

    with ExitStack() as stack:
        server = ["server", "start", "--host", "127.0.0.1", "--port", str(port)]
        stack.enter_context(_process([*prefect, *server], env, logs[0]))
        _wait_for("Prefect-servern", lambda: _healthy(url), logs)

        # in this process, by --server: the workers below find the server by PREFECT_API_URL
        printed = [_serve(root, url) for root in roots.values()]
        assert f"arbetspool {POOL} (skapad)" in printed[0]
        assert f"arbetspool {POOL} (fanns redan)" in printed[1]

        for name, log in zip(WORKERS, logs[1:], strict=True):
            worker = ["worker", "start", "--pool", POOL, "--name", name, "--limit", "1"]
            stack.enter_context(_process([*prefect, *worker], env, log))

        with temporary_settings(updates={PREFECT_API_URL: url}):
            client = stack.enter_context(get_client(sync_client=True))

            def online() -> bool | None:
                workers = client.read_workers_for_work_pool(POOL)
                return sum(w.status == "ONLINE" for w in workers) == len(WORKERS) or None

            _wait_for("två arbetare", online, logs)
            # a pool of another kind starts containers or cloud jobs, without synth in them
            client.create_work_pool(WorkPoolCreate(name="moln", type="kubernetes"))
            refused = CliRunner().invoke(
                app, ["serve", str(roots["Hjo kommun"]), "--pool", "moln", "--server", url]
            )
            assert refused.exit_code == 1
            assert "arbetspoolen moln" in refused.output
            assert "typen kubernetes, inte process" in refused.output
            collect = client.read_deployment_by_name("synth-collect-responses/insamling-hjo-kommun")
            assert collect.work_pool_name == POOL and len(collect.schedules) == 1

            # both at once: each worker takes one run at a time (--limit 1)
            runs: dict[str, UUID] = {}
            for slug in ("hjo-kommun", "gavle-kommun"):
                deployment = client.read_deployment_by_name(f"synth-engagement/uppdrag-{slug}")
                runs[slug] = client.create_flow_run_from_deployment(deployment.id).id

            def finished() -> list[FlowRun] | None:
                done = [client.read_flow_run(i) for i in runs.values()]
                return (
                    done if all(r.state is not None and r.state.is_final() for r in done) else None
                )

            first, second = _wait_for("båda körningarna", finished, logs)
            assert first.state is not None and first.state.is_completed(), first.state
            assert second.state is not None and second.state.is_completed(), second.state
            # at once: each started before the other ended
            assert first.start_time and second.start_time and first.end_time and second.end_time
            assert first.start_time < second.end_time and second.start_time < first.end_time

            # both workers may fetch the same scheduled run; the one whose Pending the server
            # refuses logs "Aborted submission", so the log's "submitting" line does not say
            # who ran it. Only the worker that won labels the run with its name.
            ran_on = {
                slug: str(client.read_flow_run(run).labels.get("prefect.worker.name"))
                for slug, run in runs.items()
            }
        assert sorted(ran_on.values()) == sorted(WORKERS), ran_on

    for root in roots.values():
        config = load_config(root)
        with Store.open(config.store_url) as store:
            assert store.status().statements > 0
        (deck,) = (root / "outputs").rglob(DECK_FILE)
        assert deck.stat().st_size > 0


def test_serve_to_a_pool_needs_a_server(tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    root = _engagement(tmp_path / "hjo", "Hjo kommun")
    # Prefect's own temporary server would take the deployments, and no worker could reach it
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        result = CliRunner().invoke(app, ["serve", str(root), "--pool", POOL])
    assert result.exit_code == 1
    assert "ingen Prefect-server angiven" in result.output


def test_serve_to_a_pool_says_when_the_server_does_not_answer(tmp_path: Path) -> None:
    root = _engagement(tmp_path / "hjo", "Hjo kommun")
    url = f"http://127.0.0.1:{_free_port()}/api"  # nothing listens there
    result = CliRunner().invoke(app, ["serve", str(root), "--pool", POOL, "--server", url])
    assert result.exit_code == 1
    assert f"Prefect-servern på {url} svarar inte" in result.output
