"""The drafts in the themes review workbook: sheet Utkast, one row per editable text.

A theme's headline and each of its bullets, each assessment point and each recommendation
is a row. The consultant edits `text` (and a bullet's `stöd`), clears a bullet's text to
drop it or adds a `punkt` row under a theme to add one; unsupported claims are marked
"osäker" with the reason and coloured. Edits are validated as a whole and kept as curation,
in the transaction that imports the rest of the workbook (`synth.review.importing`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from openpyxl.styles import PatternFill
from sqlalchemy.orm import Session

from synth.cells import append_row
from synth.records import UNSUPPORTED, Bullet, Drafts, Origin
from synth.store.drafts import edit_item_in, edit_theme_draft_in

__all__ = [
    "DRAFT_COLUMNS",
    "DRAFT_SHEET",
    "DraftEdits",
    "add_draft_sheet",
    "apply_draft_edits",
    "read_draft_sheet",
]

DRAFT_SHEET = "Utkast"
DRAFT_COLUMNS = ("typ", "id", "text", "stöd", "status", "ursprung")
_HEADLINE, _BULLET, _POINT, _RECOMMENDATION = "rubrik", "punkt", "bedömning", "rekommendation"
_UNSURE_FILL = PatternFill("solid", fgColor="FCE4D6")


class _Claim(Protocol):
    """What a bullet, an assessment point and a recommendation have in common here."""

    @property
    def text(self) -> str: ...
    @property
    def supported(self) -> bool: ...
    @property
    def reason(self) -> str: ...


def _status(supported: bool, reason: str) -> str:
    return "ok" if supported else f"{UNSUPPORTED}: {reason}"


def _origin(origin: Origin, *, edited: bool) -> str:
    text = origin.backend + (f" ({origin.model})" if origin.model else "")
    if origin.fallback:
        text += ", offline-reserv"
    if edited:
        text += ", redigerad"
    return text


def add_draft_sheet(workbook: Any, drafts: Drafts) -> None:
    """Append the Utkast sheet to an openpyxl workbook."""
    sheet = workbook.create_sheet(DRAFT_SHEET)
    append_row(sheet, DRAFT_COLUMNS)
    unsure: list[int] = []

    def claim(kind: str, key: str, claimed: _Claim, support: Sequence[str], origin: str) -> None:
        """A bullet, assessment point or recommendation: a row, marked when unsupported."""
        status = _status(claimed.supported, claimed.reason)
        append_row(sheet, [kind, key, claimed.text, ", ".join(support), status, origin])
        if not claimed.supported:
            unsure.append(sheet.max_row)

    for draft in drafts.themes:
        origin = _origin(draft.origin, edited=draft.origin.edited)
        append_row(
            sheet, [_HEADLINE, draft.theme_id, draft.headline, draft.breadth_text, "", origin]
        )
        for bullet in draft.bullets:
            claim(_BULLET, draft.theme_id, bullet, bullet.statement_ids, "")
    if drafts.assessment is not None:
        origin = _origin(drafts.assessment.origin, edited=False)
        for point in drafts.assessment.points:
            claim(_POINT, point.id, point, point.theme_ids, origin)
    for rec in drafts.recommendations:
        claim(
            _RECOMMENDATION,
            rec.id,
            rec,
            rec.theme_ids,
            _origin(rec.origin, edited=rec.origin.edited),
        )
    for row in unsure:
        for cell in sheet[row]:
            cell.fill = _UNSURE_FILL
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 8
    sheet.column_dimensions["C"].width = 80
    sheet.column_dimensions["D"].width = 40
    sheet.column_dimensions["E"].width = 40
    sheet.column_dimensions["F"].width = 24
    sheet.freeze_panes = "A2"


@dataclass
class DraftEdits:
    headlines: dict[str, str] = field(default_factory=dict)
    bullets: dict[str, list[Bullet]] = field(default_factory=dict)
    items: dict[str, str] = field(default_factory=dict)
    """Assessment point (B1 …) or recommendation (R1 …) id -> text."""


def _ids(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.replace(";", ",").split(",") if part.strip())


def read_draft_sheet(
    workbook: Any,
    drafts: Drafts,
    statement_ids: set[str],
    errors: list[str],
) -> DraftEdits:
    """The edits in the Utkast sheet; problems are appended to `errors` (row named)."""
    edits = DraftEdits()
    if DRAFT_SHEET not in workbook.sheetnames:
        return edits
    rows = list(workbook[DRAFT_SHEET].iter_rows(values_only=True))
    if not rows:
        return edits
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    missing = [c for c in DRAFT_COLUMNS[:4] if c not in header]
    if missing:
        errors.append(f"{DRAFT_SHEET}: saknar kolumnerna {', '.join(missing)}")
        return edits
    index = {c: header.index(c) for c in DRAFT_COLUMNS if c in header}
    themes = {d.theme_id for d in drafts.themes}
    points = drafts.assessment.points if drafts.assessment else ()
    items = {p.id for p in points} | {r.id for r in drafts.recommendations}
    for number, values in enumerate(rows[1:], start=2):
        cells = {
            c: ("" if i >= len(values) or values[i] is None else str(values[i]).strip())
            for c, i in index.items()
        }
        where = f"{DRAFT_SHEET}, rad {number}"
        kind, key = cells["typ"].casefold(), cells["id"]
        if not kind and not key:
            continue
        if kind in {_HEADLINE, _BULLET}:
            if key not in themes:
                errors.append(f"{where}: temat '{key}' har inget utkast")
                continue
            if kind == _HEADLINE:
                edits.headlines[key] = cells["text"]
                continue
            edits.bullets.setdefault(key, [])
            cited = _ids(cells["stöd"])
            unknown = [sid for sid in cited if sid not in statement_ids]
            if unknown:
                errors.append(f"{where}: okänt uttalande-id {', '.join(unknown)}")
            if cells["text"]:
                edits.bullets[key].append(
                    Bullet(
                        cells["text"],
                        cited,
                        supported=bool(cited),
                        reason="" if cited else "hänvisar inte till något uttalande",
                    )
                )
        elif kind in {_POINT, _RECOMMENDATION}:
            if key not in items:
                errors.append(f"{where}: '{key}' finns inte bland utkasten")
                continue
            edits.items[key] = cells["text"]
        else:
            errors.append(
                f"{where}: typ '{cells['typ']}' ska vara rubrik, punkt, bedömning eller "
                "rekommendation"
            )
    return edits


def apply_draft_edits(session: Session, drafts: Drafts, edits: DraftEdits) -> list[str]:
    """Keep the edits as the consultant's, in the caller's transaction; returns what
    changed, for the summary."""
    changed: list[str] = []
    by_theme = {d.theme_id: d for d in drafts.themes}
    for theme_id, headline in edits.headlines.items():
        if headline and headline != by_theme[theme_id].headline:
            edit_theme_draft_in(session, theme_id, headline=headline)
            changed.append(f"{theme_id} rubrik")
    for theme_id, bullets in edits.bullets.items():
        drafted = [(b.text, b.statement_ids) for b in by_theme[theme_id].bullets]
        if [(b.text, b.statement_ids) for b in bullets] != drafted:
            edit_theme_draft_in(session, theme_id, bullets=bullets)
            changed.append(f"{theme_id} punkter")
    current = {p.id: p.text for p in drafts.assessment.points} if drafts.assessment else {}
    current |= {r.id: r.text for r in drafts.recommendations}
    for key, text in edits.items.items():
        if text and text != current[key]:
            edit_item_in(session, key, text)
            changed.append(key)
    return changed
