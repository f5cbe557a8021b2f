"""The printer's cable pulled in the middle of a receipt: the sale is kept, the receipt waits, a reprint is whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from app.services.print_queue import PrintQueue
from app.services.printing import PrintOutput, PrintService
from app.services.receipt_layout import job_layout
from app.ui.receipt_words import wording
from hardware.printers.config import PrinterConfig
from hardware.printers.printer import ReceiptPrinter
from hardware.sim.network_printer import VirtualNetworkPrinter
from tests.helpers.shop import DemoShop, build_shop

WAIT = 5.0


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(tmp_path / "till.db")
    yield built
    built.till.close()


@pytest.fixture
def printer() -> Iterator[VirtualNetworkPrinter]:
    with VirtualNetworkPrinter() as sim:
        yield sim


def test_a_receipt_cut_off_mid_way_waits_and_reprints_whole(
    shop: DemoShop, printer: VirtualNetworkPrinter, tmp_path: Path, qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    context = shop.till.context
    config = PrinterConfig.from_mapping({"transport": "network", "address": printer.address, "timeout": 2.0})
    layout = job_layout(wording(context.language, context.currency, context.timezone), context.timezone)
    service = PrintService(
        PrintQueue(tmp_path / "spool", shop.clock), PrintOutput(ReceiptPrinter(config), layout), shop.till.uow, context
    )
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    for code in ("7290000000015", "7290000000022", "7290000000039"):
        checkout.scan(sale, code)
    checkout.add_payment(sale, Payment(TenderKind.CASH, Money(5000, "ILS")))
    record = checkout.complete(sale).record

    printer.drop_after(120)  # the connection goes after 120 bytes, as when the cable is pulled
    outcome = service.print_sale(record, "Dana")
    assert not outcome.printed and "lost in the middle of the receipt" in outcome.reason
    [torn] = printer.wait_for_jobs(1, WAIT)
    assert not torn.completed and torn.cuts == 0 and torn.drawer_kicks == []
    [waiting] = service.queue.pending()
    assert waiting.title == record.number and waiting.attempts == 1
    assert "kept in the queue" in caplog.text
    with shop.till.uow() as uow:
        assert uow.sales.by_number(record.number) is not None

    again = service.reprint(waiting.id)  # the cable is back
    assert again is not None and again.printed and again.waiting == 0
    whole = printer.wait_for_jobs(2, WAIT)[1]
    assert whole.completed and whole.cuts == 1 and record.number in whole.receipts[0].text
    assert whole.drawer_kicks == [], "a reprint never opens the drawer"
    assert service.queue.pending() == []
