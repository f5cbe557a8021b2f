"""A full disk or a read-only database: the cashier is told in plain words, the sale waits, then completes once."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from app.domain.sale import Sale, SaleStatus
from app.domain.tender import Payment, TenderKind
from app.store.errors import DatabaseNotWritable, DiskFull
from app.store.models import LedgerEntryRow, OutboxRow, SaleRow
from tests.helpers.shop import DemoShop, build_shop
from tests.helpers.tinydisk import TinyDisk

MILK, BREAD = "7290000000015", "7290000000022"


@pytest.fixture
def shop(tiny_disk: TinyDisk) -> Iterator[DemoShop]:
    built = build_shop(tiny_disk.path / "till.db")
    yield built
    built.till.close()


def ring_up(shop: DemoShop) -> Sale:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    for _ in range(40):
        checkout.scan(sale, MILK)
    checkout.scan(sale, BREAD)
    checkout.scan(sale, shop.card_number)
    checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
    return sale


def stored(shop: DemoShop) -> tuple[int, int, int]:
    with shop.till.uow() as uow:
        return tuple(  # type: ignore[return-value]
            int(uow.session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (SaleRow, OutboxRow, LedgerEntryRow)
        )


def integrity(shop: DemoShop) -> str:
    with shop.till.uow() as uow:
        return str(uow.session.connection().exec_driver_sql("PRAGMA integrity_check").scalar())


def test_a_full_disk_keeps_the_sale_open_and_it_completes_once_space_is_freed(
    shop: DemoShop, tiny_disk: TinyDisk, caplog: pytest.LogCaptureFixture
) -> None:
    sale = ring_up(shop)
    lines, due = list(sale.cart.lines), sale.due
    before = stored(shop)
    assert tiny_disk.fill() > 0
    for _ in range(2):
        with pytest.raises(DiskFull) as full:
            shop.till.checkout.complete(sale)
        assert "disk is full" in full.value.message and "sale stays open" in full.value.message
        assert sale.status is SaleStatus.OPEN
        assert (list(sale.cart.lines), sale.due) == (lines, due)
    assert stored(shop) == before
    assert any(r.levelno == logging.WARNING and "SQLITE_FULL" in r.getMessage() for r in caplog.records)
    tiny_disk.free()
    done = shop.till.checkout.complete(sale)
    assert done.record.id == sale.id and len(done.record.lines) == 2
    sales, outbox, ledger = stored(shop)
    assert (sales, outbox) == (before[0] + 1, before[1] + 1) and ledger >= before[2]
    assert integrity(shop) == "ok"


def test_a_read_only_database_keeps_the_sale_open_and_it_completes_once_writable(
    shop: DemoShop, tiny_disk: TinyDisk, caplog: pytest.LogCaptureFixture
) -> None:
    sale = ring_up(shop)
    before = stored(shop)
    shop.till.uow.close()  # the scan's kept read connection holds the file open too
    shop.till.engine.dispose()
    tiny_disk.read_only()
    try:
        with pytest.raises(DatabaseNotWritable) as refused:
            shop.till.checkout.complete(sale)
        assert "cannot write to its database" in refused.value.message
        assert sale.status is SaleStatus.OPEN
    finally:
        shop.till.uow.close()
        shop.till.engine.dispose()
        tiny_disk.writable()
    assert any(r.levelno == logging.WARNING for r in caplog.records)
    assert stored(shop) == before
    done = shop.till.checkout.complete(sale)
    assert done.record.id == sale.id
    assert stored(shop)[:2] == (before[0] + 1, before[1] + 1)
    assert integrity(shop) == "ok"
