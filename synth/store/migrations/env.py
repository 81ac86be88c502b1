"""Alembic's entry point for the store's migrations, run by `synth.store.migrate` only.

No alembic.ini: the caller hands over an open connection in `config.attributes`, so that
the migration runs inside the transaction (and under the lock) of the store being opened.
"""

from __future__ import annotations

from alembic import context

from synth.store.schema import Base

connection = context.config.attributes["connection"]
# batch mode: SQLite can alter a table only by copying it, which batch operations do
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
