"""Issuing a member card: a new number, a new or existing member, the welcome bonus, all in one commit."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.domain import loyalty
from app.domain.ids import HlcClock, new_id
from app.domain.loyalty import Account, LedgerEntry, Program
from app.domain.member_errors import UnknownMember
from app.domain.member_profile import MemberProfile
from app.domain.members import Card, CardKind, CardStatus, Member
from app.services.card_numbers import claim_number, next_number
from app.services.context import Clock, TillContext
from app.services.member_outbox import queue_entries, queue_member
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IssuedCard:
    card: Card
    member: Member
    welcome_points: int
    entries: tuple[LedgerEntry, ...]


def card_families(programs: Sequence[Program]) -> list[str]:
    """Families a member card can belong to: those of the shop's programs (not gift cards, not "every card")."""
    return sorted({p.family for p in programs if p.family not in ("*", "gift") and p.KIND not in ("gift", "coupon")})


class CardIssuer:
    """``programs`` gives the live programs (the loyalty gateway's cache) for the welcome bonus."""

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

    def issue(
        self,
        *,
        family: str,
        issued_by: str,
        profile: MemberProfile | None = None,
        member_id: str | None = None,
        number: str | None = None,
    ) -> IssuedCard:
        """A card for a new member (``profile``) or an existing one (``member_id``).

        ``number`` is a pre-printed card's number; without it the next number of this till's block is used.

        Raises:
            UnknownMember, NotACardNumber, CardNumberTaken, CardNumbersExhausted.
        """
        if (profile is None) == (member_id is None):
            raise ValueError("give either a new member's profile or an existing member's id")
        now = self._clock()
        stamp = self._hlc.now().encode()
        with self._uow(write=True) as uow:
            if profile is not None:
                member = Member(
                    id=new_id(),
                    name=profile.name,
                    phone=profile.phone,
                    email=profile.email,
                    birthday=profile.birthday,
                    consent=profile.consent,
                )
                uow.members.add_member(member, now=now, store_id=self._context.store_id, hlc=stamp)
                uow.session.flush()
            else:
                assert member_id is not None
                found = uow.members.member(member_id)
                if found is None or uow.members.merged_into_id(member_id) is not None:
                    raise UnknownMember(member_id)
                member = found
            numbering = self._context.numbering
            card_number = claim_number(uow, numbering, number) if number else next_number(uow, numbering)
            card = Card(
                id=new_id(),
                number=card_number,
                member_id=member.id,
                family=family,
                status=CardStatus.ACTIVE,
                issued_at=now,
                kind=CardKind.MEMBER,
            )
            uow.members.add_card(card, hlc=stamp)
            engine_card = loyalty.Card(id=card.id, family=family, birthday=member.birthday)
            entries = uow.ledger.append(
                loyalty.issue_card(engine_card, self._programs(), now),
                now=now,
                store_id=self._context.store_id,
                till_id=self._context.till_id,
                hlc=stamp,
            )
            uow.audit.record(
                "card.issued",
                now=now,
                actor_id=issued_by,
                subject=card.id,
                details={"card": card.masked, "member": member.id, "family": family, "new_member": profile is not None},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            queue_member(uow, member.id, now)
            queue_entries(
                uow, entries, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp, now=now
            )
            uow.commit()
        points = sum(e.amount for e in entries if e.account == Account.points(self._context.currency))
        log.info("card %s issued to member %s", card.masked, member.id)
        return IssuedCard(card=card, member=member, welcome_points=points, entries=tuple(entries))
