"""One returned workbook judged: matched by token, checked cell by cell.

A workbook is rejected as a whole when it cannot be trusted: no valid token, a form or
version that is not the current one, or a locked cell that no longer says what was
rendered (then the answers may sit under other questions than they seem to). Otherwise
every answer cell is read as answered, missing or invalid, and each problem is named.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from synth.errors import FormError, IngestError, WorkbookError
from synth.forms import Form
from synth.store.surveys import AnswerInput, SubmissionInput
from synth.survey.answers import CellAnswer, read_cell
from synth.survey.layout import (
    ANSWER_SHEET,
    INSTRUCTION_SHEET,
    AnswerCell,
    Layout,
    build_layout,
    cell_ref,
)
from synth.survey.token import Token, TokenKey, recipient_text
from synth.tables import TOKEN_SHEET, is_survey_workbook
from synth.tables.limits import (
    MAX_COLUMNS,
    MAX_ROWS,
    check_package,
    read_member_head,
)
from synth.text.numbers import thousands
from synth.workbooks import open_workbook, sheet_rows

__all__ = ["Problem", "read_return"]

_MAX_LOCKED_SHOWN = 5
_NOT_XLSX = "kan inte öppnas som Excel-arbetsbok (.xlsx)"
_EMPTY = (
    "arbetsboken kom tillbaka utan några svar och räknas inte; "
    "fyll i de gula cellerna och skicka den igen"
)


@dataclass(frozen=True)
class Problem:
    cell: str
    question: str
    message: str
    kind: str
    """invalid (a value that does not fit), missing (a required answer), locked (text
    outside the answer cells, not read), rejected (the whole workbook) or empty (returned
    without any answer)."""

    def as_dict(self) -> dict[str, str]:
        return {
            "cell": self.cell,
            "question": self.question,
            "message": self.message,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class _Read:
    """What one workbook held, before it is judged."""

    token_text: str
    cells: dict[tuple[int, int], object]
    has_answer_sheet: bool
    recipient_cell: str
    """The recipient id written beside the token (token sheet B4)."""
    personal: str
    """`recipient_text` of the recipient-specific cells (Instruktioner B4 and B5)."""


def _open(path: Path, name: str) -> _Read | None:
    """The token and answer-sheet values, or None for a spreadsheet that is no synth workbook.

    The workbook's bounds (unpacked size, XML elements, rows, columns, cells) are checked
    before openpyxl parses it; past one, IngestError says which.
    """
    if not is_survey_workbook(path):
        if read_member_head(path, "xl/workbook.xml", 1) is None:
            raise IngestError(name, _NOT_XLSX)  # no workbook at all
        return None  # a survey export or other spreadsheet: ingest reads (or rejects) it
    check_package(path, name, _NOT_XLSX)
    workbook = open_workbook(path, read_only=True, data_only=True)
    try:
        if TOKEN_SHEET not in workbook.sheetnames:
            return None
        marks = [
            row[0] if row else None
            for row in sheet_rows(
                workbook[TOKEN_SHEET], file=name, min_row=1, max_row=4, min_col=2, max_col=2
            )
        ] + [None] * 4
        personal: list[object] = []
        if INSTRUCTION_SHEET in workbook.sheetnames:
            personal = [
                row[0] if row else None
                for row in sheet_rows(
                    workbook[INSTRUCTION_SHEET],
                    file=name,
                    min_row=4,
                    max_row=5,
                    min_col=2,
                    max_col=2,
                )
            ]
        personal += [None] * (2 - len(personal))
        cells: dict[tuple[int, int], object] = {}
        has_answers = ANSWER_SHEET in workbook.sheetnames
        if has_answers:
            sheet = workbook[ANSWER_SHEET]
            if hasattr(sheet, "reset_dimensions"):  # a chart sheet has none: sheet_rows says so
                sheet.reset_dimensions()
            for r, row in enumerate(sheet_rows(sheet, file=name), start=1):
                # check_package has held the sheet to these; this stands behind it
                if r > MAX_ROWS or len(row) > MAX_COLUMNS:
                    raise IngestError(
                        name,
                        f"bladet {ANSWER_SHEET} har fler än {thousands(MAX_ROWS)} rader eller "
                        f"{thousands(MAX_COLUMNS)} kolumner (gränsen för inläsning)",
                    )
                for c, value in enumerate(row, start=1):
                    if value is not None:
                        cells[(r, c)] = value
        # The workbook's own saved date (docProps) is not read: its sender sets it.
        return _Read(
            str(marks[0] or ""),
            cells,
            has_answers,
            str(marks[3] or "").strip(),
            recipient_text(*personal[:2]),
        )
    finally:
        workbook.close()


def read_return(
    path: Path,
    name: str,
    key: TokenKey,
    form_for: Callable[[str], Form],
    *,
    max_bytes: int | None = None,
) -> SubmissionInput | None:
    """Judge one returned workbook; None when it is not a synth workbook at all.

    A workbook over `max_bytes` (ingest.max_file_mb) or past a bound of `check_package`
    is rejected before it is parsed.
    """
    with path.open("rb") as handle:
        content_hash = hashlib.file_digest(handle, "sha256").hexdigest()
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(tzinfo=None)

    def rejected(message: str, token: Token | None = None) -> SubmissionInput:
        return SubmissionInput(
            file=name,
            content_hash=content_hash,
            received_at=mtime,
            status="rejected",
            form_id=token.form_id if token else None,
            form_version=token.version if token else None,
            recipient_id=token.recipient_id if token else None,
            problems=(Problem("", "", message, "rejected").as_dict(),),
        )

    if max_bytes is not None and (size := path.stat().st_size) > max_bytes:
        if not is_survey_workbook(path):
            return None
        return rejected(
            f"filen är för stor ({size / 1024 / 1024:.1f} MB; gränsen är "
            f"{max_bytes / 1024 / 1024:g} MB, se ingest.max_file_mb i engagement.toml)"
        )
    try:
        read = _open(path, name)
    except IngestError as exc:
        return rejected(exc.reason)
    except WorkbookError:  # opened, or a sheet read, by openpyxl: damaged or no workbook
        return rejected(_NOT_XLSX)
    if read is None:
        return None
    token = Token.parse(read.token_text)
    if token is None:
        return rejected("arbetsbokens kod (token) saknas eller är skadad")
    if not key.verify(token):
        return rejected(
            "arbetsbokens kod (token) stämmer inte: den är ändrad "
            "eller kommer från ett annat uppdrag"
        )
    # A genuine token in a workbook made for someone else: copied, so attributed to no one.
    if read.recipient_cell != token.recipient_id:
        return rejected(
            "arbetsbokens kod (token) hör till en annan mottagare än den arbetsboken gjordes "
            "för: koden har kopierats från en annan mottagares arbetsbok. Svaren räknas inte "
            "för någon; kontrollera med avsändaren och skicka vid behov en ny arbetsbok"
        )
    if not key.fits(token, read.personal):
        return rejected(
            "arbetsbokens kod (token) hör inte ihop med mottagaren på bladet Instruktioner "
            "(Till, Sektor/enhet): koden kan ha kopierats från en annan mottagares "
            "arbetsbok, eller raderna har ändrats. Svaren räknas inte för någon; kontrollera "
            "med avsändaren och skicka vid behov en ny arbetsbok"
        )
    try:
        form = form_for(token.form_id)
    except FormError as exc:
        return rejected(f"formuläret kan inte läsas: {exc}", token)
    if form.version != token.version:
        return rejected(
            f"arbetsboken gäller version {token.version} av '{form.id}', "
            f"formuläret är nu version {form.version}; skicka en ny arbetsbok",
            token,
        )
    layout = build_layout(form)
    changed = _changed_cells(layout, read) if read.has_answer_sheet else ["bladet Enkät saknas"]
    if changed:
        return rejected(
            f"låsta celler har ändrats ({_shown(changed)}); skicka en ny arbetsbok", token
        )
    answers, problems = _answers(form, layout, read.cells)
    if all(a.status == "missing" for a in answers):
        # Returned without a single answer: recorded, but no respondent; still pending.
        return SubmissionInput(
            file=name,
            content_hash=content_hash,
            received_at=mtime,
            status="empty",
            form_id=form.id,
            form_version=form.version,
            recipient_id=token.recipient_id,
            problems=(Problem("", "", _EMPTY, "empty").as_dict(),),
        )
    if stray := _stray_cells(layout, read):
        # The questions are intact, so the answers stand; what was written beside them
        # (protection must have been lifted) is not read, and the respondent is told so.
        problems.append(
            Problem(stray[0], "", f"text i låsta celler lästes inte ({_shown(stray)})", "locked")
        )
    return SubmissionInput(
        file=name,
        content_hash=content_hash,
        received_at=mtime,
        status="accepted",
        form_id=form.id,
        form_version=form.version,
        recipient_id=token.recipient_id,
        answers=tuple(answers),
        problems=tuple(p.as_dict() for p in problems),
    )


def _shown(cells: Sequence[str]) -> str:
    """The first few cell references, and "…" when there are more."""
    return ", ".join(cells[:_MAX_LOCKED_SHOWN]) + (" …" if len(cells) > _MAX_LOCKED_SHOWN else "")


def _stray_cells(layout: Layout, read: _Read) -> list[str]:
    known = {(f.row, f.column) for f in layout.fixed} | {(a.row, a.column) for a in layout.answers}
    return [cell_ref(r, c) for r, c in sorted(read.cells) if (r, c) not in known]


def _changed_cells(layout: Layout, read: _Read) -> list[str]:
    changed = []
    for fixed in layout.fixed:
        value = read.cells.get((fixed.row, fixed.column))
        if " ".join(str(value or "").split()) != " ".join(fixed.shown.split()):
            changed.append(cell_ref(fixed.row, fixed.column))
    return changed


def _answers(
    form: Form, layout: Layout, cells: dict[tuple[int, int], object]
) -> tuple[list[AnswerInput], list[Problem]]:
    answers: list[AnswerInput] = []
    problems: list[Problem] = []
    groups: dict[tuple[str, str], list[tuple[AnswerCell, CellAnswer]]] = {}
    for cell in layout.answers:
        result = read_cell(cell.spec, cells.get((cell.row, cell.column)), form.scale)
        groups.setdefault((cell.question_id, cell.row_id), []).append((cell, result))
    for (question_id, row_id), group in groups.items():
        first = group[0][0]
        if first.spec.type == "multi":
            answers.extend(_multi(question_id, group, problems))
            continue
        if row_id and row_id.startswith("egen_") and all(r.status == "missing" for _, r in group):
            continue  # an unused blank row for the respondent's own item: nothing to record
        row_used = any(r.status != "missing" for _, r in group)
        for cell, result in group:
            answers.append(
                AnswerInput(
                    question_id=question_id,
                    row_id=row_id,
                    field_id=cell.field_id,
                    status=result.status,
                    value_text=result.value_text,
                    value_number=result.value_number,
                    raw=result.raw,
                )
            )
            if result.status == "invalid":
                # the answer itself is never quoted: it may name someone
                problems.append(
                    Problem(cell.ref, cell.label, f"svaret {result.message}", "invalid")
                )
            elif result.status == "missing" and cell.required and (not row_id or row_used):
                problems.append(
                    Problem(cell.ref, cell.label, "obligatoriskt svar saknas", "missing")
                )
    return answers, problems


def _multi(
    question_id: str, group: list[tuple[AnswerCell, CellAnswer]], problems: list[Problem]
) -> list[AnswerInput]:
    chosen = [
        AnswerInput(question_id, "", cell.field_id, "answered", value_text=cell.field_id, raw=r.raw)
        for cell, r in group
        if r.status == "answered"
    ]
    for cell, r in group:
        if r.status == "invalid":
            problems.append(Problem(cell.ref, cell.label, f"svaret {r.message}", "invalid"))
    first = group[0][0]
    limit = first.spec.max_choices
    if limit is not None and len(chosen) > limit:
        # Which of the crosses were meant cannot be told: the question counts as unanswered.
        marked = [cell.ref for cell, r in group if r.status == "answered"]
        problems.append(
            Problem(
                marked[limit],
                first.spec.text,
                f"{len(chosen)} alternativ är markerade men högst {limit} får väljas "
                f"(markerade celler: {', '.join(marked)}); ta bort kryss så att högst "
                f"{limit} återstår",
                "invalid",
            )
        )
        raw = "; ".join(r.raw for _, r in group if r.raw)
        return [AnswerInput(question_id, "", "", "invalid", raw=raw)]
    if chosen:
        return chosen
    if any(r.status == "invalid" for _, r in group):
        return [
            AnswerInput(
                question_id, "", "", "invalid", raw="; ".join(r.raw for _, r in group if r.raw)
            )
        ]
    if first.required:
        problems.append(Problem(first.ref, first.spec.text, "obligatoriskt svar saknas", "missing"))
    return [AnswerInput(question_id, "", "", "missing")]
