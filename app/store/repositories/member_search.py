"""Finding members by name, phone or card number through indexed prefix lookups (a million members, milliseconds)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from app.domain.search_terms import digits, name_words, phone_query
from app.store.models import CardRow, MemberRow, MemberWordRow
from app.store.models.search import PHONE_MARK

MIN_DIGITS = 4
# The highest code point: every word starting with a prefix sorts below prefix + this (binary collation).
TOP = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class CardBrief:
    id: str
    number: str
    status: str
    kind: str
    family: str


@dataclass(frozen=True, slots=True)
class MemberHit:
    """A member found by a search, with their cards (newest first)."""

    member_id: str
    name: str
    phone: str | None
    email: str | None
    birthday: date | None
    consent: bool
    cards: tuple[CardBrief, ...]

    def __repr__(self) -> str:
        return f"MemberHit(member_id={self.member_id!r})"


class MemberSearch:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._binary = session.get_bind().dialect.name == "sqlite"

    def _prefix(self, column: InstrumentedAttribute[str], prefix: str, top: str = TOP) -> ColumnElement[bool]:
        """``column`` starts with ``prefix``: a range on SQLite (binary order, uses the index), LIKE elsewhere."""
        if self._binary:
            return and_(column >= prefix, column < prefix + top)
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column.like(escaped + "%", escape="\\")

    def find(self, text: str, limit: int = 50) -> list[MemberHit]:
        """Members matching ``text``: words of the name (each a prefix of a word), or, for digits, the end of
        the phone number and the start of a card number. Merged-away members are not found."""
        needle = text.strip()
        if not needle:
            return []
        if any(char.isalpha() for char in needle):
            return self.load(self._by_words(name_words(needle), limit))
        number = digits(needle)
        if len(number) < MIN_DIGITS:
            return []
        found = self._by_card(number, limit)
        for member_id in self._by_phone(needle, limit):
            if member_id not in found:
                found.append(member_id)
        return self.load(found[:limit])

    def _by_words(self, words: Sequence[str], limit: int) -> list[str]:
        if not words:
            return []
        ordered = sorted(words, key=len, reverse=True)
        first = aliased(MemberWordRow)
        query = select(first.member_id).where(self._prefix(first.word, ordered[0]))
        for word in ordered[1:]:
            other = aliased(MemberWordRow)
            query = query.join(other, and_(other.member_id == first.member_id, self._prefix(other.word, word)))
        rows = self._session.scalars(query.order_by(first.word, first.member_id).limit(limit * 2))
        return list(dict.fromkeys(rows))[:limit]

    def _by_phone(self, text: str, limit: int) -> list[str]:
        key = phone_query(text)
        if len(key) < MIN_DIGITS:
            return []
        rows = self._session.scalars(
            select(MemberWordRow.member_id)
            .where(self._prefix(MemberWordRow.word, PHONE_MARK + key, ":"))
            .order_by(MemberWordRow.word)
            .limit(limit)
        )
        return list(dict.fromkeys(rows))

    def _by_card(self, number: str, limit: int) -> list[str]:
        rows = self._session.scalars(
            select(CardRow.member_id)
            .where(self._prefix(CardRow.number, number, ":"), CardRow.member_id.is_not(None))
            .order_by(CardRow.number)
            .limit(limit)
        )
        return [member_id for member_id in dict.fromkeys(rows) if member_id is not None]

    def load(self, member_ids: Sequence[str]) -> list[MemberHit]:
        """The members with these ids, in this order, each with their cards."""
        if not member_ids:
            return []
        # Plain columns, not ORM entities: a search is read-only and this is its hot path (bench/search.py).
        members = {
            row.id: row
            for row in self._session.execute(
                select(
                    MemberRow.id,
                    MemberRow.name,
                    MemberRow.phone,
                    MemberRow.email,
                    MemberRow.birthday,
                    MemberRow.consent,
                ).where(MemberRow.id.in_(member_ids), MemberRow.merged_into_id.is_(None))
            )
        }
        cards: dict[str, list[CardBrief]] = {}
        for card in self._session.execute(
            select(CardRow.id, CardRow.number, CardRow.status, CardRow.kind, CardRow.family, CardRow.member_id)
            .where(CardRow.member_id.in_(list(members)))
            .order_by(CardRow.issued_at.desc())
        ):
            if card.member_id is not None:
                brief = CardBrief(card.id, card.number, card.status, card.kind, card.family)
                cards.setdefault(card.member_id, []).append(brief)
        return [
            MemberHit(
                member_id=row.id,
                name=row.name,
                phone=row.phone,
                email=row.email,
                birthday=row.birthday,
                consent=row.consent,
                cards=tuple(cards.get(row.id, ())),
            )
            for member_id in member_ids
            if (row := members.get(member_id)) is not None
        ]
