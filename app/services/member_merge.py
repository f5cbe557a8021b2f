"""Merging two members who are one person: the cards of one move to the other, who keeps them all."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.domain.ids import HlcClock
from app.domain.member_errors import CannotMerge, UnknownMember
from app.services.context import Clock, TillContext
from app.services.member_outbox import queue_member
from app.services.permissions import Act, require
from app.store.uow import UnitOfWorkFactory
from app.sync.members import edit_member

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Merged:
    kept_id: str
    merged_id: str
    cards_moved: int
    fields_filled: tuple[str, ...]


class MemberMerger:
    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, hlc: HlcClock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc

    def merge(self, keep_id: str, merge_id: str, *, by: str) -> Merged:
        """Move ``merge_id``'s cards (balances stay on each card) to ``keep_id``, fill the kept member's empty
        phone, e-mail and birthday from the other, and mark the other as merged (no longer found by search).

        Consent to messages is not carried over: only the kept member's own answer counts.

        Raises:
            UnknownMember, CannotMerge (the same member, or one merged already).
        """
        if keep_id == merge_id:
            raise CannotMerge("it is the same member")
        now = self._clock()
        with self._uow(write=True) as uow:
            require(uow, by, Act.MEMBER_MERGE)
            keep, other = uow.members.member(keep_id), uow.members.member(merge_id)
            if keep is None:
                raise UnknownMember(keep_id)
            if other is None:
                raise UnknownMember(merge_id)
            if uow.members.merged_into_id(keep_id) or uow.members.merged_into_id(merge_id):
                raise CannotMerge("one of them was merged into another member already")
            filled = {
                name: getattr(other, name)
                for name in ("phone", "email", "birthday")
                if getattr(keep, name) is None and getattr(other, name) is not None
            }
            cards = uow.members.cards_of(merge_id)
            for card in cards:
                uow.members.move_card(card.id, keep_id, hlc=self._hlc.now().encode())
            if filled:
                edit_member(uow.session, keep_id, filled, stamp=self._hlc.now().encode(), now=now)
            edit_member(uow.session, merge_id, {"merged_into_id": keep_id}, stamp=self._hlc.now().encode(), now=now)
            uow.audit.record(
                "member.merged",
                now=now,
                actor_id=by,
                subject=keep_id,
                details={"merged": merge_id, "cards": [c.masked for c in cards], "filled": sorted(filled)},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            queue_member(uow, keep_id, now)
            queue_member(uow, merge_id, now)
            uow.commit()
        log.info("member %s merged into %s (%d cards)", merge_id, keep_id, len(cards))
        return Merged(keep_id, merge_id, len(cards), tuple(sorted(filled)))
