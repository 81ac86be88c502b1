from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

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
