"""Drafts in the themes workbook: shown with their support, edited in Excel, kept."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from synth.config import EngagementConfig
from synth.draft.workflow import draft_engagement, load_current_drafts
from synth.errors import CurationError
from synth.records import Drafts, ThemeDraft, finding_theme
from synth.review import export_workbook, import_workbook
from synth.store import Store
from synth.store.drafts import save_drafts
from tests.synthesis.fakes import HashingEmbedder


def export(config: EngagementConfig, path: Path) -> Path:
    store = Store.open(config.store_url)
    try:
        return export_workbook(store, path)
    finally:
        store.close()


def importing(config: EngagementConfig, path: Path) -> list[str]:
    store = Store.open(config.store_url)
    try:
        return import_workbook(store, path).lines()
    finally:
        store.close()


def first_with_bullets(drafts: Drafts) -> ThemeDraft:
    """The first draft with two evidence lines or more (a headline may have none under
    it): the first is marked, the next is not."""
    return next(d for d in drafts.themes if len(d.bullets) >= 2)


def mark_first_bullet_unsupported(config: EngagementConfig, drafts: Drafts) -> None:
    first = first_with_bullets(drafts)
    bullet = replace(first.bullets[0], supported=False, reason="låg likhet med X (0.12)")
    changed = replace(first, bullets=(bullet, *first.bullets[1:]))
    themes = tuple(changed if d.theme_id == first.theme_id else d for d in drafts.themes)
    store = Store.open(config.store_url)
    try:
        save_drafts(store, replace(drafts, themes=themes))
    finally:
        store.close()


def headline_row(rows: list[list[object]], theme_id: str) -> int:
    """The sheet row (from 2) of a finding's headline."""
    return next(i for i, row in enumerate(rows, start=2) if row[:2] == ["rubrik", theme_id])


def test_drafts_are_shown_edited_and_kept_across_a_new_draft(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    run = draft_engagement(demo, embedder=HashingEmbedder())
    export(demo, tmp_path / "themes.xlsx")
    mark_first_bullet_unsupported(demo, run.drafts)
    path = export(demo, tmp_path / "themes.xlsx")

    workbook = load_workbook(path)
    sheet = workbook["Utkast"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows[0][:3] == ["rubrik", run.drafts.themes[0].theme_id, run.drafts.themes[0].headline]
    first = first_with_bullets(run.drafts)
    at = headline_row(rows, first.theme_id)
    assert rows[at - 2][:3] == ["rubrik", first.theme_id, first.headline]
    assert rows[at - 1][0] == "punkt" and rows[at - 1][4] == "osäker: låg likhet med X (0.12)"
    assert sheet.cell(row=at + 1, column=1).fill.fgColor.rgb.endswith("FCE4D6")
    assert rows[at][4] == "ok"
    kinds = {row[0] for row in rows}
    assert kinds == {"rubrik", "punkt", "bedömning", "rekommendation"}

    # the consultant rewrites a headline, drops a bullet, edits a recommendation
    sheet.cell(row=at, column=3).value = "Cheferna vet inte vart de ska vända sig"
    sheet.cell(row=at + 1, column=3).value = None
    rec_row = next(i for i, row in enumerate(rows, start=2) if row[1] == "R1")
    sheet.cell(row=rec_row, column=3).value = "Samla ingången till stödet i en funktion."
    # and the headline of a theme's later finding ("T12.2"), which has a row of its own
    later = next(
        d
        for d in run.drafts.themes
        if d.theme_id != finding_theme(d.theme_id) and d.theme_id != first.theme_id
    )
    later_row = next(
        i for i, row in enumerate(rows, start=2) if row[0] == "rubrik" and row[1] == later.theme_id
    )
    sheet.cell(row=later_row, column=3).value = "Stödet följer inte sektorernas behov"
    workbook.save(path)

    lines = importing(demo, path)
    assert any(line.startswith("Redigerade utkast:") and "R1" in line for line in lines)

    draft_engagement(demo, embedder=HashingEmbedder())
    drafts = load_current_drafts(demo)
    edited = drafts.theme(first.theme_id)
    assert edited.headline == "Cheferna vet inte vart de ska vända sig"
    assert [b.text for b in edited.bullets] == [b.text for b in first.bullets[1:]]
    assert "Samla ingången till stödet i en funktion." in [r.text for r in drafts.recommendations]
    kept = drafts.theme(later.theme_id)
    assert kept.headline == "Stödet följer inte sektorernas behov" and kept.origin.edited
    again = load_workbook(export(demo, tmp_path / "again.xlsx"))["Utkast"]
    shown = [[c.value for c in row] for row in again.iter_rows(min_row=2)]
    assert "redigerad" in again.cell(row=headline_row(shown, first.theme_id), column=6).value


def test_a_bad_edit_is_refused_and_changes_nothing(demo: EngagementConfig, tmp_path: Path) -> None:
    draft_engagement(demo, embedder=HashingEmbedder())
    path = export(demo, tmp_path / "themes.xlsx")
    workbook = load_workbook(path)
    sheet = workbook["Utkast"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    bullet = next(i for i, row in enumerate(rows, start=2) if row[0] == "punkt")
    sheet.cell(row=2, column=3).value = "En ny rubrik"
    sheet.cell(row=bullet, column=4).value = "INT-99.999"
    sheet.append(["slutsats", "X1", "Något annat"])
    workbook.save(path)
    before = load_current_drafts(demo)

    with pytest.raises(CurationError) as caught:
        importing(demo, path)

    message = str(caught.value)
    assert f"Utkast, rad {bullet}: okänt uttalande-id INT-99.999" in message
    assert "typ 'slutsats'" in message
    assert load_current_drafts(demo) == before


def test_an_edited_later_finding_keeps_its_id_and_edit_when_a_new_draft_numbers_it_otherwise(
    demo: EngagementConfig,
) -> None:
    """A theme's later findings are numbered by how widely they are heard, and a re-run with
    more answers can turn that order round: the finding found again keeps the id it had,
    and the consultant's edit stays over its own evidence, not another finding's."""
    from sqlalchemy import select

    from synth.store.schema import ThemeDraftRow

    draft_engagement(demo, embedder=HashingEmbedder())
    later = next(
        d
        for d in load_current_drafts(demo).themes
        if d.theme_id != finding_theme(d.theme_id) and d.support_ids
    )
    # the run before numbered it otherwise ("T05.7"), and the consultant edited it there
    before = f"{finding_theme(later.theme_id)}.7"
    with Store.open(demo.store_url) as store, store.session() as session:
        row = session.scalars(
            select(ThemeDraftRow).where(ThemeDraftRow.theme_id == later.theme_id)
        ).one()
        row.theme_id = before
        row.custom_headline = "Stödet följer inte sektorernas behov"

    draft_engagement(demo, embedder=HashingEmbedder())

    drafts = load_current_drafts(demo)
    kept = drafts.theme(before)
    assert kept.headline == "Stödet följer inte sektorernas behov" and kept.origin.edited
    assert set(kept.support_ids) == set(later.support_ids)
    # and no second finding of the same statements under the number this run gave it
    assert all(
        d.theme_id == before or not set(d.support_ids) & set(later.support_ids)
        for d in drafts.themes
        if finding_theme(d.theme_id) == finding_theme(later.theme_id)
        and d.theme_id != finding_theme(d.theme_id)
    )
