"""Blocking a card (it can neither earn nor spend) and unblocking it again; both audited and sent to the office."""

from __future__ import annotations

import logging

from app.domain.ids import HlcClock
from app.domain.member_errors import CardNotFound, CardStatusRefused
from app.domain.members import Card, CardStatus
from app.services.context import Clock, TillContext
from app.services.member_outbox import queue_card
from app.services.permissions import Act, require
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


class CardBlocker:
    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, hlc: HlcClock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc

    def block(self, card_id: str, *, reason: str, by: str) -> Card:
        """Raises CardNotFound, CardStatusRefused (replaced already, or no reason given)."""
        return self._change(card_id, CardStatus.BLOCKED, reason.strip(), by)

    def unblock(self, card_id: str, *, by: str) -> Card:
        """Raises CardNotFound, CardStatusRefused (the card is not blocked)."""
        return self._change(card_id, CardStatus.ACTIVE, None, by)

    def _change(self, card_id: str, status: CardStatus, reason: str | None, by: str) -> Card:
        now = self._clock()
        with self._uow(write=True) as uow:
            require(uow, by, Act.CARD_BLOCK)
            card = uow.members.card(card_id)
            if card is None:
                raise CardNotFound(card_id)
            if card.status is CardStatus.REPLACED:
                raise CardStatusRefused(card.masked, card.status.value, "a replaced card stays retired")
            if status is CardStatus.BLOCKED and not reason:
                raise CardStatusRefused(card.masked, card.status.value, "say why it is blocked")
            if status is CardStatus.ACTIVE and card.status is not CardStatus.BLOCKED:
                raise CardStatusRefused(card.masked, card.status.value, "only a blocked card can be unblocked")
            uow.members.set_card_status(card.id, status, reason=reason, hlc=self._hlc.now().encode())
            uow.audit.record(
                "card.blocked" if status is CardStatus.BLOCKED else "card.unblocked",
                now=now,
                actor_id=by,
                subject=card.id,
                details={"card": card.masked, "reason": reason or ""},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            queue_card(uow, card.id, now)
            uow.commit()
            changed = uow.members.card(card.id)
        log.info("card %s is now %s", card.masked, status.value)
        assert changed is not None
        return changed
