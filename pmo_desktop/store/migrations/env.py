"""Alembic environment: always run on the connection handed over by ``store.migrate``."""

from __future__ import annotations

from alembic import context

from pmo_desktop.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through pmo_desktop.store.migrate (it passes a connection)")

context.configure(
    connection=connection,
    target_metadata=metadata(),
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
