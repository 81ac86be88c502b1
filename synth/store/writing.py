"""Storing an ingested file: one transaction per file, idempotent by content hash.

A file is stored whole or not at all. Storing the same content again changes nothing; a
changed file replaces the statements of its earlier version and the change is recorded in
`ingest_events`. A rejected file is recorded as such without touching what an earlier,
good version of it stored.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from synth.records import LikertAnswer, SourceType
from synth.store.connection import StoreConnection
from synth.store.ids import SourceIds, issued_ids, respondent_id, statement_ids
from synth.store.mapping import field_values
from synth.store.schema import (
    FileRow,
    IngestEventRow,
    RespondentRow,
    ResponseRow,
    SourceRow,
    StatementRow,
)

__all__ = ["FileInput", "FileOutcome", "SourceInput", "StatementInput", "StoreWriting"]


@dataclass(frozen=True)
class StatementInput:
    raw_text: str
    text: str
    position: int
    question: str | None = None
    role: str | None = None
    sector: str | None = None
    timestamp: float | None = None


@dataclass(frozen=True)
class SourceInput:
    """One source of a file: a transcript, or one survey respondent (`respondent=True`)."""

    origin: str
    type: SourceType
    content_hash: str
    statements: tuple[StatementInput, ...] = ()
    responses: tuple[LikertAnswer, ...] = ()
    sector: str | None = None
    roles: tuple[str, ...] = ()
    date: dt.date | None = None
    respondent: bool = False
    staff: float | None = None
    """A respondent's number of staff (`SurveyRow.staff`)."""


@dataclass(frozen=True)
class FileInput:
    path: str
    kind: str
    content_hash: str
    derivation_hash: str
    sources: tuple[SourceInput, ...]
    warning: str | None = None
    admin_sentences: int = 0
    """Sentences about the interview itself that ingest set aside (not stored)."""


@dataclass(frozen=True)
class FileOutcome:
    path: str
    action: str
    """added, replaced, unchanged or rejected (the file as a whole)."""
    added: int = 0
    replaced: int = 0
    removed: int = 0
    unchanged: int = 0
    statements: int = 0


