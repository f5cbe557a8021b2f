"""Where checkout meets the loyalty engine: card lookup, re-pricing, tender checks, settlement."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import DomainError, InvalidPayment
from app.domain.members import CardStatus
from app.domain.money import Money
from app.domain.receipt import mask_card_number
from app.domain.sale import Sale, SaleRecord
from app.domain.tender import Payment, TenderKind
from app.services.context import Clock, TillContext
from app.store.uow import UnitOfWork, UnitOfWorkFactory


class UnknownCard(DomainError):
    def __init__(self, masked: str) -> None:
        super().__init__(f"card {masked} is not known here", card=masked)


class CardNotUsable(DomainError):
    def __init__(self, masked: str, status: str, reason: str | None) -> None:
        text = f"card {masked} is {status}" + (f": {reason}" if reason else "")
        super().__init__(text, card=masked, status=status, reason=reason or "")


@dataclass(frozen=True, slots=True)
class MemberView:
    """What the member panel shows the moment a card is scanned."""

    card_id: str
    member_id: str
    card_masked: str
    member_name: str
    points: int = 0
    pending_points: int = 0
    gift_balance: Money | None = None
    tier: str | None = None
    next_tier: str | None = None
    to_next_tier: Money | None = None
    explanations: tuple[str, ...] = ()
    birthday_today: bool = False
    balance_confirmed: bool = True
    max_redeemable_points: int = 0
    extra: Mapping[str, Any] = field(default_factory=dict)


class LoyaltyGateway:
    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock

    def member_view(self, number: str) -> MemberView:
        masked = mask_card_number(number)
        with self._uow() as uow:
            card = uow.members.card_by_number(number)
            if card is None or card.member_id is None:
                raise UnknownCard(masked)
            if card.status is not CardStatus.ACTIVE:
                raise CardNotUsable(masked, card.status.value, card.blocked_reason)
            member = uow.members.member(card.member_id)
            name = member.name if member else ""
            member_id = card.member_id
        return MemberView(card_id=card.id, member_id=member_id, card_masked=card.masked, member_name=name)

    def view_for_sale(self, sale: Sale) -> MemberView | None:
        return None

    def view_after(self, record: SaleRecord) -> MemberView | None:
        return None

    def reprice(self, sale: Sale) -> None:
        sale.cart.set_program_adjustments(())

    def check_tender(self, sale: Sale, payment: Payment) -> None:
        if payment.kind in (TenderKind.POINTS, TenderKind.GIFT) and sale.card_id is None:
            raise InvalidPayment("scan the member card first")

    def settle(self, uow: UnitOfWork, sale: Sale, record: SaleRecord) -> Sequence[Mapping[str, Any]]:
        return []

    def reverse(self, uow: UnitOfWork, original: SaleRecord, refund: SaleRecord) -> Sequence[Mapping[str, Any]]:
        return []
