"""Reading what ingest stored: statements, sources, respondents, responses and status."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from synth.records import Respondent, Source, SourceType, Statement
from synth.store.connection import StoreConnection
from synth.store.mapping import record_from
from synth.store.schema import (
    FileRow,
    IngestEventRow,
    RespondentRow,
    ResponseRow,
    RunRow,
    SourceRow,
    StatementRow,
)

__all__ = ["StoreReading", "StoreStatus", "StoredResponse"]


@dataclass(frozen=True)
class StoredResponse:
    respondent_id: str
    source_id: str
    question_id: str
    question: str
    value: float | None
    raw: str
    sector: str | None
    role: str | None


@dataclass(frozen=True)
class StoreStatus:
    sources_by_type: dict[str, int]
    statements_by_type: dict[str, int]
    respondents_by_sector: dict[str, int]
    rejected: list[tuple[str, str]]
    warnings: list[tuple[str, str]]
    files: int
    last_run: dict[str, object] | None = field(default=None)

    @property
    def statements(self) -> int:
        return sum(self.statements_by_type.values())


class StoreReading(StoreConnection):
    """Reading stored statements, sources and responses (see `Store`)."""

    def statements(self) -> list[Statement]:
        """Every stored statement, pseudonymised, in source and position order."""
        query = (
            select(StatementRow, SourceRow.type)
            .join(SourceRow, StatementRow.source_id == SourceRow.id)
            .order_by(SourceRow.type, StatementRow.source_id, StatementRow.position)
        )
        with self._session() as session:
            return [
                record_from(Statement, row, source_type=SourceType(kind))
                for row, kind in session.execute(query)
            ]

    def raw_texts(self, statement_ids: Sequence[str]) -> dict[str, str]:
        """The original, un-pseudonymised text; for the consultant's own review only."""
        with self._session() as session:
            rows = session.execute(
                select(StatementRow.id, StatementRow.raw_text).where(
                    StatementRow.id.in_(list(statement_ids))
                )
            )
            return {sid: raw for sid, raw in rows}

    def sources(self) -> list[Source]:
        with self._session() as session:
            return [
                record_from(Source, row, type=SourceType(row.type), roles=tuple(row.roles or ()))
                for row in session.scalars(select(SourceRow).order_by(SourceRow.id))
            ]

    def respondents(self) -> list[Respondent]:
        with self._session() as session:
            return [
                record_from(Respondent, row)
                for row in session.scalars(select(RespondentRow).order_by(RespondentRow.id))
            ]

    def responses(self) -> list[StoredResponse]:
        query = (
            select(ResponseRow, RespondentRow.sector, RespondentRow.role)
            .join(RespondentRow, RespondentRow.source_id == ResponseRow.source_id)
            .order_by(ResponseRow.respondent_id, ResponseRow.id)
        )
        with self._session() as session:
            return [
                record_from(StoredResponse, row, sector=sector, role=role)
                for row, sector, role in session.execute(query)
            ]

    def status(self) -> StoreStatus:
        with self._session() as session:
            sources_by_type = dict(
                session.execute(select(SourceRow.type, func.count()).group_by(SourceRow.type)).all()
            )
            statements_by_type = dict(
                session.execute(
                    select(SourceRow.type, func.count(StatementRow.id))
                    .join(StatementRow, StatementRow.source_id == SourceRow.id)
                    .group_by(SourceRow.type)
                ).all()
            )
            respondents = Counter(
                sector or "okänd" for sector in session.scalars(select(RespondentRow.sector))
            )
            files = session.scalars(select(FileRow).order_by(FileRow.path)).all()
            last = session.scalars(select(RunRow).order_by(RunRow.id.desc()).limit(1)).first()
            return StoreStatus(
                sources_by_type=sources_by_type,
                statements_by_type=statements_by_type,
                respondents_by_sector=dict(sorted(respondents.items())),
                rejected=[(f.path, f.message or "") for f in files if f.status == "rejected"],
                warnings=[
                    (f.path, f.message) for f in files if f.status == "ingested" and f.message
                ],
                files=len(files),
                last_run=None
                if last is None
                else {
                    "id": last.id,
                    "command": last.command,
                    "status": last.status,
                    "started_at": last.started_at.isoformat(timespec="seconds"),
                    "summary": last.summary,
                },
            )

    def events(self, run_id: int | None = None) -> list[IngestEventRow]:
        query = select(IngestEventRow).order_by(IngestEventRow.id)
        if run_id is not None:
            query = query.where(IngestEventRow.run_id == run_id)
        with self._session() as session:
            return list(session.scalars(query))
