"""One Excel workbook per recipient: instructions, locked questions, validated answer cells.

The workbook is built once per form and saved once per recipient with only the
personal cells and the token changed, which is what makes 350 workbooks a matter of
seconds rather than minutes.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from synth.cells import set_cell, write_cell
from synth.config import EngagementConfig
from synth.errors import IngestError
from synth.forms import Form, Question, form_dirs, load_named_form
from synth.outputs import slug
from synth.records import Progress, Recipient
from synth.roster import recipient_list
from synth.store import Store
from synth.store.surveys import RecipientInput, any_survey_records, record_recipients
from synth.survey.layout import (
    ANSWER_SHEET,
    INSTRUCTION_SHEET,
    LIST_SHEET,
    MARK,
    AnswerCell,
    Layout,
    build_layout,
    cell_ref,
)
from synth.survey.token import TokenKey, recipient_text
from synth.survey.xlsform import write_xlsform
from synth.tables import TOKEN_SHEET

__all__ = [
    "RenderResult",
    "RenderedWorkbook",
    "WorkbookTemplate",
    "render_engagement",
    "render_workbooks",
    "survey_key",
]

OUTBOX_FOLDER = "utskick"
"""Beside engagement.toml: `utskick/<form>/` holds the workbooks to send."""

ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")
SECTION_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_WRAP = Alignment(wrap_text=True, vertical="top")
_STYLE = {
    "title": (Font(bold=True, size=14), None),
    "section": (Font(bold=True, size=12, color="FFFFFF"), SECTION_FILL),
    "intro": (Font(italic=True), None),
    "question": (Font(bold=True), None),
    "header": (Font(bold=True), HEADER_FILL),
    "label": (Font(), None),
    "option": (Font(), None),
    "hint": (Font(italic=True, color="595959"), None),
}


@dataclass(frozen=True)
class RenderedWorkbook:
    recipient_id: str
    path: Path
    sector: str | None
    unit: str | None
    role: str | None


class WorkbookTemplate:
    """A form's workbook, built once; `save_for` personalises it and writes one file."""

    def __init__(self, form: Form, *, engagement: str, deadline: dt.date | None) -> None:
        self.form = form
        self.layout = build_layout(form)
        self.workbook = Workbook()
        self._lists: dict[tuple[str, ...], str] = {}
        self._instructions(engagement, deadline)
        self._answer_sheet()
        self._token_sheet()
        self.workbook.security = WorkbookProtection(lockStructure=True)

    # building ---------------------------------------------------------------------------

    def _instructions(self, engagement: str, deadline: dt.date | None) -> None:
        sheet = self.workbook.active
        assert sheet is not None
        sheet.title = INSTRUCTION_SHEET
        sheet.column_dimensions["A"].width = 18
        sheet.column_dimensions["B"].width = 100
        set_cell(sheet["A1"], self.form.title)
        sheet["A1"].font = Font(bold=True, size=14)
        set_cell(sheet["A2"], engagement)
        rows = [("Till", ""), ("Sektor/enhet", "")]
        if deadline is not None:
            rows.append(("Svara senast", deadline.isoformat()))
        for offset, (label, value) in enumerate(rows):
            write_cell(sheet, 4 + offset, 1, label).font = Font(bold=True)
            write_cell(sheet, 4 + offset, 2, value)
        self._to_cell, self._unit_cell = sheet["B4"], sheet["B5"]
        row = 5 + len(rows)
        for paragraph in [self.form.intro, *self._how_to()]:
            if paragraph:
                cell = write_cell(sheet, row, 2, paragraph)
                cell.alignment = _WRAP
                sheet.row_dimensions[row].height = 15 * (1 + len(paragraph) // 95)
                row += 1
        self._protect(sheet)

    def _how_to(self) -> list[str]:
        lines = [f"• {line}" for line in self.form.instructions]
        if self.form.scale is not None:
            s = self.form.scale
            lines.append(f"Skala: 1 = {s.low}, 5 = {s.high}, {s.dont_know} = kan inte bedöma.")
        lines.append("Frågor markerade med * är obligatoriska.")
        return lines

    def _answer_sheet(self) -> None:
        sheet = self.workbook.create_sheet(ANSWER_SHEET)
        layout = self.layout
        sheet.column_dimensions["A"].width = 5
        sheet.column_dimensions["B"].width = 46
        for column in range(3, layout.last_column + 2):
            sheet.column_dimensions[cell_ref(1, column)[:-1]].width = 20
        for fixed in layout.fixed:
            cell = write_cell(sheet, fixed.row, fixed.column, fixed.text)
            font, fill = _STYLE[fixed.kind]
            cell.font = font
            cell.alignment = _WRAP
            if fill is not None:
                cell.fill = fill
            if fixed.kind == "section":
                for column in range(2, layout.last_column + 1):
                    sheet.cell(fixed.row, column).fill = fill
            if fixed.kind in {"section", "title", "intro"} and fixed.column == 1:
                end = cell_ref(fixed.row, layout.last_column)
                sheet.merge_cells(f"{cell.coordinate}:{end}")
        for row in layout.tall_rows:
            sheet.row_dimensions[row].height = 48
        for answer in layout.answers:
            self._answer_cell(sheet, answer)
        sheet.freeze_panes = "C4"
        self._validations(sheet, layout)
        self._protect(sheet)

    def _answer_cell(self, sheet: Worksheet, answer: AnswerCell) -> None:
        cell = sheet.cell(answer.row, answer.column)
        cell.fill = ANSWER_FILL
        cell.protection = Protection(locked=False)
        cell.alignment = _WRAP
        if answer.span > 1:
            for column in range(answer.column + 1, answer.column + answer.span):
                other = sheet.cell(answer.row, column)
                other.fill = ANSWER_FILL
            end = cell_ref(answer.row, answer.column + answer.span - 1)
            sheet.merge_cells(f"{answer.ref}:{end}")
            sheet.row_dimensions[answer.row].height = 90

    def _list(self, options: Sequence[str | int]) -> str:
        """A range on the hidden list sheet holding `options`, reused for equal lists."""
        key = tuple(str(o) for o in options)
        if key not in self._lists:
            if LIST_SHEET not in self.workbook.sheetnames:
                self.workbook.create_sheet(LIST_SHEET).sheet_state = "hidden"
            sheet = self.workbook[LIST_SHEET]
            column = len(self._lists) + 1
            for row, option in enumerate(options, start=1):
                write_cell(sheet, row, column, option)
            letter = cell_ref(1, column)[:-1]
            self._lists[key] = f"'{LIST_SHEET}'!${letter}$1:${letter}${len(options)}"
        return self._lists[key]

    def _rule(self, spec: Question) -> DataValidation | None:
        if spec.type == "likert":
            scale = self.form.likert_scale
            options: list[str | int] = [*range(1, scale.points + 1), scale.dont_know]
            return self._list_rule(options, "Välj 1–5 eller " + scale.dont_know)
        if spec.type == "single":
            return self._list_rule([c.label for c in spec.choices], "Välj ett alternativ i listan")
        if spec.type == "multi":
            return self._list_rule([MARK], f"Markera med {MARK} eller lämna tomt", inline=True)
        if spec.type == "number":
            rule = DataValidation(
                type="whole" if spec.decimals == 0 else "decimal",
                operator="between",
                formula1=f"{spec.min:g}",
                formula2=f"{spec.max:g}",
                allow_blank=True,
                showErrorMessage=True,
                # A warning, not a stop: in an English Excel "2,5" is text, and synth reads
                # the decimal comma when the workbook comes back.
                errorStyle="warning",
                errorTitle="Utanför intervallet",
                error=f"Ange {spec.range_text}.",
                showInputMessage=True,
                prompt=spec.range_text,
            )
            return rule
        if spec.type == "text" and spec.max_length:
            return DataValidation(
                type="textLength",
                operator="lessThanOrEqual",
                formula1=str(spec.max_length),
                allow_blank=True,
                showErrorMessage=True,
                error=f"Högst {spec.max_length} tecken.",
            )
        return None

    def _list_rule(
        self, options: Sequence[str | int], message: str, *, inline: bool = False
    ) -> DataValidation:
        formula = f'"{",".join(str(o) for o in options)}"' if inline else self._list(options)
        return DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="stop",
            errorTitle="Ogiltigt svar",
            error=message,
            showInputMessage=True,
            prompt=message,
        )

    def _validations(self, sheet: Worksheet, layout: Layout) -> None:
        # One rule per distinct question spec, covering all its cells: a workbook with
        # one rule per cell is large and slow for Excel to open.
        rules: dict[str, DataValidation] = {}
        for answer in layout.answers:
            key = answer.spec.model_dump_json(exclude={"id", "text", "required", "help"})
            if key not in rules:
                rule = self._rule(answer.spec)
                if rule is None:
                    continue
                rules[key] = rule
                sheet.add_data_validation(rule)
            rules[key].add(answer.ref)

    def _token_sheet(self) -> None:
        sheet = self.workbook.create_sheet(TOKEN_SHEET)
        sheet.sheet_state = "veryHidden"
        for row, label in enumerate(["token", "formulär", "version", "mottagare"], start=1):
            write_cell(sheet, row, 1, label)
        set_cell(sheet["B2"], self.form.id)
        set_cell(sheet["B3"], self.form.version)
        self._token_cell: Cell = sheet["B1"]
        self._recipient_cell: Cell = sheet["B4"]
        self._protect(sheet)

    @staticmethod
    def _protect(sheet: Worksheet) -> None:
        sheet.protection.sheet = True
        sheet.protection.formatCells = False
        sheet.protection.formatColumns = False
        sheet.protection.formatRows = False

    # personalising ----------------------------------------------------------------------

    def save_for(self, recipient: Recipient, recipient_id: str, key: TokenKey, path: Path) -> None:
        set_cell(self._to_cell, recipient.name + (f", {recipient.role}" if recipient.role else ""))
        set_cell(self._unit_cell, " – ".join(p for p in (recipient.sector, recipient.unit) if p))
        # The token is bound to the recipient-specific cells as written, so that it does
        # not fit another recipient's workbook it might be copied into.
        personal = recipient_text(self._to_cell.value, self._unit_cell.value)
        token = key.token(self.form.id, self.form.version, recipient_id, personal)
        set_cell(self._token_cell, token.text)
        set_cell(self._recipient_cell, recipient_id)
        self.workbook.save(path)


