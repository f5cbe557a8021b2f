"""A till's token writes only its own store's rows; a wrong, absent, revoked or superseded token gets 401."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update

from app.domain.money import Money
from app.store.models import AuditRow, BatchRow, LedgerEntryRow, OfficeTillRow, ReceivedRow, SaleRow, ShiftRow
from app.sync.link import load_link
from app.sync.outbound import next_batch
from app.sync.register import register_till
from tests.helpers.chain import BARCODES, CARD_NUMBERS, ChainTill, new_till
from tests.helpers.shop import SteppingClock
from tests.integration.sync.conftest import START, RunningOffice

pytestmark = pytest.mark.postgres

COUNTED = (BatchRow, ReceivedRow, SaleRow, LedgerEntryRow, ShiftRow, AuditRow)


def office_counts(running: RunningOffice) -> tuple[int, ...]:
    with running.office.sessions() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(m)) or 0) for m in COUNTED)


def token_of(shop: ChainTill) -> str:
    with shop.till.uow() as uow:
        token = load_link(uow.session).token
    assert token
    return token


def pending(shop: ChainTill) -> dict[str, Any]:
    with shop.till.uow() as uow:
        outgoing = next_batch(uow.session, load_link(uow.session), 500)
    assert outgoing is not None
    return outgoing.batch.to_json()


def push(url: str, batch: dict[str, Any], token: str | None, *, scheme: str = "Bearer") -> httpx.Response:
    headers = {"Content-Type": "application/json", "Idempotency-Key": str(batch["id"])}
    if token is not None:
        headers["Authorization"] = f"{scheme} {token}"
    return httpx.post(f"{url}/v1/batches", content=json.dumps(batch).encode(), headers=headers, timeout=30)


@pytest.fixture
def two_stores(tmp_path: Path, pg_office: RunningOffice) -> Iterator[tuple[ChainTill, ChainTill]]:
    """Two tills of two stores, each synced once, each with a shift and a member sale waiting to be pushed."""
    shops = []
    for index in (1, 2):
        clock = SteppingClock(now=START + timedelta(minutes=index))
        shop = new_till(tmp_path / f"till{index}.db", index, pg_office.office, pg_office.url, clock)
        shop.till.sync.sync_once()
        shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
        shop.sell(BARCODES[:2], card=CARD_NUMBERS[index - 1])
        shops.append(shop)
    yield shops[0], shops[1]
    for shop in shops:
        shop.till.close()


def store_of(shop: ChainTill) -> str:
    return shop.till.context.store_id


def rewrite(batch: dict[str, Any], topic: str, change: Any) -> dict[str, Any]:
    """A copy of ``batch`` whose first ``topic`` row went through ``change``."""
    forged = copy.deepcopy(batch)
    item = next(i for i in forged["items"] if i["topic"] == topic)
    change(item["payload"])
    return forged


def test_a_till_cannot_write_another_stores_rows(
    two_stores: tuple[ChainTill, ChainTill], pg_office: RunningOffice
) -> None:
    first, second = two_stores
    token = token_of(second)
    batch = pending(second)
    other_store, other_till = store_of(first), first.till.context.till_id
    forgeries = [
        rewrite(batch, "sale", lambda p: p.update(store_id=other_store)),
        rewrite(batch, "sale", lambda p: p.update(till_id=other_till)),
        rewrite(batch, "sale", lambda p: p["ledger"][0].update(store_id=other_store)),
        rewrite(batch, "shift", lambda p: p.update(store_id=other_store)),
    ]
    before = office_counts(pg_office)
    for forged in forgeries:
        answer = push(pg_office.url, forged, token)
        assert answer.status_code == 403, answer.text
        assert "another" in answer.json()["detail"]
        assert office_counts(pg_office) == before
    # The till's own, untouched batch still goes through afterwards.
    assert push(pg_office.url, batch, token).status_code == 200
    with pg_office.office.sessions() as session:
        stores = set(session.scalars(select(SaleRow.store_id)))
    assert stores == {store_of(second)}


def test_wrong_absent_revoked_and_superseded_tokens_get_401_and_write_nothing(
    two_stores: tuple[ChainTill, ChainTill], pg_office: RunningOffice
) -> None:
    first, second = two_stores
    batch = pending(first)
    old_token = token_of(first)
    before = office_counts(pg_office)
    for token in (None, "not-a-token", old_token.upper(), token_of(second)[:8]):
        answer = push(pg_office.url, batch, token)
        assert answer.status_code == 401, token
    assert push(pg_office.url, batch, old_token, scheme="Basic").status_code == 401
    # Another store's valid token cannot push this till's batch either (it names another till).
    assert push(pg_office.url, batch, token_of(second)).status_code == 403
    # Re-registering the till (reinstalled) gives a new token: the old one has expired.
    register_till(first.till.uow, pg_office.url, pg_office.office.enroll().code, clock=first.clock)
    assert push(pg_office.url, batch, old_token).status_code == 401
    assert httpx.get(f"{pg_office.url}/v1/changes", headers={"Authorization": f"Bearer {old_token}"}).status_code == 401
    # A revoked till's current token stops working too.
    current = token_of(first)
    with pg_office.office.writing() as session:
        session.execute(
            update(OfficeTillRow)
            .where(OfficeTillRow.till_id == first.till.context.till_id)
            .values(revoked_at=first.clock())
        )
    assert push(pg_office.url, batch, current).status_code == 401
    assert office_counts(pg_office) == before
    # The other store's till is not affected.
    assert push(pg_office.url, pending(second), token_of(second)).status_code == 200
