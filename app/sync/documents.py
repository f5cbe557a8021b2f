"""Rows of any table as JSON documents and back, by the table's column types (times ISO 8601 UTC, dates ISO)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, Table
from sqlalchemy.orm import DeclarativeBase

from app.store.base import Base, UtcDateTime


class BadDocument(ValueError):
    """A document that does not fit its table: a missing column or a value of the wrong kind."""


def table(name: str) -> Table:
    found = Base.metadata.tables.get(name)
    if found is None:
        raise KeyError(name)
    return found


def _kinds(tbl: Table) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for column in tbl.columns:
        if isinstance(column.type, UtcDateTime):
            kinds[column.key] = "time"
        elif isinstance(column.type, Date):
            kinds[column.key] = "date"
        else:
            kinds[column.key] = "plain"
    return kinds


_KIND_CACHE: dict[str, dict[str, str]] = {}


def column_kinds(name: str) -> dict[str, str]:
    kinds = _KIND_CACHE.get(name)
    if kinds is None:
        kinds = _KIND_CACHE[name] = _kinds(table(name))
    return kinds


def to_doc(name: str, values: Mapping[str, Any] | DeclarativeBase) -> dict[str, Any]:
    """A row (ORM object or mapping of column -> value) as a JSON-ready dict of every column of table ``name``."""
    doc: dict[str, Any] = {}
    for key, kind in column_kinds(name).items():
        value = values.get(key) if isinstance(values, Mapping) else getattr(values, key)
        if value is not None and kind == "time":
            value = value.astimezone(UTC).isoformat()
        elif value is not None and kind == "date":
            value = value.isoformat()
        doc[key] = value
    return doc


def from_doc(name: str, doc: Mapping[str, Any], *, defaults: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Column values for table ``name`` from a document; columns it lacks take ``defaults`` or fail.

    Raises:
        BadDocument: a column is missing (with no default) or a time or date does not parse.
    """
    values: dict[str, Any] = {}
    for key, kind in column_kinds(name).items():
        if key in doc:
            value = doc[key]
        elif defaults is not None and key in defaults:
            value = defaults[key]
        else:
            raise BadDocument(f"{name}: {key} is missing")
        try:
            if value is not None and kind == "time":
                value = parse_time(value)
            elif value is not None and kind == "date":
                value = date.fromisoformat(value)
        except (TypeError, ValueError) as exc:
            raise BadDocument(f"{name}.{key}: {exc}") from exc
        values[key] = value
    return values


def parse_time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("a time without a UTC offset")
    return parsed.astimezone(UTC)


def docs(name: str, rows: Iterable[Mapping[str, Any] | DeclarativeBase]) -> list[dict[str, Any]]:
    return [to_doc(name, row) for row in rows]