def render_workbooks(
    form: Form,
    recipients: Sequence[Recipient],
    key: TokenKey,
    folder: Path,
    *,
    engagement: str,
    deadline: dt.date | None = None,
    progress: Progress | None = None,
) -> list[RenderedWorkbook]:
    """Write one workbook per recipient into `folder`; names are `<form>-<name>.xlsx`."""
    folder.mkdir(parents=True, exist_ok=True)
    template = WorkbookTemplate(form, engagement=engagement, deadline=deadline)
    written: list[RenderedWorkbook] = []
    used: set[str] = set()
    for index, recipient in enumerate(recipients, start=1):
        recipient_id = key.recipient_id(recipient.email)
        name = f"{form.id}-{slug(recipient.name)}"
        if name in used:
            name = f"{name}-{recipient_id.lower()}"
        used.add(name)
        path = folder / f"{name}.xlsx"
        template.save_for(recipient, recipient_id, key, path)
        written.append(
            RenderedWorkbook(recipient_id, path, recipient.sector, recipient.unit, recipient.role)
        )
        if progress is not None:
            progress(index, len(recipients))
    return written


@dataclass(frozen=True)
class RenderResult:
    form: Form
    folder: Path
    workbooks: tuple[RenderedWorkbook, ...]
    xlsform: Path
    duplicates: int
    """Rows of the recipient list whose e-mail address came earlier in the list."""
    seconds: float


