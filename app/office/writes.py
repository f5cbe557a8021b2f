"""Idempotent writes at the office: insert-or-ignore by id, the office write lock, and the change log."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.store.models import ChangeRow

# Any constant works; it only has to be the same for every office writer.
WRITE_LOCK_KEY = 0x4B555041


def take_write_lock(session: Session) -> None:
    """Serialise office writers until commit, so change-log order is commit order (SQLite already serialises)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})


def insert_ignore(session: Session, table: Table, rows: Sequence[dict[str, Any]], key: str = "id") -> set[str]:
    """Insert rows whose ``key`` is new (rows already there are left as they are); returns the keys inserted.

    Only a clash on ``key`` is ignored: any other unique clash is an error, never a silently dropped row.
    """
    if not rows:
        return set()
    dialect = session.get_bind().dialect.name
    column = table.c[key]
    if dialect == "postgresql":
        pg_stmt = postgresql.insert(table).on_conflict_do_nothing(index_elements=[column]).returning(column)
        return {row[0] for row in session.execute(pg_stmt, list(rows))}
    if dialect == "sqlite":
        lite_stmt = sqlite.insert(table).on_conflict_do_nothing(index_elements=[column]).returning(column)
        inserted: set[str] = set()
        for row in rows:  # RETURNING needs one statement per row on SQLite
            found = session.execute(lite_stmt, row).first()
            if found is not None:
                inserted.add(found[0])
        return inserted
    raise NotImplementedError(f"office database {dialect} is not supported")


def insert_ignore_many(session: Session, table: Table, rows: Sequence[dict[str, Any]], key: str = "id") -> None:
    """Insert-or-ignore by ``key`` without reporting which rows were new; any other conflict still fails."""
    if not rows:
        return
    target = [table.c[key]]
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(postgresql.insert(table).on_conflict_do_nothing(index_elements=target), list(rows))
    elif dialect == "sqlite":
        session.execute(sqlite.insert(table).on_conflict_do_nothing(index_elements=target), list(rows))
    else:
        raise NotImplementedError(f"office database {dialect} is not supported")


def insert_all(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Plain bulk insert for rows known to be new (the first application of an outbox row)."""
    if rows:
        session.execute(insert(table), list(rows))


def log_changes(session: Session, topic: str, entity_ids: Iterable[str], *, origin: str | None, now: datetime) -> None:
    """Append to the change feed (call under the write lock, in the transaction that made the changes)."""
    rows = [{"topic": topic, "entity_id": e, "origin_till_id": origin, "at": now} for e in entity_ids]
    if rows:
        session.execute(insert(ChangeRow), rows)
