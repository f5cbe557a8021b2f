"""What can go wrong when a manager issues, replaces, blocks or merges cards and members."""

from __future__ import annotations

from app.domain.errors import DomainError
from app.domain.receipt import mask_card_number


class CardNumberTaken(DomainError):
    """Card numbers are never reused, not even those of blocked or replaced cards."""

    def __init__(self, number: str) -> None:
        masked = mask_card_number(number)
        super().__init__(f"card number {masked} is already used", card=masked)


class NotACardNumber(DomainError):
    def __init__(self, number: str) -> None:
        masked = mask_card_number(number)
        super().__init__(f"{masked} is not a card number of this shop", card=masked)


class UnknownMember(DomainError):
    def __init__(self, member_id: str) -> None:
        super().__init__("that member is not known here", member_id=member_id)


class CardNotFound(DomainError):
    def __init__(self, card: str) -> None:
        super().__init__(f"card {card} is not known here", card=card)


class CardStatusRefused(DomainError):
    """A block, unblock or replacement that the card's status does not allow."""

    def __init__(self, card: str, status: str, reason: str) -> None:
        super().__init__(f"card {card} is {status}: {reason}", card=card, status=status, reason=reason)


class CannotMerge(DomainError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"these members cannot be merged: {reason}", reason=reason)


class AnswerRefused(DomainError):
    """An NPS answer that cannot be recorded (a sale answered already, a score outside 0-10)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"answer not recorded: {reason}", reason=reason)
