"""The background worker: offline with backoff, back online by itself, status for the status bar, sales never wait."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.money import Money
from app.sync.backoff import Backoff
from app.sync.client import OfficeClient
from app.sync.link import Link
from app.sync.status import SyncState, SyncStatus
from app.sync.worker import SyncWorker
from tests.helpers.chain import BARCODES, CARD_NUMBERS, new_till
from tests.helpers.shop import SteppingClock, build_shop
from tests.integration.sync.conftest import RunningOffice


def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)


def test_worker_goes_offline_backs_off_and_catches_up_without_blocking_sales(
    tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock
) -> None:
    shop = new_till(tmp_path / "till.db", 1, sqlite_office.office, sqlite_office.url, clock)
    shop.till.sync.sync_once()
    shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
    target = {"url": "http://127.0.0.1:9"}  # nothing listens there: the line is down
    seen: list[SyncStatus] = []
    lock = threading.Lock()

    def record(status: SyncStatus) -> None:
        with lock:
            seen.append(status)

    def client(link: Link) -> OfficeClient:
        return OfficeClient(target["url"], link.token, timeout=5)

    worker = SyncWorker(
        shop.till.uow,
        clock=clock,
        on_status=record,
        interval=0.05,
        backoff=Backoff(base=0.02, cap=0.1),
        client_factory=client,
        batch_rows=20,
    )
    worker.start()
    try:
        wait_for(lambda: worker.status.state is SyncState.OFFLINE)
        durations = []
        for i in range(60):
            started = time.perf_counter()
            shop.sell([BARCODES[i % 4]], card=CARD_NUMBERS[i % 3] if i % 5 == 0 else None)
            durations.append(time.perf_counter() - started)
        wait_for(lambda: worker.status.queued >= 60)
        offline = worker.status
        assert offline.offline_since is not None and "offline since" in offline.text()
        with lock:
            attempts = sum(1 for s in seen if s.state is SyncState.OFFLINE)
        assert attempts >= 2  # it kept trying, with backoff
        target["url"] = sqlite_office.url  # the line is back
        for i in range(40):  # and sales go on while the worker catches up in batches of 20
            started = time.perf_counter()
            shop.sell([BARCODES[i % 4]])
            durations.append(time.perf_counter() - started)
        worker.wake()
        wait_for(lambda: worker.status.state is SyncState.ONLINE and worker.status.queued == 0)
    finally:
        worker.stop()
    assert max(durations) < 2.0
    final = worker.status
    assert final.state is SyncState.STOPPED and final.offline_since is None and final.pushed >= 100
    with shop.till.uow() as uow:
        assert uow.outbox.pending_count() == 0
    shop.till.close()


def test_a_revoked_till_is_turned_away_and_says_so(
    tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock, caplog: pytest.LogCaptureFixture
) -> None:
    shop = new_till(tmp_path / "till.db", 1, sqlite_office.office, sqlite_office.url, clock)
    sqlite_office.office.revoke("T1")
    worker = SyncWorker(shop.till.uow, clock=clock, interval=0.05, backoff=Backoff(base=0.02, cap=0.05))
    worker.start()
    try:
        wait_for(lambda: worker.status.state is SyncState.TURNED_AWAY)
    finally:
        worker.stop()
    assert "401" in (worker.status.last_error or "")
    assert any("refused" in r.getMessage() for r in caplog.records)
    shop.till.close()


def test_an_unregistered_till_reports_it(tmp_path: Path) -> None:
    shop = build_shop(tmp_path / "alone.db")
    worker = SyncWorker(shop.till.uow, interval=0.05)
    worker.start()
    try:
        wait_for(lambda: worker.status.state is SyncState.NOT_REGISTERED)
    finally:
        worker.stop()
    shop.till.close()
    assert "not registered" in (worker.status.last_error or "")
