"""Export → edit in Excel → import → new interview → re-run: every kind of edit survives."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from synth.config import EngagementConfig
from synth.errors import CurationError
from synth.ingest.pipeline import ingest_engagement
from synth.review import (
    check_no_unimported_edits,
    export_engagement_workbook,
    export_workbook,
    import_workbook,
)
from synth.store import Store
from synth.store.themes import load_themes
from synth.synthesis.workflow import synthesize_engagement
from tests.synthesis.fakes import HashingEmbedder

NEW_INTERVIEW = """\
I: Hur fungerar IT-supporten för er?
IP: IT-supporten är långsam, våra ärenden ligger i TopDesk i veckor och ingen vet vem som äger systemen.
IP: Vi har fått en egen IT-tekniker i sektorn för att klara vardagen, det blir dubbelarbete.
I: Och lönekontoret?
IP: Lönekontoret är pålitligt och svarar snabbt när något blivit fel.
"""


@pytest.fixture
def engagement(demo: EngagementConfig) -> EngagementConfig:
    """The synthesised demo (tests/conftest.py), a private copy."""
    return demo


def themes_of(config: EngagementConfig) -> dict[str, object]:
    store = Store.open(config.store_url)
    try:
        return {t.id: t for t in load_themes(store)}
    finally:
        store.close()


def exported(config: EngagementConfig, tmp_path: Path) -> Path:
    store = Store.open(config.store_url)
    try:
        return export_workbook(store, tmp_path / "themes.xlsx")
    finally:
        store.close()


def drafted(config: EngagementConfig, workbook: Path) -> Path:
    """Draft, then write the themes workbook with the drafts, as `synth draft` does."""
    from synth.draft.workflow import draft_engagement

    draft_engagement(config, embedder=HashingEmbedder(), before=check_no_unimported_edits)
    return export_engagement_workbook(config, workbook)


def rows_by_id(sheet: object) -> dict[str, list[object]]:
    return {row[0].value: row for row in sheet.iter_rows(min_row=2)}  # type: ignore[attr-defined]


def test_every_kind_of_edit_survives_a_new_interview_and_a_rerun(
    engagement: EngagementConfig, tmp_path: Path
) -> None:
    path = exported(engagement, tmp_path)
    before = themes_of(engagement)
    active = [t for t in before.values() if t.id.startswith("T") and t.size >= 6]
    renamed, excluded, mover_from, mover_to, gone, into, split_from, quoted = (
        active[0],
        active[1],
        active[2],
        active[3],
        active[4],
        active[5],
        active[6],
        active[7],
    )

    workbook = load_workbook(path)
    themes_sheet, statements_sheet = workbook["Teman"], workbook["Uttalanden"]
    theme_rows = rows_by_id(themes_sheet)
    theme_rows[renamed.id][3].value = "Lönestödet fungerar"
    theme_rows[renamed.id][7].value = 1
    theme_rows[excluded.id][6].value = "nej"
    theme_rows[gone.id][0].value = into.id  # merge: give it the other theme's id
    statement_rows = rows_by_id(statements_sheet)
    moved = mover_from.statement_ids[0]
    statement_rows[moved][3].value = mover_to.id
    split = list(split_from.statement_ids[:3])
    for sid in split:
        statement_rows[sid][3].value = "T90"
    rejected = quoted.quotes[0]
    statement_rows[rejected][4].value = "nej"
    workbook.save(path)

    store = Store.open(engagement.store_url)
    summary = import_workbook(store, path)
    store.close()
    assert summary.merged == [(gone.id, into.id)] and summary.split == ["T90"]

    # a new interview arrives, and everything runs again
    (engagement.inbox / "13_ny_intervju.txt").write_text(NEW_INTERVIEW, encoding="utf-8")
    assert ingest_engagement(engagement).count("added") == 1
    run = synthesize_engagement(engagement, tmp_path / "outputs", embedder=HashingEmbedder())
    assert run.result.report.statements_added >= 2

    after = themes_of(engagement)
    assert after[renamed.id].label == "Lönestödet fungerar" and after[renamed.id].order == 1
    assert after[excluded.id].include is False
    assert moved in after[mover_to.id].statement_ids
    assert after[gone.id].status == "merged" and after[gone.id].merged_into == into.id
    assert set(gone.statement_ids) <= set(after[into.id].statement_ids)
    assert set(after["T90"].statement_ids) >= set(split)
    assert not set(split) & set(after[split_from.id].statement_ids)
    assert all(rejected not in t.quotes for t in after.values())
    # ids are stable: every theme from before is still there
    assert set(before) <= set(after)


def test_invalid_edits_are_all_reported_and_nothing_is_applied(
    engagement: EngagementConfig, tmp_path: Path
) -> None:
    path = exported(engagement, tmp_path)
    before = themes_of(engagement)
    workbook = load_workbook(path)
    themes_sheet, statements_sheet = workbook["Teman"], workbook["Uttalanden"]
    first_theme = next(iter(rows_by_id(themes_sheet).values()))
    first_theme[3].value = "En ny rubrik som inte ska sparas"
    first_theme[6].value = "kanske"
    rows = list(statements_sheet.iter_rows(min_row=2))
    rows[0][3].value = "Tema sju"
    rows[1][0].value = rows[2][0].value  # one statement on two rows
    rows[3][0].value = "INT-99.999"
    workbook.save(path)

    store = Store.open(engagement.store_url)
    with pytest.raises(CurationError) as caught:
        import_workbook(store, path)
    store.close()
    message = str(caught.value)
    assert "inget ändrades" in message
    assert "'kanske' ska vara ja eller nej" in message
    assert "okänt tema-id 'Tema sju'" in message
    assert "två teman" in message
    assert "okänt uttalande-id 'INT-99.999'" in message
    assert themes_of(engagement)[first_theme[0].value].label == before[first_theme[0].value].label


def test_the_workbook_reopens_with_both_sheets_and_choices(
    engagement: EngagementConfig, tmp_path: Path
) -> None:
    path = exported(engagement, tmp_path)
    store = Store.open(engagement.store_url)
    statements = len(store.statements())
    store.close()
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Teman", "Uttalanden"]
    header = [c.value for c in workbook["Teman"][1]]
    assert header[:8] == [
        "id",
        "perspektiv",
        "polaritet",
        "rubrik",
        "nyckelord",
        "bredd",
        "ta med (ja/nej)",
        "ordning",
    ]
    assert workbook["Uttalanden"].max_row == statements + 1
    validations = workbook["Teman"].data_validations.dataValidation
    assert any(v.formula1 == '"ja,nej"' for v in validations)
    breadth = [row[5].value for row in workbook["Teman"].iter_rows(min_row=2)]
    assert any(b and b.startswith("nämns i") for b in breadth)


def test_edits_in_the_printed_workbook_are_never_written_over(
    engagement: EngagementConfig, tmp_path: Path
) -> None:
    from synth.deck import write_deck

    path = exported(engagement, tmp_path)
    workbook = load_workbook(path)
    first = workbook["Teman"]["A2"].value
    workbook["Teman"]["D2"] = "Rubriken konsulten skrev"
    workbook.save(path)

    for step in (
        lambda: drafted(engagement, path),
        lambda: synthesize_engagement(
            engagement,
            tmp_path / "ut",
            embedder=HashingEmbedder(),
            before=check_no_unimported_edits,
        ),
        lambda: write_deck(engagement, tmp_path / "deck.pptx"),
    ):
        with pytest.raises(CurationError, match="inte inlästa") as refused:
            step()
        assert str(path) in str(refused.value) and "synth themes import" in str(refused.value)
    assert load_workbook(path)["Teman"]["D2"].value == "Rubriken konsulten skrev"
    assert not (tmp_path / "deck.pptx").exists()

    store = Store.open(engagement.store_url)
    try:
        import_workbook(store, path)
    finally:
        store.close()
    drafted(engagement, path)

    assert themes_of(engagement)[first].label == "Rubriken konsulten skrev"  # type: ignore[attr-defined]
    assert load_workbook(path)["Teman"]["D2"].value == "Rubriken konsulten skrev"


def test_importing_the_same_workbook_again_changes_nothing(
    engagement: EngagementConfig, tmp_path: Path
) -> None:
    path = exported(engagement, tmp_path)
    workbook = load_workbook(path)
    themes_sheet, statements_sheet = workbook["Teman"], workbook["Uttalanden"]
    themes_sheet["D2"] = "Ny rubrik"
    themes_sheet["A3"] = themes_sheet["A4"].value  # merge the second theme into the third
    statements_sheet["D2"] = "T90"  # split a statement out
    statements_sheet["E3"] = "nej"  # reject a quote
    workbook.save(path)
    store = Store.open(engagement.store_url)
    try:
        first = import_workbook(store, path)
        after_first = {t.id: (t.label, t.status, t.statement_ids) for t in load_themes(store)}
        second = import_workbook(store, path)
        after_second = {t.id: (t.label, t.status, t.statement_ids) for t in load_themes(store)}
    finally:
        store.close()

    assert first.moved == 1 and len(first.merged) == 1 and first.split == ["T90"]
    assert second.lines() == ["Inga ändringar."]
    assert after_second == after_first
