"""Errors from the services and devices as sentences in the shop's language, built from the error's facts."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.money import Money
from app.domain.phrase import Phrase
from app.domain.tender import TenderKind
from app.ui.formatting import ltr
from app.ui.phrases import say, screen_money


def _reason(params: Mapping[str, Any]) -> str:
    """The reason the service gave, in the screen's language (free text, such as a block reason, as written)."""
    reason = params.get("reason", "")
    return say(reason) if isinstance(reason, Phrase) else str(reason)


def _amount(params: Mapping[str, Any], key: str) -> str:
    value = params.get(key, "")
    return ltr(screen_money(value) if isinstance(value, Money) else str(value))


def _card_status(status: str) -> str:
    names = {
        "blocked": QCoreApplication.translate("CardStatus", "blocked"),
        "replaced": QCoreApplication.translate("CardStatus", "replaced"),
    }
    return names.get(status, status)


def _tender_kind(kind: str) -> str:
    try:
        return tender_name(TenderKind(kind)).lower()
    except ValueError:
        return kind


_TEMPLATES: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "UnknownBarcode": lambda p: QCoreApplication.translate("Errors", "No product has the code {code}.").format(
        code=ltr(str(p.get("barcode", "")))
    ),
    "MalformedBarcode": lambda p: QCoreApplication.translate(
        "Errors", "The code {code} cannot be read: {reason}."
    ).format(code=ltr(str(p.get("barcode", ""))), reason=_reason(p)),
    "InvalidQuantity": lambda p: QCoreApplication.translate("Errors", "Quantity not accepted: {reason}.").format(
        reason=_reason(p)
    ),
    "InvalidDiscount": lambda p: QCoreApplication.translate("Errors", "Discount not accepted: {reason}.").format(
        reason=_reason(p)
    ),
    "InvalidPayment": lambda p: QCoreApplication.translate("Errors", "Payment not accepted: {reason}.").format(
        reason=_reason(p)
    ),
    "OverTender": lambda p: QCoreApplication.translate(
        "Errors", "A {kind} payment cannot be more than the {due} still due; only cash gives change."
    ).format(kind=_tender_kind(str(p.get("kind", ""))), due=_amount(p, "due")),
    "NotFullyPaid": lambda p: QCoreApplication.translate("Errors", "{due} is still to pay.").format(
        due=_amount(p, "due")
    ),
    "EmptySale": lambda _p: QCoreApplication.translate("Errors", "The sale has no items."),
    "SaleClosed": lambda _p: QCoreApplication.translate("Errors", "This sale is already finished."),
    "UnknownLine": lambda _p: QCoreApplication.translate("Errors", "That line is no longer in the sale."),
    "CurrencyMismatch": lambda _p: QCoreApplication.translate("Errors", "That amount is in another currency."),
    "InvalidAmount": lambda _p: QCoreApplication.translate("Errors", "That is not an amount."),
    "NoOpenShift": lambda _p: QCoreApplication.translate("Errors", "Open a shift before selling."),
    "UnknownCard": lambda p: QCoreApplication.translate(
        "Errors", "Card {card} is not known here. The sale goes on without a card."
    ).format(card=ltr(str(p.get("card", "")))),
    "CardNotUsable": lambda p: (
        QCoreApplication.translate("Errors", "Card {card} is {status}: {reason}. The sale goes on without a card.")
        if p.get("reason")
        else QCoreApplication.translate("Errors", "Card {card} is {status}. The sale goes on without a card.")
    ).format(
        card=ltr(str(p.get("card", ""))),
        status=_card_status(str(p.get("status", ""))),
        reason=_reason(p),
    ),
    "WrongPin": lambda p: QCoreApplication.translate("Errors", "Wrong PIN ({left} attempts left).").format(
        left=ltr(str(p.get("attempts_left", 0)))
    ),
    "AccountLocked": lambda _p: QCoreApplication.translate(
        "Errors", "Too many wrong PINs: try again in a few minutes or ask a manager."
    ),
    "NotAllowed": lambda _p: QCoreApplication.translate("Errors", "A manager PIN is needed for this."),
    "InvalidPin": lambda _p: QCoreApplication.translate("Errors", "A PIN is 4 to 12 digits."),
    "ShiftAlreadyOpen": lambda _p: QCoreApplication.translate("Errors", "A shift is already open on this till."),
    "NoShift": lambda _p: QCoreApplication.translate("Errors", "No shift is open on this till."),
    "NothingSuspended": lambda _p: QCoreApplication.translate("Errors", "That parked sale is no longer there."),
    "CannotSuspend": lambda p: QCoreApplication.translate("Errors", "This sale cannot be parked: {reason}.").format(
        reason=_reason(p)
    ),
    "PrinterError": lambda p: QCoreApplication.translate("Errors", "The printer did not print: {reason}.").format(
        reason=_reason(p)
    ),
    "ReceiptNotFound": lambda p: QCoreApplication.translate(
        "Errors", "No sale has the receipt number {number}."
    ).format(number=ltr(str(p.get("number", "")))),
    "NothingToReturn": lambda _p: QCoreApplication.translate("Errors", "Choose at least one line to return."),
    "NotReturnable": lambda p: QCoreApplication.translate(
        "Errors", "This receipt cannot be returned: {reason}."
    ).format(reason=_reason(p)),
}


def describe(error: BaseException) -> str:
    """The sentence for the person at the till: the till's own wording for the errors it knows best, else the
    error's phrase in the screen's language, else its message."""
    code = getattr(error, "code", type(error).__name__)
    params: Mapping[str, Any] = getattr(error, "params", {}) or {}
    template = _TEMPLATES.get(str(code))
    if template is not None:
        try:
            return template(params)
        except (KeyError, IndexError, ValueError):
            pass
    said = getattr(error, "phrase", None)
    if isinstance(said, Phrase) and not said.is_literal:
        return _sentence(say(said))
    message = getattr(error, "message", None)
    return (
        str(message)
        if message
        else QCoreApplication.translate("Errors", "Something went wrong: {error}").format(error=type(error).__name__)
    )


def _sentence(text: str) -> str:
    """A phrase shown alone: capital first letter and a full stop, as the till's own messages are written."""
    if not text:
        return text
    if unicodedata.name(text[0], "").startswith("LATIN"):  # Georgian has capitals, but not for sentences
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


TENDER_NAMES = {
    TenderKind.CASH: str(QT_TRANSLATE_NOOP("Tender", "Cash")),
    TenderKind.CARD: str(QT_TRANSLATE_NOOP("Tender", "Card")),
    TenderKind.POINTS: str(QT_TRANSLATE_NOOP("Tender", "Points")),
    TenderKind.GIFT: str(QT_TRANSLATE_NOOP("Tender", "Gift card")),
}


def tender_name(kind: TenderKind, translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """Cash, card, points or gift card in the screen's language (or through ``translate``)."""
    return translate("Tender", TENDER_NAMES[kind])
