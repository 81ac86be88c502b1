"""Issue 14, done when: the whole survey loop on the demo engagement over the CLI, as a
consultant runs it, against a real SMTP server, with one recipient list per form.

render → send → fill (some blank, one with errors, one returned twice) → collect → remind →
status → inventory → deck. No interviews are ingested: the deck is the survey and the
inventory only. Each step asserts what the consultant would notice on screen, in the
mailbox or in the files.

The respondents fill their workbooks through `respond`, which finds each answer cell
from the form definition (the layout) and picks a choice from the cell's own drop-down
list, as a person in Excel would; a change of the form's layout or of its drop-down texts
needs no change here, only of the answers' keys if the form's ids change.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from email.message import EmailMessage
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from pptx import Presentation
from typer.testing import CliRunner

from synth.cli import app
from synth.forms import Form, form_dirs, load_named_form
from synth.survey.layout import ANSWER_SHEET
from tests.survey.conftest import ref
from tests.survey.mailserver import smtp_server
from tests.test_cli_survey_forms import rates
from tests.test_cli_survey_loop import _attachment as attachment
from tests.test_cli_survey_loop import _demo_copy

runner = CliRunner()

# The inventory goes to the heads, on a list of its own (fictional people)
HEADS = [
    ("Karin Lund", "karin.lund@exempelkommun.se", "Kommunledningskontoret", "HR-avdelningen"),
    ("Omar Said", "omar.said@exempelkommun.se", "Vård och omsorg", "Sektorsledning VO"),
    ("Eva Holm", "eva.holm@exempelkommun.se", "Barn och utbildning", "Sektorsledning BoU"),
    ("Nils Berg", "nils.berg@exempelkommun.se", "Samhällsbyggnad", "Sektorsledning SBF"),
]

Key = tuple[str, ...]
"""An answer's key in the form: (question,), (question, row, column) or (question, "", option)."""


def _dropdown(sheet: Worksheet, cell: str) -> list[str] | None:
    """The entries of the drop-down list on `cell`, as Excel shows them; None when none."""
    book = sheet.parent
    for rule in sheet.data_validations.dataValidation:
        if rule.type != "list" or cell not in rule.sqref:
            continue
        formula = str(rule.formula1)
        if formula.startswith('"'):
            return formula.strip('"').split(",")
        where, _, area = formula.partition("!")
        lists = book[where.strip("'")]
        return [str(c.value) for (c,) in lists[area.replace("$", "")] if c.value is not None]
    return None


def respond(form: Form, workbook: Path, target: Path, answers: Mapping[Key, object]) -> Path:
    """Open the workbook as a respondent would, answer, save it as `target`.

    A value for a cell with a drop-down is picked from the list: the entry equal to it, or
    the entry it begins ("4" picks "4 – Instämmer till stor del")."""
    book = load_workbook(workbook)
    sheet = book[ANSWER_SHEET]
    for key, value in answers.items():
        cell = ref(form, *key)
        options = _dropdown(sheet, cell)
        if options is not None:
            wanted = str(value)
            picked = [o for o in options if o == wanted or re.match(rf"{re.escape(wanted)}\b", o)]
            assert picked, f"{value!r} is not in the drop-down of {cell}: {options}"
            value = int(picked[0]) if picked[0].isdigit() else picked[0]
        sheet[cell] = value
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return target


def invoke(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args), terminal_width=200)
    assert result.exit_code == code, result.output
    return result.output


