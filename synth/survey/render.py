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
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from synth.cells import set_cell, write_cell
from synth.config import EngagementConfig
from synth.errors import IngestError
from synth.forms import Form, form_dirs, load_named_form
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
    TITLE_ROWS,
    AnswerCell,
    Layout,
    build_layout,
    cell_ref,
    column_widths,
    page_breaks,
    row_heights,
    text_height,
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
EXAMPLE_FILL = PatternFill("solid", fgColor="EDEDED")
_WRAP = Alignment(wrap_text=True, vertical="top")
_INDENT = Alignment(wrap_text=True, vertical="top", indent=2)
_GREY = "595959"
_EDGE = Side(style="thin", color="BFBFBF")
_GROUP_SIDE = Side(style="thin", color="7F7F7F")
_CELL_EDGE = Border(left=_EDGE, right=_EDGE, top=_EDGE, bottom=_EDGE)
"""Each answer cell drawn, so that a row of empty cells reads as cells to fill."""
_INSTRUCTION_WIDTH = 85
"""Instruktioner's text column: A4 portrait at nearly full size."""
_FONT = "Calibri"
"""Named on every cell: a font without a name is drawn in a serif in LibreOffice."""
_STYLE = {
    "title": (Font(name=_FONT, bold=True, size=14), None),
    "section": (Font(name=_FONT, bold=True, size=12, color="FFFFFF"), SECTION_FILL),
    "intro": (Font(name=_FONT, italic=True), None),
    "question": (Font(name=_FONT, bold=True), None),
    "header": (Font(name=_FONT, bold=True), HEADER_FILL),
    "label": (Font(name=_FONT), None),
    "repeat": (Font(name=_FONT, color=_GREY), None),
    "option": (Font(name=_FONT), None),
    "hint": (Font(name=_FONT, italic=True, color=_GREY), None),
    "example": (Font(name=_FONT, italic=True, color=_GREY), EXAMPLE_FILL),
}
_NOTE_FONT = InlineFont(rFont=_FONT, i=True, color=_GREY, sz=9)


def _inline(font: Font) -> InlineFont:
    return InlineFont(rFont=_FONT, b=font.b, i=font.i, sz=font.sz, color=font.color)


