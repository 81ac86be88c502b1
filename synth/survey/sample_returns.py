"""Returned workbooks typed from a table of answers: the demo's recipients answering.

`synth demo` runs the whole chain, the support-resource inventory included, but its
recipients are made up and cannot answer. Their answers are a CSV (`e-post;fråga;rad;fält;
svar`, one answer cell per line, keyed like the form's layout) that is typed into each
recipient's own rendered workbook, as a respondent would type it in Excel, and saved into
the inbox. From there the workbooks take the road every return takes (`synth survey
collect`): token, locked cells and every answer are checked, nothing is trusted because it
came from here.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from synth.cells import set_cell
from synth.config import EngagementConfig
from synth.errors import IngestError
from synth.survey.layout import ANSWER_SHEET, build_layout
from synth.survey.render import render_engagement, survey_key

__all__ = ["type_returns"]

_COLUMNS = ("e-post", "fråga", "rad", "fält", "svar")
_NUMBER = re.compile(r"\d+(?:,\d+)?")


@dataclass(frozen=True)
class _Typed:
    row: int
    """The CSV line, for a message that names no one."""
    key: tuple[str, str, str]
    text: str


def _read(path: Path) -> dict[str, list[_Typed]]:
    """The answers in `path`, by lower-cased e-mail address."""
    table: dict[str, list[_Typed]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        if tuple(reader.fieldnames or ()) != _COLUMNS:
            raise IngestError(path.name, f"kolumnerna ska vara {';'.join(_COLUMNS)}")
        for line in reader:
            key = (line["fråga"], line["rad"], line["fält"])
            typed = _Typed(reader.line_num, key, line["svar"])
            table[line["e-post"].strip().lower()].append(typed)
    return dict(table)


def type_returns(config: EngagementConfig, form_id: str, answers: Path) -> list[Path]:
    """Render `form_id` for its recipients (recorded as `synth survey render` does) and save
    into the inbox a filled copy of the workbook of each recipient with answers in the CSV
    `answers`.

    Numbers are typed as numbers (a decimal comma read as Excel in Swedish reads it), the
    rest as text; recipients without answers have not answered. Returns the files saved.
    """
    table = _read(answers)
    result = render_engagement(config, form_id)
    cells = {cell.key: cell for cell in build_layout(result.form).answers}
    by_id = {w.recipient_id: w for w in result.workbooks}
    key = survey_key(config)
    saved: list[Path] = []
    for email, typed in table.items():
        workbook = by_id.get(key.recipient_id(email))
        if workbook is None:
            raise IngestError(
                answers.name,
                f"e-postadressen finns inte i mottagarlistan för {form_id}",
                row=typed[0].row,
            )
        book = load_workbook(workbook.path)
        sheet = book[ANSWER_SHEET]
        for answer in typed:
            cell = cells.get(answer.key)
            if cell is None:
                raise IngestError(
                    answers.name, f"formuläret {form_id} har ingen sådan svarscell", row=answer.row
                )
            value: str | float = answer.text
            if cell.spec.type == "number" and _NUMBER.fullmatch(answer.text):
                value = float(answer.text.replace(",", "."))
            set_cell(sheet.cell(cell.row, cell.column), value)
        target = config.inbox / workbook.path.name
        book.save(target)
        saved.append(target)
    return saved
