"""The plain-SQL writes of the sale's path (outbox, ledger, projections) keep values exactly, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain import loyalty
from app.store.base import table_of
from app.store.db import open_engine, session_factory
from app.store.migrate import upgrade
from app.store.models import CardStateRow, LedgerEntryRow, OutboxRow
from app.store.plain_sql import insert_rows
from app.store.uow import UnitOfWorkFactory

NOW = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)


def write_and_read(url: str) -> None:
    engine = open_engine(url)
    upgrade(engine)
    uow = UnitOfWorkFactory(session_factory(engine))
    member = loyalty.Member.new(loyalty.Card(id="card-1", family="red"))
    points = loyalty.Account.points("ILS")
    entries = loyalty.adjust(member, points, 250 * loyalty.POINT_SCALE, NOW, reason="opening", created_by="manager-1")
    try:
        with uow(write=True) as work:
            work.outbox.add("sale", "sale-1", {"lines": [1, "two", None], "total": 1990}, now=NOW)
            assert work.ledger.append(entries, now=NOW, store_id=None, till_id="till-1") == entries
            assert work.ledger.append(entries, now=NOW, store_id=None, till_id="till-1") == []
            assert work.ledger.projection("card-1").balance(points, NOW).available == 250 * loyalty.POINT_SCALE
            work.commit()
        with uow() as work:
            outbox = work.session.scalars(select(OutboxRow)).one()
            assert (outbox.topic, outbox.entity_id) == ("sale", "sale-1")
            assert outbox.payload == {"lines": [1, "two", None], "total": 1990}
            assert outbox.created_at == NOW
            outbox_id = outbox.id
            stored = work.session.scalars(select(LedgerEntryRow)).all()
            assert [(row.id, row.amount, row.till_id, row.created_at) for row in stored] == [
                (e.id, e.amount, "till-1", e.created_at) for e in entries
            ]
            state = work.session.get(CardStateRow, "card-1")
            assert state is not None and state.entries == len(entries) and state.updated_at == NOW
            assert work.ledger.projection("card-1") == loyalty.apply(loyalty.CardProjection.empty("card-1"), entries)
        again = {"id": outbox_id, "topic": "sale", "entity_id": "x", "payload": {}, "created_at": NOW}
        with uow(write=True) as work, pytest.raises(IntegrityError):  # as Core would raise it
            insert_rows(work.session.connection(), table_of(OutboxRow), [again])
    finally:
        engine.dispose()


def test_on_the_tills_sqlite(tmp_path: Path) -> None:
    write_and_read(str(tmp_path / "till.db"))


@pytest.mark.postgres
def test_on_postgresql(pg_empty_url: str) -> None:
    write_and_read(pg_empty_url)
