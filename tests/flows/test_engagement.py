"""The engagement flow: the themes workbook is written once, after drafting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

import flows.engagement as engagement
from synth.config import EngagementConfig
from synth.draft.workflow import DraftRun
from tests.conftest import make_engagement
from tests.synthesis.fakes import HashingEmbedder


@pytest.mark.slow
def test_run_writes_the_themes_workbook_once_after_drafting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import synth.draft.workflow as draft_workflow
    import synth.synthesis.workflow as synthesis_workflow

    monkeypatch.setattr(synthesis_workflow, "embedder_for", lambda config: HashingEmbedder())
    monkeypatch.setattr(draft_workflow, "embedder_for", lambda config: HashingEmbedder())
    steps: list[str] = []
    draft, export = engagement.draft_engagement, engagement.export_engagement_workbook

    def drafting(config: EngagementConfig, **options: Any) -> DraftRun:
        steps.append("draft")
        return draft(config, **options)

    def exporting(config: EngagementConfig, out: Path) -> Path:
        steps.append("workbook")
        return export(config, out)

    monkeypatch.setattr(engagement, "draft_engagement", drafting)
    monkeypatch.setattr(engagement, "export_engagement_workbook", exporting)
    config = make_engagement(tmp_path / "uppdrag")
    outputs = tmp_path / "outputs"

    result = engagement.run_engagement(str(config.root), str(outputs))

    assert steps == ["draft", "workbook"]
    (workbook,) = outputs.rglob("themes.xlsx")
    assert result.outputs["Teman att granska (Excel)"] == str(workbook)
    assert "Utkast" in load_workbook(workbook).sheetnames
