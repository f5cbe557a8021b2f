"""A member's receipt prints in each shop language through the real path: the sale, the print service, ESC/POS
bytes over TCP to the virtual printer, and the paper it draws. Latin text stays text in the printer's code page;
Hebrew and Georgian, which no code page has, print as pictures; the loyalty block speaks the shop's language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from app.domain.loyalty import presets
from app.domain.tender import Payment, TenderKind
from app.services.print_queue import PrintQueue
from app.services.printing import PrintOutput, PrintService
from app.services.receipt_layout import job_layout
from app.ui.receipt_words import wording
from hardware.printers.config import PrinterConfig
from hardware.printers.printer import ReceiptPrinter
from hardware.sim.network_printer import VirtualNetworkPrinter
from hardware.sim.paper import Receipt
from tests.helpers.shop import DemoShop, build_shop

MILK, BREAD = "7290000000015", "7290000000022"


@pytest.fixture
def printer() -> Iterator[VirtualNetworkPrinter]:
    with VirtualNetworkPrinter() as sim:
        yield sim


def member_sale_printed(shop: DemoShop, sim: VirtualNetworkPrinter, spool: Path) -> Receipt:
    """Ring up milk and bread for the test member, pay cash, print the receipt; the paper the printer made."""
    till = shop.till
    context = till.context
    config = PrinterConfig.from_mapping({"transport": "network", "address": sim.address, "timeout": 2.0})
    words = wording(context.language, context.currency, context.timezone, encoding=config.encoding)
    output = PrintOutput(ReceiptPrinter(config), job_layout(words, context.timezone))
    service = PrintService(PrintQueue(spool, till.clock), output, till.uow, context)
    sale = till.checkout.start_sale(shop.cashier_id)
    till.checkout.scan(sale, MILK)
    till.checkout.scan(sale, BREAD)
    till.checkout.attach_card(sale, shop.card_number)
    till.checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
    done = till.checkout.complete(sale)
    before = len(sim.jobs)
    outcome = service.print_sale(done.record, "Dana", done.loyalty)
    assert outcome.printed, outcome.reason
    job = sim.wait_for_jobs(before + 1, timeout=10)[before]
    [receipt] = job.receipts
    return receipt


def shop_in(tmp_path: Path, language: str, currency: str) -> DemoShop:
    return build_shop(
        tmp_path / f"{language}.db",
        currency=currency,
        language=language,
        programs=(
            presets.red_cube_bonus(currency),
            presets.silver_gold_platinum(currency, family=presets.RED_CUBE),
        ),
        family=presets.RED_CUBE,
    )


def save(receipt: Receipt, sim: VirtualNetworkPrinter, tmp_path: Path, language: str) -> Image.Image:
    """The paper as a picture, kept in the test folder (and in $KUPA_ARTIFACTS, to look at)."""
    picture = receipt.image(sim.width_px)
    picture.save(tmp_path / f"receipt-{language}.png")
    artifacts = os.environ.get("KUPA_ARTIFACTS")
    if artifacts:
        Path(artifacts).mkdir(parents=True, exist_ok=True)
        picture.save(Path(artifacts) / f"receipt-{language}.png")
    with Image.open(tmp_path / f"receipt-{language}.png") as decoded:
        decoded.load()
        assert decoded.size == picture.size
        return decoded.copy()


def inked_rows(image: Image.Image) -> int:
    return int((np.asarray(image.convert("L")) < 128).any(axis=1).sum())


def test_an_english_member_receipt_is_all_text(qtbot: QtBot, tmp_path: Path, printer: VirtualNetworkPrinter) -> None:
    shop = shop_in(tmp_path, "en", "USD")
    receipt = member_sale_printed(shop, printer, tmp_path / "spool")
    text = receipt.text
    assert "Milk 1L" in text and "TOTAL" in text and "$" in text
    assert "Points earned" in text and "Points balance" in text
    assert "Red Cube bonus" in text, "the loyalty explanation is printed"
    assert receipt.rasters == []
    assert inked_rows(save(receipt, printer, tmp_path, "en")) > 200


def test_an_albanian_receipt_prints_e_and_c_as_code_page_text_in_whole_lek(
    qtbot: QtBot, tmp_path: Path, printer: VirtualNetworkPrinter
) -> None:
    shop = shop_in(tmp_path, "sq", "ALL")
    receipt = member_sale_printed(shop, printer, tmp_path / "spool")
    text = receipt.text
    assert "TOTALI" in text and "Pikë të fituara" in text and "Gjendja e pikëve" in text
    assert "Lekë" in text, "the lek sign is plain Latin: it prints as text"
    assert ",00" not in text, "lek are whole: no decimals on an Albanian receipt"
    assert receipt.rasters == [], "CP858 has ë and ç: nothing needs a picture"
    assert inked_rows(save(receipt, printer, tmp_path, "sq")) > 200


@pytest.mark.parametrize(("language", "currency", "total_word"), [("he", "ILS", 'סה"כ'), ("ka", "GEL", "სულ")])
def test_hebrew_and_georgian_receipts_print_their_words_as_pictures(
    qtbot: QtBot, tmp_path: Path, printer: VirtualNetworkPrinter, language: str, currency: str, total_word: str
) -> None:
    shop = shop_in(tmp_path, language, currency)
    receipt = member_sale_printed(shop, printer, tmp_path / "spool")
    assert total_word not in receipt.text, "no code page has these letters: they must not be sent as text"
    assert sum(r.height for r in receipt.rasters) > 400, "item lines, totals and the loyalty block are pictures"
    paper = save(receipt, printer, tmp_path, language)
    assert inked_rows(paper) > 300
    english = member_sale_printed(shop_in(tmp_path, "en", currency), printer, tmp_path / "spool-en")
    assert "Points balance" in english.text and "Points balance" not in receipt.text
