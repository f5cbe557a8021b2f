"""Errors named for the business; each carries a plain-words message for the person at the till.

Every error has ``params`` (the facts behind the message) so the UI can show a translated sentence built from
the same facts; ``str(error)`` is the English sentence.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule of the shop was broken; nothing was changed."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    @property
    def code(self) -> str:
        return type(self).__name__


class InvalidAmount(DomainError, ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)


class CurrencyMismatch(DomainError):
    def __init__(self, expected: str, got: str) -> None:
        super().__init__(f"amount in {got} where {expected} is expected", expected=expected, got=got)


class UnknownBarcode(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__(f"no product has barcode {code}", barcode=code)


class MalformedBarcode(DomainError):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(f"barcode {code!r} cannot be read: {reason}", barcode=code, reason=reason)


class InvalidQuantity(DomainError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"quantity not accepted: {reason}", reason=reason)


class UnknownLine(DomainError):
    def __init__(self, line_id: str) -> None:
        super().__init__("that line is not in this sale", line_id=line_id)


class InvalidDiscount(DomainError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"discount not accepted: {reason}", reason=reason)


class OverTender(DomainError):
    def __init__(self, kind: str, amount: str, due: str) -> None:
        super().__init__(
            f"{kind} payment of {amount} is more than the {due} still due; only cash can give change",
            kind=kind,
            amount=amount,
            due=due,
        )


class InvalidPayment(DomainError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"payment not accepted: {reason}", reason=reason)


class NotFullyPaid(DomainError):
    def __init__(self, due: str) -> None:
        super().__init__(f"{due} is still to pay", due=due)


class SaleClosed(DomainError):
    def __init__(self, state: str) -> None:
        super().__init__(f"the sale is already {state}", state=state)


class EmptySale(DomainError):
    def __init__(self) -> None:
        super().__init__("the sale has no items")
