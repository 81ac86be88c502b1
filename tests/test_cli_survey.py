"""`synth survey render|collect` and the survey part of `synth status`, as a consultant runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from synth.cli import app
from synth.forms import form_dirs, load_named_form
from tests.conftest import DATA, make_engagement
from tests.survey.conftest import fill, ref

runner = CliRunner()


def engagement(tmp_path: Path) -> Path:
    config = make_engagement(tmp_path / "uppdrag")
    shutil.copy(DATA / "mottagare_lista.xlsx", config.root / "mottagare.xlsx")
    return config.root


def test_render_collect_and_status(tmp_path: Path) -> None:
    root = engagement(tmp_path)
    result = runner.invoke(
        app, ["survey", "render", str(root), "--form", "chefsenkat", "--deadline", "2026-12-04"]
    )
    assert result.exit_code == 0, result.output
    assert "3 arbetsböcker (chefsenkat, version 1)" in result.output
    assert (root / "utskick" / "chefsenkat-xlsform.xlsx").is_file()
    sent = root / "utskick" / "chefsenkat"
    fill(
        sent / "chefsenkat-anna-berg.xlsx", root / "inbox" / "anna.xlsx", {"C6": "Annan chefsroll"}
    )

    result = runner.invoke(app, ["survey", "collect", str(root)])
    assert result.exit_code == 0, result.output
    assert "nya 1" in result.output and "avvisade 0" in result.output

    result = runner.invoke(app, ["status", str(root), "--saknade"])
    assert result.exit_code == 0, result.output
    assert "Vård och omsorg" in result.output and "100%" in result.output
    assert "Har inte svarat på chefsenkat (2)" in result.output
    assert "per.ek@testkommun.se" in result.output
    assert "anna.berg@testkommun.se" not in result.output


def test_collect_exits_3_when_some_workbook_is_rejected(tmp_path: Path) -> None:
    root = engagement(tmp_path)
    runner.invoke(app, ["survey", "render", str(root), "--form", "chefsenkat"])
    book = load_workbook(root / "utskick" / "chefsenkat" / "chefsenkat-per-ek.xlsx")
    book["synth"]["B1"] = "synth1:chefsenkat:1:M0000000000:" + "0" * 32
    book.save(tmp_path / "per.xlsx")
    result = runner.invoke(app, ["survey", "collect", str(root), "--from", str(tmp_path)])
    assert result.exit_code == 3, result.output
    assert "avvisad" in result.output and "token" in result.output


def test_an_unknown_form_or_a_bad_date_is_refused(tmp_path: Path) -> None:
    root = engagement(tmp_path)
    result = runner.invoke(app, ["survey", "render", str(root), "--form", "enkat"])
    assert result.exit_code == 1
    assert "formuläret 'enkat' finns inte" in result.output
    result = runner.invoke(
        app, ["survey", "render", str(root), "--form", "chefsenkat", "--deadline", "4 dec"]
    )
    assert result.exit_code == 2
    result = runner.invoke(app, ["survey", "collect", str(root)])
    assert result.exit_code == 1 and "enkätnyckeln saknas" in result.output


def test_inventory_writes_the_workbook_and_prints_per_function(tmp_path: Path) -> None:
    root = engagement(tmp_path)
    runner.invoke(app, ["survey", "render", str(root), "--form", "stodresurser"])
    sent = root / "utskick" / "stodresurser"
    form = load_named_form("stodresurser", form_dirs(root))
    budget = ref(form, "funktioner", "ekonomi", "aa_budgeterat")
    fill(sent / "stodresurser-per-ek.xlsx", root / "inbox" / "per.xlsx", {budget: "1,5"})
    assert runner.invoke(app, ["survey", "collect", str(root)]).exit_code == 0
    target = tmp_path / "inventering.xlsx"
    result = runner.invoke(app, ["inventory", str(root), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert "Ekonomi/controller" in result.output and "1,5" in result.output
    assert "1 rader från 1 svar" in result.output
    assert load_workbook(target)["Rader"]["A2"].value == "Ekonomi/controller"


def test_collect_lists_what_this_run_read_and_totals_what_was_read_before(
    tmp_path: Path,
) -> None:
    root = engagement(tmp_path)
    runner.invoke(app, ["survey", "render", str(root), "--form", "chefsenkat"])
    sent = root / "utskick" / "chefsenkat"
    inbox = root / "inbox" / "svar" / "inkommet-fran-chefer-i-barn-och-utbildning-2026-11"
    fill(sent / "chefsenkat-anna-berg.xlsx", inbox / "chefsenkat-anna-berg.xlsx", {"C6": "Annan"})
    first = runner.invoke(app, ["survey", "collect", str(root)], terminal_width=80)
    assert first.exit_code == 0, first.output
    # the whole path, folded onto two lines if need be, never cut short with "…"
    assert "…" not in first.output
    assert "chefsenkat-anna-berg.xlsx" in first.output.replace("\n", "").replace("│", "")

    fill(sent / "chefsenkat-per-ek.xlsx", inbox / "chefsenkat-per-ek.xlsx", {"C6": "Annan"})
    second = runner.invoke(app, ["survey", "collect", str(root)], terminal_width=200)
    assert second.exit_code == 0, second.output
    assert "chefsenkat-per-ek.xlsx" in second.output
    assert "chefsenkat-anna-berg.xlsx" not in second.output  # read in the first run
    assert "Arbetsböcker lästa nu: 1 (nya 1" in second.output
    assert "Redan lästa i tidigare körningar, oförändrade: 1 (avvisade 0" in second.output

    third = runner.invoke(app, ["survey", "collect", str(root)])
    assert "Arbetsböcker i den här körningen" not in third.output
    assert "lästa nu: 0" in third.output and "oförändrade: 2" in third.output
