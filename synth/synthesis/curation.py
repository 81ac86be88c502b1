"""The themes workbook: the consultant reviews themes in Excel and the edits come back.

Export writes two sheets, Teman and Uttalanden. Import validates every edit first and
applies none unless all are valid; applied edits are pinned so that later runs keep them:
a renamed headline, inclusion and order, a statement moved to another theme (or to a new
id, which splits a theme), a theme given another theme's id (a merge), a rejected quote.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from synth.cells import append_row
from synth.draft.workbook import add_draft_sheet, apply_draft_edits, read_draft_edits
from synth.errors import CurationError
from synth.records import Statement, Theme
from synth.store import Store
from synth.store.drafts import load_drafts
from synth.store.schema import MemberRow, RejectedQuoteRow, ThemeRow
from synth.store.themes import (
    lens_records,
    load_themes,
    record_curation,
    record_workbook,
    recorded_workbooks,
    theme_state,
)
from synth.synthesis.themes import OTHER

__all__ = [
    "CurationSummary",
    "check_no_unimported_edits",
    "export_workbook",
    "import_workbook",
    "read_workbook",
    "unimported_workbooks",
]

THEME_SHEET = "Teman"
STATEMENT_SHEET = "Uttalanden"
THEME_COLUMNS = (
    "id",
    "perspektiv",
    "polaritet",
    "rubrik",
    "nyckelord",
    "bredd",
    "ta med (ja/nej)",
    "ordning",
    "ursprungligt id",
)
STATEMENT_COLUMNS = (
    "id",
    "text",
    "källa",
    "tema-id",
    "citat ok (ja/nej)",
    "perspektiv",
    "polaritet",
)
_YES_NO = {"ja": True, "nej": False}
_NEW_ID = re.compile(r"^T\d{1,4}$")


def _polarity_text(theme: Theme) -> str:
    if not theme.polarity:
        return ""
    label, count = max(theme.polarity.items(), key=lambda x: (x[1], x[0]))
    return f"{label} ({count} av {sum(theme.polarity.values())})"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unimported_workbooks(store: Store) -> list[Path]:
    """Themes workbooks synth wrote that have been edited since and not imported."""
    return sorted(
        path
        for path, digest in recorded_workbooks(store).items()
        if path.is_file() and _digest(path) != digest
    )


def check_no_unimported_edits(store: Store) -> None:
    """Refuse to go on while a themes workbook holds edits the store does not have.

    The consultant is told to edit the workbook a run prints; a later step that wrote over
    it, or built a deck without it, would lose that work without a word.
    """
    edited = unimported_workbooks(store)
    if edited:
        files = "\n".join(f"  {path}" for path in edited)
        raise CurationError(
            "Ändringar i temaarbetsboken är inte inlästa:\n"
            f"{files}\n"
            "Läs in dem med 'synth themes import <uppdragsmappen> <filen>' och kör sedan "
            "igen; ska ändringarna inte med, flytta eller ta bort filen. Inget skrevs över."
        )


def export_workbook(store: Store, out: Path) -> Path:
    """Write the themes workbook for review; returns its path.

    Refuses (CurationError) while any themes workbook written earlier has edits that were
    not imported, so that no edit is ever written over.
    """
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
    record_workbook(store, out, _digest(out))
    return out


def _style(sheet: object, widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]
    for cell in sheet[1]:  # type: ignore[index]
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
    wrap = Alignment(wrap_text=True, vertical="top")  # one style object for every cell
    for row in sheet.iter_rows(min_row=2):  # type: ignore[attr-defined]
        for cell in row:
            cell.alignment = wrap
    sheet.freeze_panes = "A2"  # type: ignore[attr-defined]


@dataclass
class _ThemeEdit:
    row: int
    id: str
    original: str
    label: str
    include: bool
    order: int | None


@dataclass
class _StatementEdit:
    row: int
    id: str
    theme: str
    quote_ok: bool


@dataclass
class Edits:
    themes: list[_ThemeEdit] = field(default_factory=list)
    statements: list[_StatementEdit] = field(default_factory=list)


@dataclass(frozen=True)
class CurationSummary:
    renamed: list[str]
    moved: int
    merged: list[tuple[str, str]]
    split: list[str]
    excluded: list[str]
    reordered: int
    quotes_rejected: int
    drafts_edited: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        if self.drafts_edited:
            out.append(f"Redigerade utkast: {', '.join(self.drafts_edited)}")
        if self.renamed:
            out.append(f"Nya rubriker: {', '.join(self.renamed)}")
        if self.moved:
            out.append(f"Flyttade uttalanden: {self.moved}")
        for source, target in self.merged:
            out.append(f"Sammanslaget: {source} → {target}")
        if self.split:
            out.append(f"Nya teman genom delning: {', '.join(self.split)}")
        if self.excluded:
            out.append(f"Tas inte med: {', '.join(self.excluded)}")
        if self.reordered:
            out.append(f"Teman med ordning: {self.reordered}")
        if self.quotes_rejected:
            out.append(f"Underkända citat: {self.quotes_rejected}")
        return out or ["Inga ändringar."]


def _cells(
    sheet: object, columns: Sequence[str], name: str, errors: list[str]
) -> list[dict[str, str]]:
    rows = list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
    if not rows:
        errors.append(f"{name}: bladet är tomt")
        return []
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    missing = [c for c in columns if c not in header]
    if missing:
        errors.append(f"{name}: saknar kolumnerna {', '.join(missing)}")
        return []
    index = {c: header.index(c) for c in columns}
    result = []
    for values in rows[1:]:
        cells = {
            c: ("" if values[i] is None else str(values[i]).strip()) if i < len(values) else ""
            for c, i in index.items()
        }
        result.append(cells)
    return result


def _yes_no(value: str, where: str, errors: list[str]) -> bool:
    key = value.casefold()
    if key not in _YES_NO:
        errors.append(f"{where}: '{value}' ska vara ja eller nej")
        return True
    return _YES_NO[key]


def read_workbook(path: Path, themes: Sequence[Theme], statement_ids: set[str]) -> Edits:
    """Every edit in the workbook, validated; CurationError lists all problems found."""
    try:
        workbook = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise CurationError(f"{path.name}: kan inte öppnas som Excel-arbetsbok") from exc
    errors: list[str] = []
    for sheet in (THEME_SHEET, STATEMENT_SHEET):
        if sheet not in workbook.sheetnames:
            errors.append(f"{path.name}: bladet '{sheet}' saknas")
    if errors:
        raise CurationError("\n".join(errors))
    known = {t.id for t in themes}
    edits = Edits()
    for number, cells in enumerate(
        _cells(workbook[THEME_SHEET], THEME_COLUMNS, THEME_SHEET, errors), 2
    ):
        where = f"{THEME_SHEET}, rad {number}"
        original = cells["ursprungligt id"] or cells["id"]
        if not original and not cells["id"]:
            continue
        if original not in known:
            errors.append(f"{where}: okänt tema-id '{original}'")
            continue
        if cells["id"] != original and cells["id"] not in known:
            errors.append(
                f"{where}: '{cells['id']}' är inget befintligt tema (slå ihop genom att ange "
                "ett befintligt id)"
            )
        order = None
        if cells["ordning"]:
            try:
                order = int(float(cells["ordning"].replace(",", ".")))
            except ValueError:
                errors.append(f"{where}: ordning '{cells['ordning']}' är inget heltal")
        edits.themes.append(
            _ThemeEdit(
                row=number,
                id=cells["id"],
                original=original,
                label=cells["rubrik"],
                include=_yes_no(cells["ta med (ja/nej)"], where, errors),
                order=order,
            )
        )
    seen: dict[str, int] = {}
    for number, cells in enumerate(
        _cells(workbook[STATEMENT_SHEET], STATEMENT_COLUMNS, STATEMENT_SHEET, errors), 2
    ):
        where = f"{STATEMENT_SHEET}, rad {number}"
        sid = cells["id"]
        if not sid:
            continue
        if sid not in statement_ids:
            errors.append(f"{where}: okänt uttalande-id '{sid}'")
            continue
        if sid in seen:
            errors.append(f"{where}: uttalandet {sid} står redan på rad {seen[sid]} (två teman)")
            continue
        seen[sid] = number
        theme = cells["tema-id"] or OTHER
        if theme not in known and theme != OTHER and not _NEW_ID.match(theme):
            errors.append(f"{where}: okänt tema-id '{theme}' (nya teman skrivs T och en siffra)")
        edits.statements.append(
            _StatementEdit(
                row=number,
                id=sid,
                theme=theme,
                quote_ok=_yes_no(cells["citat ok (ja/nej)"], where, errors),
            )
        )
    if errors:
        shown = errors[:25] + ([f"… och {len(errors) - 25} till"] if len(errors) > 25 else [])
        raise CurationError(f"{path.name}: inget ändrades.\n" + "\n".join(shown))
    return edits


def _text_hash(statement: Statement) -> str:
    return hashlib.sha256(statement.text.encode("utf-8")).hexdigest()


def import_workbook(store: Store, path: Path) -> CurationSummary:
    """Validate the workbook and apply its edits in one transaction, as pinned curation."""
    themes = load_themes(store)
    statements = {s.id: s for s in store.statements()}
    edits = read_workbook(path, themes, set(statements))
    drafts, draft_edits = read_draft_edits(store, path, set(statements))
    by_id = {t.id: t for t in themes}
    current = {sid: t.id for t in themes for sid in t.statement_ids}
    renamed, merged, split, excluded = [], [], [], []
    moved = reordered = rejected_count = 0
    with store.session() as session:
        rows = {row.id: row for row in session.scalars(select(ThemeRow))}
        members = {row.statement_id: row for row in session.scalars(select(MemberRow))}
        merge_into = {e.original: e.id for e in edits.themes if e.id != e.original}

        def pin(sid: str, theme: str) -> None:
            row = members.get(sid)
            if row is None:
                row = MemberRow(statement_id=sid, theme_id=theme)
                session.add(row)
                members[sid] = row
            row.theme_id = theme
            current[sid] = theme
            row.pinned = True
            row.text_hash = _text_hash(statements[sid])

        for edit in edits.themes:
            row = rows[edit.original]
            theme = by_id[edit.original]
            label = edit.label.strip()
            if label and label != theme.label:
                row.custom_label = None if label == theme.auto_label else label
                renamed.append(edit.original)
            if row.include != edit.include:
                row.include = edit.include
                if not edit.include:
                    excluded.append(edit.original)
            if edit.order != row.ordering:
                row.ordering = edit.order
            reordered += edit.order is not None
            already = row.status == "merged" and row.merged_into == merge_into.get(edit.original)
            if edit.original in merge_into and not already:
                row.status, row.merged_into = "merged", merge_into[edit.original]
                merged.append((edit.original, merge_into[edit.original]))
                for sid in theme.statement_ids:
                    pin(sid, merge_into[edit.original])
        for edit in edits.statements:
            target = merge_into.get(edit.theme, edit.theme)
            if target not in rows and target != OTHER:
                rows[target] = ThemeRow(id=target, auto_label="", status="active")
                session.add(rows[target])
                split.append(target)
            # compared with where it ends up, so that importing the same file again is a no-op
            if current.get(edit.id, OTHER) != target and edit.id in statements:
                pin(edit.id, target)
                moved += 1
            rejected = session.get(RejectedQuoteRow, edit.id)
            if not edit.quote_ok and rejected is None:
                session.add(RejectedQuoteRow(statement_id=edit.id))
                rejected_count += 1
            elif edit.quote_ok and rejected is not None:
                session.delete(rejected)
    summary = CurationSummary(
        renamed=renamed,
        moved=moved,
        merged=merged,
        split=split,
        excluded=excluded,
        reordered=reordered,
        quotes_rejected=rejected_count,
        drafts_edited=apply_draft_edits(store, drafts, draft_edits),
    )
    record_curation(store, path.name, {"lines": summary.lines()})
    record_workbook(store, path, _digest(path))
    return summary
