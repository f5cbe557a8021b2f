"""A manual correction of a card's points or gift balance: a reason and a manager's PIN, audited, sent on."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.domain import loyalty
from app.domain.ids import HlcClock
from app.domain.loyalty import Account, LedgerEntry
from app.domain.member_errors import CardNotFound
from app.domain.members import CardStatus
from app.services.auth import Authenticator, Role, StaffMember
from app.services.context import Clock, TillContext
from app.services.member_outbox import queue_entries
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Adjusted:
    card_id: str
    account: Account
    amount: int
    balance: int
    approver: StaffMember
    entries: tuple[LedgerEntry, ...]


class PointAdjuster:
    def __init__(
        self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, hlc: HlcClock, auth: Authenticator
    ) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc
        self._auth = auth

    def adjust(
        self, card_id: str, amount: int, *, reason: str, actor_id: str, manager_pin: str, account: Account | None = None
    ) -> Adjusted:
        """Add (or, negative, take) ``amount`` (hundredths of a point, or minor units of a gift balance).

        The PIN is checked here, so no screen can write an adjustment without a manager.

        Raises:
            WrongPin, NotAllowed, AccountLocked: the PIN is not a manager's.
            CardNotFound, InvalidAdjustment (no reason, zero), InsufficientPoints (more taken than there is).
        """
        approver = self._auth.approve(manager_pin, role=Role.MANAGER)
        target = account or Account.points(self._context.currency)
        now = self._clock()
        stamp = self._hlc.now().encode()
        with self._uow(write=True) as uow:
            card = uow.members.card(card_id)
            if card is None:
                raise CardNotFound(card_id)
            state = uow.ledger.projection(card.id)
            holder = loyalty.Member(
                loyalty.Card(id=card.id, family=card.family, blocked=card.status is not CardStatus.ACTIVE), state
            )
            entries = loyalty.adjust(holder, target, amount, now, reason=reason.strip(), created_by=approver.id)
            written = uow.ledger.append(
                entries, now=now, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp
            )
            uow.audit.record(
                "points.adjusted",
                now=now,
                actor_id=actor_id,
                approver_id=approver.id,
                subject=card.id,
                details={"card": card.masked, "account": str(target), "amount": amount, "reason": reason.strip()},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            queue_entries(
                uow, written, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp, now=now
            )
            uow.commit()
            balance = uow.ledger.projection(card.id).balance(target, now).available
        log.info("card %s %s adjusted by %d (approved by %s)", card.masked, target, amount, approver.id)
        return Adjusted(card.id, target, amount, balance, approver, tuple(written))
