"""The words printed on receipts and reports: the shop's language and its one money formatter.

Receipts speak the shop's language whatever language the cashier chose for the screen, so the labels come from
that language's catalogue directly, not from the translators installed for the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.domain.phrase import Phrase
from app.services.receipt_layout import Wording
from app.ui.formatting import ShopFormat
from app.ui.messages import tender_name
from app.ui.phrases import say
from app.ui.translations import Catalogue

# Listed so that lupdate finds every printed label (context "Receipt").
LABELS = (
    QT_TRANSLATE_NOOP("Receipt", "RETURN"),
    QT_TRANSLATE_NOOP("Receipt", "Receipt"),
    QT_TRANSLATE_NOOP("Receipt", "Date"),
    QT_TRANSLATE_NOOP("Receipt", "Till"),
    QT_TRANSLATE_NOOP("Receipt", "Cashier"),
    QT_TRANSLATE_NOOP("Receipt", "Original receipt"),
    QT_TRANSLATE_NOOP("Receipt", "Subtotal"),
    QT_TRANSLATE_NOOP("Receipt", "You saved"),
    QT_TRANSLATE_NOOP("Receipt", "TOTAL"),
    QT_TRANSLATE_NOOP("Receipt", "VAT {rate} included"),
    QT_TRANSLATE_NOOP("Receipt", "({points} points)"),
    QT_TRANSLATE_NOOP("Receipt", "Change"),
    QT_TRANSLATE_NOOP("Receipt", "Member"),
    QT_TRANSLATE_NOOP("Receipt", "Tier"),
    QT_TRANSLATE_NOOP("Receipt", "To {tier}"),
    QT_TRANSLATE_NOOP("Receipt", "Points earned"),
    QT_TRANSLATE_NOOP("Receipt", "Points spent"),
    QT_TRANSLATE_NOOP("Receipt", "Points balance"),
    QT_TRANSLATE_NOOP("Receipt", "Points pending"),
    QT_TRANSLATE_NOOP("Receipt", "Gift card balance"),
    QT_TRANSLATE_NOOP("Receipt", "Expiring {date}"),
    QT_TRANSLATE_NOOP("Receipt", "Balance as of last sync"),
    QT_TRANSLATE_NOOP("Receipt", "How did we do? Answer with this survey code:"),
    QT_TRANSLATE_NOOP("Receipt", "Opened"),
    QT_TRANSLATE_NOOP("Receipt", "Closed"),
    QT_TRANSLATE_NOOP("Receipt", "Sales ({count})"),
    QT_TRANSLATE_NOOP("Receipt", "Returns ({count})"),
    QT_TRANSLATE_NOOP("Receipt", "Voided sales"),
    QT_TRANSLATE_NOOP("Receipt", "Discounts given"),
    QT_TRANSLATE_NOOP("Receipt", "Net total"),
    QT_TRANSLATE_NOOP("Receipt", "Float"),
    QT_TRANSLATE_NOOP("Receipt", "Change given"),
    QT_TRANSLATE_NOOP("Receipt", "Cash in / out"),
    QT_TRANSLATE_NOOP("Receipt", "Cash expected"),
    QT_TRANSLATE_NOOP("Receipt", "Cash counted"),
    QT_TRANSLATE_NOOP("Receipt", "Difference"),
)


def receipt_format(fmt: ShopFormat, catalogue: Catalogue, encoding: str | None) -> ShopFormat:
    """The money format for paper. A receipt whose words print as code-page text but whose currency sign has
    no code page (₪ or ₾ on an English receipt) shows the ISO code instead ("ILS 12.50"): the receipt stays in
    one font and prints as fast as text, and the code is what tourists and accountants read anyway."""
    if encoding is None:
        return fmt
    # The raster module brings numpy and Pillow: loaded only for a till that has a printer, not while it starts.
    from hardware.printers.raster import needs_raster  # noqa: PLC0415

    if not needs_raster(fmt.symbol, encoding):
        return fmt
    if needs_raster(catalogue.translate("Receipt", "TOTAL"), encoding):
        return fmt  # the words print as a picture anyway (Hebrew, Georgian): the sign goes with them
    return fmt.with_symbol(fmt.currency)


def wording(language: str, currency: str, timezone: str, *, encoding: str | None = None) -> Wording:
    """Receipt wording in ``language`` for a printer whose text code page is ``encoding`` (None: any)."""
    catalogue = Catalogue(language)
    fmt = receipt_format(ShopFormat(language, currency, timezone), catalogue, encoding)

    def label(text: str) -> str:
        return catalogue.translate("Receipt", text)

    def phrase(text: Phrase) -> str:
        return say(text, fmt, translate=catalogue.translate, isolate=False)

    return Wording(
        language=language,
        label=label,
        money=fmt.money,
        amount=fmt.amount,
        quantity=fmt.quantity,
        points=fmt.points,
        tender=lambda kind: tender_name(kind, catalogue.translate),
        percent=fmt.percent_bp,
        phrase=phrase,
    )
