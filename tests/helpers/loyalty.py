"""The loyalty engine wired into checkout for sync tests: bonus points earned and spent through real sales.

The production gateway belongs to the services layer; this one does the minimum a sale needs (price, settle,
write the entries with ``app.sync.ledger.record_entries``), asking the offline spend policy for a ceiling.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.domain.loyalty import Card, LedgerEntry, Member, adjust, price_sale, program_from_dict, settle_sale
from app.domain.loyalty.ledger import Account
from app.domain.loyalty.presets import red_cube_bonus
from app.domain.loyalty.programs import Program
from app.domain.money import Money
from app.domain.sale import Sale, SaleRecord
from app.domain.tender import Payment, TenderKind
from app.office.catalog import publish_entries, publish_program
from app.office.service import Office
from app.services.checkout import CheckoutService
from app.services.loyalty_gateway import LoyaltyGateway
from app.store.models import CardRow, ProgramRow
from app.store.uow import UnitOfWork
from app.sync.ledger import projection, record_entries
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


class EngineGateway(LoyaltyGateway):
    """Prices and settles with the engine; points payments are held to the offline spend policy."""

    def __init__(self, shop: ChainTill, policy: OfflineSpendPolicy) -> None:
        till = shop.till
        super().__init__(till.uow, till.context, till.clock)
        self._shop = shop
        self.policy = policy

    def _member(self, uow: UnitOfWork, card_id: str) -> Member:
        card = uow.session.get(CardRow, card_id)
        assert card is not None
        return Member(Card(card.id, card.family, blocked=card.status != "active"), projection(uow.session, card_id))

    def _programs(self, uow: UnitOfWork) -> list[Program]:
        rows = uow.session.scalars(select(ProgramRow).where(ProgramRow.active))
        return [program_from_dict(row.data) for row in rows]

    def settle(self, uow: UnitOfWork, sale: Sale, record: SaleRecord) -> Sequence[Mapping[str, Any]]:
        if record.card_id is None:
            return []
        now = record.completed_at
        member = self._member(uow, record.card_id)
        limit = self.policy.limit_in(uow.session, record.card_id, now, str(POINTS))
        pricing = price_sale(sale.cart.priced(), member, self._programs(uow), now, redeem_limit=limit)
        done = settle_sale(
            pricing, record.payments, member, now, record.id, redeem_limit=limit, created_by=record.cashier_id
        )
        context = self._shop.till.context
        return record_entries(
            uow.session,
            done.entries,
            store_id=context.store_id,
            till_id=context.till_id,
            hlc=self._shop.till.hlc,
            now=now,
        )


def install_engine(shop: ChainTill) -> EngineGateway:
    till = shop.till
    policy = OfflineSpendPolicy(
        till.uow, till_id=till.context.till_id, currency=till.context.currency, timezone=till.context.timezone
    )
    gateway = EngineGateway(shop, policy)
    till.loyalty = gateway
    till.checkout = CheckoutService(till.uow, till.context, till.clock, gateway, till.hlc)
    return gateway


def pay_with_points(shop: ChainTill, barcodes: list[str], card: str, points_value: int) -> str:
    """A sale paid partly with points worth ``points_value`` minor units, the rest in cash."""
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    for code in barcodes:
        checkout.scan(sale, code)
    checkout.scan(sale, card)
    value = Money(points_value, sale.currency)
    checkout.add_payment(sale, Payment(TenderKind.POINTS, value, points=points_value * 100 // BONUS.point_value()))
    if sale.remaining.minor:
        checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
    return checkout.complete(sale).record.id
