"""Members and their cards as the till sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.receipt import mask_card_number


class CardStatus(StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    REPLACED = "replaced"


@dataclass(frozen=True, slots=True)
class Member:
    """A loyalty member. Phone, e-mail and birthday are personal data: never logged."""

    id: str
    name: str
    phone: str | None = None
    email: str | None = None
    birthday: date | None = None
    consent: bool = False

    def __repr__(self) -> str:
        return f"Member(id={self.id!r})"


class CardKind(StrEnum):
    MEMBER = "member"
    GIFT = "gift"


@dataclass(frozen=True, slots=True)
class Card:
    """A member's loyalty card, or a gift card (no member; its ledger holds a money balance)."""

    id: str
    number: str
    member_id: str | None
    family: str
    status: CardStatus
    issued_at: datetime
    blocked_reason: str | None = None
    replaced_by_id: str | None = None
    kind: CardKind = CardKind.MEMBER

    @property
    def masked(self) -> str:
        return mask_card_number(self.number)

    def __repr__(self) -> str:
        return f"Card(id={self.id!r}, number={self.masked!r}, status={self.status.value!r})"
