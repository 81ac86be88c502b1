from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from synth.config import EngagementConfig, load_config
from synth.ingest.pipeline import ingest_engagement
from synth.synthesis.workflow import synthesize_engagement
from tests.synthesis.fakes import HashingEmbedder

DEMO = Path(__file__).resolve().parents[2] / "examples" / "exempelkommun"
DATE = dt.date(2026, 11, 25)


@pytest.fixture(scope="package")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo engagement ingested and synthesised once for these tests (the fast fake model)."""
    root = tmp_path_factory.mktemp("deck") / "demo"
    shutil.copytree(DEMO, root)
    config = load_config(root)
    ingest_engagement(config)
    synthesize_engagement(config, root.parent / "outputs", embedder=HashingEmbedder())
    return root


@pytest.fixture
def demo(demo_store: Path, tmp_path: Path) -> EngagementConfig:
    """A private copy of the synthesised demo, so that a test may change its curation."""
    root = tmp_path / "demo"
    shutil.copytree(demo_store, root)
    return load_config(root)
