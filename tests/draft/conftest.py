"""The demo engagement, ingested and synthesised once (with the hashing stand-in for the
sentence model), copied fresh for every test that drafts on it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from synth.config import EngagementConfig, load_config
from synth.ingest.pipeline import ingest_engagement
from synth.synthesis.workflow import synthesize_engagement
from tests.synthesis.fakes import HashingEmbedder

DEMO = Path(__file__).resolve().parents[2] / "examples" / "exempelkommun"


@pytest.fixture(scope="session")
def synthesised_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "exempelkommun"
    shutil.copytree(DEMO, root, ignore=shutil.ignore_patterns("store.sqlite*", "cache", "outbox"))
    config = load_config(root)
    ingest_engagement(config)
    synthesize_engagement(config, root.parent / "outputs", embedder=HashingEmbedder())
    return root


@pytest.fixture
def demo(synthesised_demo: Path, tmp_path: Path) -> EngagementConfig:
    root = tmp_path / "exempelkommun"
    shutil.copytree(synthesised_demo, root)
    return load_config(root)


def with_llm(config: EngagementConfig, **settings: object) -> EngagementConfig:
    """The engagement with its [llm] section replaced (it is the file's last section)."""
    path = config.root / "engagement.toml"
    text = path.read_text(encoding="utf-8")
    lines = [f"{key} = {_toml(value)}" for key, value in settings.items()]
    path.write_text(text[: text.index("[llm]")] + "[llm]\n" + "\n".join(lines) + "\n", "utf-8")
    return load_config(config.root)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value + '"'
    return str(value)
