"""Importing applies every edit of a workbook in one transaction: all of them or none."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from synth.config import EngagementConfig
from synth.draft.workflow import draft_engagement, load_current_drafts
from synth.errors import CurationError, StoreError
from synth.review import export_workbook, import_workbook, unimported_workbooks
from synth.store import Store
from synth.store.schema import CurationRow
from synth.store.themes import load_themes
from tests.synthesis.fakes import HashingEmbedder

HEADLINE = "Rubriken konsulten skrev"
RECOMMENDATION = "Samla ingången till stödet i en funktion."


def edited_workbook(config: EngagementConfig, path: Path) -> tuple[str, str]:
    """Export, then edit a theme's headline and a recommendation; returns their ids."""
    with Store.open(config.store_url) as store:
        export_workbook(store, path)
    workbook = load_workbook(path)
    workbook["Teman"]["D2"] = HEADLINE
    drafts = workbook["Utkast"]
    row = next(r for r in drafts.iter_rows(min_row=2) if r[0].value == "rekommendation")
    row[2].value = RECOMMENDATION
    workbook.save(path)
    return str(workbook["Teman"]["A2"].value), str(row[1].value)


def test_a_failure_while_applying_draft_edits_rolls_back_the_theme_edits(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    draft_engagement(demo, embedder=HashingEmbedder())
    path = tmp_path / "themes.xlsx"
    theme_id, rec_id = edited_workbook(demo, path)
    drafts_before = load_current_drafts(demo)

    with Store.open(demo.store_url) as store:
        labels_before = {t.id: t.label for t in load_themes(store)}
        # the store refuses the draft edit, after the theme edits are in the transaction
        with store.session() as session:
            session.execute(
                text(
                    "CREATE TRIGGER no_draft_edits BEFORE UPDATE ON draft_items "
                    "BEGIN SELECT RAISE(ABORT, 'avbrutet'); END"
                )
            )
        with pytest.raises(StoreError):
            import_workbook(store, path)

        assert {t.id: t.label for t in load_themes(store)} == labels_before
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(CurationRow)) == 0
        # the edits are still the workbook's alone: the guard keeps refusing
        assert unimported_workbooks(store) == [path.resolve()]

        with store.session() as session:
            session.execute(text("DROP TRIGGER no_draft_edits"))
        summary = import_workbook(store, path)
        assert {t.id: t.label for t in load_themes(store)}[theme_id] == HEADLINE
        assert unimported_workbooks(store) == []
    assert load_current_drafts(demo) != drafts_before
    assert RECOMMENDATION in [r.text for r in load_current_drafts(demo).recommendations]
    assert summary.renamed == [theme_id] and summary.drafts_edited == [rec_id]


def test_an_invalid_draft_edit_leaves_the_valid_theme_edits_unapplied(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    draft_engagement(demo, embedder=HashingEmbedder())
    path = tmp_path / "themes.xlsx"
    theme_id, _ = edited_workbook(demo, path)
    workbook = load_workbook(path)
    workbook["Utkast"].append(["slutsats", "X1", "Något annat"])
    workbook.save(path)

    with Store.open(demo.store_url) as store:
        before = {t.id: t.label for t in load_themes(store)}
        with pytest.raises(CurationError, match="inget ändrades"):
            import_workbook(store, path)
        assert {t.id: t.label for t in load_themes(store)} == before
        assert before[theme_id] != HEADLINE
