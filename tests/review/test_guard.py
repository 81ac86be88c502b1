"""The commands refuse, before they change anything, while workbook edits are not imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig
from synth.draft.workflow import load_current_drafts
from synth.review import export_workbook
from synth.store import Store
from tests.synthesis.fakes import HashingEmbedder

EDITED = "Rubriken konsulten skrev"


def test_synthesize_draft_and_export_refuse_before_changing_anything(
    demo: EngagementConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import synth.draft.workflow as draft_workflow
    import synth.synthesis.workflow as synthesis_workflow

    monkeypatch.setattr(synthesis_workflow, "embedder_for", lambda config: HashingEmbedder())
    monkeypatch.setattr(draft_workflow, "embedder_for", lambda config: HashingEmbedder())
    path = tmp_path / "themes.xlsx"
    with Store.open(demo.store_url) as store:
        export_workbook(store, path)
        last_run = store.status().last_run
    workbook = load_workbook(path)
    workbook["Teman"]["D2"] = EDITED
    workbook.save(path)
    outputs = tmp_path / "ut"

    for command in (
        ["synthesize", str(demo.root), "--outputs", str(outputs)],
        ["draft", str(demo.root), "--outputs", str(outputs)],
        ["themes", "export", str(demo.root), "--out", str(tmp_path / "annan.xlsx")],
    ):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 1, result.output
        assert "inte inlästa" in result.output and "synth themes import" in result.output

    assert load_workbook(path)["Teman"]["D2"].value == EDITED
    assert not outputs.exists() and not (tmp_path / "annan.xlsx").exists()
    assert load_current_drafts(demo).themes == ()
    with Store.open(demo.store_url) as store:
        assert store.status().last_run == last_run  # no run was even begun
