"""Replacing a lost or damaged card: a new number for the same member, everything moved, the old card retired."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.domain import loyalty
from app.domain.ids import HlcClock, new_id
from app.domain.loyalty import Account, LedgerEntry
from app.domain.member_errors import CardNotFound, CardStatusRefused
from app.domain.members import Card, CardKind, CardStatus
from app.domain.receipt import mask_card_number
from app.services.card_numbers import claim_number, next_number
from app.services.context import Clock, TillContext
from app.services.member_outbox import queue_entries, queue_member
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReplacedCard:
    old: Card
    new: Card
    points_moved: int
    entries: tuple[LedgerEntry, ...]


class CardReplacer:
    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, hlc: HlcClock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc

    def replace(self, old_number: str, *, reason: str, by: str, new_number: str | None = None) -> ReplacedCard:
        """Issue a new card to the old card's member, move its balances, lots and spend, and mark the old one
        replaced (it can no longer be used; its number is never given out again).

        Raises:
            CardNotFound, CardStatusRefused (already replaced, or a gift card), NotACardNumber, CardNumberTaken,
            InvalidAdjustment (no reason).
        """
        now = self._clock()
        stamp = self._hlc.now().encode()
        with self._uow(write=True) as uow:
            old = uow.members.card_by_number(old_number.strip())
            if old is None:
                raise CardNotFound(mask_card_number(old_number.strip()))
            if old.kind is not CardKind.MEMBER or old.member_id is None:
                raise CardStatusRefused(old.masked, old.kind.value, "only member cards are replaced")
            if old.status is CardStatus.REPLACED:
                raise CardStatusRefused(old.masked, old.status.value, "it was replaced already")
            numbering = self._context.numbering
            number = claim_number(uow, numbering, new_number) if new_number else next_number(uow, numbering)
            new = Card(
                id=new_id(),
                number=number,
                member_id=old.member_id,
                family=old.family,
                status=CardStatus.ACTIVE,
                issued_at=now,
                kind=CardKind.MEMBER,
            )
            holder = loyalty.Member(loyalty.Card(id=old.id, family=old.family), uow.ledger.projection(old.id))
            entries = loyalty.transfer_card(holder, new.id, now, reason=reason, created_by=by)
            uow.members.add_card(new, hlc=stamp)
            uow.members.set_card_status(
                old.id, CardStatus.REPLACED, reason=reason.strip(), replaced_by_id=new.id, hlc=stamp
            )
            written = uow.ledger.append(
                entries, now=now, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp
            )
            uow.audit.record(
                "card.replaced",
                now=now,
                actor_id=by,
                subject=old.id,
                details={"old": old.masked, "new": new.masked, "reason": reason.strip(), "entries": len(written)},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            queue_member(uow, old.member_id, now)
            queue_entries(
                uow, written, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp, now=now
            )
            uow.commit()
        points = Account.points(self._context.currency)
        moved = sum(e.amount for e in written if e.card_id == new.id and e.account == points)
        log.info("card %s replaced by %s", old.masked, new.masked)
        return ReplacedCard(old=old, new=new, points_moved=moved, entries=tuple(written))
