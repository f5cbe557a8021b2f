"""Where checkout meets the loyalty engine: attach a card, re-price, check tenders, settle (returns: loyalty_returns).

Each open sale has a loyalty session here (its member, presented coupons, gift cards, last pricing). Pricing
works from the card's cached projection, so a scan costs the same whatever the card's history; settlement
reads the projection again inside the sale's write transaction, so what is spent is checked against the
newest balance on this till.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import Connection

from app.domain import loyalty
from app.domain.errors import DomainError, InvalidPayment
from app.domain.loyalty import Account, LedgerEntry, PresentedCoupon, Pricing
from app.domain.loyalty.earning import check_points_payment
from app.domain.loyalty.errors import UnknownCoupon, UnknownGiftCard
from app.domain.members import Card, CardKind, CardStatus
from app.domain.money import Money
from app.domain.phrase import Phrase, phrase
from app.domain.receipt import LoyaltyBlock, mask_card_number
from app.domain.sale import Sale, SaleRecord
from app.domain.tender import Payment, TenderKind
from app.services.context import Clock, TillContext
from app.services.loyalty_views import MemberView, block_to_json, loyalty_block, member_view
from app.store.repositories.members import read_holder
from app.store.uow import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)


class UnknownCard(DomainError):
    def __init__(self, masked: str) -> None:
        super().__init__(phrase("Errors", "card {card} is not known here", card=masked), card=masked)


class CardNotUsable(DomainError):
    """A blocked or replaced card; ``reason`` is what the shop wrote when it blocked it (free text)."""

    def __init__(self, masked: str, status: str, reason: str | None) -> None:
        said = (
            phrase("Errors", "card {card} is {status}: {reason}", card=masked, status=status, reason=reason)
            if reason
            else phrase("Errors", "card {card} is {status}", card=masked, status=status)
        )
        super().__init__(said, card=masked, status=status, reason=reason or "")


class SpendLimit(Protocol):
    """The offline spend policy: an extra ceiling on points for cards the office has not confirmed lately."""

    def limit_in(self, connection: Connection, card_id: str, now: datetime, account: str) -> int | None: ...


@dataclass
class _Holder:
    """A card (member or gift) with the facts the engine and the screen need."""

    card: Card
    state: loyalty.Member
    name: str = ""
    birthday: date | None = None


@dataclass
class _SaleLoyalty:
    member: _Holder | None = None
    coupons: dict[str, PresentedCoupon] = field(default_factory=dict)
    gift_cards: dict[str, _Holder] = field(default_factory=dict)
    pricing: Pricing | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class Settled:
    entries: tuple[LedgerEntry, ...]
    block: LoyaltyBlock | None
    stored: dict[str, Any] | None

    def documents(self) -> list[dict[str, Any]]:
        return [entry.to_dict() for entry in self.entries]


class LoyaltyGateway:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        context: TillContext,
        clock: Clock,
        spend_limit: SpendLimit | None = None,
    ) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._spend_limit = spend_limit
        self._sessions: dict[str, _SaleLoyalty] = {}
        self._programs: tuple[loyalty.Program, ...] | None = None

    # -- programs -------------------------------------------------------------------------------------------

    def programs(self) -> tuple[loyalty.Program, ...]:
        if self._programs is None:
            with self._uow() as uow:
                self._programs = tuple(uow.programs.latest())
        return self._programs

    def reload_programs(self) -> None:
        """Forget the cached programs (after a manager's edit or a sync pull)."""
        self._programs = None

    # -- cards ------------------------------------------------------------------------------------------------

    def _holder(
        self, connection: Connection, kind: CardKind, *, number: str | None = None, card_id: str = ""
    ) -> _Holder:
        """The usable card (by number, or by id) of this kind with its member and projection, in one read.

        Raises:
            UnknownCard: no card of this kind has the number.
            CardNotUsable: the card is blocked or replaced.
        """
        found = (
            read_holder(connection, number=number) if number is not None else read_holder(connection, card_id=card_id)
        )
        masked = mask_card_number(number) if number is not None else (found.card.masked if found else "")
        if found is None or found.card.kind is not kind:
            raise UnknownCard(masked)
        card = found.card
        if card.status is not CardStatus.ACTIVE:
            raise CardNotUsable(masked, card.status.value, card.blocked_reason)
        engine_card = loyalty.Card(id=card.id, family=card.family, birthday=found.birthday)
        return _Holder(
            card=card, state=loyalty.Member(engine_card, found.state), name=found.name, birthday=found.birthday
        )

    def read_member(self, number: str) -> tuple[_Holder, int | None]:
        """The database side of a card scan: the member card with this number, its holder and balances, and the
        offline spend ceiling that applies to it now.

        Raises:
            UnknownCard: no member card has this number.
            CardNotUsable: the card is blocked or replaced.
        """
        with self._uow.reading() as connection:
            holder = self._holder(connection, CardKind.MEMBER, number=number.strip())
            return holder, self._limit(connection, holder.card.id)

    def _session(self, sale: Sale) -> _SaleLoyalty:
        return self._sessions.setdefault(sale.id, _SaleLoyalty())

    def attach(self, sale: Sale, number: str) -> MemberView:
        """Attach a member card and re-price; an unknown or blocked card raises and changes nothing."""
        holder, limit = self.read_member(number)
        card = holder.card
        session = self._session(sale)
        previous = (session.member, session.limit, sale.card_id, sale.member_id)
        session.member, session.limit = holder, limit
        sale.card_id, sale.member_id = card.id, card.member_id
        try:
            self.reprice(sale)
        except DomainError:
            session.member, session.limit, sale.card_id, sale.member_id = previous
            self.reprice(sale)
            raise
        view = self.view_for_sale(sale)
        if view is None:
            raise UnknownCard(card.masked)
        return view

    def detach(self, sale: Sale) -> None:
        session = self._session(sale)
        session.member, session.limit = None, None
        sale.card_id = sale.member_id = None
        self.reprice(sale)

    def _limit(self, connection: Connection, card_id: str) -> int | None:
        if self._spend_limit is None:
            return None
        return self._spend_limit.limit_in(
            connection, card_id, self._clock(), str(Account.points(self._context.currency))
        )

    def forget(self, sale: Sale) -> None:
        """Drop the loyalty session of a sale that was completed, voided or parked."""
        self._sessions.pop(sale.id, None)

    # -- pricing ----------------------------------------------------------------------------------------------

    def reprice(self, sale: Sale) -> None:
        """Apply the loyalty discounts for the cart as it is now (cheap: no database access)."""
        session = self._session(sale)
        member = session.member.state if session.member else None
        if member is None and not session.coupons and not self.programs():
            sale.cart.set_program_adjustments(())
            session.pricing = None
            return
        pricing = loyalty.price_sale(
            sale.cart.priced_without_program(),
            member,
            self.programs(),
            self._clock(),
            coupons=tuple(session.coupons.values()),
            redeem_limit=session.limit,
        )
        sale.cart.set_program_adjustments(pricing.adjustments, priced=pricing.priced)
        session.pricing = pricing
        sale.program_versions = {p.id: p.version for p in pricing.programs}
        sale.program_versions.update({c.id: c.version for c in pricing.coupons})

    def view_for_sale(self, sale: Sale) -> MemberView | None:
        session = self._sessions.get(sale.id)
        if session is None or session.member is None or session.pricing is None:
            return None
        holder = session.member
        return member_view(
            member=holder.state,
            member_id=holder.card.member_id or "",
            member_name=holder.name,
            card_masked=holder.card.masked,
            pricing=session.pricing,
            now=self._clock(),
            timezone=self._context.timezone,
            birthday=holder.birthday,
            confirmed=session.limit is None,
        )

    def explanations(self, sale: Sale) -> tuple[Phrase, ...]:
        session = self._sessions.get(sale.id)
        return session.pricing.explanations if session and session.pricing else ()

    # -- coupons and gift cards -------------------------------------------------------------------------------

    def present_coupon(self, sale: Sale, code: str) -> Phrase:
        """Add a coupon code to the sale; returns the discount's explanation or raises why it does not apply."""
        with self._uow() as uow:
            coupon = uow.programs.coupon(code)
            if coupon is None:
                raise UnknownCoupon(code.strip())
            uses = uow.ledger.projection(coupon.id)
        session = self._session(sale)
        session.coupons[coupon.code] = PresentedCoupon(coupon, uses)
        self.reprice(sale)
        pricing = session.pricing
        rejected = [r for r in pricing.rejected_coupons if r.code == coupon.code] if pricing else []
        if rejected:
            del session.coupons[coupon.code]
            self.reprice(sale)
            raise rejected[0].error
        applied = [rule.explanation for rule in (pricing.applied if pricing else ()) if rule.source == coupon.source]
        if not applied:
            note = next((n for n in (pricing.notes if pricing else ()) if coupon.code in str(n)), None)
            return note or phrase("Loyalty", "coupon {code} gives nothing on these items", code=coupon.code)
        return applied[0]

    def coupon_codes(self, sale: Sale) -> list[str]:
        """The codes presented for this sale (kept when the sale is parked)."""
        session = self._sessions.get(sale.id)
        return sorted(session.coupons) if session else []

    def gift_payment(self, sale: Sale, number: str, amount: Money) -> Payment:
        """A gift card payment for ``amount`` (checked against the card's balance when the sale settles)."""
        with self._uow() as uow:
            try:
                holder = self._holder(uow.session.connection(), CardKind.GIFT, number=number.strip())
            except UnknownCard as error:
                raise UnknownGiftCard(mask_card_number(number.strip())) from error
        card = holder.card
        available = holder.state.state.balance(Account.gift(amount.currency), self._clock()).available
        if amount.minor > available:
            left = Money(max(available, 0), amount.currency)
            raise InvalidPayment(phrase("Reasons", "gift card {card} has {left} left", card=card.masked, left=left))
        self._session(sale).gift_cards[card.id] = holder
        return Payment(TenderKind.GIFT, amount, reference=card.id)

    def points_payment(self, sale: Sale, amount: Money) -> Payment:
        """A points payment for ``amount``, costing what the sale's bonus program says."""
        session = self._session(sale)
        bonus = session.pricing.bonus_program() if session.pricing else None
        if session.member is None or bonus is None:
            raise InvalidPayment(phrase("Reasons", "scan a member card with a points program first"))
        return Payment(TenderKind.POINTS, amount, points=loyalty.points_cost(bonus, amount))

    def check_tender(self, sale: Sale, payment: Payment) -> None:
        """Refuse points beyond what the card may pay now, and gift payments from cards not read."""
        session = self._session(sale)
        if payment.kind is TenderKind.POINTS:
            pricing = session.pricing
            bonus = pricing.bonus_program() if pricing else None
            if session.member is None or pricing is None or bonus is None:
                raise InvalidPayment(phrase("Reasons", "scan a member card with a points program first"))
            earlier = [p for p in sale.payments if p.kind is TenderKind.POINTS]
            check_points_payment(
                bonus,
                pricing.priced,
                [*earlier, payment],
                session.member.state.state,
                self._clock(),
                redeem_limit=session.limit,
            )
        elif payment.kind is TenderKind.GIFT and payment.reference not in session.gift_cards:
            raise InvalidPayment(phrase("Reasons", "read the gift card first"))

    # -- settlement -------------------------------------------------------------------------------------------

    def settle(self, uow: UnitOfWork, sale: Sale, record: SaleRecord) -> Settled:
        """Ledger entries of the completed sale, written in the caller's transaction with fresh balances."""
        session = self._sessions.get(sale.id) or _SaleLoyalty()
        pricing = session.pricing
        if pricing is None:
            return Settled((), None, None)
        member = self._fresh(uow, session.member) if session.member else None
        read = {member.card.id: member.state.state} if member is not None else {}
        birthday: list[LedgerEntry] = []
        if member is not None:
            birthday = loyalty.birthday_bonus(member.state, self.programs(), record.completed_at)
            if birthday:
                member = _Holder(
                    card=member.card,
                    state=loyalty.Member(member.state.card, loyalty.apply(member.state.state, birthday)),
                    name=member.name,
                    birthday=member.birthday,
                )
        gift_cards = {card_id: self._fresh(uow, holder).state for card_id, holder in session.gift_cards.items()}
        read.update((card_id, gift.state) for card_id, gift in gift_cards.items())
        coupons = [PresentedCoupon(p.coupon, uow.ledger.projection(p.coupon.id)) for p in session.coupons.values()]
        limit = self._limit(uow.session.connection(), member.card.id) if member else None
        settlement = loyalty.settle_sale(
            pricing,
            record.payments,
            member.state if member else None,
            record.completed_at,
            record.id,
            coupons=coupons,
            gift_cards=gift_cards,
            redeem_limit=limit,
            created_by=record.cashier_id,
        )
        entries = [*birthday, *settlement.entries]
        written = uow.ledger.append(
            entries, now=record.completed_at, store_id=record.store_id, till_id=record.till_id, read=read
        )
        block = None
        if settlement.receipt is not None:
            block = loyalty_block(
                settlement.receipt,
                card_masked=member.card.masked if member else "",
                member_name=member.name if member else None,
                confirmed=limit is None,
            )
        stored = {
            "shares": [share.to_dict() for share in settlement.shares],
            "earned": settlement.earned,
            "spent": settlement.spent,
            "block": block_to_json(block) if block else None,
            "explanations": {
                a.source: a.explanation.to_data() for a in record.adjustments if not a.explanation.is_literal
            },
        }
        return Settled(tuple(written), block, stored)

    def _fresh(self, uow: UnitOfWork, holder: _Holder) -> _Holder:
        """The holder read again inside the sale's transaction (its newest balance; blocked since it was read?)."""
        return self._holder(uow.session.connection(), holder.card.kind, card_id=holder.card.id)

    def finished(self, sale: Sale) -> None:
        self.forget(sale)
