"""Hot paths in plain SQL: one statement text per table and column list, values through the columns' own types.

A Core ``insert()`` costs a statement build and a cache-key walk on every call, an ORM ``get`` more; on the sale's
commit path and a card scan that was most of the time (``python -m bench commit``, ``python -m bench scan``).
These helpers keep the statement text and the columns' bind and result processors per table and run on the
driver's cursor inside the transaction SQLAlchemy began, so each call is the driver's own work plus the same
value conversions the ORM does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True, slots=True)
class _Statement:
    """A statement's text and how to turn a row mapping into its parameters."""

    sql: str
    names: tuple[str, ...]
    binders: tuple[tuple[int, Callable[[Any], Any]], ...]

    def parameters(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        values = [row[name] for name in self.names]
        for index, bind in self.binders:
            values[index] = bind(values[index])
        return tuple(values)


_INSERTS: dict[tuple[str, str, tuple[str, ...]], _Statement] = {}
_UPSERTS: dict[tuple[str, str, tuple[str, ...], str], _Statement] = {}
_RESULTS: dict[tuple[str, str, tuple[str, ...]], list[Processor]] = {}


def placeholder(dialect: Dialect) -> str:
    """The driver's positional parameter mark (``?`` for sqlite3, ``%s`` for psycopg)."""
    if dialect.paramstyle == "qmark":
        return "?"
    if dialect.paramstyle in ("format", "pyformat"):
        return "%s"
    raise NotImplementedError(f"parameter style {dialect.paramstyle} is not supported")


def fetch_all(connection: Connection, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run one statement on the driver's connection, inside the transaction SQLAlchemy began; its rows."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with _as_sqlalchemy_errors(connection, sql, parameters, many=False):
            cursor.execute(sql, tuple(parameters))
            return [tuple(row) for row in cursor.fetchall()] if cursor.description else []
    finally:
        cursor.close()


@contextmanager
def _as_sqlalchemy_errors(connection: Connection, sql: str, parameters: Any, *, many: bool) -> Iterator[None]:
    """The driver's errors raised as SQLAlchemy raises them for Core (``IntegrityError``, ``OperationalError``
    for a full disk...), so callers see one kind of error whichever path wrote."""
    base: type[Exception] = connection.dialect.loaded_dbapi.Error
    try:
        yield
    except base as error:
        raise DBAPIError.instance(sql, parameters, error, base, dialect=connection.dialect, ismulti=many) from error


def fetch_one(connection: Connection, sql: str, parameters: Sequence[Any] = ()) -> tuple[Any, ...] | None:
    rows = fetch_all(connection, sql, parameters)
    return rows[0] if rows else None


def _run(connection: Connection, sql: str, parameters: Sequence[Sequence[Any]], *, many: bool) -> None:
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with _as_sqlalchemy_errors(connection, sql, parameters if many else parameters[0], many=many):
            if many:
                cursor.executemany(sql, parameters)
            else:
                cursor.execute(sql, parameters[0])
    finally:
        cursor.close()


def _statement(sql: str, dialect: Dialect, table: Table, names: tuple[str, ...]) -> _Statement:
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]
    binders = tuple((index, bind) for index, bind in enumerate(processors) if bind is not None)
    return _Statement(sql, names, binders)


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT every row (all with the keys of the first) in one driver call; a clash raises like Core would."""
    if not rows:
        return
    dialect = connection.dialect
    names = tuple(rows[0])
    key = (dialect.name, table.name, names)
    statement = _INSERTS.get(key)
    if statement is None:
        marks = ", ".join([placeholder(dialect)] * len(names))
        sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
        statement = _INSERTS[key] = _statement(sql, dialect, table, names)
    _run(connection, statement.sql, [statement.parameters(row) for row in rows], many=len(rows) > 1)


def insert_new(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]], *, key: str) -> set[Any]:
    """INSERT the rows whose ``key`` is not there yet, in one statement per 500 rows; returns the keys inserted
    (rows already there are left as they are)."""
    inserted: set[Any] = set()
    if not rows:
        return inserted
    dialect = connection.dialect
    names = tuple(rows[0])
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        cache_key = (dialect.name, table.name, names, f"{key}:{len(chunk)}")
        statement = _UPSERTS.get(cache_key)
        if statement is None:
            group = "(" + ", ".join([placeholder(dialect)] * len(names)) + ")"
            sql = (
                f"INSERT INTO {table.name} ({', '.join(names)}) VALUES {', '.join([group] * len(chunk))} "
                f"ON CONFLICT ({key}) DO NOTHING RETURNING {key}"
            )
            statement = _UPSERTS[cache_key] = _statement(sql, dialect, table, names)
        flat = [value for row in chunk for value in statement.parameters(row)]
        inserted.update(found[0] for found in fetch_all(connection, statement.sql, flat))
    return inserted


def upsert_row(connection: Connection, table: Table, row: Mapping[str, Any], *, key: str) -> None:
    """INSERT the row, or UPDATE the row's other columns on the one already there with this ``key`` (columns
    the row does not name are left as they are)."""
    dialect = connection.dialect
    names = tuple(row)
    cache_key = (dialect.name, table.name, names, key)
    statement = _UPSERTS.get(cache_key)
    if statement is None:
        marks = ", ".join([placeholder(dialect)] * len(names))
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != key)
        sql = (
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks}) "
            f"ON CONFLICT ({key}) DO UPDATE SET {updates}"
        )
        statement = _UPSERTS[cache_key] = _statement(sql, dialect, table, names)
    _run(connection, statement.sql, [statement.parameters(row)], many=False)


def result_processors(dialect: Dialect, table: Table, names: Sequence[str]) -> list[Processor]:
    """How to turn the driver's values of these columns into what the ORM would give (times, dates, JSON)."""
    key = (dialect.name, table.name, tuple(names))
    found = _RESULTS.get(key)
    if found is None:
        found = _RESULTS[key] = [
            table.c[name].type.dialect_impl(dialect).result_processor(dialect, None) for name in names
        ]
    return found


def convert(row: Sequence[Any], processors: Sequence[Processor]) -> list[Any]:
    return [value if process is None else process(value) for value, process in zip(row, processors, strict=True)]
