"""Reading and writing themes, memberships, lens results and curation in the store."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from synth.records import Membership, Theme
from synth.store.mapping import field_values, record_from
from synth.store.schema import (
    CurationRow,
    LensRow,
    MemberRow,
    MetaRow,
    RejectedQuoteRow,
    ThemeRow,
)
from synth.store.store import Store

__all__ = [
    "LensRecord",
    "ThemeState",
    "ThemeUpdate",
    "curation_imports",
    "lens_records",
    "load_themes",
    "record_curation",
    "record_curation_in",
    "record_workbook",
    "record_workbook_in",
    "recorded_workbooks",
    "save_synthesis",
    "theme_state",
]


@dataclass(frozen=True)
class LensRecord:
    perspective: str
    perspective_confidence: float
    polarity: str
    polarity_confidence: float


@dataclass(frozen=True)
class ThemeState:
    """What an earlier run and the consultant left: memberships, merges, rejected quotes."""

    memberships: dict[str, Membership]
    merged: dict[str, str]
    rejected_quotes: set[str]
    theme_ids: list[str]
    sizes: dict[str, int] = field(default_factory=dict)

    @property
    def next_number(self) -> int:
        numbers = [int(t[1:]) for t in self.theme_ids if t[:1] == "T" and t[1:].isdigit()]
        return max(numbers, default=0) + 1


@dataclass(frozen=True)
class ThemeUpdate:
    """A theme's description as computed by this run (curated fields are not in here)."""

    id: str
    auto_label: str
    perspective: str | None
    size: int
    keywords: list[str]
    quotes: list[str]
    polarity: dict[str, int]
    breadth: dict[str, object]


def rejected_quotes(store: Store) -> set[str]:
    """The statements the consultant struck as quotes in the theme workbook."""
    with store.session() as session:
        return set(session.scalars(select(RejectedQuoteRow.statement_id)))


def theme_state(store: Store) -> ThemeState:
    with store.session() as session:
        members = {
            row.statement_id: record_from(Membership, row)
            for row in session.scalars(select(MemberRow))
        }
        themes = list(session.scalars(select(ThemeRow).order_by(ThemeRow.id)))
        return ThemeState(
            memberships=members,
            merged={t.id: t.merged_into for t in themes if t.merged_into},
            rejected_quotes=rejected_quotes(store),
            theme_ids=[t.id for t in themes],
            sizes={t.id: t.size for t in themes},
        )


def save_synthesis(
    store: Store,
    run_id: int | None,
    *,
    lenses: Mapping[str, LensRecord],
    themes: Mapping[str, str],
    text_hashes: Mapping[str, str],
    similarities: Mapping[str, float],
    updates: Sequence[ThemeUpdate],
) -> None:
    """Store one run's lens results, memberships and theme descriptions in one transaction.

    Pinned memberships, custom labels, inclusion, order and merges are left as they are.
    """
    with store.session() as session:
        session.execute(delete(LensRow))
        # one executemany per table rather than an ORM object per statement: at 10k
        # statements the objects' flush was a fifth of everything but the embedding
        if lenses:
            session.execute(
                insert(LensRow), [field_values(r, statement_id=sid) for sid, r in lenses.items()]
            )
        pinned = {
            row.statement_id: row
            for row in session.scalars(select(MemberRow).where(MemberRow.pinned.is_(True)))
        }
        session.execute(delete(MemberRow).where(MemberRow.pinned.is_(False)))
        for sid, row in pinned.items():
            if sid in themes:
                row.text_hash = text_hashes[sid]
                row.similarity = similarities.get(sid)
        members = [
            {
                "statement_id": sid,
                "theme_id": theme,
                "pinned": False,
                "text_hash": text_hashes[sid],
                "similarity": similarities.get(sid),
            }
            for sid, theme in themes.items()
            if sid not in pinned
        ]
        if members:
            session.execute(insert(MemberRow), members)
        # statements that no longer exist lose their (pinned) membership
        for sid, row in pinned.items():
            if sid not in themes:
                session.delete(row)
        existing = {row.id: row for row in session.scalars(select(ThemeRow))}
        updated = set()
        for update in updates:
            theme_row = existing.get(update.id)
            if theme_row is None:
                theme_row = ThemeRow(id=update.id, created_run=run_id)
                session.add(theme_row)
            theme_row.auto_label = update.auto_label
            theme_row.perspective = update.perspective
            theme_row.size = update.size
            theme_row.keywords = update.keywords
            theme_row.quotes = update.quotes
            theme_row.polarity = update.polarity
            theme_row.breadth = update.breadth
            theme_row.updated_run = run_id
            if theme_row.status == "empty" and update.size:
                theme_row.status = "active"
            updated.add(update.id)
        for theme_id, theme_row in existing.items():
            if theme_id not in updated and theme_row.status == "active":
                # a theme_row whose statements all went away stays, visibly empty
                theme_row.size = 0
                theme_row.status = "empty"


