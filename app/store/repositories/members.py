"""Members and cards: find a card by its number, add members and cards, block and replace cards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.domain.loyalty import CardProjection
from app.domain.members import Card, CardKind, CardStatus, Member
from app.store.base import table_of
from app.store.models import CardRow, CardStateRow, MemberRow
from app.store.plain_sql import convert, fetch_one, placeholder, result_processors

CARD_COLUMNS = (
    "id", "number", "member_id", "family", "status", "issued_at", "blocked_reason", "replaced_by_id", "kind",
)  # fmt: skip
# A scan's one read: the card, its member's name and birthday, and the card's cached balances (card_state).
HOLDER_SQL = (
    "SELECT "
    + ", ".join(f"c.{name}" for name in CARD_COLUMNS)
    + ", m.name, m.birthday, s.data FROM card c LEFT JOIN member m ON m.id = c.member_id"
    " LEFT JOIN card_state s ON s.card_id = c.id WHERE c.{key} = {mark}"
)


@dataclass(frozen=True, slots=True)
class CardHolder:
    """A card with what checkout needs of its holder: the member's name and birthday, the card's projection."""

    card: Card
    name: str
    birthday: date | None
    state: CardProjection


def to_member(row: MemberRow) -> Member:
    return Member(
        id=row.id,
        name=row.name,
        phone=row.phone,
        email=row.email,
        birthday=row.birthday,
        consent=row.consent,
    )


def to_card(row: CardRow) -> Card:
    return Card(
        id=row.id,
        number=row.number,
        member_id=row.member_id,
        family=row.family,
        status=CardStatus(row.status),
        issued_at=row.issued_at,
        blocked_reason=row.blocked_reason,
        replaced_by_id=row.replaced_by_id,
        kind=CardKind(row.kind),
    )


def read_holder(connection: Connection, *, number: str | None = None, card_id: str | None = None) -> CardHolder | None:
    """The card with this number (or id), its member and its projection, in one indexed query (a scan's
    hot path: plain SQL, no ORM objects)."""
    key, value = ("number", number) if number is not None else ("id", card_id)
    if value is None:
        raise ValueError("give a card number or a card id")
    dialect = connection.dialect
    row = fetch_one(connection, HOLDER_SQL.format(key=key, mark=placeholder(dialect)), (value,))
    if row is None:
        return None
    card = convert(row[: len(CARD_COLUMNS)], result_processors(dialect, table_of(CardRow), CARD_COLUMNS))
    name, birthday = convert(row[-3:-1], result_processors(dialect, table_of(MemberRow), ("name", "birthday")))
    (data,) = convert(row[-1:], result_processors(dialect, table_of(CardStateRow), ("data",)))
    values = dict(zip(CARD_COLUMNS, card, strict=True))
    return CardHolder(
        card=Card(
            id=values["id"],
            number=values["number"],
            member_id=values["member_id"],
            family=values["family"],
            status=CardStatus(values["status"]),
            issued_at=values["issued_at"],
            blocked_reason=values["blocked_reason"],
            replaced_by_id=values["replaced_by_id"],
            kind=CardKind(values["kind"]),
        ),
        name=name or "",
        birthday=birthday,
        state=CardProjection.from_dict(data) if data else CardProjection.empty(values["id"]),
    )


class MemberRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def card_by_number(self, number: str) -> Card | None:
        row = self._session.scalar(select(CardRow).where(CardRow.number == number))
        return to_card(row) if row is not None else None

    def card(self, card_id: str) -> Card | None:
        row = self._session.get(CardRow, card_id)
        return to_card(row) if row is not None else None

    def holder(self, *, number: str | None = None, card_id: str | None = None) -> CardHolder | None:
        """The card with this number (or id), its member and its projection (see ``read_holder``)."""
        return read_holder(self._session.connection(), number=number, card_id=card_id)

    def cards_of(self, member_id: str) -> list[Card]:
        rows = self._session.scalars(select(CardRow).where(CardRow.member_id == member_id).order_by(CardRow.issued_at))
        return [to_card(row) for row in rows]

    def member_row(self, member_id: str) -> MemberRow | None:
        return self._session.get(MemberRow, member_id)

    def member(self, member_id: str) -> Member | None:
        row = self._session.get(MemberRow, member_id)
        return to_member(row) if row is not None else None

    def add_member(self, member: Member, *, now: datetime, store_id: str | None, hlc: str = "") -> None:
        self._session.add(
            MemberRow(
                id=member.id,
                name=member.name,
                phone=member.phone,
                email=member.email,
                birthday=member.birthday,
                consent=member.consent,
                store_id=store_id,
                created_at=now,
                updated_at=now,
                hlc=hlc,
            )
        )

    def add_card(self, card: Card, hlc: str = "") -> None:
        self._session.add(
            CardRow(
                id=card.id,
                number=card.number,
                member_id=card.member_id,
                family=card.family,
                status=card.status.value,
                issued_at=card.issued_at,
                blocked_reason=card.blocked_reason,
                replaced_by_id=card.replaced_by_id,
                kind=card.kind.value,
                hlc=hlc,
            )
        )

    def set_card_status(
        self,
        card_id: str,
        status: CardStatus,
        *,
        reason: str | None = None,
        replaced_by_id: str | None = None,
        hlc: str | None = None,
    ) -> None:
        row = self._session.get(CardRow, card_id)
        if row is None:
            raise KeyError(card_id)
        row.status = status.value
        row.blocked_reason = reason
        if replaced_by_id is not None:
            row.replaced_by_id = replaced_by_id
        if hlc is not None:
            row.hlc = hlc

    def move_card(self, card_id: str, member_id: str, *, hlc: str) -> None:
        """Give a card to another member (when two members are merged)."""
        row = self._session.get(CardRow, card_id)
        if row is None:
            raise KeyError(card_id)
        row.member_id = member_id
        row.hlc = hlc

    def highest_number(self, low: str, high: str) -> str | None:
        """The highest card number from ``low`` to ``high`` (same-length digit strings sort as numbers)."""
        found = self._session.scalar(
            select(func.max(CardRow.number)).where(CardRow.number >= low, CardRow.number <= high)
        )
        return str(found) if found is not None else None

    def merged_into(self, member_id: str) -> list[str]:
        """Members that were merged into this one (their sales count as this member's)."""
        return list(self._session.scalars(select(MemberRow.id).where(MemberRow.merged_into_id == member_id)))

    def merged_into_id(self, member_id: str) -> str | None:
        row = self._session.get(MemberRow, member_id)
        return row.merged_into_id if row is not None else None
