"""Importing the edited themes workbook: every edit validated, then all applied at once.

Nothing is applied unless every edit in every sheet is valid. The edits are then applied
in one transaction through the store: theme edits, draft edits, the curation record and
the workbook's new hash commit together or not at all. Applied edits are pinned so that
later runs keep them: a renamed headline, inclusion and order, a statement moved to
another theme (or to a new id, which splits a theme), a theme given another theme's id (a
merge), a rejected quote, an edited draft text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from synth.errors import CurationError
from synth.records import Statement, Theme
from synth.review.drafts_sheet import apply_draft_edits, read_draft_sheet
from synth.review.guard import digest
from synth.review.reading import Edits, open_review_workbook, read_theme_sheets
from synth.store import Store
from synth.store.drafts import load_drafts
from synth.store.schema import MemberRow, RejectedQuoteRow, ThemeRow
from synth.store.themes import load_themes, record_curation_in, record_workbook_in
from synth.synthesis.themes import OTHER

__all__ = ["CurationSummary", "import_workbook"]


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
        """One line per kind of change, none for a kind that did not occur."""
        changes: list[tuple[str, object]] = [
            ("Redigerade utkast", ", ".join(self.drafts_edited)),
            ("Nya rubriker", ", ".join(self.renamed)),
            ("Flyttade uttalanden", self.moved),
            *(("Sammanslaget", f"{source} → {target}") for source, target in self.merged),
            ("Nya teman genom delning", ", ".join(self.split)),
            ("Tas inte med", ", ".join(self.excluded)),
            ("Teman med ordning", self.reordered),
            ("Underkända citat", self.quotes_rejected),
        ]
        return [f"{label}: {value}" for label, value in changes if value] or ["Inga ändringar."]


def _text_hash(statement: Statement) -> str:
    return hashlib.sha256(statement.text.encode("utf-8")).hexdigest()


def import_workbook(store: Store, path: Path) -> CurationSummary:
    """Validate the workbook and apply all its edits in one transaction, as pinned curation.

    A workbook with any invalid edit changes nothing (CurationError lists the problems);
    a failure while applying rolls back every edit, the curation record and the hash.
    Holds the store (`exclusive`) from reading its themes to writing the edits.
    """
    with store.exclusive("themes import"):
        return _import_workbook(store, path)


def _import_workbook(store: Store, path: Path) -> CurationSummary:
    themes = load_themes(store)
    statements = {s.id: s for s in store.statements()}
    drafts = load_drafts(store, themes)
    workbook = open_review_workbook(path)
    edits = read_theme_sheets(workbook, path, themes, set(statements))
    errors: list[str] = []
    draft_edits = read_draft_sheet(workbook, drafts, set(statements), errors)
    if errors:
        raise CurationError(f"{path.name}: inget ändrades.\n" + "\n".join(errors[:25]))
    hashed = digest(path)
    with store.session() as session:
        summary = _apply_theme_edits(session, edits, themes, statements)
        summary = replace(summary, drafts_edited=apply_draft_edits(session, drafts, draft_edits))
        record_curation_in(session, path.name, {"lines": summary.lines()})
        record_workbook_in(session, path, hashed)
    return summary


def _apply_theme_edits(
    session: Session,
    edits: Edits,
    themes: Sequence[Theme],
    statements: dict[str, Statement],
) -> CurationSummary:
    """Apply the Teman and Uttalanden edits in the caller's transaction."""
    by_id = {t.id: t for t in themes}
    current = {sid: t.id for t in themes for sid in t.statement_ids}
    renamed: list[str] = []
    merged: list[tuple[str, str]] = []
    split: list[str] = []
    excluded: list[str] = []
    moved = reordered = rejected_count = 0
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
    for moving in edits.statements:
        target = merge_into.get(moving.theme, moving.theme)
        if target not in rows and target != OTHER:
            rows[target] = ThemeRow(id=target, auto_label="", status="active")
            session.add(rows[target])
            split.append(target)
        # compared with where it ends up, so that importing the same file again is a no-op
        if current.get(moving.id, OTHER) != target and moving.id in statements:
            pin(moving.id, target)
            moved += 1
        rejected = session.get(RejectedQuoteRow, moving.id)
        if not moving.quote_ok and rejected is None:
            session.add(RejectedQuoteRow(statement_id=moving.id))
            rejected_count += 1
        elif moving.quote_ok and rejected is not None:
            session.delete(rejected)
    return CurationSummary(
        renamed=renamed,
        moved=moved,
        merged=merged,
        split=split,
        excluded=excluded,
        reordered=reordered,
        quotes_rejected=rejected_count,
    )
