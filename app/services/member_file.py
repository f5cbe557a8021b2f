"""A member's file for the manager: profile, cards with balances, each card's statement, and their sales."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain import loyalty
from app.domain.loyalty import Account, AccountKind, Program, TierStatus, tier_status
from app.domain.loyalty_statement import Statement, StatementLine, statement
from app.domain.member_errors import UnknownMember
from app.domain.members import Card, CardStatus, Member
from app.domain.money import Money
from app.services.context import Clock, TillContext
from app.store.repositories.history import SaleSummary
from app.store.uow import UnitOfWorkFactory


@dataclass(frozen=True, slots=True)
class EntryView:
    """A statement line with the names a person reads: the sale's receipt number and who made the entry."""

    line: StatementLine
    sale_number: str | None
    by: str | None


@dataclass(frozen=True, slots=True)
class CardFile:
    card: Card
    points: Statement
    entries: tuple[EntryView, ...]
    gift: Money | None
    stamps: dict[str, int]
    tiers: tuple[TierStatus, ...]


@dataclass(frozen=True, slots=True)
class MemberFile:
    member: Member
    created_at: datetime
    merged: tuple[str, ...]
    cards: tuple[CardFile, ...]
    sales: tuple[SaleSummary, ...]

    def card(self, card_id: str) -> CardFile | None:
        return next((c for c in self.cards if c.card.id == card_id), None)

    @property
    def active_card(self) -> CardFile | None:
        return next((c for c in self.cards if c.card.status is CardStatus.ACTIVE), None)


class MemberFiles:
    def __init__(
        self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, programs: Callable[[], Sequence[Program]]
    ) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._programs = programs

    def member_of_card(self, number: str) -> str | None:
        """The member holding the card with this number (a scan in the members screen)."""
        with self._uow() as uow:
            card = uow.members.card_by_number(number.strip())
            return card.member_id if card is not None else None

    def load(self, member_id: str) -> MemberFile:
        """Raises UnknownMember."""
        now = self._clock()
        currency = self._context.currency
        points = Account.points(currency)
        with self._uow() as uow:
            member = uow.members.member(member_id)
            if member is None:
                raise UnknownMember(member_id)
            row = uow.members.member_row(member_id)
            merged = tuple(uow.members.merged_into(member_id))
            cards = uow.members.cards_of(member_id)
            files = []
            for card in reversed(cards):
                state = uow.ledger.projection(card.id)
                entries = uow.ledger.entries_of(card.id)
                numbers = uow.history.numbers(e.sale_id for e in entries if e.sale_id)
                names = uow.history.staff_names(e.created_by for e in entries if e.created_by)
                account_statement = statement(entries, points, state, now)
                views = tuple(
                    EntryView(line, numbers.get(line.sale_id or ""), names.get(line.created_by or ""))
                    for line in account_statement.lines
                )
                gift = state.balance(Account.gift(currency), now)
                stamps = {
                    key.partition(":")[2]: state.balance(Account.parse(key), now).available
                    for key in state.lots
                    if Account.parse(key).kind is AccountKind.STAMPS
                }
                holder = loyalty.Member(loyalty.Card(id=card.id, family=card.family), state)
                tiers = tuple(
                    tier_status(p, holder.state, now, Money.zero(currency))
                    for p in self._programs()
                    if isinstance(p, loyalty.TierLadder) and p.serves(card.family) and p.currency == currency
                )
                files.append(
                    CardFile(
                        card=card,
                        points=account_statement,
                        entries=views,
                        gift=Money(gift.available, currency) if gift.available or gift.pending else None,
                        stamps=stamps,
                        tiers=tiers,
                    )
                )
            sales = uow.history.sales_of([member_id, *merged], [c.id for c in cards])
            created_at = row.created_at if row is not None else now
        return MemberFile(member=member, created_at=created_at, merged=merged, cards=tuple(files), sales=tuple(sales))
