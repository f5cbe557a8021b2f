"""Reads an ESC/POS byte stream the way a receipt printer does: text, styles, images, barcodes, cuts, drawer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

ESC, GS, DLE, FS = 0x1B, 0x1D, 0x10, 0x1C
LF, CR, HT, NUL = 0x0A, 0x0D, 0x09, 0x00

# ESC t n as Epson numbers its code pages (a table of our own, not python-escpos', so that a wrong mapping in
# the driver shows up as wrong letters on the simulated paper).
CODE_PAGES = {
    0: "cp437",
    2: "cp850",
    3: "cp860",
    4: "cp863",
    5: "cp865",
    16: "cp1252",
    17: "cp866",
    18: "cp852",
    19: "cp858",
    45: "cp1250",
    46: "cp1251",
    47: "cp1253",
    48: "cp1254",
    49: "cp1255",
}
BARCODE_KINDS = {
    0: "UPC-A",
    1: "UPC-E",
    2: "EAN13",
    3: "EAN8",
    4: "CODE39",
    5: "ITF",
    6: "CODABAR",
    72: "CODE93",
    73: "CODE128",
    74: "GS1-128",
}
# Commands with a fixed number of argument bytes that change nothing the paper shows.
_ESC_FIXED = {ord("-"): 1, ord("M"): 1, ord("R"): 1, ord("="): 1, ord(" "): 1, ord("U"): 1, ord("V"): 1,
              ord("{"): 1, ord("2"): 0, ord("3"): 1, ord("$"): 2, ord("\\"): 2, ord("B"): 2, ord("c"): 2,
              ord("r"): 1, ord("%"): 1, ord("L"): 0, ord("S"): 0, ord("T"): 1, ord("D"): 0}  # fmt: skip
_GS_FIXED = {ord("B"): 1, ord("L"): 2, ord("W"): 2, ord("a"): 1, ord("b"): 1, ord("I"): 1, ord("P"): 2}


@dataclass(frozen=True, slots=True)
class Run:
    """Characters printed with one style."""

    text: str
    bold: bool = False
    width: int = 1
    height: int = 1


@dataclass(frozen=True, slots=True)
class Line:
    runs: tuple[Run, ...]
    align: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Raster:
    """A ``GS v 0`` image; black ink is 0."""

    image: Image.Image
    align: int = 0


@dataclass(frozen=True, slots=True)
class PrintedBarcode:
    kind: str
    data: str
    height: int
    module: int
    hri: bool
    align: int = 1


@dataclass(frozen=True, slots=True)
class Feed:
    dots: int


@dataclass(frozen=True, slots=True)
class Cut:
    partial: bool


Element = Line | Raster | PrintedBarcode | Feed | Cut


@dataclass(slots=True)
class _Style:
    bold: bool = False
    width: int = 1
    height: int = 1
    align: int = 0
    code_page: int = 0
    barcode_height: int = 162
    barcode_module: int = 3
    hri: int = 0


@dataclass(slots=True)
class PrinterState:
    """What the printer reports to ``DLE EOT``."""

    cover_open: bool = False
    paper_low: bool = False
    paper_out: bool = False


@dataclass(slots=True)
class Stream:
    """What a connection printed so far."""

    elements: list[Element] = field(default_factory=list)
    drawer_kicks: list[tuple[int, int, int]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


class EscposReader:
    """Feed it bytes as they arrive; it keeps what is printed and returns the bytes the printer answers."""

    def __init__(self, state: PrinterState | None = None) -> None:
        self.state = state or PrinterState()
        self.out = Stream()
        self._buffer = bytearray()
        self._runs: list[Run] = []
        self._style = _Style()

    def feed(self, data: bytes) -> bytes:
        self._buffer += data
        replies = bytearray()
        pos = 0
        while pos < len(self._buffer):
            used = self._step(pos, replies)
            if used is None:
                break
            pos += used
        del self._buffer[:pos]
        return bytes(replies)

    def finish(self) -> Stream:
        """The connection closed: print what is pending (a real printer prints a half line at the end too)."""
        if self._buffer:
            self.out.unknown.append(f"{len(self._buffer)} bytes of an unfinished command")
            self._buffer.clear()
        if self._runs:
            self._flush()
        return self.out

    def _step(self, pos: int, replies: bytearray) -> int | None:
        buf = self._buffer
        byte = buf[pos]
        if byte == ESC:
            return self._esc(pos)
        if byte == GS:
            return self._gs(pos)
        if byte == DLE:
            return self._dle(pos, replies)
        if byte == FS:
            return self._need(pos, 2, lambda: self.out.unknown.append(f"FS {buf[pos + 1]:#04x}"))
        if byte == LF:
            self._flush()
        elif byte == HT:
            column = len("".join(run.text for run in self._runs))
            self._add(" " * (8 - column % 8))
        elif byte >= 0x20:
            end = pos
            while end < len(buf) and buf[end] >= 0x20:
                end += 1
            codec = CODE_PAGES.get(self._style.code_page, "cp437")
            self._add(bytes(buf[pos:end]).decode(codec, errors="replace"))
            return end - pos
        elif byte not in (CR, NUL):
            self.out.unknown.append(f"control byte {byte:#04x}")
        return 1

    def _need(self, pos: int, size: int, then: Callable[[], object]) -> int | None:
        if pos + size > len(self._buffer):
            return None
        then()
        return size

    def _esc(self, pos: int) -> int | None:
        buf, style = self._buffer, self._style
        if pos + 1 >= len(buf):
            return None
        cmd = buf[pos + 1]
        arg = buf[pos + 2] if pos + 2 < len(buf) else None
        if cmd == ord("@"):
            self._flush_if_pending()
            self._style = _Style()
            return 2
        if cmd == ord("p"):
            if pos + 5 > len(buf):
                return None
            self.out.drawer_kicks.append((buf[pos + 2] & 1, buf[pos + 3], buf[pos + 4]))
            return 5
        if cmd == ord("*"):
            if pos + 5 > len(buf):
                return None
            columns = buf[pos + 3] + 256 * buf[pos + 4]
            size = 5 + columns * (1 if buf[pos + 2] in (0, 1) else 3)
            return self._need(pos, size, lambda: self.out.unknown.append("ESC * column image (not drawn)"))
        if arg is None:
            return None
        if cmd == ord("t"):
            style.code_page = arg
            if arg not in CODE_PAGES:
                self.out.unknown.append(f"code page {arg}")
        elif cmd == ord("!"):
            style.bold, style.height, style.width = bool(arg & 8), 2 if arg & 16 else 1, 2 if arg & 32 else 1
        elif cmd in (ord("E"), ord("G")):
            style.bold = bool(arg & 1)
        elif cmd == ord("a"):
            style.align = arg - 48 if arg >= 48 else arg
        elif cmd == ord("d"):
            self._feed_lines(arg)
        elif cmd == ord("J"):
            self._flush_if_pending()
            self.out.elements.append(Feed(arg))
        elif cmd in _ESC_FIXED:
            return self._need(pos, 2 + _ESC_FIXED[cmd], lambda: None)
        else:
            self.out.unknown.append(f"ESC {cmd:#04x}")
            return 2
        return 3

    def _gs(self, pos: int) -> int | None:
        buf, style = self._buffer, self._style
        if pos + 2 >= len(buf):
            return None
        cmd, arg = buf[pos + 1], buf[pos + 2]
        if cmd == ord("v") and arg == ord("0"):
            return self._raster(pos)
        if cmd == ord("k"):
            return self._barcode(pos)
        if cmd == ord("V"):
            if arg in (65, 66):
                if pos + 4 > len(buf):
                    return None
                self._cut(partial=arg == 66)
                return 4
            self._cut(partial=arg in (1, 49))
            return 3
        if cmd == ord("("):
            if pos + 5 > len(buf):
                return None
            size = 5 + buf[pos + 3] + 256 * buf[pos + 4]
            return self._need(pos, size, lambda: self.out.unknown.append(f"GS ( {chr(arg)} (not drawn)"))
        if cmd == ord("!"):
            style.width, style.height = (arg >> 4) + 1, (arg & 7) + 1
        elif cmd == ord("h"):
            style.barcode_height = arg
        elif cmd == ord("w"):
            style.barcode_module = arg
        elif cmd == ord("H"):
            style.hri = arg - 48 if arg >= 48 else arg
        elif cmd == ord("f"):
            pass
        elif cmd in _GS_FIXED:
            return self._need(pos, 2 + _GS_FIXED[cmd], lambda: None)
        else:
            self.out.unknown.append(f"GS {cmd:#04x}")
            return 2
        return 3

    def _dle(self, pos: int, replies: bytearray) -> int | None:
        buf = self._buffer
        if pos + 2 >= len(buf):
            return None
        if buf[pos + 1] != 0x04:
            self.out.unknown.append(f"DLE {buf[pos + 1]:#04x}")
            return 2
        which, state = buf[pos + 2], self.state
        if which == 1:
            replies.append(0x16 | (0x08 if state.cover_open or state.paper_out else 0))
        elif which == 2:
            replies.append(0x12 | (0x04 if state.cover_open else 0) | (0x20 if state.paper_out else 0))
        elif which == 4:
            near_end = 0x0C if state.paper_low or state.paper_out else 0
            replies.append(0x12 | near_end | (0x60 if state.paper_out else 0))
        else:
            replies.append(0x12)
        return 3

    def _raster(self, pos: int) -> int | None:
        buf = self._buffer
        if pos + 8 > len(buf):
            return None
        mode = buf[pos + 3]
        width_bytes = buf[pos + 4] + 256 * buf[pos + 5]
        height = buf[pos + 6] + 256 * buf[pos + 7]
        size = 8 + width_bytes * height
        if pos + size > len(buf):
            return None
        self._flush_if_pending()
        bits = np.unpackbits(np.frombuffer(bytes(buf[pos + 8 : pos + size]), np.uint8)).reshape(height, -1)
        image = Image.fromarray(np.where(bits == 1, 0, 255).astype(np.uint8), mode="L")
        scale_x, scale_y = (2 if mode & 1 else 1), (2 if mode & 2 else 1)
        if scale_x > 1 or scale_y > 1:
            image = image.resize((image.width * scale_x, image.height * scale_y), Image.Resampling.NEAREST)
        self.out.elements.append(Raster(image, self._style.align))
        return size

    def _barcode(self, pos: int) -> int | None:
        buf = self._buffer
        if pos + 3 >= len(buf):
            return None
        kind_byte = buf[pos + 2]
        if kind_byte <= 6:
            end = buf.find(NUL, pos + 3)
            if end == -1:
                return None
            data, size = bytes(buf[pos + 3 : end]), end + 1 - pos
            kind = BARCODE_KINDS.get(kind_byte, f"type {kind_byte}")
        else:
            length = buf[pos + 3]
            size = 4 + length
            if pos + size > len(buf):
                return None
            data = bytes(buf[pos + 4 : pos + size])
            kind = BARCODE_KINDS.get(kind_byte - 65 if kind_byte < 72 else kind_byte, f"type {kind_byte}")
        self._flush_if_pending()
        text = code128_text(data) if kind in ("CODE128", "GS1-128") else data.decode("ascii", "replace")
        style = self._style
        self.out.elements.append(
            PrintedBarcode(kind, text, style.barcode_height, style.barcode_module, style.hri in (1, 2, 3), style.align)
        )
        return size

    def _add(self, text: str) -> None:
        style = self._style
        run = Run(text, style.bold, style.width, style.height)
        last = self._runs[-1] if self._runs else None
        if last is not None and (last.bold, last.width, last.height) == (run.bold, run.width, run.height):
            run = Run(last.text + text, run.bold, run.width, run.height)
            self._runs.pop()
        self._runs.append(run)

    def _flush(self) -> None:
        self.out.elements.append(Line(tuple(self._runs), self._style.align))
        self._runs = []

    def _flush_if_pending(self) -> None:
        if self._runs:
            self._flush()

    def _feed_lines(self, lines: int) -> None:
        if self._runs:
            self._flush()
            lines -= 1
        for _ in range(max(0, lines)):
            self._flush()

    def _cut(self, *, partial: bool) -> None:
        self._flush_if_pending()
        self.out.elements.append(Cut(partial))


def code128_text(data: bytes) -> str:
    """The human-readable content of ESC/POS Code 128 data with its ``{A``/``{B``/``{C`` code set switches."""
    out: list[str] = []
    code_set = "B"
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == ord("{") and i + 1 < len(data):
            nxt = chr(data[i + 1])
            if nxt in "ABC":
                code_set = nxt
                i += 2
                continue
            if nxt == "{":
                out.append("{")
                i += 2
                continue
            i += 2
            continue
        out.append(f"{byte:02d}" if code_set == "C" else chr(byte))
        i += 1
    return "".join(out)
