"""Only a till its enrollment lets publish programs may send programs and coupons to the chain; others keep them."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from app.domain.money import Money
from app.store.models import (
    AuditRow,
    BatchRow,
    LedgerEntryRow,
    OutboxRow,
    ProgramRow,
    ReceivedRow,
    SaleRow,
    ShiftRow,
)
from app.sync.link import load_link
from app.sync.outbound import next_batch
from app.sync.register import register_till
from app.sync.status import SyncState
from app.sync.wire import PROGRAMS_REFUSED
from tests.helpers.chain import BARCODES, CARD_NUMBERS, ChainTill, new_till
from tests.helpers.publishing import coupon_works, forget_right, save_coupon
from tests.helpers.shop import SteppingClock
from tests.integration.sync.conftest import START, RunningOffice

COUNTED = (BatchRow, ReceivedRow, SaleRow, LedgerEntryRow, ShiftRow, AuditRow, ProgramRow)


def office_counts(running: RunningOffice) -> tuple[int, ...]:
    with running.office.sessions() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(m)) or 0) for m in COUNTED)


def office_programs(running: RunningOffice) -> set[str]:
    with running.office.sessions() as session:
        return set(session.scalars(select(ProgramRow.id)))


def pending(shop: ChainTill) -> dict[str, Any]:
    with shop.till.uow() as uow:
        outgoing = next_batch(uow.session, load_link(uow.session), 500)
    assert outgoing is not None
    return outgoing.batch.to_json()


def push(running: RunningOffice, shop: ChainTill, batch: dict[str, Any]) -> httpx.Response:
    with shop.till.uow() as uow:
        token = load_link(uow.session).token
    headers = {
        "Content-Type": "application/json",
        "Idempotency-Key": str(batch["id"]),
        "Authorization": f"Bearer {token}",
    }
    return httpx.post(f"{running.url}/v1/batches", content=json.dumps(batch).encode(), headers=headers, timeout=30)


def held_rows(shop: ChainTill) -> list[str]:
    with shop.till.uow() as uow:
        return list(uow.session.scalars(select(OutboxRow.topic).where(OutboxRow.sent_at.is_(None))))


@pytest.fixture
def chain(tmp_path: Path, pg_office: RunningOffice) -> Iterator[tuple[ChainTill, ChainTill]]:
    """The office's first till (it may publish programs) and a second store's till (it may not), both synced,
    with a shift open."""
    shops = []
    for index in (1, 2):
        clock = SteppingClock(now=START + timedelta(minutes=index))
        shop = new_till(tmp_path / f"till{index}.db", index, pg_office.office, pg_office.url, clock)
        shop.till.sync.sync_once()
        shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
        shops.append(shop)
    yield shops[0], shops[1]
    for shop in shops:
        shop.till.close()


@pytest.mark.postgres
def test_the_office_lists_which_tills_may_publish(chain: tuple[ChainTill, ChainTill], pg_office: RunningOffice) -> None:
    first, second = chain
    listed = {t.till_code: t.publish_programs for t in pg_office.office.tills()}
    assert listed == {"T1": True, "T2": False}
    with first.till.uow() as uow, second.till.uow() as other:
        assert load_link(uow.session).publish_programs is True
        assert load_link(other.session).publish_programs is False


@pytest.mark.postgres
def test_a_program_from_a_till_without_the_right_is_refused_whole_with_403(
    chain: tuple[ChainTill, ChainTill], pg_office: RunningOffice
) -> None:
    first, second = chain
    sold = second.sell(BARCODES[:2], card=CARD_NUMBERS[1])
    save_coupon(second.till, "ROGUE")
    forget_right(second.till)  # a till that does not know, or does not care: it sends its program anyway
    batch = pending(second)
    assert {"sale", "program", "ledger"} <= {item["topic"] for item in batch["items"]}
    before = office_counts(pg_office)
    answer = push(pg_office, second, batch)
    assert answer.status_code == 403, answer.text
    assert answer.json()["reason"] == PROGRAMS_REFUSED
    detail = answer.json()["detail"]
    assert "till T2 may not publish" in detail and 'coupon "Spring coupon" (coupon-rogue)' in detail
    assert office_counts(pg_office) == before  # not the sale, not the shift, not the coupon: nothing
    with pg_office.office.sessions() as session:
        assert session.get(SaleRow, sold) is None
    first.till.sync.sync_once()
    with first.till.uow() as uow:
        assert uow.programs.coupon("ROGUE") is None
    assert not coupon_works(first.till, first.cashier_id, "ROGUE")


@pytest.mark.postgres
def test_a_till_told_it_may_not_publish_keeps_its_programs_and_syncs_the_rest(
    chain: tuple[ChainTill, ChainTill], pg_office: RunningOffice
) -> None:
    first, second = chain
    save_coupon(second.till, "LOCAL")
    sold = second.sell(BARCODES[:2])
    report = second.till.sync.sync_once()
    assert report.pushed > 0
    status = second.till.sync.status
    assert status.state is SyncState.ONLINE and status.queued == 0 and status.held == 1
    assert "1 program change(s) held" in status.text()
    assert held_rows(second) == ["program"]
    with pg_office.office.sessions() as session:
        assert session.get(SaleRow, sold) is not None
    assert "coupon-local" not in office_programs(pg_office)
    assert coupon_works(second.till, second.cashier_id, "LOCAL")  # it still works on the till that made it
    again = second.till.sync.sync_once()
    assert again.pushed == 0 and second.till.sync.status.held == 1  # no retry loop
    first.till.sync.sync_once()
    assert not coupon_works(first.till, first.cashier_id, "LOCAL")


@pytest.mark.postgres
def test_a_till_that_learns_from_a_refusal_holds_its_programs_and_pushes_the_rest(
    chain: tuple[ChainTill, ChainTill], pg_office: RunningOffice, caplog: pytest.LogCaptureFixture
) -> None:
    _first, second = chain
    forget_right(second.till)
    save_coupon(second.till, "LEARN")
    sold = second.sell(BARCODES[:1])
    with caplog.at_level(logging.WARNING, logger="app.sync.worker"):
        second.till.sync.sync_once()
    assert any("coupon-learn" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    assert second.till.sync.status.held == 1 and second.till.sync.status.queued == 0
    with second.till.uow() as uow:
        assert load_link(uow.session).publish_programs is False
    with pg_office.office.sessions() as session:
        assert session.get(SaleRow, sold) is not None
    assert "coupon-learn" not in office_programs(pg_office)


@pytest.mark.postgres
def test_programs_from_a_till_with_the_right_reach_the_other_stores(
    chain: tuple[ChainTill, ChainTill], pg_office: RunningOffice
) -> None:
    first, second = chain
    save_coupon(first.till, "CHAIN")
    first.till.sync.sync_once()
    assert first.till.sync.status.held == 0 and "coupon-chain" in office_programs(pg_office)
    second.till.sync.sync_once()
    with second.till.uow() as uow:
        assert uow.programs.coupon("CHAIN") is not None
    assert coupon_works(second.till, second.cashier_id, "CHAIN")


@pytest.mark.postgres
def test_registering_again_with_the_right_publishes_what_was_held(
    chain: tuple[ChainTill, ChainTill], pg_office: RunningOffice
) -> None:
    first, second = chain
    save_coupon(second.till, "LATER")
    second.till.sync.sync_once()
    assert second.till.sync.status.held == 1
    link = register_till(
        second.till.uow, pg_office.url, pg_office.office.enroll(publish_programs=True).code, clock=second.clock
    )
    assert link.publish_programs is True
    second.till.sync.sync_once()
    assert second.till.sync.status.held == 0 and held_rows(second) == []
    assert "coupon-later" in office_programs(pg_office)
    first.till.sync.sync_once()
    assert coupon_works(first.till, first.cashier_id, "LATER")
    assert {t.till_code: t.publish_programs for t in pg_office.office.tills()} == {"T1": True, "T2": True}


@pytest.mark.postgres
def test_a_right_granted_at_the_office_reaches_the_till_and_sends_what_it_held(
    chain: tuple[ChainTill, ChainTill], pg_office: RunningOffice
) -> None:
    first, second = chain
    save_coupon(second.till, "GRANTED")
    second.till.sync.sync_once()
    assert second.till.sync.status.held == 1
    listing = pg_office.office.allow_publishing("T2", True)
    assert listing.publish_programs is True
    report = second.till.sync.sync_once()  # one round: the pull tells it, and the kept coupon goes at once
    assert report.pushed == 1 and second.till.sync.status.held == 0 and held_rows(second) == []
    assert "coupon-granted" in office_programs(pg_office)
    first.till.sync.sync_once()
    assert coupon_works(first.till, first.cashier_id, "GRANTED")


@pytest.mark.postgres
def test_a_right_withdrawn_at_the_office_keeps_later_programs_on_the_till(
    chain: tuple[ChainTill, ChainTill], pg_office: RunningOffice
) -> None:
    first, _second = chain
    pg_office.office.allow_publishing(first.till.context.till_id, False)
    first.till.sync.sync_once()
    with first.till.uow() as uow:
        assert load_link(uow.session).publish_programs is False
    save_coupon(first.till, "AFTER")
    first.till.sync.sync_once()
    assert first.till.sync.status.held == 1 and held_rows(first) == ["program"]
    assert "coupon-after" not in office_programs(pg_office)
    assert coupon_works(first.till, first.cashier_id, "AFTER")
