"""Payments of a sale: cash with change, card, points and gift card, alone or split.

Only cash may be more than what is still due (the difference is change, given from that cash). Every other
tender must fit inside the amount still due: a card terminal, a points account or a gift balance never hands
money back. A refund is the same thing with negative amounts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.errors import CurrencyMismatch, InvalidPayment, NotFullyPaid, OverTender
from app.domain.ids import new_id
from app.domain.money import Money, total
from app.domain.phrase import phrase


class TenderKind(StrEnum):
    CASH = "cash"
    CARD = "card"
    POINTS = "points"
    GIFT = "gift"


@dataclass(frozen=True, slots=True)
class Payment:
    """One tender. ``points`` is how many points a points payment spends; ``reference`` a card slip or gift card."""

    kind: TenderKind
    amount: Money
    reference: str | None = None
    points: int = 0
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "amount": self.amount.minor,
            "reference": self.reference,
            "points": self.points,
        }

    @classmethod
    def from_dict(cls, data: Mapping[Any, Any], currency: str) -> Payment:
        return cls(
            kind=TenderKind(data["kind"]),
            amount=Money(int(data["amount"]), currency),
            reference=data["reference"],
            points=int(data["points"]),
            id=data["id"],
        )

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", new_id())
        if self.kind is TenderKind.POINTS and self.points <= 0 < self.amount.minor:
            raise InvalidPayment(phrase("Reasons", "a points payment must say how many points it spends"))
        if self.kind is not TenderKind.POINTS and self.points:
            raise InvalidPayment(phrase("Reasons", "only a points payment spends points"))


def paid(payments: Sequence[Payment], currency: str) -> Money:
    return total((p.amount for p in payments), currency)


def remaining_due(due: Money, payments: Sequence[Payment]) -> Money:
    """What is still to pay (never below zero; change is separate)."""
    rest = due - paid(payments, due.currency)
    return rest if rest.minor > 0 else Money.zero(due.currency)


def check_payment(due: Money, payments: Sequence[Payment], new: Payment) -> None:
    """Raise unless ``new`` may be added to ``payments`` for a sale of ``due`` (positive for a sale).

    Raises:
        CurrencyMismatch: the payment is not in the sale's currency.
        InvalidPayment: zero or negative amount, or the sale is already paid.
        OverTender: a non-cash tender larger than what is still due.
    """
    if new.amount.currency != due.currency:
        raise CurrencyMismatch(due.currency, new.amount.currency)
    if new.amount.minor <= 0:
        raise InvalidPayment(phrase("Reasons", "the amount must be more than zero"))
    rest = remaining_due(due, payments)
    if rest.minor == 0:
        raise InvalidPayment(phrase("Reasons", "the sale is already paid"))
    if new.kind is not TenderKind.CASH and new.amount > rest:
        raise OverTender(new.kind.value, new.amount, rest)


def change_due(due: Money, payments: Sequence[Payment]) -> Money:
    """Cash to hand back: what was paid beyond the total, which can only come from cash."""
    over = paid(payments, due.currency) - due
    return over if over.minor > 0 else Money.zero(due.currency)


def check_settled(due: Money, payments: Sequence[Payment]) -> Money:
    """Raise ``NotFullyPaid`` unless the payments cover ``due``; return the change."""
    rest = remaining_due(due, payments)
    if rest.minor > 0:
        raise NotFullyPaid(rest)
    change = change_due(due, payments)
    cash = paid([p for p in payments if p.kind is TenderKind.CASH], due.currency)
    if change > cash:
        raise InvalidPayment(phrase("Reasons", "change can only be given from cash"))
    return change
