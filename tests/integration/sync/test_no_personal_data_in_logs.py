"""Every log record of a day's work (a member's card issued, sales, a refused card, an adjustment, an edit, a sync
round) at DEBUG: none holds a phone number, an e-mail, a birthday or a whole card number."""

from __future__ import annotations

import logging
import queue
import re
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.domain.loyalty import presets
from app.domain.member_profile import MemberProfile
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from app.services.auth import Role
from app.services.loyalty_gateway import CardNotUsable, UnknownCard
from app.services.setup import add_staff
from hardware.readers.magstripe import CardNumberRules, TrackChoice
from hardware.readers.ports import PortSpec
from hardware.readers.serial_reader import MagstripeFrames, SerialReader, SerialSettings
from hardware.scan import Scan
from hardware.sim.scanner import VirtualScanner
from tests.helpers.chain import BARCODES, CARD_NUMBERS, ChainTill, new_till
from tests.helpers.manager import manager_services
from tests.helpers.shop import SteppingClock
from tests.integration.sync.conftest import RunningOffice

PROFILE = MemberProfile("Dana Mizrahi", "050-7654321", "dana.mizrahi@example.com", date(1988, 2, 3), True)
EDITED = MemberProfile("Dana Mizrahi", "052-1112233", "dana.m@example.org", date(1988, 2, 3), True)
SEEDED_PHONES = tuple(f"+97250000000{i}" for i in range(3))


class Everything(logging.Handler):
    """Keeps every record, whatever its level, from the loggers it is attached to."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def everything() -> Iterator[Everything]:
    handler = Everything()
    loggers = [logging.getLogger(name) for name in ("app", "hardware")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
        lg.addHandler(handler)
    try:
        yield handler
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)


def texts(record: logging.LogRecord) -> list[str]:
    found = [record.getMessage(), repr(record.args), str(record.msg)]
    if record.exc_info and record.exc_info[1] is not None:
        found.append(repr(record.exc_info[1]))
    if record.exc_text:
        found.append(record.exc_text)
    return found


def forbidden(also: list[str]) -> list[str]:
    words = [*also, *SEEDED_PHONES]
    for profile in (PROFILE, EDITED):
        assert profile.phone and profile.email and profile.birthday
        words += [profile.phone, re.sub(r"\D", "", profile.phone), profile.email, profile.birthday.isoformat()]
        words += ["+972" + re.sub(r"\D", "", profile.phone)[1:], profile.birthday.strftime("%d/%m/%Y")]
    return words


def swipe(number: str) -> str:
    """The number as a magstripe reader on a serial port reads it (Track 1 carries the holder's name)."""
    scans: queue.Queue[Scan] = queue.Queue()
    rules = CardNumberRules(choice=TrackChoice.TRACK2_FIRST, with_lrc=True)
    with VirtualScanner() as device:
        reader = SerialReader(SerialSettings(PortSpec(device=device.path), name="msr"), MagstripeFrames(rules))
        reader.start(scans.put, lambda _status: None, lambda _reason: None)
        try:
            time.sleep(0.2)
            device.swipe(number, name="Mizrahi/Dana", with_lrc=True)
            return scans.get(timeout=5).text
        finally:
            reader.stop()


def test_a_days_work_logs_no_personal_data(
    tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock, everything: Everything
) -> None:
    shop: ChainTill = new_till(tmp_path / "till.db", 1, sqlite_office.office, sqlite_office.url, clock)
    try:
        shop.till.sync.sync_once()
        shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
        manager_id = add_staff(shop.till.uow, "Avi", Role.MANAGER, "9999")
        manager = manager_services(shop.till, tmp_path / "cards")
        issued = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.cashier_id, profile=PROFILE)
        swiped = swipe(issued.card.number)  # through a real magstripe reader on a pty
        shop.sell(BARCODES[:3], card=swiped)
        shop.sell(BARCODES[1:2], card=CARD_NUMBERS[0])
        checkout = shop.till.checkout
        sale = checkout.start_sale(shop.cashier_id)
        checkout.scan(sale, BARCODES[0])
        with pytest.raises(UnknownCard):
            checkout.scan(sale, "0400000009995")
        manager.blocker.block(issued.card.id, reason="lent to a friend", by=manager_id)
        with pytest.raises(CardNotUsable):
            checkout.scan(sale, issued.card.number)
        checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
        checkout.complete(sale)
        manager.blocker.unblock(issued.card.id, by=manager_id)
        manager.adjuster.adjust(issued.card.id, 700, reason="goodwill", actor_id=shop.cashier_id, manager_pin="9999")
        manager.editor.edit(issued.member.id, EDITED, by=manager_id)
        shop.till.sync.sync_once()
        shop.till.sync.sync_once()
    finally:
        shop.till.close()
    records = everything.records
    names = {r.name for r in records}
    expected = {"app.services.checkout", "app.services.card_issue", "app.office.apply"}
    expected.add("hardware.readers.serial_reader")
    assert expected <= names, names
    assert any(r.levelno == logging.DEBUG and r.name.startswith("hardware") for r in records)
    words = forbidden(["Mizrahi", "0400000009995", issued.card.number, *CARD_NUMBERS])
    leaks = [(r.name, text, word) for r in records for text in texts(r) for word in words if word in text]
    assert leaks == []
    # The card is still named, masked: support can follow what happened to it.
    assert any(issued.card.number[-4:] in r.getMessage() for r in records)
