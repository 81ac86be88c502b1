"""Writing the themes workbook the consultant reviews: Teman, Uttalanden and Utkast.

Teman lists each theme with its headline, breadth, inclusion and order; Uttalanden lists
every statement with its theme and whether it may be quoted; Utkast (when there are
drafts) holds the drafted texts (`synth.review.drafts_sheet`). The file written is
remembered by its hash, so that edits made in it are never written over unimported
(`synth.review.guard`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from synth.cells import append_row
from synth.config import EngagementConfig
from synth.records import Theme
from synth.review.drafts_sheet import add_draft_sheet
from synth.review.guard import check_no_unimported_edits, digest
from synth.review.layout import STATEMENT_COLUMNS, STATEMENT_SHEET, THEME_COLUMNS, THEME_SHEET
from synth.store import Store
from synth.store.drafts import load_drafts
from synth.store.themes import lens_records, load_themes, record_workbook, theme_state
from synth.synthesis.themes import OTHER

__all__ = ["export_engagement_workbook", "export_workbook"]


def _polarity_text(theme: Theme) -> str:
    if not theme.polarity:
        return ""
    label, count = max(theme.polarity.items(), key=lambda x: (x[1], x[0]))
    return f"{label} ({count} av {sum(theme.polarity.values())})"


def export_workbook(store: Store, out: Path) -> Path:
    """Write the themes workbook for review; returns its path.

    Refuses (CurationError) while any themes workbook written earlier has edits that were
    not imported, so that no edit is ever written over. Holds the store (`exclusive`) so that
    the workbook and the hash recorded of it come from one state of the store.
    """
    with store.exclusive("themes export"):
        return _write_workbook(store, out)


def _write_workbook(store: Store, out: Path) -> Path:
    check_no_unimported_edits(store)
    themes = [t for t in load_themes(store) if t.status != "merged"]
    statements = {s.id: s for s in store.statements()}
    lenses = lens_records(store)
    rejected = theme_state(store).rejected_quotes
    theme_of = {sid: t.id for t in themes for sid in t.statement_ids}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = THEME_SHEET
    append_row(sheet, THEME_COLUMNS)
    for theme in themes:
        append_row(
            sheet,
            [
                theme.id,
                theme.perspective or "",
                _polarity_text(theme),
                theme.label,
                ", ".join(theme.keywords),
                theme.breadth_text,
                "ja" if theme.include else "nej",
                theme.order,
                theme.id,
            ],
        )
    yes_no = DataValidation(type="list", formula1='"ja,nej"', allow_blank=False)
    sheet.add_data_validation(yes_no)
    yes_no.add(f"G2:G{max(2, sheet.max_row)}")
    sheet.column_dimensions["I"].hidden = True
    _style(sheet, (10, 20, 18, 60, 40, 50, 14, 10, 10))

    rows = workbook.create_sheet(STATEMENT_SHEET)
    append_row(rows, STATEMENT_COLUMNS)
    ordered = [sid for t in themes for sid in t.statement_ids if sid in statements]
    ordered += [sid for sid in statements if sid not in theme_of]
    for sid in ordered:
        st = statements[sid]
        lens = lenses.get(sid)
        append_row(
            rows,
            [
                sid,
                st.text,
                f"{st.source_id} ({st.source_type.value})",
                theme_of.get(sid, OTHER),
                "nej" if sid in rejected else "ja",
                lens.perspective if lens else "",
                lens.polarity if lens else "",
            ],
        )
    quote_ok = DataValidation(type="list", formula1='"ja,nej"', allow_blank=False)
    rows.add_data_validation(quote_ok)
    quote_ok.add(f"E2:E{max(2, rows.max_row)}")
    _style(rows, (14, 90, 22, 10, 16, 20, 12))
    drafts = load_drafts(store, themes)
    if not drafts.empty:
        add_draft_sheet(workbook, drafts)
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    record_workbook(store, out, digest(out))
    return out


def export_engagement_workbook(config: EngagementConfig, out: Path) -> Path:
    """`export_workbook` for an engagement, as the CLI and the flow call it after a step."""
    with Store.open(config.store_url) as store:
        return export_workbook(store, out)


def _style(sheet: Any, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
    wrap = Alignment(wrap_text=True, vertical="top")  # one style object for every cell
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
