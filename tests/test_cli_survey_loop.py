"""The survey loop on the demo engagement, as a consultant runs it: render, send, collect the
workbooks that come back, remind the rest, see the response rates, write the inventory.

Sixteen of the demo's recipients (four per sector) keep it quick; everything else is the demo's.
"""

from __future__ import annotations

import re
import shutil
from email.message import EmailMessage
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from synth.cli import app
from synth.forms import form_dirs, load_named_form
from tests.survey.conftest import fill, ref
from tests.survey.mailserver import Mailbox, smtp_server

DEMO = Path(__file__).resolve().parents[1] / "examples" / "exempelkommun"
PER_SECTOR = 4
runner = CliRunner()


def _demo_copy(target: Path, port: int) -> list[tuple[str, str, str]]:
    """The demo engagement with its first four recipients per sector, for every form (the
    demo's own inventory list is dropped); (name, e-mail, sector)."""
    shutil.copytree(
        DEMO, target, ignore=shutil.ignore_patterns("store.sqlite", "cache", "outbox", "utskick")
    )
    sheet = load_workbook(target / "mottagare.xlsx").active
    assert sheet is not None
    header, *rows = list(sheet.values)
    kept: list[tuple[object, ...]] = []
    for row in rows:
        if sum(1 for k in kept if k[2] == row[2]) < PER_SECTOR:
            kept.append(row)
    book = Workbook()
    out = book.active
    assert out is not None
    for row in [header, *kept]:
        out.append(list(row))
    book.save(target / "mottagare.xlsx")
    toml = (target / "engagement.toml").read_text(encoding="utf-8")
    own_list = '[survey.forms.stodresurser]\nrecipients = "ledning.xlsx"\n'
    assert own_list in toml
    toml = (
        toml.replace(own_list, "")
        .replace("port = 1025", f"port = {port}")
        .replace("per_minute = 30", "per_minute = 10000")
    )
    (target / "engagement.toml").write_text(toml, encoding="utf-8")
    return [(str(r[0]), str(r[1]), str(r[2])) for r in kept]


def _attachment(box: Mailbox, address: str, form: str, into: Path) -> Path:
    """The workbook `address` got for `form`, saved as the respondent would."""
    for message in box.messages:
        if address not in str(message["To"]):
            continue
        assert isinstance(message, EmailMessage)
        for part in message.iter_attachments():
            name = part.get_filename() or ""
            if name.startswith(form):
                into.mkdir(parents=True, exist_ok=True)
                (into / name).write_bytes(part.get_content())
                return into / name
    raise AssertionError(f"no {form} workbook for {address}")


def _invoke(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def test_render_send_collect_remind_status_and_inventory_on_the_demo(tmp_path: Path) -> None:
    with smtp_server() as box:
        root = tmp_path / "exempelkommun"
        people = _demo_copy(root, box.port)
        where = str(root)
        assert len(people) == 16

        rendered = _invoke("survey", "render", where, "--form", "chefsenkat")
        assert "16 arbetsböcker" in rendered
        _invoke("survey", "send", where, "--form", "chefsenkat")
        _invoke("survey", "send", where, "--form", "stodresurser")
        assert len(box.messages) == 32
        assert {str(m["To"]) for m in box.messages} == {
            f"{name} <{email}>" for name, email, _ in people
        }

        # Answers: 3 of 4 in Vård och omsorg, 2 in Barn och utbildning, 1 in Samhällsbyggnad,
        # none in Kommunledningskontoret; two units return the inventory.
        by_sector: dict[str, list[str]] = {}
        for _, email, sector in people:
            by_sector.setdefault(sector, []).append(email)
        answering = (
            by_sector["Vård och omsorg"][:3]
            + by_sector["Barn och utbildning"][:2]
            + by_sector["Samhällsbyggnad"][:1]
        )
        chef = load_named_form("chefsenkat", form_dirs(root))
        downloads = tmp_path / "hamtat"
        for n, email in enumerate(answering):
            workbook = _attachment(box, email, "chefsenkat", downloads)
            fill(
                workbook,
                root / "inbox" / f"svar-{n}.xlsx",
                {
                    ref(chef, "chefsniva"): "Enhetschef/rektor (första linjens chef)",
                    ref(chef, "antal_medarbetare"): 10 + n,
                    ref(chef, "stod", "hr", "far_stod"): 4,
                    ref(chef, "underlattar"): 3,
                    ref(chef, "saknar"): "En väg in för alla IT-frågor.",
                },
            )
        inventory_form = load_named_form("stodresurser", form_dirs(root))
        for n, email in enumerate(by_sector["Vård och omsorg"][:2]):
            workbook = _attachment(box, email, "stodresurser", downloads)
            fill(
                workbook,
                root / "inbox" / f"inventering-{n}.xlsx",
                {
                    ref(inventory_form, "funktioner", "ekonomi", "antal_personer"): 2,
                    ref(inventory_form, "funktioner", "ekonomi", "aa_budgeterat"): "1,5",
                    ref(inventory_form, "funktioner", "ekonomi", "aa_praktiken"): "1,0",
                    ref(inventory_form, "funktioner", "ekonomi", "placering"): "Enhet",
                },
            )

        collected = _invoke("survey", "collect", where)
        assert "nya 8" in collected and "avvisade 0" in collected

        box.messages.clear()
        box.envelopes.clear()
        reminded = _invoke("survey", "remind", where, "--form", "chefsenkat")
        assert "skickade 10" in reminded
        waiting = {email for _, email, _ in people} - set(answering)
        assert set(box.to()) == waiting and len(box.to()) == 10
        assert "skickade 0" in _invoke("survey", "remind", where, "--form", "chefsenkat")

    status = _invoke("status", where, "--saknade")
    rates = {
        (m.group(1), m.group(2)): (int(m.group(3)), int(m.group(4)), m.group(5))
        for m in re.finditer(
            r"(chefsenkat|stodresurser)\s*│\s*([^│]+?)\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+%)", status
        )
    }
    assert rates[("chefsenkat", "Vård och omsorg")] == (4, 3, "75%")
    assert rates[("chefsenkat", "Barn och utbildning")] == (4, 2, "50%")
    assert rates[("chefsenkat", "Samhällsbyggnad")] == (4, 1, "25%")
    assert rates[("chefsenkat", "Kommunledningskontoret")] == (4, 0, "0%")
    assert rates[("chefsenkat", "totalt")] == (16, 6, "38%")
    assert rates[("stodresurser", "totalt")] == (16, 2, "12%")
    assert "Har inte svarat på chefsenkat (10)" in status

    target = tmp_path / "inventering.xlsx"
    inventory = _invoke("inventory", where, "--out", str(target))
    assert "2 rader från 2 svar" in inventory
    rows = [r for r in load_workbook(target)["Rader"].iter_rows(values_only=True)][1:]
    assert [r[0] for r in rows] == ["Ekonomi/controller", "Ekonomi/controller"]
