"""The store's schema is kept by Alembic migrations: a new store gets exactly the tables
of schema.py, and a store an older synth made is upgraded in place, keeping its rows."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, create_engine, text
from sqlalchemy.orm import Session

from synth.errors import StoreError
from synth.records import SourceType
from synth.store import Store, migrate
from synth.store.drafts import load_drafts
from synth.store.schema import (
    Base,
    FileRow,
    MetaRow,
    RunRow,
    SourceRow,
    StatementRow,
    ThemeRow,
)
from synth.store.themes import load_themes


def _revision(url: URL) -> str | None:
    engine = create_engine(url)
    with engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
    engine.dispose()
    return revision


def test_a_new_store_has_exactly_the_tables_of_the_schema(store_url: URL) -> None:
    Store.open(store_url).close()

    engine = create_engine(store_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    # a change to schema.py without a migration shows up here
    assert differences == []
    assert _revision(store_url) == migrate.head()


def test_a_store_made_before_migrations_is_upgraded_and_keeps_its_rows(store_url: URL) -> None:
    # the store as synth made it until now: create_all of the first revision's tables
    # (today's less what later revisions added) and the schema_version row
    engine = create_engine(store_url)
    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE theme_drafts DROP COLUMN support_ids"))
        connection.execute(text("ALTER TABLE respondents DROP COLUMN staff"))
        connection.execute(
            text(
                "INSERT INTO theme_drafts (theme_id, headline, bullets, breadth_text, quote_ids,"
                " backend, model, fallback, fallback_reason) VALUES ('T01', 'HR svarar snabbt',"
                " '[]', 'Nämns i 1 av 1 intervjuer', '[]', 'offline', '', false, '')"
            )
        )
    with Session(engine) as session, session.begin():
        session.add(MetaRow(key="schema_version", value="1"))
        run = RunRow(command="ingest", status="ok", summary={"files": 1})
        session.add(run)
        session.flush()
        session.add(
            FileRow(
                path="inbox/intervju.txt",
                kind="transcript",
                content_hash="c",
                derivation_hash="d",
                status="stored",
                run_id=run.id,
            )
        )
        session.add(
            SourceRow(
                id="INT-01",
                origin="inbox/intervju.txt",
                file_path="inbox/intervju.txt",
                type=SourceType.INTERVJU.value,
                content_hash="c",
                date=dt.date(2026, 9, 2),
            )
        )
        session.add(
            StatementRow(
                id="INT-01.001",
                source_id="INT-01",
                position=0,
                raw_text="HR svarar samma dag.",
                text="HR svarar samma dag.",
            )
        )
        session.add(ThemeRow(id="T01", auto_label="HR-stöd", custom_label="Snabbt HR-stöd"))
        session.add(
            SourceRow(
                id="ENK-0001",
                origin="inbox/enkat.csv#1",
                file_path="inbox/intervju.txt",
                type=SourceType.ENKAT.value,
                content_hash="e",
            )
        )
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO respondents (id, source_id, sector, role) "
                "VALUES ('R0001', 'ENK-0001', 'Vård och omsorg', 'Enhetschef')"
            )
        )
    engine.dispose()
    assert _revision(store_url) is None

    with Store.open(store_url) as store:
        assert [(s.id, s.text) for s in store.statements()] == [
            ("INT-01.001", "HR svarar samma dag.")
        ]
        assert [s.id for s in store.sources()] == ["ENK-0001", "INT-01"]
        # a respondent read before the number of staff was kept has none
        assert [(r.id, r.role, r.staff) for r in store.respondents()] == [
            ("R0001", "Enhetschef", None)
        ]
        assert store.status().last_run is not None
        with store.session() as session:
            assert session.get(ThemeRow, "T01").custom_label == "Snabbt HR-stöd"  # type: ignore[union-attr]
        # a draft made before drafts kept their support rests on its whole theme
        drafts = load_drafts(store, load_themes(store))
        assert [(d.headline, d.support_ids) for d in drafts.themes] == [("HR svarar snabbt", ())]
    assert _revision(store_url) == migrate.head()
    # and it is not upgraded twice
    Store.open(store_url).close()
    assert _revision(store_url) == migrate.head()


def test_a_store_from_a_newer_synth_is_refused_and_left_alone(store_url: URL) -> None:
    Store.open(store_url).close()
    engine = create_engine(store_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe'"))
    engine.dispose()

    with pytest.raises(
        StoreError, match=r"schemarevision f00dcafe.*nyare version.*uppdatera synth"
    ):
        Store.open(store_url)
    assert _revision(store_url) == "f00dcafe"
