"""Issuing a gift card outside a sale (a goodwill gesture, a prize): a card of kind gift loaded with money."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from app.domain import loyalty
from app.domain.ids import HlcClock, new_id
from app.domain.loyalty import GiftCardProgram, Program
from app.domain.loyalty.errors import InvalidAdjustment, InvalidGiftAmount
from app.domain.members import Card, CardKind, CardStatus
from app.domain.money import Money
from app.domain.phrase import phrase
from app.services.card_numbers import claim_number, next_number
from app.services.context import Clock, TillContext
from app.services.member_outbox import queue_card, queue_entries
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


class GiftCardIssuer:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        context: TillContext,
        clock: Clock,
        hlc: HlcClock,
        programs: Callable[[], Sequence[Program]],
    ) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc
        self._programs = programs

    def issue(self, amount: Money, *, reason: str, by: str, number: str | None = None) -> Card:
        """A new gift card holding ``amount`` under the shop's gift card program.

        Raises:
            InvalidGiftAmount (no gift card program, or outside its limits), InvalidAdjustment (no reason),
            NotACardNumber, CardNumberTaken.
        """
        now = self._clock()
        program = next(
            (
                p
                for p in self._programs()
                if isinstance(p, GiftCardProgram) and p.currency == amount.currency and p.is_live(now)
            ),
            None,
        )
        if program is None:
            raise InvalidGiftAmount(phrase("Reasons", "the shop has no gift card program in this currency"))
        if not reason.strip():
            raise InvalidAdjustment(phrase("Reasons", "say why the gift card is given"))
        stamp = self._hlc.now().encode()
        with self._uow(write=True) as uow:
            numbering = self._context.numbering
            card_number = claim_number(uow, numbering, number) if number else next_number(uow, numbering)
            card = Card(
                id=new_id(),
                number=card_number,
                member_id=None,
                family=program.family,
                status=CardStatus.ACTIVE,
                issued_at=now,
                kind=CardKind.GIFT,
            )
            uow.members.add_card(card, hlc=stamp)
            entry = loyalty.issue_gift_card(card.id, amount, program, now, created_by=by)
            written = uow.ledger.append(
                [entry], now=now, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp
            )
            uow.audit.record(
                "gift_card.issued",
                now=now,
                actor_id=by,
                subject=card.id,
                details={"card": card.masked, "amount": amount.minor, "reason": reason.strip()},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            queue_card(uow, card.id, now)
            queue_entries(
                uow, written, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp, now=now
            )
            uow.commit()
        log.info("gift card %s issued for %s", card.masked, amount)
        return card
