"""Draws receipt lines that a printer code page cannot print (Hebrew, Georgian, any RTL) into a 1-bit image."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Sequence

import numpy as np
from PIL import Image as PILImage
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextLayout, QTextOption

from hardware.printers.document import Align, Direction, Pair, Rule, Text, TextBlock
from hardware.qt import ensure_gui_app

FONT_FAMILY = "DejaVu Sans"
LINE_PX = 30
FONT_PX = 21
RULE_PX = 2
INK_THRESHOLD = 150
_TERMINATORS = "#$%°±‰\u00a2-\u00a5\u20a0-\u20cf"  # bidi class ET: %, currency signs and the like
_NUMBER = re.compile(rf"[{_TERMINATORS}]*[0-9]+(?:[.,:/\- ][0-9]+)*[{_TERMINATORS}]*")
_LRI, _PDI = "\u2066", "\u2069"


def python_codec(encoding: str) -> str:
    """The Python codec for a printer code page name such as ``CP858``."""
    return codecs.lookup(encoding.replace("_", "-").lower()).name


def needs_raster(text: str, encoding: str) -> bool:
    """True when ``text`` has right-to-left letters or characters the code page cannot print."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return True
    try:
        text.encode(python_codec(encoding))
    except UnicodeEncodeError:
        return True
    return False


def keep_numbers_ltr(text: str) -> str:
    """Wraps numbers in LTR isolates so that a card number ``0400 0000 1234 6``, a date or ``3%`` keeps its
    left-to-right order inside right-to-left text.

    A number is digit groups joined by one space, point, comma, colon, slash or dash, with any % or currency
    sign touching it; "1, 2" stays two numbers, so a list still reads right to left.
    """
    return _NUMBER.sub(lambda match: f"{_LRI}{match.group()}{_PDI}", text)


class _Canvas:
    """Lays blocks out top to bottom on a white page ``width`` pixels wide, drawn in one pass at the end."""

    def __init__(self, width: int, rtl: bool) -> None:
        self.width = width
        self.rtl = rtl
        self.height = 0.0
        self.value_column = 0.0
        self._ops: list[tuple[QTextLayout | QRectF, QPointF]] = []

    def font(self, *, bold: bool, double: bool) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPixelSize(FONT_PX * (2 if double else 1))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
        return font

    def edge(self, align: Align) -> Qt.AlignmentFlag:
        if align is Align.CENTER:
            return Qt.AlignmentFlag.AlignHCenter
        at_left = (align is Align.START) != self.rtl
        return Qt.AlignmentFlag.AlignLeft if at_left else Qt.AlignmentFlag.AlignRight

    def layout(self, text: str, font: QFont, width: float, align: Align, *, rtl: bool) -> tuple[QTextLayout, float]:
        layout = QTextLayout(keep_numbers_ltr(text) if rtl else text, font)
        option = QTextOption(self.edge(align) | Qt.AlignmentFlag.AlignAbsolute)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        nominal = LINE_PX * (2 if font.pixelSize() > FONT_PX else 1)
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line_height = max(nominal, np.ceil(line.height()))
            line.setPosition(QPointF(0, y + (line_height - line.height()) / 2))
            y += line_height
        layout.endLayout()
        return layout, max(y, nominal)

    def add_text(self, block: Text) -> None:
        font = self.font(bold=block.bold, double=block.double)
        layout, height = self.layout(block.text, font, self.width, block.align, rtl=self.rtl)
        self._ops.append((layout, QPointF(0, self.height)))
        self.height += height

    def value_width(self, block: Pair) -> float:
        return QFontMetricsF(self.font(bold=block.bold, double=False)).horizontalAdvance(block.value) + 1

    def add_pair(self, block: Pair) -> None:
        """Label at the start edge; the value right-aligned in the amount column at the end edge, so that
        amounts line up in RTL (column on the left) as they do in LTR (column on the right)."""
        font = self.font(bold=block.bold, double=False)
        value_width = self.value_width(block)
        column = max(value_width, self.value_column)
        gap = LINE_PX
        if column > self.width / 2:
            self.add_text(Text(block.label, bold=block.bold))
            self.add_text(Text(block.value, Align.END, bold=block.bold))
            return
        label, height = self.layout(block.label, font, self.width - column - gap, Align.START, rtl=self.rtl)
        value, _ = self.layout(block.value, font, value_width, Align.START, rtl=False)
        label_x = column + gap if self.rtl else 0.0
        value_x = column - value_width if self.rtl else self.width - value_width
        self._ops.append((label, QPointF(label_x, self.height)))
        self._ops.append((value, QPointF(value_x, self.height)))
        self.height += height

    def add_rule(self) -> None:
        self._ops.append((QRectF(0, LINE_PX / 2 - RULE_PX / 2, self.width, RULE_PX), QPointF(0, self.height)))
        self.height += LINE_PX

    def paint(self) -> PILImage.Image:
        height = max(1, int(np.ceil(self.height)))
        image = QImage(self.width, height, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.setPen(QColor("black"))
            for item, at in self._ops:
                if isinstance(item, QRectF):
                    painter.fillRect(item.translated(at), QColor("black"))
                else:
                    item.draw(painter, at)
        finally:
            painter.end()
        return _to_bitmap(image)


def _to_bitmap(image: QImage) -> PILImage.Image:
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), np.uint8, count=stride * height).reshape(height, stride)[:, :width]
    ink = pixels < INK_THRESHOLD
    return PILImage.fromarray(np.where(ink, 0, 255).astype(np.uint8), mode="L")


def render_blocks(blocks: Sequence[TextBlock], *, width_px: int, direction: Direction) -> PILImage.Image:
    """The blocks drawn with Qt (which shapes the script and orders mixed directions) as a black-and-white
    image ``width_px`` wide: black ink is 0, paper is 255."""
    ensure_gui_app()
    canvas = _Canvas(width_px, direction == "rtl")
    widths = [canvas.value_width(block) for block in blocks if isinstance(block, Pair)]
    canvas.value_column = max((w for w in widths if w <= width_px / 2), default=0.0)
    for block in blocks:
        if isinstance(block, Text):
            canvas.add_text(block)
        elif isinstance(block, Pair):
            canvas.add_pair(block)
        elif isinstance(block, Rule):
            canvas.add_rule()
    return canvas.paint()