def lens_records(store: Store) -> dict[str, LensRecord]:
    with store.session() as session:
        return {
            row.statement_id: record_from(LensRecord, row)
            for row in session.scalars(select(LensRow))
        }


def load_themes(store: Store) -> list[Theme]:
    """Every theme with its members, in the consultant's order (then by id)."""
    with store.session() as session:
        members: dict[str, list[tuple[float, str]]] = {}
        for row in session.scalars(select(MemberRow)):
            members.setdefault(row.theme_id, []).append(
                (-(row.similarity or 0.0), row.statement_id)
            )
        rows = list(session.scalars(select(ThemeRow)))
        themes = [
            Theme(
                id=row.id,
                label=row.custom_label or row.auto_label,
                auto_label=row.auto_label,
                perspective=row.perspective,
                polarity=dict(row.polarity or {}),
                keywords=tuple(row.keywords or ()),
                quotes=tuple(row.quotes or ()),
                breadth=dict(row.breadth or {}),
                size=row.size,
                include=row.include,
                order=row.ordering,
                status=row.status,
                merged_into=row.merged_into,
                statement_ids=tuple(sid for _, sid in sorted(members.get(row.id, []))),
            )
            for row in rows
        ]
    big = 10**9
    return sorted(themes, key=lambda t: (t.order if t.order is not None else big, t.id))


def record_curation(store: Store, source: str, changes: dict[str, object]) -> None:
    with store.session() as session:
        record_curation_in(session, source, changes)


def record_curation_in(session: Session, source: str, changes: dict[str, object]) -> None:
    """`record_curation` as part of the caller's transaction."""
    session.add(CurationRow(source=source, changes=changes))


def curation_imports(store: Store) -> int:
    """How many edited workbooks the consultants have imported (curation records)."""
    with store.session() as session:
        return len(session.scalars(select(CurationRow.id)).all())


_WORKBOOK_KEY = "themes_workbook:"


def record_workbook(store: Store, path: Path, digest: str) -> None:
    """Remember a themes workbook synth wrote or imported, by the hash of its bytes.

    A later step compares the file with this hash: a file that changed since was edited
    by the consultant, and its edits are not in the store until it is imported.
    """
    with store.session() as session:
        record_workbook_in(session, path, digest)


def record_workbook_in(session: Session, path: Path, digest: str) -> None:
    """`record_workbook` as part of the caller's transaction."""
    where = str(path.resolve())
    key = _WORKBOOK_KEY + hashlib.sha1(where.encode("utf-8")).hexdigest()
    value = json.dumps({"path": where, "sha256": digest})
    row = session.get(MetaRow, key)
    if row is None:
        session.add(MetaRow(key=key, value=value))
    else:
        row.value = value


def recorded_workbooks(store: Store) -> dict[Path, str]:
    """Every themes workbook written or imported, with the hash it had then."""
    with store.session() as session:
        rows = session.scalars(select(MetaRow).where(MetaRow.key.startswith(_WORKBOOK_KEY)))
        found = [json.loads(row.value) for row in rows]
    return {Path(item["path"]): item["sha256"] for item in found}
