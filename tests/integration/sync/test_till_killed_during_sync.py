"""SIGKILL of the till process while its sync worker pushes or pulls, against a real office in its own process:
after a restart and a full sync nothing is lost and nothing is doubled, and balances are the fold of the ledger."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bootstrap import open_till
from app.domain.loyalty import fold
from app.domain.money import Money
from app.office.catalog import publish_product
from app.office.service import Office, open_office
from app.store.models import CardStateRow, LedgerEntryRow, ProductRow, SaleRow
from app.sync.ledger import card_entries
from app.sync.link import load_link
from app.sync.outbound import pending_count
from tests.helpers.chain import BARCODES, CARD_NUMBERS, ROOT, ChainTill, OfficeProcess, new_till, seed_office
from tests.helpers.loyalty import office_credit, publish_bonus
from tests.helpers.shop import SteppingClock, product
from tests.integration.sync.conftest import START

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

ROUNDS = (("push", 0), ("push", 1), ("pull", 2), ("push", 3), ("pull", 4))


@dataclass
class Kill:
    phase: str
    at: int  # the request (1-based) of that phase during which the process dies
    delay: float  # seconds after the request was announced


@dataclass
class Chain:
    process: OfficeProcess
    office: Office
    shop: ChainTill
    card_ids: list[str]


@pytest.fixture
def chain(tmp_path: Path, pg_url: str) -> Iterator[Chain]:
    office = open_office(pg_url)
    process = OfficeProcess(pg_url)
    shop: ChainTill | None = None
    try:
        card_ids = seed_office(office, START)
        publish_bonus(office, START)
        office_credit(office, card_ids[0], 4000, START)
        process.start()
        shop = new_till(tmp_path / "till.db", 1, office, process.url, SteppingClock(now=START + timedelta(minutes=1)))
        shop.till.sync.sync_once()
        shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
        shop.till.close()
        yield Chain(process, office, shop, card_ids)
    finally:
        if shop is not None:
            shop.till.close()
        office.close()
        process.stop()


def sell_some(shop: ChainTill, count: int) -> None:
    shop.till = open_till(shop.path, clock=shop.clock)
    for i in range(count):
        shop.sell(BARCODES[i % 3 : i % 3 + 2], card=CARD_NUMBERS[i % len(CARD_NUMBERS)] if i % 2 == 0 else None)
    shop.till.close()


def publish_some(office: Office, round_no: int, count: int) -> None:
    with office.writing() as session:
        for i in range(count):
            code = f"729{round_no:02d}{i:07d}"
            publish_product(session, product(f"R{round_no}-{i}", f"Round {round_no} item {i}", 100 + i), [code], START)


def run_and_kill(db: Path, kill: Kill) -> list[str]:
    """Run the sync worker in a child process and SIGKILL it ``kill.delay`` s into the chosen request."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.sync_child", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    seen: list[str] = []
    assert child.stdout is not None
    try:
        for line in child.stdout:
            seen.append(line.strip())
            if sum(1 for s in seen if s.startswith(kill.phase)) >= kill.at:
                time.sleep(kill.delay)
                child.send_signal(signal.SIGKILL)
                break
    finally:
        child.kill()
        _, err = child.communicate(timeout=60)
    assert child.returncode in (-signal.SIGKILL, 0), err
    return seen


def sales(session: Session, till_id: str) -> list[tuple[str, int]]:
    rows = session.execute(select(SaleRow.id, SaleRow.total).where(SaleRow.till_id == till_id))
    return sorted((row_id, total) for row_id, total in rows)


def ledger(session: Session) -> list[tuple[str, int]]:
    rows = session.execute(select(LedgerEntryRow.id, LedgerEntryRow.amount))
    return sorted((row_id, amount) for row_id, amount in rows)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_till_killed_while_syncing_loses_and_doubles_nothing(chain: Chain, seed: int) -> None:
    rng = random.Random(seed)
    shop = chain.shop
    killed = sold = 0
    for phase, round_no in ROUNDS:
        if phase == "push":
            count = rng.randint(10, 16)
            sell_some(shop, count)
            sold += count
        else:
            publish_some(chain.office, round_no, rng.randint(30, 50))
        kill = Kill(phase, rng.randint(1, 3), rng.uniform(0.0, 0.04))
        seen = run_and_kill(shop.path, kill)
        killed += not seen[-1].startswith("done")
    assert killed >= len(ROUNDS) - 1, "the kills should land while the worker is busy"

    till = open_till(shop.path, clock=shop.clock)
    shop.till = till
    till.sync.sync_once()
    assert till.sync.sync_once().pushed == 0
    till_id = till.context.till_id
    with chain.office.sessions() as office, till.uow() as uow:
        assert pending_count(uow.session, load_link(uow.session)) == 0
        at_till, at_office = sales(uow.session, till_id), sales(office, till_id)
        assert at_till == at_office and len(at_till) == sold
        assert ledger(uow.session) == ledger(office)
        count = select(func.count()).select_from(ProductRow)
        assert uow.session.scalar(count) == office.scalar(count)
        for card in chain.card_ids:
            state = fold(card, card_entries(uow.session, card))
            assert state == fold(card, card_entries(office, card))
            cached = uow.session.get(CardStateRow, card)
            assert cached is not None and cached.data == state.to_dict()
