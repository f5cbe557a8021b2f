"""Printer errors: the app queues the receipt for reprint when one is raised."""

from __future__ import annotations

from hardware.errors import HardwareError


class PrinterError(HardwareError):
    """The receipt was not (completely) printed; the message says why in plain words."""


class PrinterConfigError(PrinterError, ValueError):
    """The printer settings cannot work (unknown profile, code page or address)."""
