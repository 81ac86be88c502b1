"""Bringing a store's tables up to this version of synth, with Alembic, when it is opened.

The migrations live in `synth/store/migrations` and ship inside the package; no
alembic.ini is read. A store made before migrations existed (its tables created by
`create_all`, no `alembic_version` table) holds exactly the tables of the first revision,
`BASELINE`: it is stamped with it and upgraded from there, keeping its rows.

To add a migration after changing `schema.py`, from a checkout:
    python -m synth.store.migrate "what changed"
which writes the next revision under migrations/versions with Alembic's autogenerate, to
be read and corrected by hand before it is committed.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from synth.errors import StoreError

__all__ = ["BASELINE", "MIGRATIONS", "current_revision", "head", "upgrade"]

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001"
"""The revision equal to the tables synth created before it had migrations."""


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def head() -> str:
    """The revision this version of synth brings every store to."""
    revision = _scripts().get_current_head()
    assert revision is not None  # there is always the baseline
    return revision


def current_revision(connection: Connection) -> str | None:
    """The store's revision; None for an empty database or a store older than migrations.

    Raises a StoreError for a revision this version does not know: a newer synth made it,
    and upgrading it backwards is not something an open should do.
    """
    revision = MigrationContext.configure(connection).get_current_revision()
    known = {script.revision for script in _scripts().walk_revisions()}
    if revision is not None and revision not in known:
        raise StoreError(
            f"lagret har schemarevision {revision}, som den här versionen av synth inte "
            "känner till (en nyare version har uppgraderat det); uppdatera synth"
        )
    return revision


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection) -> None:
    """Upgrade the store on `connection` to `head()`, inside the caller's transaction."""
    config = _config(connection)
    if current_revision(connection) is None and inspect(connection).has_table("meta"):
        command.stamp(config, BASELINE)  # made by create_all before migrations existed
    command.upgrade(config, "head")


def _new_revision(message: str) -> None:
    """Autogenerate the next revision against a scratch SQLite store at head."""
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        upgrade(connection)
        command.revision(_config(connection), message=message, autogenerate=True)


if __name__ == "__main__":
    _new_revision(" ".join(sys.argv[1:]) or "ändring")
