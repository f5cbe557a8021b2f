"""A slow office, an office killed mid-request, replayed and reordered batches: everything arrives exactly once."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.domain.money import Money
from app.office.pgcluster import ThrowawayCluster
from app.office.server import OfficeServer
from app.office.service import Office, open_office
from app.services.auth import Role
from app.services.setup import add_staff
from app.store.models import OverdraftRow, ReceivedRow, SaleRow
from app.sync.backoff import Backoff
from app.sync.client import OfficeClient
from app.sync.link import Link, load_link
from app.sync.outbound import Outgoing, next_batch
from app.sync.status import SyncState, SyncStatus
from app.sync.worker import SyncWorker
from tests.helpers.chain import BARCODES, CARD_NUMBERS, ChainTill, OfficeProcess, new_till, seed_office
from tests.helpers.loyalty import office_credit, pay_with_points, publish_bonus
from tests.helpers.shop import SteppingClock
from tests.helpers.slow_proxy import SlowProxy
from tests.integration.sync.conftest import START

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

TIMEOUT = 0.5


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)


class Recorder:
    def __init__(self) -> None:
        self.seen: list[SyncStatus] = []
        self._lock = threading.Lock()

    def __call__(self, status: SyncStatus) -> None:
        with self._lock:
            self.seen.append(status)

    def offline_errors(self) -> list[str]:
        with self._lock:
            return [s.last_error or "" for s in self.seen if s.state is SyncState.OFFLINE]


def worker_for(shop: ChainTill, recorder: Recorder, url: Callable[[Link], str]) -> SyncWorker:
    return SyncWorker(
        shop.till.uow,
        clock=shop.clock,
        hlc=shop.till.hlc,
        on_status=recorder,
        interval=0.1,
        backoff=Backoff(base=0.2, cap=0.6),
        client_factory=lambda link: OfficeClient(url(link), link.token, timeout=TIMEOUT),
        batch_rows=5,
    )


def same_everywhere(office: Office, shop: ChainTill) -> int:
    """Every sale of the till is at the office once; returns how many there are."""
    till_id = shop.till.context.till_id
    with office.sessions() as session, shop.till.uow() as uow:
        query = select(SaleRow.id, SaleRow.total).where(SaleRow.till_id == till_id).order_by(SaleRow.id)
        at_office, at_till = session.execute(query).all(), uow.session.execute(query).all()
        assert at_office == at_till
        received = session.scalar(select(func.count()).select_from(ReceivedRow).where(ReceivedRow.till_id == till_id))
        sent = uow.session.scalar(text("SELECT count(*) FROM outbox")) or 0
        audited = uow.session.scalar(text("SELECT count(*) FROM audit")) or 0
        assert received == sent + audited
        assert uow.outbox.pending_count() == 0
    return len(at_till)


@dataclass
class Chain:
    office: Office
    process: OfficeProcess
    shop: ChainTill


@pytest.fixture
def chain(tmp_path: Path, pg_url: str) -> Iterator[Chain]:
    office = open_office(pg_url)
    process = OfficeProcess(pg_url)
    shop: ChainTill | None = None
    try:
        seed_office(office, START)
        process.start()
        shop = new_till(tmp_path / "till.db", 1, office, process.url, SteppingClock(now=START + timedelta(minutes=1)))
        shop.till.sync.sync_once()
        shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
        yield Chain(office, process, shop)
    finally:
        if shop is not None:
            shop.till.close()
        office.close()
        process.stop()


def test_a_slow_office_times_out_backs_off_then_gets_every_batch_once(chain: Chain) -> None:
    shop = chain.shop
    for i in range(12):
        shop.sell(BARCODES[i % 3 : i % 3 + 2], card=CARD_NUMBERS[i % 3] if i % 2 else None)
    recorder = Recorder()
    with SlowProxy(chain.process.port) as proxy:
        proxy.delay = 4 * TIMEOUT  # the office answers, but later than the till waits
        worker = worker_for(shop, recorder, lambda _link: proxy.url)
        worker.start()
        try:
            wait_for(lambda: len(recorder.offline_errors()) >= 3)
            status = worker.status
            assert status.state is SyncState.OFFLINE and status.offline_since is not None
            assert "Timeout" in (status.last_error or "") and status.queued > 0
            with chain.office.sessions() as session:  # the office did apply the first batch: only its answer was late
                assert (session.scalar(select(func.count()).select_from(SaleRow)) or 0) > 0
            proxy.delay = 0.0
            worker.wake()
            wait_for(lambda: worker.status.state is SyncState.ONLINE and worker.status.queued == 0)
        finally:
            worker.stop()
    assert same_everywhere(chain.office, shop) == 12


@pytest.mark.parametrize("seed", [1, 2])
def test_an_office_killed_mid_request_and_restarted_gets_everything_exactly_once(chain: Chain, seed: int) -> None:
    rng = random.Random(seed)
    shop = chain.shop
    recorder = Recorder()
    worker = worker_for(shop, recorder, lambda link: str(link.office_url))
    worker.start()
    sold = 0
    try:
        for _ in range(3):
            for i in range(rng.randint(8, 14)):
                shop.sell(BARCODES[i % 3 : i % 3 + 2], card=CARD_NUMBERS[i % 3] if i % 2 else None)
                sold += 1
                worker.wake()
            time.sleep(rng.uniform(0.0, 0.15))
            chain.process.kill()
            wait_for(lambda: worker.status.state is SyncState.OFFLINE)
            chain.process.start()  # the same port
        worker.wake()
        wait_for(lambda: worker.status.state is SyncState.ONLINE and worker.status.queued == 0)
    finally:
        worker.stop()
    assert recorder.offline_errors()
    assert same_everywhere(chain.office, shop) == sold


BUSINESS = ("sale", "sale_line", "sale_adjustment", "payment", "ledger_entry", "shift", "audit", "member", "card")


def snapshot(office: Office) -> dict[str, list[tuple[Any, ...]]]:
    with office.sessions() as session:
        tables = {name: sorted(map(tuple, session.execute(text(f"SELECT * FROM {name}")))) for name in BUSINESS}
        tables["card_state"] = sorted(map(tuple, session.execute(text("SELECT card_id, data FROM card_state"))))
        overdrafts = session.execute(select(OverdraftRow.card_id, OverdraftRow.account, OverdraftRow.amount))
        tables["overdraft"] = sorted(map(tuple, overdrafts))
        return {k: [tuple(map(str, row)) for row in v] for k, v in tables.items()}


def deliver(office: Office, shop: ChainTill, outgoing: Outgoing) -> None:
    office.push(shop.till.context.till_id, outgoing.batch.encode(), idempotency_key=outgoing.batch.id)


def test_replayed_and_reordered_batches_leave_the_office_identical(
    tmp_path: Path, pg_cluster: ThrowawayCluster
) -> None:
    url = pg_cluster.create_database("reorder_a", template="kupa_template")
    office = open_office(url)
    card_ids = seed_office(office, START)
    publish_bonus(office, START)
    office_credit(office, card_ids[0], 4000, START)
    with OfficeServer(office) as server:
        shop = new_till(tmp_path / "till.db", 1, office, server.url, SteppingClock(now=START + timedelta(minutes=1)))
        shop.till.sync.sync_once()
        shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
        shop.till.sync.sync_once()
    office.close()
    other = open_office(pg_cluster.create_database("reorder_b", template="reorder_a"))
    office = open_office(url)
    manager_id = add_staff(shop.till.uow, "Avi", Role.MANAGER, "9999")
    try:
        first = shop.sell(BARCODES[:2], card=CARD_NUMBERS[1])
        shop.sell(BARCODES[1:3], card=CARD_NUMBERS[2])
        with shop.till.uow() as uow:
            link = load_link(uow.session)
            one = next_batch(uow.session, link, 500)
            record = uow.sales.get(first)
        assert one is not None and record is not None
        # Batch two spends the office's credit and returns a line of a sale in batch one.
        pay_with_points(shop, BARCODES[:1], CARD_NUMBERS[0], 500)
        line = record.lines[0]
        plan = shop.till.returns.plan(record.number, {line.id: line.qty_milli})
        shop.till.returns.execute(plan, cashier_id=shop.cashier_id, approved_by=manager_id)
        with shop.till.uow() as uow:
            two = next_batch(uow.session, link, 500, after_seq=one.last_seq, audit_after=one.audit_top)
        assert two is not None
        deliver(office, shop, one)
        deliver(office, shop, two)
        deliver(other, shop, two)  # batch two first, then everything again
        deliver(other, shop, one)
        deliver(other, shop, two)
        deliver(other, shop, one)
        in_order, reordered = snapshot(office), snapshot(other)
        assert in_order == reordered
        assert len(in_order["sale"]) == 4 and any(amount < 0 for _i, amount in ledger_amounts(office))
    finally:
        office.close()
        other.close()
        shop.till.close()


def ledger_amounts(office: Office) -> list[tuple[str, int]]:
    with office.sessions() as session:
        rows = session.execute(text("SELECT id, amount FROM ledger_entry"))
        return [(str(row_id), int(amount)) for row_id, amount in rows]
