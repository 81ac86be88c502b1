from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import URL

from synth.config import EngagementConfig, load_config
from synth.ingest.pipeline import ingest_engagement
from synth.synthesis.workflow import synthesize_engagement
from synth.workspace import init_engagement
from tests.synthesis.fakes import HashingEmbedder

DATA = Path(__file__).parent / "data"
DEMO = Path(__file__).resolve().parents[1] / "examples" / "exempelkommun"

# Prefect's handlers bind to the stream they first see, which under CliRunner is closed
# by the time the ephemeral server logs its shutdown at exit; the tests read our output,
# not Prefect's INFO lines.
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

TRANSCRIPT = """\
I: Välkommen. Om du tänker på stödet från HR, vad fungerar bra?
IP: Ja, HR-stödet fungerar faktiskt väldigt bra hos oss. Vår HR-konsult svarar samma dag, t.ex. i rehabärenden.
I: Mm.
IP: Mm.
I: Och IT-stödet då?
IP: Där är det sämre. Ett ärende om en trasig skrivare tog tre veckor, och ingen visste vem som ägde frågan. Anna Berg på IT gjorde sitt bästa men hon hinner inte.
IP: Ring mig gärna på 070-123 45 67 om ni vill veta mer, eller mejla kerstin.malm@testkommun.se.
"""

LOG = """\
fil;typ;datum;roll;sektor;deltagare;intervjuare
intervju_rektor.txt;intervju;2026-09-02;Rektor;Barn och utbildning;Kerstin Malm;Sara Nyström
"""

SURVEY_HEADER = (
    "ID;Sektor;Roll;Hur nöjd är du med stödet från HR?;Hur nöjd är du med stödet från IT?;"
    "Vad fungerar bra?;Vad saknar du?\r\n"
)
SURVEY_ROWS = [
    "1;Vård och omsorg;Enhetschef;4;2;Snabb hjälp från HR-konsulten i rehabärenden.;"
    "En väg in för alla IT-frågor.\r\n",
    "2;Vård och omsorg;Enhetschef;5;Vet ej;Lönekontoret är pålitligt och svarar fort.;\r\n",
    "3;Barn och utbildning;Rektor;3,0;1;;Någon som hjälper till med administrationen nära mig.\r\n",
]


def survey_toml() -> str:
    return """
[survey]
respondent_id = "ID"
sector = "Sektor"
role = "Roll"
likert = ["Hur nöjd är du med stödet från *"]
free_text = ["Vad fungerar bra*", "Vad saknar du*"]
"""


def make_engagement(root: Path) -> EngagementConfig:
    """A small engagement: one logged interview and a Swedish Excel CSV survey export."""
    init_engagement(root, name="Testkommun")
    toml = (root / "engagement.toml").read_text(encoding="utf-8")
    start = toml.index("[survey]")
    end = toml.index("[models]")
    (root / "engagement.toml").write_text(
        toml[:start] + survey_toml().lstrip() + "\n" + toml[end:], encoding="utf-8"
    )
    (root / "intervjuer.csv").write_text(LOG, encoding="utf-8-sig")
    (root / "inbox" / "intervju_rektor.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (root / "inbox" / "enkat.csv").write_bytes(
        (SURVEY_HEADER + "".join(SURVEY_ROWS)).encode("cp1252")
    )
    return load_config(root)


@pytest.fixture
def engagement(tmp_path: Path) -> EngagementConfig:
    return make_engagement(tmp_path / "uppdrag")


@pytest.fixture(scope="session")
def synthesised_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo engagement ingested and synthesised once per test run, with the hashing
    stand-in for the sentence model; tests work on copies (`demo`)."""
    root = tmp_path_factory.mktemp("demo") / "exempelkommun"
    shutil.copytree(DEMO, root, ignore=shutil.ignore_patterns("store.sqlite*", "cache", "outbox"))
    config = load_config(root)
    ingest_engagement(config)
    synthesize_engagement(config, root.parent / "outputs", embedder=HashingEmbedder())
    return root


@pytest.fixture
def demo(synthesised_demo: Path, tmp_path: Path) -> EngagementConfig:
    """A private copy of the synthesised demo, so that a test may change it."""
    root = tmp_path / "exempelkommun"
    shutil.copytree(synthesised_demo, root)
    return load_config(root)


# -- a PostgreSQL server of the test session's own ------------------------------------------


@dataclass(frozen=True)
class PostgresServer:
    """A throwaway server on 127.0.0.1: superuser `postgres` is trusted, every other role
    logs in with its password (so that the password path is tested for real)."""

    port: int
    _databases: Iterator[int] = field(default_factory=itertools.count, compare=False)

    def url(self, database: str = "postgres", user: str = "postgres") -> URL:
        return URL.create(
            "postgresql+psycopg", username=user, host="127.0.0.1", port=self.port, database=database
        )

    def execute(self, *statements: str) -> None:
        """SQL as the superuser, outside a transaction (CREATE DATABASE needs that)."""
        with psycopg.connect(
            self.url().render_as_string().replace("+psycopg", ""), autocommit=True
        ) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def new_database(self, owner: str = "postgres") -> URL:
        """An empty database of its own for one test, owned by `owner`."""
        name = f"synth_{next(self._databases)}"
        self.execute(f'CREATE DATABASE {name} OWNER "{owner}"')
        return self.url(name, owner)


def postgres_bin() -> Path | None:
    """The folder of initdb and pg_ctl: on the PATH, or Debian's /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else None


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """initdb in a temporary folder and a server on a free local port, stopped at the end.

    PostgreSQL refuses to run as root, so as root (CI) it runs as the `postgres` user that
    Debian's package creates (`nobody` if there is none). Without PostgreSQL the tests that
    need it are skipped, except in CI (CI set), where its absence is a failure.
    """
    binaries = postgres_bin()
    if binaries is None:
        reason = "PostgreSQL (initdb, pg_ctl) is not installed"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}, and CI is set: .ci/run should have installed it")
        pytest.skip(f"{reason}; apt-get install postgresql, or set CI to make this a failure")
    folder = Path(tempfile.mkdtemp(prefix="synth-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        user = "postgres" if _has_user("postgres") else "nobody"
        account = pwd.getpwnam(user)
        os.chown(folder, account.pw_uid, account.pw_gid)
        prefix = ["runuser", "-u", user, "--"]
    data, log = folder / "data", folder / "server.log"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def run(*command: str) -> None:
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            server_log = log.read_text(errors="replace") if log.exists() else ""
            pytest.fail(f"{command[0]} failed: {done.stdout}{done.stderr}{server_log}")

    run(
        str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8",
        "--no-locale", "--no-sync", "--auth-local=trust", "--auth-host=scram-sha-256",
    )  # fmt: skip
    (data / "pg_hba.conf").write_text(
        "local all all trust\n"
        "host all postgres 127.0.0.1/32 trust\n"
        "host all all 127.0.0.1/32 scram-sha-256\n",
        encoding="utf-8",
    )
    options = (
        f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    run(str(binaries / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", options, "start")
    try:
        yield PostgresServer(port)
    finally:
        subprocess.run(
            [*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(folder, ignore_errors=True)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
