"""The office API over real HTTP and PostgreSQL: tokens, Idempotency-Keys, duplicate and overlapping batches."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app.domain.money import Money
from app.store.models import BatchRow, ReceivedRow, SaleRow
from app.sync.link import load_link
from app.sync.outbound import next_batch
from app.sync.wire import Batch
from tests.helpers.chain import BARCODES, ChainTill, new_till
from tests.helpers.shop import SteppingClock
from tests.integration.sync.conftest import RunningOffice

pytestmark = pytest.mark.postgres


def counts(running: RunningOffice) -> tuple[int, int, int]:
    with running.office.sessions() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (BatchRow, ReceivedRow, SaleRow)
        )


@pytest.fixture
def shop(tmp_path: Path, pg_office: RunningOffice, clock: SteppingClock) -> Iterator[ChainTill]:
    built = new_till(tmp_path / "till.db", 1, pg_office.office, pg_office.url, clock)
    built.till.sync.sync_once()
    built.till.shifts.open(built.cashier_id, Money(10000, "ILS"))
    for i in range(3):
        built.sell(BARCODES[i : i + 2])
    yield built
    built.till.close()


def pending_batch(shop: ChainTill, limit: int = 500) -> Batch:
    with shop.till.uow() as uow:
        outgoing = next_batch(uow.session, load_link(uow.session), limit)
    assert outgoing is not None
    return outgoing.batch


def token_of(shop: ChainTill) -> str:
    with shop.till.uow() as uow:
        token = load_link(uow.session).token
    assert token
    return token


def post(
    url: str, batch: Batch, token: str | None, key: str | None = None, body: bytes | None = None
) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    if key is not None:
        headers["Idempotency-Key"] = key
    return httpx.post(f"{url}/v1/batches", content=body or batch.encode(), headers=headers, timeout=30)


def test_requests_without_a_valid_token_get_401_and_write_nothing(shop: ChainTill, pg_office: RunningOffice) -> None:
    batch = pending_batch(shop)
    before = counts(pg_office)
    for token in (None, "not-a-token", token_of(shop) + "x", token_of(shop)[:-1]):
        answer = post(pg_office.url, batch, token, batch.id)
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"] == "Bearer"
    headers = {"Authorization": "Bearer wrong"}
    assert httpx.get(f"{pg_office.url}/v1/changes", headers=headers).status_code == 401
    assert httpx.get(f"{pg_office.url}/v1/reports/overdrafts").status_code == 401
    assert counts(pg_office) == before


def test_a_batch_sent_twice_or_overlapping_changes_nothing_the_second_time(
    shop: ChainTill, pg_office: RunningOffice
) -> None:
    token = token_of(shop)
    first = pending_batch(shop, limit=4)
    answer = post(pg_office.url, first, token, first.id)
    assert answer.status_code == 200 and answer.json()["applied"] == 4
    after_first = counts(pg_office)
    again = post(pg_office.url, first, token, first.id)
    assert again.status_code == 200
    assert again.json()["acked"] == answer.json()["acked"] and again.json()["replayed"] is True
    assert counts(pg_office) == after_first
    # A new batch (new id) that repeats the first rows and adds the rest: only the new rows are applied.
    overlapping = pending_batch(shop)
    assert len(overlapping.items) > 4 and overlapping.id != first.id
    third = post(pg_office.url, overlapping, token, overlapping.id)
    assert third.json()["applied"] == len(overlapping.items) - 4
    assert third.json()["duplicates"] == 4
    with pg_office.office.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SaleRow)) == 3


def test_idempotency_key_rules(shop: ChainTill, pg_office: RunningOffice) -> None:
    token = token_of(shop)
    batch = pending_batch(shop)
    assert post(pg_office.url, batch, token, None).status_code == 400
    assert post(pg_office.url, batch, token, "another-key").status_code == 422
    assert post(pg_office.url, batch, token, batch.id).status_code == 200
    changed = Batch(id=batch.id, till_id=batch.till_id, items=batch.items[:1], pull_cursor=batch.pull_cursor)
    conflict = post(pg_office.url, changed, token, batch.id)
    assert conflict.status_code == 409
    broken = post(pg_office.url, batch, token, "k1", body=b'{"protocol": 1, "id": "k1"}')
    assert broken.status_code == 422
    assert post(pg_office.url, batch, token, "k2", body=b"not json").status_code == 422


def test_registration_needs_a_fresh_code_and_an_unused_till_code(
    tmp_path: Path, pg_office: RunningOffice, clock: SteppingClock
) -> None:
    first = new_till(tmp_path / "a.db", 1, pg_office.office, pg_office.url, clock)
    request = {"code": "made-up", "public_key": "00" * 32, "store": {}, "till": {}}
    assert httpx.post(f"{pg_office.url}/v1/register", json=request).status_code == 401
    with pytest.raises(Exception, match="409"):
        new_till(tmp_path / "b.db", 1, pg_office.office, pg_office.url, clock)  # store S1 / till T1 again
    first.till.close()


def test_a_malformed_pull_cursor_or_staff_entry_is_a_422_not_a_500(shop: ChainTill, pg_office: RunningOffice) -> None:
    token = token_of(shop)
    batch = pending_batch(shop)
    envelope = batch.to_json()
    before = counts(pg_office)
    for change in ({"pull_cursor": ""}, {"pull_cursor": float("inf")}, {"pull_cursor": -1}, {"staff": [{}]}):
        body = json.dumps({**envelope, **change}).encode()
        assert post(pg_office.url, batch, token, batch.id, body=body).status_code == 422, change
    assert counts(pg_office) == before
    assert post(pg_office.url, batch, token, batch.id).status_code == 200
