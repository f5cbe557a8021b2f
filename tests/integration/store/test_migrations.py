"""Alembic migrations: a new database and every earlier revision reach a schema equal to the models."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from app.store.base import Base
from app.store.db import open_engine
from app.store.migrate import current_revision, head, revisions, upgrade


def schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_a_new_database_gets_the_whole_schema_and_wal(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "new.db")
    upgrade(engine)
    assert current_revision(engine) == head()
    assert schema_differences(engine) == []
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


@pytest.mark.parametrize("start", revisions())
def test_every_earlier_revision_upgrades_to_head(tmp_path: Path, start: str) -> None:
    engine = open_engine(tmp_path / f"from-{start}.db")
    upgrade(engine, start)
    assert current_revision(engine) == start
    upgrade(engine)
    assert current_revision(engine) == head()
    assert schema_differences(engine) == []
    engine.dispose()


def test_history_tables_refuse_edits(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "audit.db")
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO audit (id, at, action) VALUES ('a1', '2026-01-01 00:00:00', 'test')"))
    for statement in ("UPDATE audit SET action = 'changed'", "DELETE FROM audit"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    engine.dispose()


@pytest.mark.postgres
def test_the_same_chain_builds_the_schema_on_postgresql(pg_empty_url: str) -> None:
    engine = open_engine(pg_empty_url)
    upgrade(engine, revisions()[0])
    upgrade(engine)
    assert current_revision(engine) == head()
    assert schema_differences(engine) == []
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO audit (id, at, action) VALUES ('a1', now(), 'test')"))
    for statement in ("UPDATE audit SET action = 'changed'", "DELETE FROM audit"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    engine.dispose()


def test_the_till_knows_the_head_without_alembic_and_skips_a_current_database(tmp_path: Path) -> None:
    from app.store.migrate import is_current, newest_in_files

    assert newest_in_files() == head()
    engine = open_engine(tmp_path / "start.db")
    assert not is_current(engine)
    upgrade(engine, revisions()[0])
    assert not is_current(engine)
    upgrade(engine)
    assert is_current(engine)
    engine.dispose()


def _tills_before_publishers(engine: Engine) -> dict[str, bool]:
    """At 0003, two registered tills of which one has pushed a program; at head, what each may publish."""
    upgrade(engine, "0003")
    till = (
        "INSERT INTO sync_till (till_id, store_id, token_hash, public_key, registered_at) "
        "VALUES (:t, 's', :h, 'k', :at)"
    )
    received = "INSERT INTO sync_received (id, till_id, topic, batch_id) VALUES (:id, :t, :topic, 'b')"
    with engine.begin() as connection:
        for name in ("publisher", "seller"):
            connection.execute(text(till), {"t": name, "h": f"hash-{name}", "at": datetime(2026, 1, 1, tzinfo=UTC)})
        connection.execute(text(received), {"id": "r1", "t": "publisher", "topic": "program"})
        connection.execute(text(received), {"id": "r2", "t": "seller", "topic": "sale"})
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT till_id, publish_programs FROM sync_till")).all()
    return {str(name): bool(flag) for name, flag in rows}


def test_upgrading_an_office_keeps_the_right_to_publish_for_tills_that_published(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "office.db")
    assert _tills_before_publishers(engine) == {"publisher": True, "seller": False}
    engine.dispose()


@pytest.mark.postgres
def test_upgrading_an_office_on_postgresql_keeps_the_right_for_tills_that_published(pg_empty_url: str) -> None:
    engine = open_engine(pg_empty_url)
    assert _tills_before_publishers(engine) == {"publisher": True, "seller": False}
    engine.dispose()
