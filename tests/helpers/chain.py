"""A small chain for sync tests: an office with a catalog and members, and tills that register and sell."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.bootstrap import Till, open_database, open_till
from app.domain.catalog import Product
from app.domain.ids import new_id
from app.domain.loyalty.presets import RED_CUBE
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from app.office.catalog import publish_category, publish_member, publish_product
from app.office.service import Office
from app.services.auth import Role
from app.services.setup import ShopSettings, add_staff, create_shop
from app.sync.register import register_till
from tests.helpers.shop import SteppingClock, product

ROOT = Path(__file__).resolve().parents[2]
CARD_NUMBERS = ("0400000000015", "0400000000022", "0400000000039")
CATALOG: dict[str, tuple[Product, list[str]]] = {
    "milk": (product("MILK1", "Milk 1L", 690), ["7290000000015"]),
    "bread": (product("BREAD", "Bread", 1250), ["7290000000022"]),
    "coffee": (product("COF", "Coffee", 1200, category="drinks"), ["7290000000039"]),
    "book": (product("BOOK", "Book", 8990, tax=0), ["9780000000002"]),
}
BARCODES = [codes[0] for _p, codes in CATALOG.values()]


def seed_office(office: Office, now: datetime) -> list[str]:
    """Publish the catalog and one member per card number; returns the card ids."""
    card_ids = []
    with office.writing() as session:
        publish_category(session, "drinks", "Drinks", now)
        for prod, codes in CATALOG.values():
            publish_product(session, prod, codes, now)
        for i, number in enumerate(CARD_NUMBERS):
            member_id, card_id = new_id(), new_id()
            stamp = f"{int(now.timestamp() * 1000):015d}-00000-office"
            publish_member(
                session,
                {
                    "member": {
                        "id": member_id,
                        "name": f"Member {i}",
                        "phone": f"+97250000000{i}",
                        "email": None,
                        "birthday": date(1990, 1, 1 + i).isoformat(),
                        "consent": True,
                        "store_id": None,
                        "created_at": now.isoformat(),
                        "updated_at": now.isoformat(),
                        "hlc": stamp,
                    },
                    "cards": [
                        {
                            "id": card_id,
                            "number": number,
                            "member_id": member_id,
                            "family": RED_CUBE,
                            "status": "active",
                            "issued_at": now.isoformat(),
                            "hlc": stamp,
                        }
                    ],
                },
                now,
            )
            card_ids.append(card_id)
    return card_ids


@dataclass
class ChainTill:
    till: Till
    clock: SteppingClock
    cashier_id: str
    path: Path
    code: str

    def reopen(self) -> None:
        """Close and open the database again, as after the till process died and restarted."""
        self.till.close()
        self.till = open_till(self.path, clock=self.clock)

    def sell(self, barcodes: list[str], *, card: str | None = None) -> str:
        checkout = self.till.checkout
        sale = checkout.start_sale(self.cashier_id)
        for code in barcodes:
            checkout.scan(sale, code)
        if card is not None:
            checkout.scan(sale, card)
        checkout.add_payment(sale, Payment(TenderKind.CASH, Money(sale.due.minor, sale.currency)))
        return checkout.complete(sale).record.id


def new_till(
    path: Path,
    index: int,
    office: Office,
    office_url: str,
    clock: SteppingClock,
    *,
    publish_programs: bool | None = None,
) -> ChainTill:
    """A fresh till database in its own store, registered at the office (not yet synced, no shift); by default
    only the office's first till may publish programs."""
    engine, uow = open_database(path)
    settings = ShopSettings(
        name=f"Shop {index}",
        currency="ILS",
        timezone="Asia/Jerusalem",
        language="en",
        store_code=f"S{index}",
        till_code=f"T{index}",
    )
    create_shop(uow, settings, clock)
    cashier_id = add_staff(uow, f"Cashier {index}", Role.CASHIER, "1111")
    register_till(uow, office_url, office.enroll(publish_programs=publish_programs).code, clock=clock)
    engine.dispose()
    return ChainTill(till=open_till(path, clock=clock), clock=clock, cashier_id=cashier_id, path=path, code=f"T{index}")


class OfficeProcess:
    """The office as its own process (``python -m app office``), killed and restarted on the same port."""

    def __init__(self, db_url: str) -> None:
        self._db_url = db_url
        self.port = 0
        self._child: subprocess.Popen[str] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> OfficeProcess:
        command = [sys.executable, "-m", "app", "--log-level", "WARNING", "office", "--db", self._db_url]
        self._child = subprocess.Popen(
            [*command, "--port", str(self.port)], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        assert self._child.stdout is not None
        line = self._child.stdout.readline()
        assert "listening on" in line, f"the office did not start: {line!r}"
        self.port = int(line.rsplit(":", 1)[1])
        return self

    def kill(self) -> None:
        """SIGKILL: whatever the office was doing is lost, as in a crash."""
        if self._child is not None:
            self._child.kill()
            self._child.wait(30)
            if self._child.stdout is not None:
                self._child.stdout.close()
            self._child = None

    def stop(self) -> None:
        if self._child is not None:
            self._child.terminate()
            try:
                self._child.wait(30)
            finally:
                self.kill()
