"""Loyalty card faces (ID-1, 85.60 x 53.98 mm) and A4 sheets of them, drawn with Qt as PNG or PDF."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from PIL.ImageQt import ImageQt
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from hardware.cards.barcodes import barcode_image
from hardware.cards.numbers import CardCode
from hardware.qt import ensure_gui_app

CARD_MM = QSizeF(85.60, 53.98)
A4_MM = QSizeF(210.0, 297.0)
COLUMNS, ROWS = 2, 5
CARDS_PER_PAGE = COLUMNS * ROWS
GUTTER_MM = 4.0
FONT_FAMILY = "DejaVu Sans"
MM_PER_INCH = 25.4


@dataclass(frozen=True, slots=True)
class CardFace:
    """What goes on a card: the shop, the member (any script) and the card number's barcode."""

    shop_name: str
    member_name: str
    code: CardCode
    accent: str = "#1e5aa0"


def is_rtl(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (Hebrew, Arabic)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _fitted_font(painter: QPainter, text: str, box: QRectF, *, bold: bool, max_px: float) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    size = max_px
    while size > 4:
        font.setPixelSize(round(size))
        if QFontMetricsF(font, painter.device()).horizontalAdvance(text) <= box.width():
            break
        size *= 0.92
    return font


def _draw_text(painter: QPainter, text: str, box: QRectF, *, bold: bool, max_px: float, colour: QColor) -> None:
    painter.setFont(_fitted_font(painter, text, box, bold=bold, max_px=max_px))
    painter.setPen(colour)
    align = Qt.AlignmentFlag.AlignRight if is_rtl(text) else Qt.AlignmentFlag.AlignLeft
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight)
    painter.drawText(box, int(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter), text)
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def paint_card(painter: QPainter, face: CardFace, origin: QPointF, px_per_mm: float) -> None:
    """Draw one card with its top-left corner at ``origin`` (device pixels)."""
    mm = px_per_mm
    card = QRectF(origin, QSizeF(CARD_MM.width() * mm, CARD_MM.height() * mm))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#b0b0b0"), max(1.0, 0.2 * mm)))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(card, 3.18 * mm, 3.18 * mm)
    band = QRectF(card.left(), card.top(), card.width(), 14 * mm)
    painter.setClipRect(band)
    painter.setBrush(QColor(face.accent))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(card.left(), card.top(), card.width(), 20 * mm), 3.18 * mm, 3.18 * mm)
    painter.setClipping(False)
    margin = 5 * mm
    inner = card.width() - 2 * margin
    _draw_text(
        painter,
        face.shop_name,
        QRectF(card.left() + margin, card.top() + 2 * mm, inner, 10 * mm),
        bold=True,
        max_px=7 * mm,
        colour=QColor("white"),
    )
    _draw_text(
        painter,
        face.member_name,
        QRectF(card.left() + margin, card.top() + 15.5 * mm, inner, 8 * mm),
        bold=False,
        max_px=5 * mm,
        colour=QColor("#202020"),
    )
    _paint_barcode(painter, face.code, QRectF(card.left() + margin, card.top() + 25 * mm, inner, 26 * mm), mm)
    painter.restore()


def _paint_barcode(painter: QPainter, code: CardCode, box: QRectF, px_per_mm: float) -> None:
    module_px = max(2, round(0.33 * px_per_mm))
    height_px = round(17 * px_per_mm)
    picture = barcode_image(code.number, code.symbology, module_px=module_px, height_px=height_px, quiet_modules=0)
    image = ImageQt(picture.convert("RGB"))
    scale = min(1.0, box.width() / image.width(), box.height() / image.height())
    target = QRectF(0, 0, image.width() * scale, image.height() * scale)
    target.moveCenter(box.center())
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(target, image)


def render_card(face: CardFace, *, dpi: int = 300) -> QImage:
    """The card as an image at ``dpi`` (white outside the rounded corners)."""
    ensure_gui_app()
    mm = dpi / MM_PER_INCH
    image = QImage(round(CARD_MM.width() * mm), round(CARD_MM.height() * mm), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    try:
        paint_card(painter, face, QPointF(0, 0), mm)
    finally:
        painter.end()
    return image


def card_png(face: CardFace, *, dpi: int = 300) -> bytes:
    """The card face as PNG bytes."""
    return _png(render_card(face, dpi=dpi))


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise OSError("Qt could not encode the card picture as PNG")
    buffer.close()
    return bytes(data.data())


def _paint_page(painter: QPainter, faces: Sequence[CardFace], px_per_mm: float) -> None:
    """Up to ten cards, two across and five down, centred on A4, with thin cut guides."""
    mm = px_per_mm
    block_w = COLUMNS * CARD_MM.width() + (COLUMNS - 1) * GUTTER_MM
    block_h = ROWS * CARD_MM.height() + (ROWS - 1) * GUTTER_MM
    left = (A4_MM.width() - block_w) / 2
    top = (A4_MM.height() - block_h) / 2
    for index, face in enumerate(faces):
        row, column = divmod(index, COLUMNS)
        x = left + column * (CARD_MM.width() + GUTTER_MM)
        y = top + row * (CARD_MM.height() + GUTTER_MM)
        paint_card(painter, face, QPointF(x * mm, y * mm), mm)


def _pages(faces: Sequence[CardFace]) -> list[Sequence[CardFace]]:
    if not faces:
        raise ValueError("a card sheet needs at least one card")
    return [faces[i : i + CARDS_PER_PAGE] for i in range(0, len(faces), CARDS_PER_PAGE)]


def card_sheet_pdf(faces: Sequence[CardFace], *, dpi: int = 300, title: str = "Loyalty cards") -> bytes:
    """An A4 PDF with ten cards per page (as many pages as needed), ready to print and cut."""
    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Kupa")
    writer.setResolution(dpi)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    painter = QPainter(writer)
    try:
        for number, page in enumerate(_pages(faces)):
            if number:
                writer.newPage()
            _paint_page(painter, page, dpi / MM_PER_INCH)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def card_sheet_preview(faces: Sequence[CardFace], *, page: int = 0, dpi: int = 100) -> bytes:
    """One page of the sheet as PNG bytes, for a print preview."""
    ensure_gui_app()
    chosen = _pages(faces)[page]
    mm = dpi / MM_PER_INCH
    image = QImage(round(A4_MM.width() * mm), round(A4_MM.height() * mm), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _paint_page(painter, chosen, mm)
    finally:
        painter.end()
    return _png(image)
