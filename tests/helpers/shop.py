"""A small real shop on a temporary SQLite file: staff, products, a member with a card, an open shift."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.bootstrap import Till, open_database, open_till
from app.domain.catalog import Product, Unit
from app.domain.ids import new_id
from app.domain.loyalty import Program
from app.domain.members import Card, CardStatus, Member
from app.domain.money import Money
from app.services.auth import Role
from app.services.setup import ShopSettings, add_staff, create_shop

CASHIER_PIN = "1111"
MANAGER_PIN = "9999"


@dataclass
class SteppingClock:
    """A clock for tests: starts at a fixed UTC time and moves forward a little on every reading."""

    now: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    step: timedelta = timedelta(seconds=1)

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@dataclass
class DemoShop:
    till: Till
    clock: SteppingClock
    cashier_id: str
    manager_id: str
    products: dict[str, Product]
    card_number: str
    blocked_card_number: str
    path: Path


def product(
    sku: str,
    name: str,
    price: int,
    *,
    tax: int = 1800,
    unit: Unit = Unit.PIECE,
    plu: str | None = None,
    category: str | None = None,
    currency: str = "ILS",
) -> Product:
    return Product(
        id=new_id(),
        sku=sku,
        name=name,
        price=Money(price, currency),
        tax_rate_bp=tax,
        unit=unit,
        plu=plu,
        category=category,
    )


def build_shop(
    path: Path,
    *,
    currency: str = "ILS",
    open_shift: bool = True,
    programs: Sequence[Program] = (),
    family: str = "main",
    language: str = "en",
) -> DemoShop:
    clock = SteppingClock()
    engine, uow = open_database(path)
    create_shop(
        uow, ShopSettings(name="Kupa Test", currency=currency, timezone="Asia/Jerusalem", language=language), clock
    )
    cashier_id = add_staff(uow, "Dana", Role.CASHIER, CASHIER_PIN)
    manager_id = add_staff(uow, "Avi", Role.MANAGER, MANAGER_PIN)
    catalog = {
        "milk": (product("MILK1", "Milk 1L", 690, currency=currency), ["7290000000015"]),
        "bread": (product("BREAD", "Bread", 1250, currency=currency), ["7290000000022"]),
        "coffee": (product("COF", "Coffee", 1200, category="drinks", currency=currency), ["7290000000039"]),
        "book": (product("BOOK", "Book", 8990, tax=0, currency=currency), ["9780000000002"]),
        "cheese": (product("CHEESE", "Cheese by weight", 5990, unit=Unit.KILOGRAM, plu="12345", currency=currency), []),
        "cake": (product("CAKE", "Cake (price label)", 0, plu="23456", currency=currency), []),
    }
    card_number = "0400000000015"
    blocked_number = "0400000000022"
    now = clock()
    with uow() as work:
        work.catalog.add_category("drinks", "Drinks")
        work.session.flush()
        for prod, codes in catalog.values():
            work.catalog.add(prod, codes, now=now)
        member = Member(id=new_id(), name="Noa Levi", phone="+972500000000", birthday=date(1990, 5, 17))
        work.members.add_member(member, now=now, store_id=None)
        work.session.flush()
        work.members.add_card(
            Card(
                id=new_id(),
                number=card_number,
                member_id=member.id,
                family=family,
                status=CardStatus.ACTIVE,
                issued_at=now,
            )
        )
        work.members.add_card(
            Card(
                id=new_id(),
                number=blocked_number,
                member_id=member.id,
                family=family,
                status=CardStatus.BLOCKED,
                issued_at=now,
                blocked_reason="reported lost",
            )
        )
        for program in programs:
            work.programs.add(program, now=now)
        work.commit()
    engine.dispose()
    till = open_till(path, clock=clock)
    if open_shift:
        till.shifts.open(cashier_id, Money(50000, currency))
    return DemoShop(
        till=till,
        clock=clock,
        cashier_id=cashier_id,
        manager_id=manager_id,
        products={k: v[0] for k, v in catalog.items()},
        card_number=card_number,
        blocked_card_number=blocked_number,
        path=path,
    )
