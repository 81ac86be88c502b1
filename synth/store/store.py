"""The engagement's durable store: one transaction per input file, idempotent by content hash.

A file is stored whole or not at all. Storing the same content again changes nothing; a
changed file replaces the statements of its earlier version and the change is recorded in
`ingest_events`. A rejected file is recorded as such without touching what an earlier,
good version of it stored.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import socket
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

from sqlalchemy import Engine, create_engine, delete, event, func, select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from synth.errors import StoreError
from synth.records import LikertAnswer, Respondent, Source, SourceType, Statement
from synth.store.schema import (
    SCHEMA_VERSION,
    Base,
    FileRow,
    IngestEventRow,
    MetaRow,
    RespondentRow,
    ResponseRow,
    RunRow,
    SourceRow,
    StatementRow,
)

__all__ = [
    "FileInput",
    "FileOutcome",
    "SourceInput",
    "StatementInput",
    "Store",
    "StoreStatus",
    "StoredResponse",
]

_PREFIX = {
    SourceType.INTERVJU: "INT",
    SourceType.GRUPPINTERVJU: "GRP",
    SourceType.FOKUSGRUPP: "FOK",
    SourceType.WORKSHOP: "WS",
    SourceType.ENKAT: "ENK",
    SourceType.OKAND: "DOK",
}
_WIDTH = {SourceType.ENKAT: 4}


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


@dataclass(frozen=True)
class FileInput:
    path: str
    kind: str
    content_hash: str
    derivation_hash: str
    sources: tuple[SourceInput, ...]
    warning: str | None = None


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


@dataclass
class RunRecord:
    """What a recorded run says of itself when it ends well."""

    id: int
    status: str = "ok"
    summary: dict[str, object] = field(default_factory=dict)


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


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    # a rollback journal with full sync keeps a SIGKILLed transaction out of the file
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Store:
    """Access to one engagement's store. Open with `with Store.open(url) as store:`.

    Leaving the `with` block closes the store (disposes its connections), also when the
    block raises; `close()` does the same for the rare caller that cannot use a block.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (and on first use create) the store at a SQLAlchemy URL."""
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            Base.metadata.create_all(engine)
            with Session(engine) as session, session.begin():
                row = session.get(MetaRow, "schema_version")
                if row is None:
                    session.add(MetaRow(key="schema_version", value=str(SCHEMA_VERSION)))
                elif row.value != str(SCHEMA_VERSION):
                    raise StoreError(
                        f"{_safe_url(url)}: lagret har schemaversion {row.value}, "
                        f"den här versionen av synth kräver {SCHEMA_VERSION}"
                    )
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            raise StoreError(f"{_safe_url(url)}: kan inte öppna lagret ({exc.orig})") from exc
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction; committed when the block ends, rolled back if it raises."""
        with self._session() as session:
            yield session

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except IntegrityError as exc:
            raise StoreError(
                "lagret ändrades samtidigt av en annan körning; den här körningens ändring "
                "sparades inte (lagret är oskadat). Kör kommandot igen."
            ) from exc
        except OperationalError as exc:
            raise StoreError(_operational_message(exc)) from exc

    # runs -------------------------------------------------------------------------------

    def begin_run(self, command: str) -> int:
        """Record a run as started, noting which process runs it (see `_close_dead_runs`)."""
        with self._session() as session:
            _close_dead_runs(session)
            run = RunRow(command=command, summary={"pid": os.getpid(), "host": _HOST})
            session.add(run)
            session.flush()
            return run.id

    @contextmanager
    def recorded_run(self, command: str) -> Iterator[RunRecord]:
        """A run recorded from start to finish: "failed" if the block raises, else the status
        and summary the block set on the record."""
        record = RunRecord(self.begin_run(command))
        try:
            yield record
        except BaseException:
            self.finish_run(record.id, status="failed", summary={})
            raise
        self.finish_run(record.id, status=record.status, summary=record.summary)

    def finish_run(self, run_id: int, *, status: str, summary: dict[str, object]) -> None:
        with self._session() as session:
            run = session.get(RunRow, run_id)
            if run is None:
                raise StoreError(f"körning {run_id} finns inte i lagret")
            run.status = status
            run.finished_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            run.summary = json.loads(json.dumps(summary, default=str))

    # writing ----------------------------------------------------------------------------

    def is_current(self, path: str, content_hash: str, derivation_hash: str) -> bool:
        """Whether `path` was stored from exactly this content and derivation already."""
        with self._session() as session:
            row = session.get(FileRow, path)
            return (
                row is not None
                and row.status == "ingested"
                and row.content_hash == content_hash
                and row.derivation_hash == derivation_hash
            )

    def note_unchanged(self, run_id: int | None, path: str) -> FileOutcome:
        """Record that `path` was seen again as it was stored (see `is_current`)."""
        with self._session() as session:
            session.add(IngestEventRow(run_id=run_id, path=path, action="unchanged"))
            count = session.scalar(select(func.count()).where(SourceRow.file_path == path))
        return FileOutcome(path, "unchanged", unchanged=int(count or 0))

    def store_file(self, run_id: int | None, file: FileInput) -> FileOutcome:
        """Store every source of `file` in one transaction, replacing its earlier version."""
        with self._session() as session:
            row = session.get(FileRow, file.path)
            if (
                row is not None
                and row.status == "ingested"
                and row.content_hash == file.content_hash
                and row.derivation_hash == file.derivation_hash
            ):
                session.add(IngestEventRow(run_id=run_id, path=file.path, action="unchanged"))
                return FileOutcome(file.path, "unchanged", unchanged=len(file.sources))
            first_time = row is None or not _has_sources(session, file.path)
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
        counters = _Counters(session)
        counts = Counter[str]()
        for item in file.sources:
            previous = old.pop(item.origin, None)
            if previous is not None and previous.content_hash == item.content_hash:
                counts["unchanged"] += 1
                continue
            issued: dict[str, list[str]] = {}
            if previous is not None:
                issued = _issued_ids(session, previous.id)
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
                    id=counters.next_id(item.type),
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

    # reading ----------------------------------------------------------------------------

    def statements(self) -> list[Statement]:
        """Every stored statement, pseudonymised, in source and position order."""
        query = (
            select(StatementRow, SourceRow.type)
            .join(SourceRow, StatementRow.source_id == SourceRow.id)
            .order_by(SourceRow.type, StatementRow.source_id, StatementRow.position)
        )
        with self._session() as session:
            return [
                Statement(
                    id=row.id,
                    source_id=row.source_id,
                    source_type=SourceType(kind),
                    position=row.position,
                    text=row.text,
                    role=row.role,
                    sector=row.sector,
                    question=row.question,
                    timestamp=row.timestamp,
                    respondent_id=row.respondent_id,
                )
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
                Source(
                    id=row.id,
                    type=SourceType(row.type),
                    origin=row.origin,
                    content_hash=row.content_hash,
                    version=row.version,
                    sector=row.sector,
                    date=row.date,
                    roles=tuple(row.roles or ()),
                )
                for row in session.scalars(select(SourceRow).order_by(SourceRow.id))
            ]

    def respondents(self) -> list[Respondent]:
        with self._session() as session:
            return [
                Respondent(id=row.id, source_id=row.source_id, sector=row.sector, role=row.role)
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
                StoredResponse(
                    respondent_id=row.respondent_id,
                    source_id=row.source_id,
                    question_id=row.question_id,
                    question=row.question,
                    value=row.value,
                    raw=row.raw,
                    sector=sector,
                    role=role,
                )
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


class _Counters:
    """Hands out readable source ids (INT-01, FOK-02, ENK-0007) per type, never reused."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[SourceType, int] = {}

    def next_id(self, kind: SourceType) -> str:
        prefix = _PREFIX[kind]
        if kind not in self._next:
            pattern = re.compile(rf"^{prefix}-(\d+)$")
            used = [
                int(m.group(1))
                for sid in self._session.scalars(
                    select(SourceRow.id).where(SourceRow.id.like(f"{prefix}-%"))
                )
                if (m := pattern.match(sid))
            ]
            self._next[kind] = max(used, default=0) + 1
        number = self._next[kind]
        self._next[kind] = number + 1
        return f"{prefix}-{number:0{_WIDTH.get(kind, 2)}d}"


_HOST = socket.gethostname()


def _operational_message(exc: OperationalError) -> str:
    reason = str(exc.orig).casefold()
    if "locked" in reason or "busy" in reason:
        return "lagret används av en annan körning just nu; försök igen om en stund"
    if "readonly" in reason or "read-only" in reason or "read only" in reason:
        return "lagret går inte att skriva (mappen eller filen är skrivskyddad); inget sparades"
    if "full" in reason:
        return "disken är full; inget sparades och lagret är oskadat. Frigör utrymme och kör igen"
    return f"lagret kunde inte användas ({exc.orig}); inget sparades"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def _close_dead_runs(session: Session) -> None:
    """A run whose process was killed never finished its record; mark it "interrupted".

    Only runs started on this machine can be checked; a run from another host stays
    "running" until it ends there.
    """
    for run in session.scalars(select(RunRow).where(RunRow.status == "running")):
        pid, host = run.summary.get("pid"), run.summary.get("host")
        if host == _HOST and isinstance(pid, int) and not _alive(pid):
            run.status = "interrupted"
            run.summary = {}


def _has_sources(session: Session, path: str) -> bool:
    return session.scalar(select(func.count()).where(SourceRow.file_path == path)) != 0


def _delete_children(session: Session, source_id: str) -> int:
    removed = session.execute(delete(StatementRow).where(StatementRow.source_id == source_id))
    session.execute(delete(ResponseRow).where(ResponseRow.source_id == source_id))
    session.execute(delete(RespondentRow).where(RespondentRow.source_id == source_id))
    return int(removed.rowcount or 0)  # type: ignore[attr-defined]


def _respondent_id(source_id: str) -> str:
    return "R" + source_id.split("-", 1)[1]


_ISSUED_KEY = "statement_ids_issued:{}"


def _issued_ids(session: Session, source_id: str) -> dict[str, list[str]]:
    """The ids a source's statements have now, by raw text, in the order they stand."""
    issued: dict[str, list[str]] = {}
    for statement_id, raw_text in session.execute(
        select(StatementRow.id, StatementRow.raw_text)
        .where(StatementRow.source_id == source_id)
        .order_by(StatementRow.position)
    ):
        issued.setdefault(raw_text, []).append(statement_id)
    return issued


def _statement_ids(
    session: Session, source_id: str, texts: Sequence[str], issued: dict[str, list[str]]
) -> list[str]:
    """Ids for a source's statements that never change meaning.

    Theme membership, quote rejections and drafts are keyed on statement ids, so an id
    must keep pointing at the same text across re-derivations (a repaired interview log,
    a changed splitting rule): a text seen before keeps its id; a new text gets a number
    never issued for this source before, kept in the meta table as a high-water mark.
    """
    key = _ISSUED_KEY.format(source_id)
    mark = session.get(MetaRow, key)
    numbers = [_number(sid) for ids in issued.values() for sid in ids]
    highest = max([int(mark.value) if mark else 0, *numbers], default=0)
    remaining = {text: list(ids) for text, ids in issued.items()}
    ids: list[str] = []
    for text in texts:
        if remaining.get(text):
            ids.append(remaining[text].pop(0))
        else:
            highest += 1
            ids.append(f"{source_id}.{highest:03d}")
    if mark is None:
        session.add(MetaRow(key=key, value=str(highest)))
    else:
        mark.value = str(highest)
    return ids


def _number(statement_id: str) -> int:
    return int(statement_id.rsplit(".", 1)[1])


def _add_children(
    session: Session, source: SourceRow, item: SourceInput, issued: dict[str, list[str]]
) -> None:
    respondent_id = None
    if item.respondent:
        respondent_id = _respondent_id(source.id)
        session.add(
            RespondentRow(
                id=respondent_id,
                source_id=source.id,
                sector=item.sector,
                role=item.roles[0] if item.roles else None,
            )
        )
    ids = _statement_ids(session, source.id, [st.raw_text for st in item.statements], issued)
    session.add_all(
        StatementRow(
            id=statement_id,
            source_id=source.id,
            position=st.position,
            raw_text=st.raw_text,
            text=st.text,
            question=st.question,
            role=st.role,
            sector=st.sector or item.sector,
            timestamp=st.timestamp,
            respondent_id=respondent_id,
        )
        for statement_id, st in zip(ids, item.statements, strict=True)
    )
    if respondent_id is not None:
        session.add_all(
            ResponseRow(
                source_id=source.id,
                respondent_id=respondent_id,
                question_id=answer.question_id,
                question=answer.question,
                value=answer.value,
                raw=answer.raw,
            )
            for answer in item.responses
        )


def _safe_url(url: str) -> str:
    """The URL without a password, for messages."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
