"""The synthesis as an engagement runs it: where the lenses' example vectors are kept."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from synth.cache import LENS_CACHE_FILE
from synth.config import EngagementConfig, load_config
from synth.ingest.pipeline import ingest_engagement
from synth.store import Store
from synth.synthesis.embed import EmbeddingCache
from synth.synthesis.workflow import synthesize_engagement
from tests.conftest import make_engagement
from tests.synthesis.fakes import HashingEmbedder


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "hem"))
    return tmp_path / "hem"


def _statements(config: EngagementConfig) -> list[str]:
    with Store.open(config.store_url) as store:
        return [s.text for s in store.statements()]


def test_a_new_engagement_embeds_only_its_statements_and_shares_none_of_them(
    home: Path, tmp_path: Path
) -> None:
    """The standard lenses' examples are synth's own sentences: embedded on a machine's
    first run and kept in the user's cache, so the next engagement's first run embeds its
    own statements only. No statement of either engagement is in that cache."""
    first, second = HashingEmbedder(), HashingEmbedder()
    engagements = [make_engagement(tmp_path / name) for name in ("a", "b")]
    for config, embedder in zip(engagements, (first, second), strict=True):
        ingest_engagement(config)
        synthesize_engagement(config, tmp_path / "ut", embedder=embedder)

    statements = _statements(engagements[1])
    assert first.encoded > 100 + len(statements)  # the lenses' examples, then the statements
    assert second.encoded == len(statements)
    shared = EmbeddingCache(home / ".cache" / "synth" / LENS_CACHE_FILE)
    for config in engagements:
        assert shared.get(first.cache_key, _statements(config)) == {}


def test_a_consultants_own_lens_file_stays_in_the_engagement(home: Path, tmp_path: Path) -> None:
    """A lens file of the consultant's own may hold the client's words; its vectors are not
    put in a cache other engagements read."""
    config = make_engagement(tmp_path / "a")
    lenses = (Path(__file__).parents[2] / "synth" / "data" / "lenses" / "swot.yaml").read_text(
        encoding="utf-8"
    )
    (config.root / "linser.yaml").write_text(lenses, encoding="utf-8")
    toml = config.root / "engagement.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('lenses = ""', 'lenses = "linser.yaml"'), encoding="utf-8")
    config = load_config(config.root)
    assert config.models.lenses == "linser.yaml"
    ingest_engagement(config)
    synthesize_engagement(config, tmp_path / "ut", embedder=HashingEmbedder())
    assert not (home / ".cache" / "synth" / LENS_CACHE_FILE).exists()


def test_a_quote_candidate_says_its_themes_polarity_clearly(demo: EngagementConfig) -> None:
    """A quote shows the finding: a statement of the theme's polarity that the lens can
    hardly tell from another ("… och sen skulle vi se till att alla medarbetare gjorde
    rätt", 0.35 styrka for "rätt") stood as the quote under a strength it criticises."""
    from synth.records import dominant_polarity
    from synth.store.themes import lens_records, load_themes
    from synth.synthesis.describe import QUOTE_CONFIDENCE

    with Store.open(demo.store_url) as store:
        lenses = lens_records(store)
        themes = [t for t in load_themes(store) if t.quotes]
    assert themes
    for theme in themes:
        finding = dominant_polarity(Counter(lenses[s].polarity for s in theme.statement_ids))
        for quoted in theme.quotes:
            assert lenses[quoted].polarity == finding, theme.id
            assert lenses[quoted].polarity_confidence >= QUOTE_CONFIDENCE, theme.id
