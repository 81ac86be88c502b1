from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig, load_config
from synth.export import STATEMENT_COLUMNS
from tests.conftest import make_engagement

runner = CliRunner()


def test_every_command_has_help() -> None:
    for command in ["init", "ingest", "status", "statements", "run", "demo"]:
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output


def test_init_creates_an_engagement(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "hjo"), "--name", "Hjo kommun"])

    assert result.exit_code == 0, result.output
    config = load_config(tmp_path / "hjo")
    assert config.engagement.name == "Hjo kommun"
    assert config.engagement.anonymity_threshold == 5
    assert (tmp_path / "hjo" / "inbox").is_dir()
    assert (tmp_path / "hjo" / "store.sqlite").is_file()


def test_init_refuses_to_overwrite_an_engagement(tmp_path: Path) -> None:
    runner.invoke(app, ["init", str(tmp_path / "hjo")])
    result = runner.invoke(app, ["init", str(tmp_path / "hjo")])
    assert result.exit_code == 1
    assert "finns redan" in result.output


def test_commands_on_a_folder_without_engagement_explain_themselves(tmp_path: Path) -> None:
    result = runner.invoke(app, ["status", str(tmp_path)])
    assert result.exit_code == 1
    assert "synth init" in result.output


def test_ingest_status_and_statements(tmp_path: Path) -> None:
    config = make_engagement(tmp_path / "uppdrag")
    (config.inbox / "trasig.docx").write_bytes(b"not a docx")

    result = runner.invoke(app, ["ingest", str(config.root)])
    assert result.exit_code == 3, result.output
    assert "trasig.docx" in result.output

    status = runner.invoke(app, ["status", str(config.root)])
    assert status.exit_code == 0
    assert "Avvisade filer" in status.output and "trasig.docx" in status.output
    assert "enkät" in status.output and "intervju" in status.output
    assert "Vård och omsorg" in status.output

    out = tmp_path / "uttalanden.csv"
    export = runner.invoke(app, ["statements", str(config.root), "--out", str(out)])
    assert export.exit_code == 0, export.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == STATEMENT_COLUMNS
    assert {row["source_type"] for row in rows} == {"intervju", "enkät"}
    assert not any("070-123" in row["text"] or "Anna Berg" in row["text"] for row in rows)


def test_ingest_of_named_paths_only(tmp_path: Path) -> None:
    config = make_engagement(tmp_path / "uppdrag")
    result = runner.invoke(
        app, ["ingest", str(config.root), str(config.inbox / "intervju_rektor.txt")]
    )
    assert result.exit_code == 0, result.output
    assert "Filer: 1" in result.output


@pytest.mark.slow
def test_run_chains_the_steps_in_a_prefect_flow(tmp_path: Path) -> None:
    config: EngagementConfig = make_engagement(tmp_path / "uppdrag")
    outputs = tmp_path / "outputs"
    result = runner.invoke(app, ["run", str(config.root), "--outputs", str(outputs)])

    assert result.exit_code == 0, result.output
    written = list(outputs.rglob("uttalanden.csv"))
    assert len(written) == 1
    assert str(written[0]) in result.output.replace("\n", "")
