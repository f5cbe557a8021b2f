"""Idempotent writes at the office: insert-or-ignore by id, the office write lock, and the change log.

On PostgreSQL, many rows at once are COPYed: straight into the table inside a savepoint when none exists yet,
else into a scratch table and then ``INSERT ... SELECT ... ON CONFLICT (id) DO NOTHING`` -- the guarantee of
row-by-row insert-or-ignore at close to COPY speed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

import psycopg
from sqlalchemy import Table, insert, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.store.base import UtcDateTime
from app.store.models import ChangeRow

# Any constant works; it only has to be the same for every office writer.
WRITE_LOCK_KEY = 0x4B555041
COPY_FROM = 20


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
        if len(rows) >= COPY_FROM:
            return _copy_insert(session, table, rows, key, returning=True)
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
        if len(rows) >= COPY_FROM:
            _copy_insert(session, table, rows, key, returning=False)
        else:
            session.execute(postgresql.insert(table).on_conflict_do_nothing(index_elements=target), list(rows))
    elif dialect == "sqlite":
        session.execute(sqlite.insert(table).on_conflict_do_nothing(index_elements=target), list(rows))
    else:
        raise NotImplementedError(f"office database {dialect} is not supported")


def _copy_insert(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], key: str, *, returning: bool
) -> set[str]:
    """COPY straight into the table when every row is new (the usual case); otherwise through a scratch table."""
    connection = session.connection()
    names = list(rows[0])
    # Times reach here aware and in UTC (documents.parse_time); psycopg adapts them as they are.
    processors: list[Callable[[Any], Any] | None] = [
        None if isinstance(table.c[name].type, UtcDateTime) else table.c[name].type.bind_processor(connection.dialect)
        for name in names
    ]
    # Only the few columns with a bind processor are touched cell by cell; the rest are picked in C.
    converted = [(index, process) for index, process in enumerate(processors) if process is not None]
    pick = itemgetter(*names)
    values: list[Any] = [list(pick(row)) if len(names) > 1 else [row[names[0]]] for row in rows]
    if converted:
        for value in values:
            for index, process in converted:
                value[index] = process(value[index])
    column_list = ", ".join(f'"{name}"' for name in names)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute("SAVEPOINT kupa_copy")
        try:
            with cursor.copy(f"COPY {table.name} ({column_list}) FROM STDIN") as copy:
                for row in values:
                    copy.write_row(row)
        except psycopg.errors.UniqueViolation:
            cursor.execute("ROLLBACK TO SAVEPOINT kupa_copy")
        else:
            cursor.execute("RELEASE SAVEPOINT kupa_copy")
            return {str(row[key]) for row in rows} if returning else set()
        scratch = f"kupa_copy_{table.name}"
        cursor.execute(f"CREATE TEMP TABLE {scratch} (LIKE {table.name} INCLUDING DEFAULTS) ON COMMIT DROP")
        with cursor.copy(f"COPY {scratch} ({column_list}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
        suffix = f' RETURNING "{key}"' if returning else ""
        cursor.execute(
            f"INSERT INTO {table.name} ({column_list}) SELECT {column_list} FROM {scratch} "
            f'ON CONFLICT ("{key}") DO NOTHING{suffix}'
        )
        inserted = {str(found[0]) for found in cursor.fetchall()} if returning else set()
        cursor.execute(f"DROP TABLE {scratch}")
        return inserted
    finally:
        cursor.close()


def log_changes(session: Session, topic: str, entity_ids: Iterable[str], *, origin: str | None, now: datetime) -> None:
    """Append to the change feed (call under the write lock, in the transaction that made the changes)."""
    rows = [{"topic": topic, "entity_id": e, "origin_till_id": origin, "at": now} for e in entity_ids]
    if rows:
        session.execute(insert(ChangeRow), rows)