def _fit_to_width(sheet: Worksheet, orientation: str) -> None:
    sheet.page_setup.orientation = orientation
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.oddFooter.center.text = "Sida &P av &N"


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
        sheet.column_dimensions["B"].width = _INSTRUCTION_WIDTH
        set_cell(sheet["A1"], self.form.title)
        sheet["A1"].font = Font(name=_FONT, bold=True, size=14)
        set_cell(sheet["A2"], engagement)
        rows = [("Till", ""), ("Sektor/enhet", "")]
        if deadline is not None:
            rows.append(("Svara senast", deadline.isoformat()))
        for offset, (label, value) in enumerate(rows):
            write_cell(sheet, 4 + offset, 1, label).font = Font(name=_FONT, bold=True)
            write_cell(sheet, 4 + offset, 2, value)
        self._to_cell, self._unit_cell = sheet["B4"], sheet["B5"]
        row = 5 + len(rows)
        for paragraph in [self.form.intro, *self._how_to()]:
            if paragraph:
                cell = write_cell(sheet, row, 2, paragraph)
                cell.alignment = _WRAP
                height = text_height(paragraph, _INSTRUCTION_WIDTH)
                sheet.row_dimensions[row].height = height + 4  # a little air between
                row += 1
        _fit_to_width(sheet, "portrait")
        sheet.print_area = f"A1:B{row}"
        self._protect(sheet)

    def _how_to(self) -> list[str]:
        lines = [f"• {line}" for line in self.form.instructions]
        if self.form.scale is not None:
            s = self.form.scale
            points = ", ".join(f"{n} = {s.label(n)}" for n in range(1, s.points + 1) if s.label(n))
            lines.append(f"Skala: {points}, {s.dont_know} = kan inte bedöma.")
        lines.append("Frågor markerade med * är obligatoriska.")
        return lines

    def _answer_sheet(self) -> None:
        sheet = self.workbook.create_sheet(ANSWER_SHEET)
        layout = self.layout
        widths = column_widths(self.form, layout)
        for column, width in widths.items():
            sheet.column_dimensions[get_column_letter(column)].width = width
        for fixed in layout.fixed:
            cell = write_cell(sheet, fixed.row, fixed.column, fixed.text)
            font, fill = _STYLE[fixed.kind]
            cell.font = font
            cell.alignment = _INDENT if fixed.kind == "repeat" else _WRAP
            if fixed.note:
                # the definition under the label, smaller and grey, in the same cell
                cell.value = CellRichText(
                    TextBlock(_inline(font), fixed.text),
                    TextBlock(_NOTE_FONT, f"\n{fixed.note}"),
                )
            if fill is not None:
                cell.fill = fill
            if fixed.kind == "section":
                for column in range(2, layout.last_column + 1):
                    sheet.cell(fixed.row, column).fill = fill
            if fixed.span > 1:
                end = cell_ref(fixed.row, fixed.column + fixed.span - 1)
                sheet.merge_cells(f"{cell.coordinate}:{end}")
        heights = row_heights(self.form, layout, widths)
        for row, height in heights.items():
            sheet.row_dimensions[row].height = height
        for answer in layout.answers:
            self._answer_cell(sheet, answer)
        for fixed in layout.fixed:
            if fixed.kind == "repeat":
                # a line under a function's last row: its placements read as one group
                for column in range(fixed.column, layout.last_column + 1):
                    cell = sheet.cell(fixed.row, column)
                    edge = cell.border
                    cell.border = Border(
                        left=edge.left, right=edge.right, top=edge.top, bottom=_GROUP_SIDE
                    )
        sheet.freeze_panes = "C4"
        self._validations(sheet, layout)
        self._print_setup(sheet, layout, widths, heights)
        self._protect(sheet)

    def _answer_cell(self, sheet: Worksheet, answer: AnswerCell) -> None:
        cell = sheet.cell(answer.row, answer.column)
        cell.fill = ANSWER_FILL
        cell.border = _CELL_EDGE
        cell.protection = Protection(locked=False)
        cell.alignment = _WRAP
        if answer.span > 1:
            for column in range(answer.column + 1, answer.column + answer.span):
                other = sheet.cell(answer.row, column)
                other.fill = ANSWER_FILL
            end = cell_ref(answer.row, answer.column + answer.span - 1)
            sheet.merge_cells(f"{answer.ref}:{end}")

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

    def _rule(self, answer: AnswerCell) -> DataValidation | None:
        spec = answer.spec
        if answer.suggestions:
            # an own row's name: pick a listed function (another placement of it) or
            # write a new one; the list only offers, it does not refuse
            rule = self._list_rule(answer.suggestions, "Välj i listan eller skriv ett namn")
            rule.showErrorMessage = False
            return rule
        if spec.type == "likert":
            scale = self.form.likert_scale
            # the words in the list ("4 – Instämmer till stor del"); a typed 4 is let
            # through with a warning, since it is read as the same answer
            rule = self._list_rule(
                scale.choices(),
                f"Välj i listan (1–{scale.points} eller {scale.dont_know}). "
                "Att skriva bara siffran går också bra.",
            )
            rule.errorStyle = "warning"
            return rule
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
            key += "|".join(answer.suggestions)
            if key not in rules:
                rule = self._rule(answer)
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
    def _print_setup(
        sheet: Worksheet, layout: Layout, widths: dict[int, float], heights: dict[int, float]
    ) -> None:
        """Landscape A4, the columns fitted to the page's width, the title repeated on every
        page, and page breaks between questions, never between a question and its answers."""
        _fit_to_width(sheet, "landscape")
        sheet.print_area = f"A1:{cell_ref(layout.last_row, layout.last_column)}"
        sheet.print_title_rows = f"{min(TITLE_ROWS)}:{max(TITLE_ROWS)}"
        sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.7, footer=0.3)
        for row in page_breaks(layout, widths, heights):
            sheet.row_breaks.append(Break(id=row - 1))

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
