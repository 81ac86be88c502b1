"""Opening the store and running one transaction at a time, with failures as messages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Self

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from synth.errors import StoreError
from synth.store.schema import SCHEMA_VERSION, Base, MetaRow

__all__ = ["StoreConnection"]


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

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Self:
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
