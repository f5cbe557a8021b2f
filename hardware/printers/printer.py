"""The receipt printer the app talks to: print a document, open the drawer, report status."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from hardware.printers.config import PrinterConfig
from hardware.printers.document import PrintDocument
from hardware.printers.errors import PrinterError
from hardware.printers.escpos_job import job_bytes
from hardware.printers.transports import (
    OFFLINE_BIT,
    PAPER_STATUS,
    PRINTER_STATUS,
    ConnectionLost,
    PaperState,
    PrinterStatus,
    close,
    connect,
    paper_state,
    query,
    send,
)

log = logging.getLogger(__name__)

DRAWER_KICK = b"\x1bp\x00\x32\x32"


class ReceiptPrinter:
    """An ESC/POS printer reached through python-escpos. Every call is blocking; call it off the UI thread.

    Each job connects, checks the printer is online with paper, sends the whole job (built in memory first),
    asks for the status again to confirm the printer is still there, and disconnects. Calls from several
    threads are serialised.
    """

    def __init__(self, config: PrinterConfig, *, connector: Callable[[PrinterConfig], Any] = connect) -> None:
        self.config = config
        self._connect = connector
        self._lock = threading.Lock()

    def print_document(self, doc: PrintDocument, *, cut: bool = True, open_drawer: bool = False) -> None:
        """Print the document, then cut and kick the drawer as asked.

        Raises:
            PrinterError: offline, out of paper, unplugged or disconnected mid-receipt, or a document that
                cannot fit the paper. The receipt should be queued for reprint.
        """
        data = job_bytes(doc, self.config, cut=cut, open_drawer=open_drawer)
        self._run(data, "receipt")

    def open_drawer(self) -> None:
        """Kick the cash drawer wired to the printer (``ESC p 0 50 50``).

        Raises:
            PrinterError: the printer cannot be reached.
        """
        self._run(DRAWER_KICK, "drawer kick", check_paper=False)

    def status(self) -> PrinterStatus:
        """Online or not, and the paper, for the status bar. Never raises."""
        with self._lock:
            try:
                printer = self._connect(self.config)
            except PrinterError as error:
                return PrinterStatus(False, PaperState.UNKNOWN, error.message)
            try:
                online = query(printer, self.config, PRINTER_STATUS)
                paper = paper_state(query(printer, self.config, PAPER_STATUS))
            except ConnectionLost as error:
                return PrinterStatus(False, PaperState.UNKNOWN, error.message)
            finally:
                close(printer)
        if online is not None and online & OFFLINE_BIT:
            return PrinterStatus(False, paper, "The printer reports it is offline (cover open or an error).")
        if paper is PaperState.OUT:
            return PrinterStatus(False, paper, "The printer is out of paper.")
        if paper is PaperState.LOW:
            return PrinterStatus(True, paper, "The paper roll is nearly used up.")
        return PrinterStatus(True, paper)

    def _run(self, data: bytes, what: str, *, check_paper: bool = True) -> None:
        config = self.config
        with self._lock:
            printer = self._connect(config)
            try:
                self._check_ready(printer, check_paper)
                send(printer, data)
                self._confirm(printer)
            finally:
                close(printer)
        log.info("%s sent to %s (%d bytes)", what, config.describe(), len(data))

    def _check_ready(self, printer: Any, check_paper: bool) -> None:
        online = query(printer, self.config, PRINTER_STATUS)
        if check_paper and paper_state(query(printer, self.config, PAPER_STATUS)) is PaperState.OUT:
            raise PrinterError("The printer is out of paper; nothing was printed.")
        if online is not None and online & OFFLINE_BIT:
            raise PrinterError("The printer reports it is offline (cover open or an error); nothing was printed.")

    def _confirm(self, printer: Any) -> None:
        try:
            paper = paper_state(query(printer, self.config, PAPER_STATUS))
        except ConnectionLost as error:
            raise ConnectionLost(
                "The connection to the printer was lost in the middle of the receipt; it was not finished."
            ) from error
        if paper is PaperState.OUT:
            raise PrinterError("The printer ran out of paper during the receipt; it was not finished.")
