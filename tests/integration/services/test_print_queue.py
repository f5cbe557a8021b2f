"""The print queue keeps receipts and reports exactly, across a restart, until the printer took them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.money import Money
from app.domain.phrase import Percent, Phrase, Points, phrase
from app.domain.receipt import LoyaltyBlock
from app.domain.tender import Payment, TenderKind
from app.services.print_queue import JobKind, PrintQueue
from app.services.receipts import build_receipt
from tests.helpers.shop import DemoShop, build_shop


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(tmp_path / "till.db")
    yield built
    built.till.close()


def test_a_receipt_survives_the_queue_exactly_until_it_is_printed(shop: DemoShop, tmp_path: Path) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "7290000000015")
    checkout.scan(sale, "2512345012504")
    checkout.add_payment(sale, Payment(TenderKind.CARD, Money(1000, "ILS"), reference="123456789"))
    checkout.add_payment(sale, Payment(TenderKind.CASH, Money(10000, "ILS")))
    record = checkout.complete(sale).record
    earned = phrase(
        "Loyalty",
        "{name}: {points} points - {percent} of {amount}",
        name="Red Cube bonus",
        points=Points(1200),
        percent=Percent(1100),
        amount=Money(10900, "ILS"),
    )
    progress = phrase("Loyalty", "{ladder}: {progress}", ladder="Tiers", progress=phrase("Loyalty", "top tier"))
    loyalty = LoyaltyBlock(
        card_masked="****0015",
        member_name="Noa",
        tier="Gold",
        earned=12,
        spent=0,
        balance=340,
        explanations=(earned, progress, Phrase.literal("typed {by} hand")),
    )
    receipt = build_receipt(record, shop.till.context, cashier="Dana", loyalty=loyalty)

    queue = PrintQueue(tmp_path / "spool", shop.clock)
    job = queue.add_receipt(receipt, open_drawer=True)
    queue.failed(job.id, "the printer is out of paper")

    again = PrintQueue(tmp_path / "spool", shop.clock)  # as after a restart
    [kept] = again.pending()
    assert kept.kind is JobKind.RECEIPT and kept.title == record.number
    assert kept.attempts == 1 and kept.last_error == "the printer is out of paper"
    assert not kept.open_drawer  # a reprint never opens the drawer again
    assert kept.receipt == receipt, "the loyalty phrases keep their typed values, to be said in any language"
    assert kept.receipt.loyalty is not None
    assert str(kept.receipt.loyalty.explanations[0]) == "Red Cube bonus: 12 points - 11% of 109"
    again.printed(kept.id)
    assert again.pending() == [] and queue.pending() == []


def test_a_z_report_round_trips(shop: DemoShop, tmp_path: Path) -> None:
    report = shop.till.shifts.close(Money(50000, "ILS"), by=shop.cashier_id)
    queue = PrintQueue(tmp_path / "spool", shop.clock)
    job = queue.add_report(report, "Z 1")
    assert queue.get(job.id) is not None
    assert queue.get(job.id).report == report  # type: ignore[union-attr]


def test_an_unreadable_job_is_set_aside_with_a_warning(
    shop: DemoShop, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    queue = PrintQueue(tmp_path / "spool", shop.clock)
    (tmp_path / "spool" / "0190-bad.json").write_text("{not json", encoding="utf-8")
    assert queue.pending() == []
    assert (tmp_path / "spool" / "0190-bad.broken").exists()
    assert "cannot be read" in caplog.text
