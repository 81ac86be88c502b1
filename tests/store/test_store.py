from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, text

from synth.errors import StoreError
from synth.records import LikertAnswer, SourceType
from synth.store import FileInput, SourceInput, StatementInput, Store


def transcript(path: str, texts: list[str], *, content: str = "v1") -> FileInput:
    statements = tuple(
        StatementInput(raw_text=t, text=t.replace("Anna", "[namn]"), position=i, role="Rektor")
        for i, t in enumerate(texts)
    )
    source = SourceInput(
        origin=path,
        type=SourceType.INTERVJU,
        content_hash=f"{content}-derived",
        statements=statements,
        sector="Barn och utbildning",
        roles=("Rektor",),
    )
    return FileInput(
        path=path, kind="transcript", content_hash=content, derivation_hash="d", sources=(source,)
    )


def survey(path: str, rows: dict[str, str], *, content: str) -> FileInput:
    sources = tuple(
        SourceInput(
            origin=f"{path}#{key}",
            type=SourceType.ENKAT,
            content_hash=answer,
            statements=(StatementInput(raw_text=answer, text=answer, position=0),),
            responses=(LikertAnswer("hr", "Stödet från HR?", 4.0, "4"),),
            sector="Vård och omsorg",
            roles=("Enhetschef",),
            respondent=True,
        )
        for key, answer in rows.items()
    )
    return FileInput(
        path=path, kind="survey", content_hash=content, derivation_hash="d", sources=sources
    )


def test_a_transcript_is_stored_with_readable_ids(store: Store) -> None:
    outcome = store.store_file(None, transcript("inbox/a.txt", ["Anna sa att HR är bra.", "Två"]))

    assert outcome.action == "added"
    rows = store.statements()
    assert [s.id for s in rows] == ["INT-01.001", "INT-01.002"]
    assert rows[0].text == "[namn] sa att HR är bra."
    assert rows[0].role == "Rektor" and rows[0].sector == "Barn och utbildning"
    assert store.raw_texts(["INT-01.001"]) == {"INT-01.001": "Anna sa att HR är bra."}


def test_the_same_content_twice_stores_nothing_new(store: Store) -> None:
    store.store_file(None, transcript("inbox/a.txt", ["Ett.", "Två."]))
    again = store.store_file(None, transcript("inbox/a.txt", ["Ett.", "Två."]))

    assert again.action == "unchanged"
    assert len(store.statements()) == 2
    assert [s.version for s in store.sources()] == [1]


def test_a_changed_file_replaces_its_statements_and_the_change_is_recorded(store: Store) -> None:
    store.store_file(None, transcript("inbox/a.txt", ["Ett.", "Två."]))
    outcome = store.store_file(None, transcript("inbox/a.txt", ["Nytt."], content="v2"))

    assert outcome.action == "replaced"
    assert [s.text for s in store.statements()] == ["Nytt."]
    (source,) = store.sources()
    assert source.id == "INT-01" and source.version == 2
    replaced = [e for e in store.events() if e.action == "replaced"]
    assert replaced[0].details == {"version": 2, "statements_before": 2, "statements_after": 1}


def test_a_rejected_new_version_leaves_the_old_one_intact(store: Store) -> None:
    store.store_file(None, transcript("inbox/a.txt", ["Ett.", "Två."]))
    store.record_rejection(
        None, "inbox/a.txt", kind="transcript", content_hash="x", message="trasig"
    )

    assert [s.text for s in store.statements()] == ["Ett.", "Två."]
    assert store.status().rejected == [("inbox/a.txt", "trasig")]
    # the good version coming back is stored again without renumbering
    store.store_file(None, transcript("inbox/a.txt", ["Ett.", "Två."]))
    assert store.status().rejected == []
    assert [s.id for s in store.sources()] == ["INT-01"]


def test_a_new_survey_export_adds_only_new_respondents(store: Store) -> None:
    store.store_file(None, survey("inbox/e.csv", {"1": "Bra stöd", "2": "Sämre"}, content="a"))
    outcome = store.store_file(
        None, survey("inbox/e.csv", {"1": "Bra stöd", "2": "Sämre", "3": "Ny"}, content="b")
    )

    assert (outcome.added, outcome.unchanged, outcome.replaced) == (1, 2, 0)
    assert [r.id for r in store.respondents()] == ["R0001", "R0002", "R0003"]
    assert store.status().respondents_by_sector == {"Vård och omsorg": 3}
    responses = store.responses()
    assert {(r.respondent_id, r.value) for r in responses} == {
        ("R0001", 4.0),
        ("R0002", 4.0),
        ("R0003", 4.0),
    }


