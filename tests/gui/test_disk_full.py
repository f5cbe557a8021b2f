"""The till's disk fills up while a customer pays: the cashier reads why, the sale stays on screen, then completes."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.store.models import SaleRow
from app.ui.dialogs.payment import PaymentDialog
from app.ui.window import TillWindow
from tests.gui.driver import TillDriver
from tests.helpers.shop import DemoShop, build_shop
from tests.helpers.tinydisk import TinyDisk

MILK, BREAD = "7290000000015", "7290000000022"


@pytest.fixture
def shop(tiny_disk: TinyDisk) -> Iterator[DemoShop]:
    built = build_shop(tiny_disk.path / "till.db")
    yield built
    built.till.close()


def stored_numbers(shop: DemoShop) -> list[str]:
    with shop.till.uow() as uow:
        return list(uow.session.scalars(select(SaleRow.number)))


def test_a_full_disk_is_explained_and_the_sale_stays_until_it_can_be_saved(
    till: TillDriver, window: TillWindow, shop: DemoShop, tiny_disk: TinyDisk, caplog: pytest.LogCaptureFixture
) -> None:
    till.start_selling()
    till.scan(MILK)
    till.scan(BREAD)
    till.scan(MILK)
    on_screen = till.lines()
    tiny_disk.fill()
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_Return, payment.amount)  # cash, the amount due: completes the sale
    till.wait(lambda: "disk is full" in payment.message.text())
    assert "sale stays open" in payment.message.text()
    assert payment.isVisible() and payment.complete_button.isEnabled()
    assert stored_numbers(shop) == []
    assert any(r.levelno == logging.WARNING and "SQLITE_FULL" in r.getMessage() for r in caplog.records)
    till.key(Qt.Key.Key_Escape, payment)  # back to the sale: every line is still there
    till.no_dialog()
    assert till.lines() == on_screen
    tiny_disk.free()
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_F12, payment)  # the cash taken before is still there: complete
    till.no_dialog()
    till.wait(lambda: till.lines() == [])
    assert len(stored_numbers(shop)) == 1