def render_engagement(
    config: EngagementConfig,
    form_name: str,
    *,
    deadline: dt.date | None = None,
    progress: Progress | None = None,
    record: bool = True,
) -> RenderResult:
    """Render `form_name` for everyone in the form's recipient list, and record them.

    Without `deadline` the workbook says `mail.deadline`. `record=False` (a dry run)
    writes the workbooks and records no one in the store.
    """
    started = time.perf_counter()
    form = load_named_form(form_name, form_dirs(config.root))
    listing = recipient_list(config, form.id)
    if not listing.rows:
        raise IngestError(listing.file, "mottagarlistan har inga mottagare")
    key = survey_key(config)
    folder = config.root / OUTBOX_FOLDER / form.id
    written = render_workbooks(
        form,
        listing.people,
        key,
        folder,
        engagement=config.engagement.name,
        deadline=deadline or config.mail.deadline,
        progress=progress,
    )
    xlsform = write_xlsform(form, config.root / OUTBOX_FOLDER / f"{form.id}-xlsform.xlsx")
    if record:
        with Store.open(config.store_url) as store, store.exclusive("survey render"):
            record_recipients(
                store,
                form.id,
                form.version,
                [
                    RecipientInput(w.recipient_id, w.sector, w.unit, w.role, w.path.name)
                    for w in written
                ],
            )
    return RenderResult(
        form=form,
        folder=folder,
        workbooks=tuple(written),
        xlsform=xlsform,
        duplicates=listing.duplicates,
        seconds=time.perf_counter() - started,
    )


def survey_key(config: EngagementConfig) -> TokenKey:
    """The engagement's survey key, created on first use.

    An empty key file (left by a full disk) is replaced only while nothing depends on it:
    no workbook in the outbox and no survey recipient, e-mail or return in the store.
    """

    def in_use() -> bool:
        if any((config.root / OUTBOX_FOLDER).glob("*/*.xls[xm]")):
            return True
        with Store.open(config.store_url) as store:
            return any_survey_records(store)

    return TokenKey.for_engagement(config.root, create=True, in_use=in_use)