def test_a_row_removed_from_the_export_is_removed_and_recorded(store: Store) -> None:
    store.store_file(None, survey("inbox/e.csv", {"1": "Bra", "2": "Sämre"}, content="a"))
    outcome = store.store_file(None, survey("inbox/e.csv", {"1": "Bra"}, content="b"))

    assert outcome.removed == 1
    assert [r.id for r in store.respondents()] == ["R0001"]
    assert [e.source_id for e in store.events() if e.action == "removed"] == ["ENK-0002"]


def test_ids_are_never_reused_across_files(store: Store) -> None:
    store.store_file(None, transcript("inbox/a.txt", ["Ett."]))
    store.store_file(None, transcript("inbox/b.txt", ["Två."]))
    assert [s.id for s in store.sources()] == ["INT-01", "INT-02"]


def test_status_counts_sources_and_statements_by_type(store: Store) -> None:
    store.store_file(None, transcript("inbox/a.txt", ["Ett.", "Två."]))
    store.store_file(None, survey("inbox/e.csv", {"1": "Bra"}, content="a"))
    run = store.begin_run("ingest")
    store.finish_run(run, status="ok", summary={"files": 2})

    state = store.status()
    assert state.sources_by_type == {"intervju": 1, "enkät": 1}
    assert state.statements_by_type == {"intervju": 2, "enkät": 1}
    assert state.statements == 3
    assert state.last_run is not None and state.last_run["summary"] == {"files": 2}


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "store.sqlite"
    bogus.write_text("inte en databas", encoding="utf-8")
    with pytest.raises(StoreError, match="kan inte öppna lagret"):
        Store.open(f"sqlite:///{bogus}")


def test_a_store_of_another_schema_version_is_refused(store_url: URL) -> None:
    Store.open(store_url).close()
    engine = create_engine(store_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE meta SET value = '99' WHERE key = 'schema_version'"))
    engine.dispose()
    with pytest.raises(StoreError, match="schemaversion 99"):
        Store.open(store_url)


def test_a_with_block_closes_the_store_also_when_it_raises(store_url: URL) -> None:
    url = store_url
    with Store.open(url) as store:
        store.store_file(None, transcript("a.txt", ["Lönekontoret svarar fort."]))
        # one on SQLite; on PostgreSQL the lock's connection may have added a second
        assert store.engine.pool.checkedin() >= 1  # type: ignore[attr-defined]
    assert store.engine.pool.checkedin() == 0  # type: ignore[attr-defined]

    with pytest.raises(RuntimeError), Store.open(url) as store:
        assert len(store.statements()) == 1
        raise RuntimeError("the work failed")
    assert store.engine.pool.checkedin() == 0  # type: ignore[attr-defined]


def test_a_recorded_run_ends_failed_when_its_work_raises(store_url: URL) -> None:
    from synth.store.schema import RunRow

    store = Store.open(store_url)
    with store.recorded_run("ingest") as run:
        run.status, run.summary = "rejected", {"files": 2}
    with pytest.raises(RuntimeError), store.recorded_run("synthesize"):
        raise RuntimeError("the model went away")
    with store.session() as session:
        runs = [
            (r.command, r.status, r.summary, r.finished_at is not None)
            for r in session.query(RunRow)
        ]
    store.close()
    assert runs == [("ingest", "rejected", {"files": 2}, True), ("synthesize", "failed", {}, True)]


def test_a_run_whose_process_was_killed_is_marked_interrupted(store_url: URL) -> None:
    import subprocess
    import sys

    url = store_url.render_as_string()
    Store.open(url).close()
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal; from synth.store import Store; "
            f"s = Store.open({url!r}); s.begin_run('ingest'); "
            "os.kill(os.getpid(), signal.SIGKILL)",
        ],
        check=False,
    )
    assert killed.returncode == -9
    store = Store.open(url)
    assert store.status().last_run["status"] == "running"  # type: ignore[index]

    store.begin_run("status")

    with store.session() as session:
        from sqlalchemy import select

        from synth.store.schema import RunRow

        statuses = [r.status for r in session.scalars(select(RunRow).order_by(RunRow.id))]
    store.close()
    assert statuses == ["interrupted", "running"]


def test_database_failures_become_a_store_error_and_damage_nothing(tmp_path: Path) -> None:
    from synth.store.schema import MetaRow

    path = tmp_path / "s.sqlite"
    store = Store.open(f"sqlite:///{path}")
    store.store_file(None, transcript("a.txt", ["Anna säger att HR-stödet fungerar bra."]))
    # two writers that both believe they add the same row: the second one loses
    with (
        pytest.raises(StoreError, match="samtidigt av en annan körning"),
        store.session() as session,
    ):
        session.add(MetaRow(key="schema_version", value="x"))
    store.close()
    read_only = Store.open(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(StoreError, match="skrivskyddad"):
        read_only.store_file(None, transcript("b.txt", ["Lönekontoret svarar fort."]))
    assert len(read_only.statements()) == 1
    read_only.close()
