"""The words printed on receipts and reports, from the till's translations and its one money formatter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.receipt_layout import Wording
from app.ui.formatting import ShopFormat
from app.ui.messages import tender_name

# Listed so that lupdate finds every printed label (context "Receipt").
LABELS = (
    QCoreApplication.translate("Receipt", "RETURN"),
    QCoreApplication.translate("Receipt", "Receipt"),
    QCoreApplication.translate("Receipt", "Date"),
    QCoreApplication.translate("Receipt", "Till"),
    QCoreApplication.translate("Receipt", "Cashier"),
    QCoreApplication.translate("Receipt", "Original receipt"),
    QCoreApplication.translate("Receipt", "Subtotal"),
    QCoreApplication.translate("Receipt", "You saved"),
    QCoreApplication.translate("Receipt", "TOTAL"),
    QCoreApplication.translate("Receipt", "VAT {rate} included"),
    QCoreApplication.translate("Receipt", "({points} points)"),
    QCoreApplication.translate("Receipt", "Change"),
    QCoreApplication.translate("Receipt", "Member"),
    QCoreApplication.translate("Receipt", "Tier"),
    QCoreApplication.translate("Receipt", "To {tier}"),
    QCoreApplication.translate("Receipt", "Points earned"),
    QCoreApplication.translate("Receipt", "Points spent"),
    QCoreApplication.translate("Receipt", "Points balance"),
    QCoreApplication.translate("Receipt", "Points pending"),
    QCoreApplication.translate("Receipt", "Gift card balance"),
    QCoreApplication.translate("Receipt", "Expiring {date}"),
    QCoreApplication.translate("Receipt", "Balance as of last sync"),
    QCoreApplication.translate("Receipt", "How did we do? Answer with this survey code:"),
    QCoreApplication.translate("Receipt", "Opened"),
    QCoreApplication.translate("Receipt", "Closed"),
    QCoreApplication.translate("Receipt", "Sales ({count})"),
    QCoreApplication.translate("Receipt", "Returns ({count})"),
    QCoreApplication.translate("Receipt", "Voided sales"),
    QCoreApplication.translate("Receipt", "Discounts given"),
    QCoreApplication.translate("Receipt", "Net total"),
    QCoreApplication.translate("Receipt", "Float"),
    QCoreApplication.translate("Receipt", "Change given"),
    QCoreApplication.translate("Receipt", "Cash in / out"),
    QCoreApplication.translate("Receipt", "Cash expected"),
    QCoreApplication.translate("Receipt", "Cash counted"),
    QCoreApplication.translate("Receipt", "Difference"),
)


def _label(text: str) -> str:
    return QCoreApplication.translate("Receipt", text)


def wording(fmt: ShopFormat) -> Wording:
    """Receipt wording in the shop's language; translations are looked up when each receipt is laid out."""
    return Wording(
        language=fmt.language,
        label=_label,
        money=fmt.money,
        amount=fmt.amount,
        quantity=fmt.quantity,
        points=fmt.points,
        tender=tender_name,
        percent=fmt.percent_bp,
    )
