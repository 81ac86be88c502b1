"""Opening the store and running one transaction at a time, with failures as messages."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from filelock import FileLock, Timeout
from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, select, text
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from synth.errors import StoreError
from synth.store import migrate
from synth.store.schema import SCHEMA_VERSION, MetaRow, RunRow

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
        self._lock: FileLock | _AdvisoryLock | None = (
            _AdvisoryLock(engine) if engine.dialect.name == "postgresql" else _file_lock(engine)
        )

    @classmethod
    def open(cls, url: str | URL, *, lock_wait: float | None = None) -> Self:
        """Open the store at a SQLAlchemy URL, creating its tables in an empty database and
        upgrading those of a store an older synth made (`synth.store.migrate`).

        A `postgresql://` URL is served by psycopg (3), the driver synth ships with. The
        password, if any, is in `url` (a `URL` the configuration built from the
        environment); it never appears in a message.

        `lock_wait` is how many seconds a writing command waits for another one to finish
        (see `exclusive`) before it gives up with a StoreError; `LOCK_WAIT_SECONDS` if None.
        """
        try:
            parsed = make_url(url)
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            engine = create_engine(parsed)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"{_safe_url(url)}: ingen databas-URL som synth kan använda") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine, lock_wait=lock_wait)
        try:
            store._bring_up_to_date()
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            raise StoreError(f"{_safe_url(url)}: kan inte öppna lagret ({exc.orig})") from exc
        except StoreError as exc:
            engine.dispose()
            raise StoreError(f"{_safe_url(url)}: {exc}") from exc
        except BaseException:
            engine.dispose()
            raise
        return store

    def _bring_up_to_date(self) -> None:
        """Migrate the store to this version's schema if it is behind, under the store's
        lock (two commands opening a new store at once create its tables once); a store
        that is up to date is only read, so a read-only one opens too."""
        with self.engine.connect() as connection:
            current = migrate.current_revision(connection)
        if current != migrate.head():
            with self.exclusive("uppgradering av lagret"), self.engine.begin() as connection:
                migrate.upgrade(connection)
        with Session(self.engine) as session:
            row = session.get(MetaRow, "schema_version")
        if row is None or row.value != str(SCHEMA_VERSION):
            found = "ingen" if row is None else row.value
            raise StoreError(
                f"lagret har schemaversion {found}, den här versionen av synth kräver "
                f"{SCHEMA_VERSION}"
            )

    @contextmanager
    def exclusive(self, command: str) -> Iterator[None]:
        """Hold the store to this command alone while the block runs: every command that
        writes does, so two of them are serialised and never interleave their writes.

        Waits up to `lock_wait` seconds for another command to finish, then raises a
        StoreError naming it. Reentrant within one thread (a recorded run inside an
        exclusive block, or the other way round). Reads need no lock.

        SQLite: an OS lock on a file next to the database, released by the OS when the
        process dies. PostgreSQL: an advisory lock on the store's database, held by a
        connection of its own and released by the server when that connection ends, so
        commands on several machines are serialised too. An in-memory store is not locked.
        """
        if self._lock is None:
            yield
            return
        try:
            if isinstance(self._lock, FileLock):
                self._lock.acquire(timeout=self.lock_wait)
            elif not self._lock.acquire(self.lock_wait):
                raise Timeout(command)
        except Timeout:
            raise StoreError(self._busy_message()) from None
        except OperationalError as exc:  # the database server went away
            raise StoreError(_operational_message(exc)) from exc
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


_ADVISORY_KEY = 0x73796E74685F7374  # "synth_st": one lock per database, the store's
# Per database and thread: the connection holding the advisory lock and how many blocks
# hold it, so that a second `Store` on the same database in the same thread re-enters the
# lock instead of waiting for itself (as `FileLock(is_singleton=True)` does on SQLite).
_ADVISORY_HELD: dict[tuple[str, int], tuple[Connection, int]] = {}


class _AdvisoryLock:
    """PostgreSQL's session-level advisory lock on the store's database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._database = engine.url.render_as_string(hide_password=True)

    def _key(self) -> tuple[str, int]:
        return self._database, threading.get_ident()

    def acquire(self, timeout: float) -> bool:
        """Take the lock, waiting up to `timeout` seconds; False if another session has it."""
        key = self._key()
        if key in _ADVISORY_HELD:
            connection, depth = _ADVISORY_HELD[key]
            _ADVISORY_HELD[key] = (connection, depth + 1)
            return True
        # autocommit: the lock outlives transactions, and no transaction stays open while
        # the command runs
        connection = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        deadline = time.monotonic() + timeout
        try:
            while not connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": _ADVISORY_KEY}
            ):
                if time.monotonic() >= deadline:
                    connection.close()
                    return False
                time.sleep(0.05)
        except BaseException:
            connection.invalidate()
            connection.close()
            raise
        _ADVISORY_HELD[key] = (connection, 1)
        return True

    def release(self) -> None:
        key = self._key()
        connection, depth = _ADVISORY_HELD[key]
        if depth > 1:
            _ADVISORY_HELD[key] = (connection, depth - 1)
            return
        del _ADVISORY_HELD[key]
        try:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _ADVISORY_KEY})
        finally:
            # closed for good, not pooled: ending the session releases the lock in any case
            connection.invalidate()
            connection.close()


def _operational_message(exc: OperationalError) -> str:
    reason = str(exc.orig).casefold()
    if "locked" in reason or "busy" in reason:
        return "lagret används av en annan körning just nu; försök igen om en stund"
    if "readonly" in reason or "read-only" in reason or "read only" in reason:
        return "lagret går inte att skriva (mappen eller filen är skrivskyddad); inget sparades"
    if "full" in reason:
        return "disken är full; inget sparades och lagret är oskadat. Frigör utrymme och kör igen"
    return f"lagret kunde inte användas ({exc.orig}); inget sparades"


def _safe_url(url: str | URL) -> str:
    """The URL without a password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "lagret"  # not a URL at all: what was written may hold anything
