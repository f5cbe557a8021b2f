"""The cash drawer: one small interface, and the usual wiring through the receipt printer's drawer port."""

from __future__ import annotations

from typing import Protocol

from hardware.printers.printer import ReceiptPrinter


class CashDrawer(Protocol):
    def open(self) -> None:
        """Kick the drawer open; raises a HardwareError subclass when it cannot."""


class PrinterDrawer:
    """A drawer plugged into the printer's DK port, opened with ``ESC p 0 50 50``."""

    def __init__(self, printer: ReceiptPrinter) -> None:
        self._printer = printer

    def open(self) -> None:
        self._printer.open_drawer()
