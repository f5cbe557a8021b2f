"""Errors from the services and devices as sentences in the shop's language, built from the error's facts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.tender import TenderKind
from app.ui.formatting import ltr


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _reason(params: Mapping[str, Any]) -> str:
    """A reason given by the service, translated when the catalogue has it (it is English otherwise)."""
    return QCoreApplication.translate("Reasons", str(params.get("reason", "")))


_TEMPLATES: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "UnknownBarcode": lambda p: _t("No product has the code {code}.").format(code=ltr(str(p.get("barcode", "")))),
    "MalformedBarcode": lambda p: _t("The code {code} cannot be read: {reason}.").format(
        code=ltr(str(p.get("barcode", ""))), reason=_reason(p)
    ),
    "InvalidQuantity": lambda p: _t("Quantity not accepted: {reason}.").format(reason=_reason(p)),
    "InvalidDiscount": lambda p: _t("Discount not accepted: {reason}.").format(reason=_reason(p)),
    "InvalidPayment": lambda p: _t("Payment not accepted: {reason}.").format(reason=_reason(p)),
    "OverTender": lambda p: _t(
        "A {kind} payment cannot be more than the {due} still due; only cash gives change."
    ).format(kind=QCoreApplication.translate("Tender", str(p.get("kind", ""))), due=ltr(str(p.get("due", "")))),
    "NotFullyPaid": lambda p: _t("{due} is still to pay.").format(due=ltr(str(p.get("due", "")))),
    "EmptySale": lambda _p: _t("The sale has no items."),
    "SaleClosed": lambda _p: _t("This sale is already finished."),
    "UnknownLine": lambda _p: _t("That line is no longer in the sale."),
    "CurrencyMismatch": lambda _p: _t("That amount is in another currency."),
    "InvalidAmount": lambda _p: _t("That is not an amount."),
    "NoOpenShift": lambda _p: _t("Open a shift before selling."),
    "UnknownCard": lambda p: _t("Card {card} is not known here. The sale goes on without a card.").format(
        card=ltr(str(p.get("card", "")))
    ),
    "CardNotUsable": lambda p: (
        _t("Card {card} is {status}: {reason}. The sale goes on without a card.")
        if p.get("reason")
        else _t("Card {card} is {status}. The sale goes on without a card.")
    ).format(
        card=ltr(str(p.get("card", ""))),
        status=QCoreApplication.translate("CardStatus", str(p.get("status", ""))),
        reason=_reason(p),
    ),
    "WrongPin": lambda p: _t("Wrong PIN ({left} attempts left).").format(left=p.get("attempts_left", 0)),
    "AccountLocked": lambda _p: _t("Too many wrong PINs: try again in a few minutes or ask a manager."),
    "NotAllowed": lambda _p: _t("A manager PIN is needed for this."),
    "InvalidPin": lambda _p: _t("A PIN is 4 to 12 digits."),
    "ShiftAlreadyOpen": lambda _p: _t("A shift is already open on this till."),
    "NoShift": lambda _p: _t("No shift is open on this till."),
    "NothingSuspended": lambda _p: _t("That parked sale is no longer there."),
    "CannotSuspend": lambda p: _t("This sale cannot be parked: {reason}.").format(reason=_reason(p)),
    "PrinterError": lambda p: _t("The printer did not print: {reason}.").format(reason=_reason(p)),
    "ReceiptNotFound": lambda p: _t("No sale has the receipt number {number}.").format(
        number=ltr(str(p.get("number", "")))
    ),
    "NothingToReturn": lambda _p: _t("Choose at least one line to return."),
    "NotReturnable": lambda p: _t("This receipt cannot be returned: {reason}.").format(reason=_reason(p)),
}


def describe(error: BaseException) -> str:
    """The sentence for the person at the till; unknown errors fall back to their own message."""
    code = getattr(error, "code", type(error).__name__)
    params: Mapping[str, Any] = getattr(error, "params", {}) or {}
    template = _TEMPLATES.get(str(code))
    if template is not None:
        try:
            return template(params)
        except (KeyError, IndexError, ValueError):
            pass
    message = getattr(error, "message", None)
    return str(message) if message else _t("Something went wrong: {error}").format(error=type(error).__name__)


def tender_name(kind: TenderKind) -> str:
    """Cash, card, points or gift card in the shop's language."""
    names = {
        TenderKind.CASH: QCoreApplication.translate("Tender", "Cash"),
        TenderKind.CARD: QCoreApplication.translate("Tender", "Card"),
        TenderKind.POINTS: QCoreApplication.translate("Tender", "Points"),
        TenderKind.GIFT: QCoreApplication.translate("Tender", "Gift card"),
    }
    return names[kind]
