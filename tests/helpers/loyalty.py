"""Loyalty for sync tests: the office publishes a bonus program and opening balances; tills earn and spend
points through real sales (the till's own gateway, with the offline spend policy bootstrap gives it)."""

from __future__ import annotations

from datetime import datetime

from app.domain.loyalty import Card, LedgerEntry, Member, adjust
from app.domain.loyalty.ledger import Account
from app.domain.loyalty.presets import red_cube_bonus
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from app.office.catalog import publish_entries, publish_program
from app.office.service import Office
from app.sync.ledger import projection
from app.sync.policy import OfflineSpendPolicy
from tests.helpers.chain import ChainTill

BONUS = red_cube_bonus("ILS")
POINTS = Account.points("ILS")


def publish_bonus(office: Office, now: datetime) -> None:
    with office.writing() as session:
        publish_program(
            session,
            {
                "id": BONUS.id,
                "version": BONUS.version,
                "family": BONUS.family,
                "kind": BONUS.KIND,
                "name": BONUS.name,
                "code": None,
                "data": BONUS.to_dict(),
                "active": True,
                "created_at": now,
                "created_by": None,
            },
            now,
        )


def office_credit(office: Office, card_id: str, points: int, now: datetime) -> list[LedgerEntry]:
    """Points given at the office (say, carried over from an old system): pulled by every till."""
    with office.writing() as session:
        member = Member(Card(card_id, BONUS.family), projection(session, card_id))
        entries = adjust(member, POINTS, points, now, reason="opening balance", created_by="office")
        publish_entries(session, entries, now)
    return entries


def policy_of(shop: ChainTill) -> OfflineSpendPolicy:
    """The same policy the till's checkout asks (bootstrap builds one per till)."""
    context = shop.till.context
    return OfflineSpendPolicy(
        shop.till.uow, till_id=context.till_id, currency=context.currency, timezone=context.timezone
    )


def pay_with_points(shop: ChainTill, barcodes: list[str], card: str, points_value: int) -> str:
    """A sale paid partly with points worth ``points_value`` minor units, the rest in cash."""
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    for code in barcodes:
        checkout.scan(sale, code)
    checkout.scan(sale, card)
    checkout.add_payment(sale, checkout.points_payment(sale, Money(points_value, sale.currency)))
    if sale.remaining.minor:
        checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
    return checkout.complete(sale).record.id