class StoreWriting(StoreConnection):
    """Storing files and rejections (see `Store`)."""

    def is_current(self, path: str, content_hash: str, derivation_hash: str) -> bool:
        """Whether `path` was stored from exactly this content and derivation already."""
        with self._session() as session:
            return _is_current(session.get(FileRow, path), content_hash, derivation_hash)

    def note_unchanged(self, run_id: int | None, path: str) -> FileOutcome:
        """Record that `path` was seen again as it was stored (see `is_current`)."""
        with self._session() as session:
            session.add(IngestEventRow(run_id=run_id, path=path, action="unchanged"))
            count = _source_count(session, path)
        return FileOutcome(path, "unchanged", unchanged=count)

    def store_file(self, run_id: int | None, file: FileInput) -> FileOutcome:
        """Store every source of `file` in one transaction, replacing its earlier version."""
        with self._session() as session:
            row = session.get(FileRow, file.path)
            if _is_current(row, file.content_hash, file.derivation_hash):
                session.add(IngestEventRow(run_id=run_id, path=file.path, action="unchanged"))
                return FileOutcome(file.path, "unchanged", unchanged=len(file.sources))
            first_time = row is None or _source_count(session, file.path) == 0
            if row is None:
                row = FileRow(path=file.path)
                session.add(row)
            row.kind = file.kind
            row.content_hash = file.content_hash
            row.derivation_hash = file.derivation_hash
            row.status = "ingested"
            row.message = file.warning
            row.run_id = run_id
            session.flush()
            counts = self._store_sources(session, run_id, file)
            if file.warning:
                session.add(
                    IngestEventRow(
                        run_id=run_id, path=file.path, action="warning", message=file.warning
                    )
                )
            action = "added" if first_time else "replaced"
            if not first_time and not (counts["added"] or counts["replaced"] or counts["removed"]):
                action = "unchanged"
            return FileOutcome(file.path, action, **counts)

    def _store_sources(
        self, session: Session, run_id: int | None, file: FileInput
    ) -> dict[str, int]:
        old = {
            src.origin: src
            for src in session.scalars(select(SourceRow).where(SourceRow.file_path == file.path))
        }
        ids = SourceIds(session)
        counts = Counter[str]()
        for item in file.sources:
            previous = old.pop(item.origin, None)
            if previous is not None and previous.content_hash == item.content_hash:
                counts["unchanged"] += 1
                continue
            issued: dict[str, list[str]] = {}
            if previous is not None:
                issued = issued_ids(session, previous.id)
                before = _delete_children(session, previous.id)
                previous.content_hash = item.content_hash
                previous.version += 1
                previous.type = item.type.value
                previous.sector, previous.roles, previous.date = (
                    item.sector,
                    list(item.roles),
                    item.date,
                )
                source = previous
                counts["replaced"] += 1
                session.add(
                    IngestEventRow(
                        run_id=run_id,
                        path=file.path,
                        source_id=source.id,
                        action="replaced",
                        details={
                            "version": source.version,
                            "statements_before": before,
                            "statements_after": len(item.statements),
                        },
                    )
                )
            else:
                source = SourceRow(
                    id=ids.next_id(item.type),
                    origin=item.origin,
                    file_path=file.path,
                    type=item.type.value,
                    content_hash=item.content_hash,
                    sector=item.sector,
                    roles=list(item.roles),
                    date=item.date,
                )
                session.add(source)
                counts["added"] += 1
                session.add(
                    IngestEventRow(
                        run_id=run_id, path=file.path, source_id=source.id, action="added"
                    )
                )
            session.flush()
            _add_children(session, source, item, issued)
            counts["statements"] += len(item.statements)
        for gone in old.values():
            _delete_children(session, gone.id)
            session.delete(gone)
            counts["removed"] += 1
            session.add(
                IngestEventRow(run_id=run_id, path=file.path, source_id=gone.id, action="removed")
            )
        return {k: counts[k] for k in ("added", "replaced", "removed", "unchanged", "statements")}

    def record_rejection(
        self, run_id: int | None, path: str, *, kind: str, content_hash: str, message: str
    ) -> FileOutcome:
        """Record that `path` was rejected; what an earlier version stored stays as it was."""
        with self._session() as session:
            row = session.get(FileRow, path)
            if row is None:
                row = FileRow(path=path, kind=kind, derivation_hash="")
                session.add(row)
            row.content_hash = content_hash
            row.status = "rejected"
            row.message = message
            row.run_id = run_id
            session.add(
                IngestEventRow(run_id=run_id, path=path, action="rejected", message=message)
            )
        return FileOutcome(path, "rejected")


def _is_current(row: FileRow | None, content_hash: str, derivation_hash: str) -> bool:
    return (
        row is not None
        and row.status == "ingested"
        and row.content_hash == content_hash
        and row.derivation_hash == derivation_hash
    )


def _source_count(session: Session, path: str) -> int:
    return int(session.scalar(select(func.count()).where(SourceRow.file_path == path)) or 0)


def _delete_children(session: Session, source_id: str) -> int:
    removed = session.execute(delete(StatementRow).where(StatementRow.source_id == source_id))
    session.execute(delete(ResponseRow).where(ResponseRow.source_id == source_id))
    session.execute(delete(RespondentRow).where(RespondentRow.source_id == source_id))
    return int(removed.rowcount or 0)  # type: ignore[attr-defined]


def _add_children(
    session: Session, source: SourceRow, item: SourceInput, issued: dict[str, list[str]]
) -> None:
    respondent = None
    if item.respondent:
        respondent = respondent_id(source.id)
        session.add(
            RespondentRow(
                id=respondent,
                source_id=source.id,
                sector=item.sector,
                role=item.roles[0] if item.roles else None,
                staff=item.staff,
            )
        )
    ids = statement_ids(session, source.id, [st.raw_text for st in item.statements], issued)
    session.add_all(
        StatementRow(
            **field_values(
                st,
                id=statement_id,
                source_id=source.id,
                sector=st.sector or item.sector,
                respondent_id=respondent,
            )
        )
        for statement_id, st in zip(ids, item.statements, strict=True)
    )
    if respondent is not None:
        session.add_all(
            ResponseRow(**field_values(answer, source_id=source.id, respondent_id=respondent))
            for answer in item.responses
        )
