"""Engines: SQLite for the till (WAL, synchronous=FULL, foreign keys on) and PostgreSQL for the head office."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

WRITE_OPTION = "kupa_write"

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA cache_size=-16000",
)


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a path (SQLite file) or a URL given as is."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy own transactions: pysqlite's implicit BEGIN handling would otherwise defer them.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    # Writers ask for BEGIN IMMEDIATE: the write lock is taken up front, so two writers wait for each other
    # (busy_timeout) instead of one failing mid-transaction. Readers use a plain BEGIN and never block.
    # Straight on the driver: this runs for every unit of work, and SQLAlchemy's statement machinery is the cost.
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.connection.driver_connection.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_engine(target: str | Path, *, echo: bool = False) -> Engine:
    """Build an engine for a till database file or a head-office URL (never at import time)."""
    url = database_url(target)
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def sqlite_version() -> str:
    return sqlite3.sqlite_version