def _engagement(root: Path, port: int) -> list[tuple[str, str, str]]:
    """The demo with 16 chefs for the survey and the four heads for the inventory."""
    chefs = _demo_copy(root, port)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["namn", "e-post", "sektor", "enhet", "roll"])
    for name, email, sector, unit in HEADS:
        sheet.append([name, email, sector, unit, "Chef"])
    book.save(root / "ledning.xlsx")
    with (root / "engagement.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[survey.forms.stodresurser]\nrecipients = "ledning.xlsx"\n')
    return chefs


def test_the_survey_loop_from_render_to_deck_on_the_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "annan-mapp"  # the consultant runs the commands from here
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    with smtp_server() as box:
        root = tmp_path / "exempelkommun"
        chefs = _engagement(root, box.port)
        where = str(root)
        chef_form = load_named_form("chefsenkat", form_dirs(root))
        inventory_form = load_named_form("stodresurser", form_dirs(root))

        # -- render and send: each form to its own list ---------------------------------
        assert "16 arbetsböcker" in invoke("survey", "render", where, "--form", "chefsenkat")
        assert "4 arbetsböcker" in invoke("survey", "render", where, "--form", "stodresurser")
        assert "skickade 16" in invoke("survey", "send", where, "--form", "chefsenkat")
        assert "skickade 4" in invoke("survey", "send", where, "--form", "stodresurser")
        assert "skickade 0" in invoke("survey", "send", where, "--form", "chefsenkat")  # once
        assert len(box.messages) == 20
        heads = {email for _, email, _, _ in HEADS}
        inventory_mails = _with_attachment(box.messages, "stodresurser")
        assert {a for m in inventory_mails for a in _to(m)} == heads
        survey_mails = _with_attachment(box.messages, "chefsenkat")
        assert {a for m in survey_mails for a in _to(m)} == {email for _, email, _ in chefs}
        assert all(m["From"].addresses[0].display_name == "Utredningen" for m in box.messages)
        assert all("senast" in _body(m) for m in box.messages)  # the deadline, from the toml

        # -- fill -----------------------------------------------------------------------
        downloads = tmp_path / "hamtat"
        inbox = root / "inbox"
        emails = [email for _, email, _ in chefs]
        answering, blank, wrong, twice = emails[:5], emails[5], emails[6], emails[7]

        def answer_survey(email: str, name: str, n: int, **extra: object) -> None:
            workbook = attachment(box, email, "chefsenkat", downloads)
            answers: dict[Key, object] = {
                ("chefsniva",): "Enhetschef/rektor (första linjens chef)",
                ("antal_medarbetare",): 10 + n,
                ("stod", "hr", "far_stod"): 4,
                ("stod", "it", "far_stod"): 2,
                ("underlattar",): 3,
                ("saknar",): "En väg in för alla IT-frågor.",
            }
            answers.update({tuple(k.split("__")): v for k, v in extra.items()})
            respond(chef_form, workbook, inbox / name, answers)

        for n, email in enumerate(answering):
            answer_survey(email, f"svar-{n}.xlsx", n)
        respond(chef_form, attachment(box, blank, "chefsenkat", downloads), inbox / "tom.xlsx", {})
        answer_survey(wrong, "fel.xlsx", 9, antal_medarbetare=100_000)
        answer_survey(twice, "forsta.xlsx", 7, underlattar=1)

        # The inventory: HR-avdelningen reports central HR; Vård och omsorg reports its two
        # HR partners as central too (the same people) and HR work in its units without
        # budget; Barn och utbildning reports its own economists.
        def answer_inventory(email: str, answers: dict[Key, object]) -> None:
            workbook = attachment(box, email, "stodresurser", downloads)
            respond(inventory_form, workbook, inbox / f"inventering-{email[:4]}.xlsx", answers)

        answer_inventory(
            HEADS[0][1],
            {
                ("ansvarsomrade",): "HR-avdelningen",
                ("antal_anstallda",): 40,
                **_row("hr", people=8, budget="8,0", actual="8,0", placement="Central förvaltning"),
            },
        )
        answer_inventory(
            HEADS[1][1],
            {
                ("ansvarsomrade",): "Vård och omsorg",
                ("antal_anstallda",): 1200,
                **_row("hr", people=2, budget="2,0", actual="2,0", placement="Central förvaltning"),
                **_row("ekonomi", people=12, budget="0", actual="3,6", placement="Enhet"),
            },
        )
        answer_inventory(
            HEADS[2][1],
            {
                ("ansvarsomrade",): "Barn och utbildning",
                ("antal_anstallda",): 900,
                **_row("ekonomi", people=1, budget="1,0", actual="1,0", placement="Sektor"),
            },
        )

        # -- collect: what this run read, and what was wrong ----------------------------
        collected = invoke("survey", "collect", where, code=3)  # one has an invalid answer
        assert "nya 10" in collected and "tomma 1" in collected
        assert "utan några svar och räknas inte" in collected  # the blank one
        bad_cell = ref(chef_form, "antal_medarbetare")
        assert re.search(rf"fel\.xlsx:.*{bad_cell} Hur många medarbetare", collected)

        # the same person sends it again, corrected: the later return counts
        answer_survey(twice, "andra.xlsx", 7, underlattar=5)
        again = invoke("survey", "collect", where)  # the invalid one was reported last time
        assert "ersätter" in again and "inbox/andra.xlsx" in again
        assert "svar-0.xlsx" not in again  # read in the first run: only a total
        assert "Redan lästa i tidigare körningar, oförändrade: 11" in again

        # -- remind: only those who have not answered (the blank return among them) --------
        box.messages.clear()
        box.envelopes.clear()
        reminded = invoke("survey", "remind", where, "--form", "chefsenkat")
        answered = {*answering, wrong, twice}
        assert set(box.to()) == set(emails) - answered and "skickade 9" in reminded
        assert blank in box.to()
        invoke("survey", "remind", where, "--form", "stodresurser")
        assert set(box.to()) - set(emails) == {HEADS[3][1]}

    # -- status: response rates per form and sector; a blank return is no answer ----------
    status = invoke("status", where, "--saknade")
    counts = rates(status)
    assert counts[("chefsenkat", "totalt")] == (16, 7)
    assert counts[("stodresurser", "totalt")] == (4, 3)
    assert "Har inte svarat på chefsenkat (9)" in status
    assert "Har inte svarat på stodresurser (1)" in status and HEADS[3][1] in status
    assert re.search(r"Senaste körning: survey remind \S+ \(klar\)", status)  # as typed, Swedish

    # -- inventory: the shadow organisation, per 1,000 employees, the double count -------
    today = dt.date.today().isoformat()
    inventory = invoke("inventory", where)
    assert "stödarbete ute i verksamheterna saknar budget" in inventory
    assert "per 1\u00a0000 anställda" in inventory
    assert re.search(r"Kontrollera: Vård och omsorg .*räknas inte i\s+summorna", inventory)
    workbook = root / "outputs" / today / "inventering.xlsx"  # in the engagement, not ./outputs
    book = load_workbook(workbook)
    rows = list(book["Rader"].iter_rows(values_only=True))
    flagged = [r for r in rows[1:] if r[-1]]
    assert [(r[0], r[1]) for r in flagged] == [("HR/personal och lön", "Vård och omsorg")]
    budget = {r[0]: r for r in book["Budget och praktik"].iter_rows(values_only=True)}
    assert budget["HR/personal och lön"][2] == 8.0  # not 10: the partners are not summed twice
    assert budget["Ekonomi/controller"][5] == 3.6  # in practice without a budget, out there

    assert not (elsewhere / "outputs").exists()

    # -- deck: no interview themes, the survey and the inventory only ---------------------
    deck = invoke("deck", where)
    assert "inga teman ännu" in deck
    prs = Presentation(str(root / "outputs" / today / "iakttagelser.pptx"))
    titles = [s.shapes.title.text for s in prs.slides if s.shapes.title is not None]
    # the survey's statements, each titled by what its answers show
    assert any(t.startswith("Jag får det stöd jag behöver: lägst för ") for t in titles), titles
    assert any("saknar budget" in t for t in titles), titles
    per_thousand = next(
        s
        for s in prs.slides
        if any(
            shape.has_table and any("1 000 anställda" in c.text for c in shape.table.rows[0].cells)
            for shape in s.shapes
        )
    )
    assert "1\u00a0000 anställda" in per_thousand.shapes.title.text
    footnotes = " ".join(
        shape.text_frame.text for s in prs.slides for shape in s.shapes if shape.name == "Fotnot"
    )
    assert "räknas inte" in footnotes or "dubbel" in footnotes


def _row(
    function: str, *, people: int, budget: str, actual: str, placement: str
) -> dict[Key, object]:
    """One row of the inventory's table, as the form names its columns."""
    return {
        ("funktioner", function, "antal_personer"): people,
        ("funktioner", function, "aa_budgeterat"): budget,
        ("funktioner", function, "aa_praktiken"): actual,
        ("funktioner", function, "placering"): placement,
    }


def _with_attachment(messages: list[EmailMessage], form: str) -> list[EmailMessage]:
    return [
        m
        for m in messages
        if any((p.get_filename() or "").startswith(form) for p in m.iter_attachments())
    ]


def _to(message: EmailMessage) -> list[str]:
    return [a.addr_spec for a in message["To"].addresses]


def _body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())
