"""Loyalty errors named for the business, each with the facts behind it in ``params``."""

from __future__ import annotations

from datetime import date

from app.domain.errors import DomainError
from app.domain.money import Money
from app.domain.phrase import Phrase, Points, phrase


class InvalidProgram(DomainError, ValueError):
    """A program or coupon as a manager entered it cannot work; ``field`` names what to correct."""

    def __init__(self, what: str, field: str, reason: Phrase) -> None:
        """``what`` is the program's name, ``field`` its data key (the label the manager sees in the form) and
        ``reason`` a phrase that follows it, so the screen says the reason in its language and logs read English."""
        super().__init__(
            phrase("Errors", "{what}: {field} {reason}", what=what, field=field, reason=reason),
            what=what,
            field=field,
            reason=reason,
        )


class CardBlocked(DomainError):
    def __init__(self, card_id: str) -> None:
        super().__init__(phrase("Errors", "this card is blocked; it cannot earn or spend"), card_id=card_id)


class InsufficientPoints(DomainError):
    def __init__(self, wanted: int, available: int) -> None:
        """Points in hundredths."""
        super().__init__(
            phrase(
                "Errors",
                "the card has {available} points available; {wanted} were asked for",
                available=Points(available),
                wanted=Points(wanted),
            ),
            wanted=wanted,
            available=available,
        )


class BelowMinimumBalance(DomainError):
    def __init__(self, available: int, minimum: int) -> None:
        """Points in hundredths."""
        super().__init__(
            phrase(
                "Errors",
                "points can be spent from a balance of {minimum}; the card has {available}",
                minimum=Points(minimum),
                available=Points(available),
            ),
            available=available,
            minimum=minimum,
        )


class ReceiptTooSmall(DomainError):
    def __init__(self, what: Phrase, total: Money, minimum: Money) -> None:
        super().__init__(
            phrase(
                "Errors",
                "{what} needs a receipt of at least {minimum}; this one is {total}",
                what=what,
                minimum=minimum,
                total=total,
            ),
            what=what,
            total=total,
            minimum=minimum,
        )


class CapExceeded(DomainError):
    """A points payment is more than a limit allows: the program's cap, the payable goods, or the offline limit."""

    def __init__(self, asked: Money | Points, limit: Money | Points, reason: Phrase) -> None:
        super().__init__(
            phrase(
                "Errors",
                "at most {limit} may be paid with points here ({reason}); {asked} was asked",
                limit=limit,
                reason=reason,
                asked=asked,
            ),
            asked=asked,
            limit=limit,
            reason=reason,
        )


class PointsNotAccepted(DomainError):
    def __init__(self, reason: Phrase) -> None:
        super().__init__(phrase("Errors", "points cannot pay for this sale: {reason}", reason=reason), reason=reason)


class UnknownCoupon(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__(phrase("Errors", "coupon {code} is not known", code=code), code=code)


class CouponNotYetValid(DomainError):
    def __init__(self, code: str, valid_from: date) -> None:
        super().__init__(
            phrase("Errors", "coupon {code} can be used from {day}", code=code, day=valid_from),
            code=code,
            valid_from=valid_from,
        )


class CouponExpired(DomainError):
    def __init__(self, code: str, valid_until: date) -> None:
        super().__init__(
            phrase("Errors", "coupon {code} expired on {day}", code=code, day=valid_until),
            code=code,
            valid_until=valid_until,
        )


class CouponUsed(DomainError):
    def __init__(self, code: str, uses: int) -> None:
        super().__init__(
            phrase("Errors", "coupon {code} has already been used ({uses} of {uses})", code=code, uses=uses),
            code=code,
            uses=uses,
        )


class UnknownGiftCard(DomainError):
    def __init__(self, reference: str) -> None:
        super().__init__(phrase("Errors", "that gift card is not known"), reference=reference)


class GiftCardExpired(DomainError):
    def __init__(self, card_id: str, expired: Money) -> None:
        super().__init__(
            phrase("Errors", "the gift card's balance of {expired} has expired", expired=expired),
            card_id=card_id,
            expired=expired,
        )


class InsufficientGiftBalance(DomainError):
    def __init__(self, card_id: str, wanted: Money, available: Money) -> None:
        super().__init__(
            phrase(
                "Errors", "the gift card has {available}; {wanted} was asked for", available=available, wanted=wanted
            ),
            card_id=card_id,
            wanted=wanted,
            available=available,
        )


class InvalidGiftAmount(DomainError):
    def __init__(self, reason: Phrase) -> None:
        super().__init__(phrase("Errors", "gift card amount not accepted: {reason}", reason=reason), reason=reason)


class InsufficientStamps(DomainError):
    def __init__(self, wanted: int, available: int) -> None:
        super().__init__(
            phrase(
                "Errors", "the card has {available} stamps; {wanted} are needed", available=available, wanted=wanted
            ),
            wanted=wanted,
            available=available,
        )


class InvalidAdjustment(DomainError):
    def __init__(self, reason: Phrase) -> None:
        super().__init__(phrase("Errors", "adjustment not accepted: {reason}", reason=reason), reason=reason)


class ReturnExceedsSale(DomainError):
    def __init__(self, line_id: str, sold: int, returned: int) -> None:
        super().__init__(
            phrase("Errors", "more is being returned than was sold on this line"),
            line_id=line_id,
            sold=sold,
            returned=returned,
        )


class CouponWithdrawn(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__(phrase("Errors", "coupon {code} has been withdrawn by the shop", code=code), code=code)
