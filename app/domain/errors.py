"""Errors named for the business; each carries a plain-words message for the person at the till.

Every error has ``params`` (the facts behind the message) and ``phrase`` (the message as a translatable
``Phrase``), so the UI can show the sentence in the shop's language; ``str(error)`` is the English sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain.phrase import Phrase, phrase

if TYPE_CHECKING:
    from app.domain.money import Money


class DomainError(Exception):
    """A rule of the shop was broken; nothing was changed."""

    def __init__(self, message: str | Phrase, **params: Any) -> None:
        said = message if isinstance(message, Phrase) else Phrase.literal(message)
        super().__init__(str(said))
        self.message = str(said)
        self.phrase = said
        self.params = params

    @property
    def code(self) -> str:
        return type(self).__name__


class InvalidAmount(DomainError, ValueError):
    def __init__(self, message: str | Phrase) -> None:
        super().__init__(message)


class CurrencyMismatch(DomainError):
    def __init__(self, expected: str, got: str) -> None:
        super().__init__(
            phrase("Errors", "amount in {got} where {expected} is expected", got=got, expected=expected),
            expected=expected,
            got=got,
        )


class UnknownBarcode(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__(phrase("Errors", "no product has barcode {code}", code=code), barcode=code)


class MalformedBarcode(DomainError):
    def __init__(self, code: str, why: str | Phrase) -> None:
        super().__init__(
            phrase("Errors", "barcode {code} cannot be read: {reason}", code=repr(code), reason=why),
            barcode=code,
            reason=why,
        )


class InvalidQuantity(DomainError):
    def __init__(self, why: str | Phrase) -> None:
        super().__init__(phrase("Errors", "quantity not accepted: {reason}", reason=why), reason=why)


class UnknownLine(DomainError):
    def __init__(self, line_id: str) -> None:
        super().__init__(phrase("Errors", "that line is not in this sale"), line_id=line_id)


class InvalidDiscount(DomainError):
    def __init__(self, why: str | Phrase) -> None:
        super().__init__(phrase("Errors", "discount not accepted: {reason}", reason=why), reason=why)


class OverTender(DomainError):
    def __init__(self, kind: str, amount: Money, due: Money) -> None:
        super().__init__(
            phrase(
                "Errors",
                "{kind} payment of {amount} is more than the {due} still due; only cash can give change",
                kind=kind,
                amount=amount,
                due=due,
            ),
            kind=kind,
            amount=amount,
            due=due,
        )


class InvalidPayment(DomainError):
    def __init__(self, why: str | Phrase) -> None:
        super().__init__(phrase("Errors", "payment not accepted: {reason}", reason=why), reason=why)


class NotFullyPaid(DomainError):
    def __init__(self, due: Money) -> None:
        super().__init__(phrase("Errors", "{due} is still to pay", due=due), due=due)


class SaleClosed(DomainError):
    def __init__(self, state: str) -> None:
        super().__init__(phrase("Errors", "the sale is already {state}", state=state), state=state)


class EmptySale(DomainError):
    def __init__(self) -> None:
        super().__init__(phrase("Errors", "the sale has no items"))
