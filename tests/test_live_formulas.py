"""No live formulas in what synth writes (issue 13, point 2).

The demo engagement (synthesised once per test run, tests/conftest.py) goes through the
survey loop and the rest of the chain with hostile text at every way in: a recipient's
name, role and unit; a free-text survey answer that Excel stores as text because the
respondent typed `'=…`; an inventory's own row and comment; statements and their role and
sector; theme headlines; model answers (headline, bullet, assessment, recommendation); a
question text that becomes a chart label; a CSV given to `synth cluster`. Every workbook
and CSV written is then scanned: no cell is a formula unless synth put it there on purpose
(`synth.cells.set_formula`; none so far), and every CSV field that starts with a formula
trigger is quoted. A third test checks that the hostile text really reached each file, so
that the scans would fail on a writer that does not neutralise it.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, update
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig, load_config
from synth.deck import write_deck
from synth.draft.workflow import draft_engagement
from synth.export import export_statements
from synth.forms import form_dirs, load_named_form
from synth.review import export_workbook
from synth.store import Store
from synth.store.drafts import save_drafts
from synth.store.schema import ResponseRow, StatementRow, ThemeRow
from synth.survey.collect import collect_engagement
from synth.survey.inventory_workbook import inventory_engagement
from synth.survey.layout import ANSWER_SHEET
from synth.survey.render import render_engagement
from synth.synthesis.workflow import synthesize_engagement
from tests.deck.conftest import DATE
from tests.survey.conftest import ref
from tests.synthesis.fakes import HashingEmbedder

OUR_FORMULAS: frozenset[str] = frozenset()
"""`file!sheet!cell` of formulas synth writes on purpose with `set_formula`: none yet."""

LINK = '=HYPERLINK("http://x.example/b","Läs mer")'
DDE = "=cmd|' /C calc'!A0"
NAME = '=HYPERLINK("http://x.example/n","Klicka")'
ANSWER = '=HYPERLINK("http://x.example/svar","Mer om stödet")'
"""Typed in the returned workbook as `'=HYPERLINK(…)`: Excel stores it as text."""
OWN_ROW = "=cmd|' /C calc'!A0 Bemanning"
COMMENT = '=HYPERLINK("http://x.example/k","Se även") och @SUMMA(A1:A2) i projekt'
STATEMENTS = [
    LINK,
    DDE,
    "+Lönen kommer alltid i tid +cmd|' /C calc'!A0",
    "-Ingen vet vem som äger IT-frågorna -2+3+cmd|' /C calc'!A0",
    "@SUMMA(1+1)*cmd|' /C calc'!A0",
    "\t=1+1 med tab först",
]
CHART_LABEL = '=HYPERLINK("http://x.example/d")'
runner = CliRunner()


@dataclass(frozen=True)
class Written:
    outputs: Path
    workbooks: tuple[Path, ...]
    csvs: tuple[Path, ...]
    deck: Path
    themes: Path
    inventory: Path
    recipient_workbooks: tuple[Path, ...]


def _recipients(root: Path) -> None:
    """Two recipients per sector of the demo's list, one of them with a hostile name."""
    sheet = load_workbook(root / "mottagare.xlsx").active
    assert sheet is not None
    header, *rows = list(sheet.values)
    kept: list[tuple[object, ...]] = []
    for row in rows:
        if sum(1 for k in kept if k[2] == row[2]) < 2:
            kept.append(row)
    _, email, sector, _, _ = kept[0]
    kept[0] = (NAME, email, sector, "@Enhet =1+1", "+Rektor")
    book = Workbook()
    out = book.active
    assert out is not None
    for row in [header, *kept]:
        out.append(list(row))
        for cell in out[out.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # the name is text in the consultant's list
    book.save(root / "mottagare.xlsx")


def _typed_as_text(sheet: object, coordinate: str, text: str) -> None:
    """What Excel stores for `'=…` typed into a cell: the text, a string, quote-prefixed."""
    cell = sheet[coordinate]  # type: ignore[index]
    cell.value = text
    cell.data_type = "s"
    cell.quotePrefix = True


def _survey_loop(config: EngagementConfig) -> None:
    """Render both forms, return two workbooks as respondents would, collect."""
    root = config.root
    chef = render_engagement(config, "chefsenkat")
    inventory = render_engagement(config, "stodresurser")
    chef_form = load_named_form("chefsenkat", form_dirs(root))
    inventory_form = load_named_form("stodresurser", form_dirs(root))

    def plain(workbooks: tuple[Path, ...]) -> Path:
        """A workbook of a recipient with an ordinary name (the hostile one is scanned)."""
        return next(p for p in workbooks if "hyperlink" not in p.name)

    book = load_workbook(plain(tuple(w.path for w in chef.workbooks)))
    sheet = book[ANSWER_SHEET]
    sheet[ref(chef_form, "underlattar")] = 3
    _typed_as_text(sheet, ref(chef_form, "saknar"), ANSWER)
    book.save(root / "inbox" / "svar-chef.xlsx")

    def cell(row: str, column: str) -> str:
        return ref(inventory_form, "funktioner", row, column)

    book = load_workbook(plain(tuple(w.path for w in inventory.workbooks)))
    sheet = book[ANSWER_SHEET]
    _typed_as_text(sheet, cell("egen_1", "rad"), OWN_ROW)
    sheet[cell("egen_1", "antal_personer")] = 2
    sheet[cell("egen_1", "aa_budgeterat")] = "1,5"
    sheet[cell("egen_1", "aa_praktiken")] = "1,0"
    sheet[cell("egen_1", "placering")] = "Enhet"
    _typed_as_text(sheet, cell("egen_1", "kommentar"), COMMENT)
    book.save(root / "inbox" / "svar-inventering.xlsx")

    report = collect_engagement(config)
    assert report.count("added") == 2, report.summary()


def _hostile_store(config: EngagementConfig) -> None:
    """Statements, their role and sector, headlines and a chart's question as an attacker
    or a careless export would leave them."""
    with Store.open(config.store_url) as store, store.session() as session:
        ids = list(
            session.scalars(
                select(StatementRow.id).order_by(StatementRow.id).limit(len(STATEMENTS))
            )
        )
        for sid, text in zip(ids, STATEMENTS, strict=True):
            session.execute(
                update(StatementRow)
                .where(StatementRow.id == sid)
                .values(text=text, role="=roll", sector="-sektor")
            )
        themes = list(session.scalars(select(ThemeRow.id).order_by(ThemeRow.id).limit(2)))
        session.execute(update(ThemeRow).where(ThemeRow.id == themes[0]).values(custom_label=LINK))
        session.execute(update(ThemeRow).where(ThemeRow.id == themes[1]).values(auto_label=DDE))
        question = session.scalars(
            select(ResponseRow.question).where(ResponseRow.question.like("%lokalförs%"))
        ).first()
        assert question is not None
        session.execute(
            update(ResponseRow)
            .where(ResponseRow.question == question)
            .values(question=f"{CHART_LABEL} lokalförsörjning?")
        )


def _hostile_drafts(config: EngagementConfig) -> None:
    """A model that answers with formulas (the drafts are stored as the model wrote them)."""
    run = draft_engagement(config, backend="offline", embedder=HashingEmbedder())
    drafts = run.drafts
    first = drafts.themes[0]
    bullet = replace(first.bullets[0], text=DDE)
    themes = (replace(first, headline=LINK, bullets=(bullet, *first.bullets[1:])),)
    assessment = drafts.assessment
    assert assessment is not None and drafts.recommendations
    point = replace(assessment.points[0], text="=1+1 är bedömningen")
    rec = replace(drafts.recommendations[0], text="@SUMMA(A1)+cmd|' /C calc'!A0")
    with Store.open(config.store_url) as store:
        save_drafts(
            store,
            replace(
                drafts,
                themes=themes + drafts.themes[1:],
                assessment=replace(assessment, points=(point, *assessment.points[1:])),
                recommendations=(rec, *drafts.recommendations[1:]),
            ),
        )


def _cluster(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`synth cluster` on notes that start like formulas, with the hashing stand-in model."""
    import synth.synthesis.embed as embed

    monkeypatch.setattr(embed, "SentenceTransformerEmbedder", lambda model: HashingEmbedder())
    source = folder / "anteckningar.csv"
    texts = [*STATEMENTS, "Lönekontoret är pålitligt.", "IT-supporten tar veckor på sig."] * 2
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["nr", "=text"])
        writer.writerows([[f"-{i}", t] for i, t in enumerate(texts, start=1)])
    out = folder / "teman.csv"
    result = runner.invoke(
        app, ["cluster", str(source), "--text-column", "=text", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def written(
    synthesised_demo: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Written:
    root = tmp_path_factory.mktemp("formler") / "exempelkommun"
    shutil.copytree(synthesised_demo, root)
    outputs = root.parent / "utdata"
    _recipients(root)
    config = load_config(root)
    _survey_loop(config)
    inventory, _findings = inventory_engagement(config, outputs / "inventering.xlsx")
    assert inventory.lines
    synthesize_engagement(config, outputs, embedder=HashingEmbedder())
    _hostile_store(config)
    _hostile_drafts(config)
    with Store.open(config.store_url) as store:
        themes = export_workbook(store, outputs / "themes.xlsx")
    export_statements(config, outputs / "uttalanden.csv")
    deck = write_deck(config, outputs / "iakttagelser.pptx", date=DATE).path
    with pytest.MonkeyPatch.context() as monkeypatch:
        _cluster(outputs, monkeypatch)
    found = sorted([*(root / "utskick").rglob("*.xlsx"), *outputs.rglob("*.xlsx")])
    return Written(
        outputs=outputs,
        workbooks=(*found, deck),
        csvs=tuple(sorted(p for p in outputs.rglob("*.csv") if p.name != "anteckningar.csv")),
        deck=deck,
        themes=themes,
        inventory=outputs / "inventering.xlsx",
        recipient_workbooks=tuple(sorted((root / "utskick").rglob("*.xlsx"))),
    )


# scanning ---------------------------------------------------------------------------------

_FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")


def formula_cells(data: bytes, where: str) -> list[str]:
    """`where!sheet!cell` of every formula in the workbook `data`, and in any workbook
    embedded in it (a deck's charts); a `<f>` that openpyxl did not report is listed too."""
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        for name in names:
            if name.endswith((".xlsx", ".xlsm")):
                found += formula_cells(archive.read(name), f"{where}:{name}")
        if "xl/workbook.xml" not in names:
            return found
        raw = sum(
            len(_FORMULA_ELEMENT.findall(archive.read(name)))
            for name in names
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        )
    book = load_workbook(io.BytesIO(data))
    cells = [
        f"{where}!{sheet.title}!{cell.coordinate}"
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    if raw > len(cells):
        cells.append(f"{where}: {raw - len(cells)} <f> utan formelcell")
    return found + cells


def texts(data: bytes) -> list[str]:
    """Every text value in a workbook (strings and formulas alike), sheet by sheet."""
    book = load_workbook(io.BytesIO(data))
    return [
        cell.value
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""OWASP: a CSV field starting with one of these is read as a formula."""
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?")


# tests ------------------------------------------------------------------------------------


def test_no_workbook_we_write_holds_a_formula_we_did_not_put_there(written: Written) -> None:
    assert len(written.recipient_workbooks) >= 4
    unexpected: list[str] = []
    for path in written.workbooks:
        where = str(path.relative_to(path.parents[1]))
        unexpected += [c for c in formula_cells(path.read_bytes(), where) if c not in OUR_FORMULAS]
    assert unexpected == [], "formler:\n" + "\n".join(unexpected)


def test_every_csv_field_that_starts_like_a_formula_is_quoted(written: Written) -> None:
    assert {p.name for p in written.csvs} == {"uttalanden.csv", "teman.csv"}
    for path in written.csvs:
        fields = [field for row in csv_rows(path) for field in row]
        live = [f for f in fields if f.startswith(TRIGGERS) and not _PLAIN_NUMBER.fullmatch(f)]
        assert live == [], path.name


def test_the_hostile_text_reached_every_file_and_reads_back_unchanged(written: Written) -> None:
    """Without this the scans could pass because nothing hostile was written."""
    hostile = next(p for p in written.recipient_workbooks if "hyperlink" in p.name)
    sheet = load_workbook(hostile)["Instruktioner"]
    assert sheet["B4"].value == f"{NAME}, +Rektor"
    assert str(sheet["B5"].value).endswith("– @Enhet =1+1")

    themes = load_workbook(written.themes)
    headlines = [row[3] for row in themes["Teman"].iter_rows(min_row=2, values_only=True)]
    assert LINK in headlines and DDE in headlines
    statements = [row[1] for row in themes["Uttalanden"].iter_rows(min_row=2, values_only=True)]
    assert set(STATEMENTS) <= set(statements)
    assert any(str(text).startswith(ANSWER) for text in statements), "the survey answer"
    drafted = [row[2] for row in themes["Utkast"].iter_rows(min_row=2, values_only=True)]
    assert {LINK, DDE, "=1+1 är bedömningen", "@SUMMA(A1)+cmd|' /C calc'!A0"} <= set(drafted)

    inventory = texts(written.inventory.read_bytes())
    assert OWN_ROW in inventory and any(t.startswith("=HYPERLINK") for t in inventory)

    with zipfile.ZipFile(written.deck) as deck:
        embedded = [n for n in deck.namelist() if n.endswith(".xlsx")]
        labels = [
            t for name in embedded for t in texts(deck.read(name)) if t.startswith(CHART_LABEL)
        ]
    assert labels, "the chart label"

    exported = [row[5] for row in csv_rows(written.outputs / "uttalanden.csv")[1:]]
    assert {"'" + t for t in STATEMENTS} <= set(exported)
    clustered = csv_rows(written.outputs / "teman.csv")
    assert clustered[0][:2] == ["nr", "'=text"]
    # the CSV reader strips the tab in front of the last one
    assert {"'" + t.strip() for t in STATEMENTS} <= {row[1] for row in clustered[1:]}
    assert {row[0] for row in clustered[1:]} == {f"-{i}" for i in range(1, len(clustered))}
