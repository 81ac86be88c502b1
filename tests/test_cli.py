from __future__ import annotations

import contextlib
import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from synth.cli import app
from synth.cli.base import output_folder
from synth.config import EngagementConfig, load_config
from synth.export import STATEMENT_COLUMNS
from tests.conftest import make_engagement

runner = CliRunner()


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command and group of the app, with the words that call it, parents first."""
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def test_every_command_has_help_that_names_its_arguments_and_options() -> None:
    commands = dict(_commands(typer.main.get_command(app)))
    # discovered, not listed (today the root, 13 commands, 2 groups and their 6 commands)
    assert len([c for c in commands.values() if not hasattr(c, "commands")]) >= 19
    assert {("themes", "import"), ("survey", "send"), ("cluster",)} <= set(commands)
    for path, command in commands.items():
        result = runner.invoke(app, [*path, "--help"])
        where = " ".join(["synth", *path])
        assert result.exit_code == 0, f"{where}: {result.output}"
        assert "Usage" in result.output, where
        if path:
            assert command.help, f"{where} has no help text"
            assert command.help.split()[0] in result.output, where
        for param in command.params:
            if param.hidden:
                continue
            names = (
                param.opts + param.secondary_opts
                if param.param_type_name == "option"
                else [param.name]
            )
            assert param.help, f"{where}: {param.name} has no help text"
            for name in names:
                assert name in result.output, f"{where}: help does not name {name}"


def test_an_error_from_the_library_is_one_message_from_the_installed_entry_point(
    tmp_path: Path,
) -> None:
    """The error translation sits on the app itself: the console script gets it too."""
    import subprocess
    import sys

    command = [sys.executable, "-c", "from synth.cli import app; app()"]
    result = subprocess.run(
        [*command, "status", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Fel: ") and "synth init" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_file_system_failure_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    config = make_engagement(tmp_path / "uppdrag")
    blocker = tmp_path / "en-fil"
    blocker.write_text("", encoding="utf-8")

    result = runner.invoke(
        app, ["statements", str(config.root), "--out", str(blocker / "uttalanden.csv")]
    )

    assert result.exit_code == 1, result.output
    assert f"Fel: {blocker}: kunde inte läsa eller skriva" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


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
    assert "(klar, med avvisade filer)" in status.output and "rejected" not in status.output
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


def test_outputs_go_to_the_engagement_folder_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = make_engagement(tmp_path / "uppdrag")
    assert runner.invoke(app, ["ingest", str(config.root)]).exit_code == 0
    elsewhere = tmp_path / "annanstans"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    result = runner.invoke(app, ["statements", str(config.root)])

    assert result.exit_code == 0, result.output
    today = dt.date.today().isoformat()
    assert (config.root / "outputs" / today / "uttalanden.csv").is_file()
    assert list(elsewhere.iterdir()) == []
    # an explicit --outputs folder keeps its layout: <folder>/<engagement>/<date>/
    assert output_folder(config, Path("utdata")) == elsewhere / "utdata" / "testkommun" / today
    assert output_folder(config) == config.root / "outputs" / today


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
    (deck,) = outputs.rglob("iakttagelser.pptx")
    assert str(deck) in result.output.replace("\n", "")


def test_models_says_where_the_model_comes_from(tmp_path: Path) -> None:
    runner.invoke(app, ["init", str(tmp_path / "u")])
    result = runner.invoke(app, ["models", str(tmp_path / "u")])
    assert result.exit_code == 0, result.output
    assert "all-MiniLM-L6-v2" in result.output and "finns offline: ja" in result.output
    toml = tmp_path / "u" / "engagement.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            'embedding = "all-MiniLM-L6-v2"', 'embedding = "KBLab/finns-inte"'
        ),
        encoding="utf-8",
    )
    missing = runner.invoke(app, ["models", str(tmp_path / "u")])
    assert missing.exit_code == 1
    assert "finns offline: nej" in missing.output


@pytest.mark.slow
def test_cluster_any_csv_without_a_workspace(tmp_path: Path) -> None:
    texts = [
        "IT-supporten tar veckor på sig.",
        "Det tar veckor att få hjälp av IT-supporten.",
        "IT-ärenden ligger länge i TopDesk.",
        "IT-supporten svarar inte på ärenden.",
        "Lönekontoret är pålitligt.",
        "Lönekontoret svarar snabbt och rätt.",
        "Lönen blir alltid rätt från lönekontoret.",
        "Lönekontoret är snabbt och pålitligt.",
        "Vi borde ha en gemensam väg in till stödet.",
        "En väg in för allt stöd vore bra.",
        "Vi behöver en enda väg in till stödet.",
        "Inför en gemensam väg in för chefernas frågor.",
    ]
    source = tmp_path / "anteckningar.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["nr", "anteckning"])
        writer.writerows([[i, t] for i, t in enumerate(texts, start=1)])
    out = tmp_path / "teman.csv"
    result = runner.invoke(
        app,
        [
            "cluster",
            str(source),
            "--text-column",
            "anteckning",
            "--id-column",
            "nr",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["nr"] for r in rows] == [str(i) for i in range(1, 13)]
    assert set(rows[0]) >= {
        "theme_id",
        "theme_label",
        "perspective",
        "polarity",
        "perspective_confidence",
        "polarity_confidence",
    }
    # each subject's statements mostly share a theme, and the three subjects get three themes
    majority = []
    for start in (0, 4, 8):
        ids = [r["theme_id"] for r in rows[start : start + 4]]
        top = max(set(ids), key=ids.count)
        assert ids.count(top) >= 3
        majority.append(top)
    assert len(set(majority)) == 3
    assert {r["polarity"] for r in rows[8:]} == {"förslag"}


def test_cluster_names_a_missing_column(tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    source.write_text("x;y\n1;2\n", encoding="utf-8")
    result = runner.invoke(app, ["cluster", str(source), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 1
    assert "kolumnen 'text' finns inte" in result.output


@pytest.mark.slow
def test_synthesize_then_export_and_import_themes(tmp_path: Path) -> None:
    config = make_engagement(tmp_path / "uppdrag")
    runner.invoke(app, ["ingest", str(config.root)])
    outputs = tmp_path / "outputs"
    result = runner.invoke(app, ["synthesize", str(config.root), "--outputs", str(outputs)])
    assert result.exit_code == 0, result.output
    assert "Teman" in result.output and "Ändringsrapport" in result.output
    (changes,) = outputs.rglob("changes.md")
    assert changes.read_text(encoding="utf-8").startswith("# Ändringar – Testkommun")
    workbook = tmp_path / "teman.xlsx"
    exported = runner.invoke(app, ["themes", "export", str(config.root), "--out", str(workbook)])
    assert exported.exit_code == 0, exported.output
    imported = runner.invoke(
        app, ["themes", "import", str(config.root), str(workbook), "--outputs", str(outputs)]
    )
    assert imported.exit_code == 0, imported.output
    assert "Inga ändringar." in imported.output


def test_text_from_files_is_shown_as_written_not_as_markup(tmp_path: Path) -> None:
    config = make_engagement(tmp_path / "uppdrag")
    (config.inbox / "intervju_rektor.txt").rename(config.inbox / "Intervju [utkast].txt")
    (config.inbox / "trasig [red].csv").write_text("ID;[/]\n1;x\n", encoding="utf-8")

    ingest = runner.invoke(app, ["ingest", str(config.root)])
    status = runner.invoke(app, ["status", str(config.root)])

    assert ingest.exit_code == 3, ingest.output
    assert "Intervju [utkast].txt" in ingest.output
    assert "trasig [red].csv" in ingest.output
    assert status.exit_code == 0, status.output
    flat = "".join(status.output.split())
    assert "trasig[red].csv" in flat and "Intervju[utkast].txt" in flat


def test_recipient_names_are_shown_as_written(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from tests.test_cli_survey_loop import _demo_copy

    root = tmp_path / "exempelkommun"
    _demo_copy(root, 1025)
    book = load_workbook(root / "mottagare.xlsx")
    sheet = book.active
    assert sheet is not None
    sheet["A2"] = "Anna [/] Berg"
    sheet["A3"] = "[bold]Kalle[/bold] Ek"
    book.save(root / "mottagare.xlsx")
    render = runner.invoke(app, ["survey", "render", str(root), "--form", "chefsenkat"])
    assert render.exit_code == 0, render.output

    status = runner.invoke(app, ["status", str(root), "--saknade"])

    assert status.exit_code == 0, status.output
    assert "Anna [/] Berg" in status.output and "[bold]Kalle[/bold] Ek" in status.output


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real, full file system: a 64 KiB tmpfs filled to the last byte (needs root)."""
    import subprocess

    mount = tmp_path / "full"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("kan inte montera ett tmpfs här")
    try:
        with contextlib.suppress(OSError), (mount / "fyllnad").open("wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_gives_a_message_not_a_traceback(full_disk: Path, tmp_path: Path) -> None:
    config = make_engagement(tmp_path / "uppdrag")
    assert runner.invoke(app, ["ingest", str(config.root)]).exit_code == 0

    result = runner.invoke(
        app, ["statements", str(config.root), "--out", str(full_disk / "uttalanden.csv")]
    )

    assert result.exit_code == 1, result.output
    assert "Fel:" in result.output and "disken är full" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (full_disk / "uttalanden.csv").exists()
    assert [p.name for p in full_disk.iterdir()] == ["fyllnad"]  # no temporary file left


def test_a_later_command_logs_to_the_stderr_of_its_own_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import logging
    import sys

    from synth.cli.main import main

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(logging, "raiseExceptions", True)
    first, second = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", first)
    main(verbose=False)
    logging.getLogger("synth.test").warning("första")
    first.close()  # the first command's stream is gone, as a CliRunner's is

    monkeypatch.setattr(sys, "stderr", second)
    try:
        raise OSError("550 <per.ek@testkommun.se>: User unknown")
    except OSError:
        logging.getLogger("synth.test").warning("mottagaren avvisades av servern")
    assert second.getvalue() == "WARNING mottagaren avvisades av servern\n"
    assert "per.ek" not in second.getvalue()
