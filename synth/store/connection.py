"""Opening the store and running one transaction at a time, with failures as messages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from synth.errors import StoreError
from synth.store.schema import SCHEMA_VERSION, Base, MetaRow, RunRow

__all__ = ["LOCK_WAIT_SECONDS", "StoreConnection"]

# How long a writing command waits for another one on the same store before giving up.
LOCK_WAIT_SECONDS = 5.0


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    # a rollback journal with full sync keeps a SIGKILLed transaction out of the file
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class StoreConnection:
    """The store's engine and its transactions; `Store` adds what is kept in it.

    Leaving the `with` block closes the store (disposes its connections), also when the
    block raises; `close()` does the same for the rare caller that cannot use a block.
    """

    def __init__(self, engine: Engine, *, lock_wait: float | None = None) -> None:
        self.engine = engine
        self.lock_wait = LOCK_WAIT_SECONDS if lock_wait is None else lock_wait
        self._lock = _file_lock(engine)

    @classmethod
    def open(cls, url: str, *, lock_wait: float | None = None) -> Self:
        """Open (and on first use create) the store at a SQLAlchemy URL.

        `lock_wait` is how many seconds a writing command waits for another one to finish
        (see `exclusive`) before it gives up with a StoreError; `LOCK_WAIT_SECONDS` if None.
        """
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
        return cls(engine, lock_wait=lock_wait)

    @contextmanager
    def exclusive(self, command: str) -> Iterator[None]:
        """Hold the store to this command alone while the block runs: every command that
        writes does, so two of them are serialised and never interleave their writes.

        Waits up to `lock_wait` seconds for another command to finish, then raises a
        StoreError naming it. Reentrant within one thread (a recorded run inside an
        exclusive block, or the other way round). Reads need no lock.

        SQLite: an OS lock on a file next to the database, released by the OS when the
        process dies. Other databases are not locked yet (PostgreSQL: an advisory lock
        belongs here).
        """
        if self._lock is None:
            yield
            return
        try:
            self._lock.acquire(timeout=self.lock_wait)
        except Timeout:
            raise StoreError(self._busy_message()) from None
        except OSError as exc:
            raise StoreError(
                f"lagret kan inte låsas för {command} ({exc.strerror or exc}); inget ändrades"
            ) from exc
        try:
            yield
        finally:
            self._lock.release()

    def _busy_message(self) -> str:
        """The message for a store held by another command, naming that command and when it
        started where the runs table says (never anything but the command and the time)."""
        other = "ett annat kommando"
        try:
            with Session(self.engine) as session:
                run = session.scalars(
                    select(RunRow)
                    .where(RunRow.status == "running")
                    .order_by(RunRow.id.desc())
                    .limit(1)
                ).first()
        except (DatabaseError, OperationalError):
            run = None
        if run is not None:
            started = run.started_at.replace(tzinfo=dt.UTC).astimezone()
            other = f"synth {run.command}, startad {started:%Y-%m-%d %H:%M}"
        return f"uppdraget används av en annan körning ({other}); försök igen när den är klar"

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


def _file_lock(engine: Engine) -> FileLock | None:
    """The lock file of a SQLite store on disk (`<database>.lock`); None for other stores."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    path = Path(database)
    # one lock object per file and process (`is_singleton`): a second `Store` on the same
    # file in the same thread re-enters the lock instead of waiting for itself
    return FileLock(path.with_name(path.name + ".lock"), is_singleton=True)


def _operational_message(exc: OperationalError) -> str:
    reason = str(exc.orig).casefold()
    if "locked" in reason or "busy" in reason:
        return "lagret används av en annan körning just nu; försök igen om en stund"
    if "readonly" in reason or "read-only" in reason or "read only" in reason:
        return "lagret går inte att skriva (mappen eller filen är skrivskyddad); inget sparades"
    if "full" in reason:
        return "disken är full; inget sparades och lagret är oskadat. Frigör utrymme och kör igen"
    return f"lagret kunde inte användas ({exc.orig}); inget sparades"


def _safe_url(url: str) -> str:
    """The URL without a password, for messages."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
