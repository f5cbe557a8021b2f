"""Who and where the till is (shop, till, currency, zone, language) and the clock it reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.domain.barcodes import BarcodeReader
from app.domain.cards import CardNumbering

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class TillContext:
    store_id: str
    store_code: str
    till_id: str
    till_code: str
    shop_name: str
    shop_address: str
    currency: str
    timezone: str
    language: str
    numbering: CardNumbering = field(default_factory=CardNumbering)
    barcodes: BarcodeReader = field(default_factory=BarcodeReader)
    receipt_footer: tuple[str, ...] = ()
