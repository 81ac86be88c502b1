"""Every store test that takes `store_url` (or `store`) runs twice: on a SQLite file and on
a database of its own on the session's PostgreSQL server (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL

from synth.config import EngagementConfig, load_config
from synth.store import Store
from tests.conftest import make_engagement


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> URL:
    if request.param == "sqlite":
        return URL.create("sqlite", database=str(tmp_path / "store.sqlite"))
    server = request.getfixturevalue("postgres")
    return server.new_database()


@pytest.fixture
def store(store_url: URL) -> Iterator[Store]:
    with Store.open(store_url) as store:
        yield store


def engagement_on(root: Path, url: URL) -> EngagementConfig:
    """The small test engagement (`make_engagement`) with its store at `url`."""
    make_engagement(root)
    toml = root / "engagement.toml"
    text = toml.read_text(encoding="utf-8")
    assert 'url = ""' in text
    toml.write_text(
        text.replace('url = ""', f'url = "{url.render_as_string()}"', 1), encoding="utf-8"
    )
    return load_config(root)
