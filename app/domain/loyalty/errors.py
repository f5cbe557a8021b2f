"""Loyalty errors named for the business, each with the facts behind it in ``params``."""

from __future__ import annotations

from app.domain.errors import DomainError


class InvalidProgram(DomainError, ValueError):
    """A program or coupon as a manager entered it cannot work; ``field`` names what to correct."""

    def __init__(self, what: str, field: str, reason: str) -> None:
        super().__init__(f"{what}: {field} {reason}", what=what, field=field, reason=reason)


class CardBlocked(DomainError):
    def __init__(self, card_id: str) -> None:
        super().__init__("this card is blocked; it cannot earn or spend", card_id=card_id)


class InsufficientPoints(DomainError):
    def __init__(self, wanted: str, available: str) -> None:
        super().__init__(
            f"the card has {available} points available; {wanted} were asked for", wanted=wanted, available=available
        )


class BelowMinimumBalance(DomainError):
    def __init__(self, available: str, minimum: str) -> None:
        super().__init__(
            f"points can be spent from a balance of {minimum}; the card has {available}",
            available=available,
            minimum=minimum,
        )


class ReceiptTooSmall(DomainError):
    def __init__(self, what: str, total: str, minimum: str) -> None:
        super().__init__(
            f"{what} needs a receipt of at least {minimum}; this one is {total}",
            what=what,
            total=total,
            minimum=minimum,
        )


class CapExceeded(DomainError):
    """A points payment is more than a limit allows: the program's cap, the payable goods, or the offline limit."""

    def __init__(self, asked: str, limit: str, reason: str) -> None:
        super().__init__(
            f"at most {limit} may be paid with points here ({reason}); {asked} was asked",
            asked=asked,
            limit=limit,
            reason=reason,
        )


class PointsNotAccepted(DomainError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"points cannot pay for this sale: {reason}", reason=reason)


class UnknownCoupon(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__(f"coupon {code} is not known", code=code)


class CouponNotYetValid(DomainError):
    def __init__(self, code: str, valid_from: str) -> None:
        super().__init__(f"coupon {code} can be used from {valid_from}", code=code, valid_from=valid_from)


class CouponExpired(DomainError):
    def __init__(self, code: str, valid_until: str) -> None:
        super().__init__(f"coupon {code} expired on {valid_until}", code=code, valid_until=valid_until)


class CouponUsed(DomainError):
    def __init__(self, code: str, uses: int) -> None:
        super().__init__(f"coupon {code} has already been used ({uses} of {uses})", code=code, uses=uses)


class UnknownGiftCard(DomainError):
    def __init__(self, reference: str) -> None:
        super().__init__("that gift card is not known", reference=reference)


class GiftCardExpired(DomainError):
    def __init__(self, card_id: str, expired: str) -> None:
        super().__init__(f"the gift card's balance of {expired} has expired", card_id=card_id, expired=expired)


class InsufficientGiftBalance(DomainError):
    def __init__(self, card_id: str, wanted: str, available: str) -> None:
        super().__init__(
            f"the gift card has {available}; {wanted} was asked for",
            card_id=card_id,
            wanted=wanted,
            available=available,
        )


class InvalidGiftAmount(DomainError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"gift card amount not accepted: {reason}", reason=reason)


class InsufficientStamps(DomainError):
    def __init__(self, wanted: int, available: int) -> None:
        super().__init__(f"the card has {available} stamps; {wanted} are needed", wanted=wanted, available=available)


class InvalidAdjustment(DomainError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"adjustment not accepted: {reason}", reason=reason)


class ReturnExceedsSale(DomainError):
    def __init__(self, line_id: str, sold: int, returned: int) -> None:
        super().__init__(
            "more is being returned than was sold on this line", line_id=line_id, sold=sold, returned=returned
        )


class CouponWithdrawn(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__(f"coupon {code} has been withdrawn by the shop", code=code)
