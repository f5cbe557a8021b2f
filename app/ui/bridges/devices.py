"""DeviceBridge: scans and reader states from the readers' own threads, delivered to the UI thread as signals."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from hardware.scan import Reader, ReaderState, ReaderStatus, Scan

log = logging.getLogger(__name__)


class DeviceBridge(QObject):
    """Starts the readers and relays what they report; a signal emitted on a reader thread is queued here.

    ``scanned`` carries the scan's text and where it came from (serial, magstripe, camera); ``status`` a line
    for the status bar and its tone.
    """

    scanned = Signal(str, str)
    status = Signal(str, str)
    _arrived = Signal(str, str)
    _changed = Signal(str, str, str)

    def __init__(self, readers: Sequence[Reader], *, keyboard_wedge: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._readers = tuple(readers)
        self._wedge = keyboard_wedge
        self._states: dict[str, ReaderStatus] = {r.name: ReaderStatus(ReaderState.STOPPED) for r in self._readers}
        self._arrived.connect(self._on_self_arrived)
        self._changed.connect(self._on_self_changed)

    def start(self) -> None:
        for reader in self._readers:
            reader.start(self._relay_scan, self._status_relay(reader.name))
        self._announce()

    def _status_relay(self, name: str) -> Callable[[ReaderStatus], None]:
        def relay(status: ReaderStatus) -> None:
            self._relay_status(name, status)

        return relay

    def stop(self) -> None:
        for reader in self._readers:
            reader.stop()

    def _relay_scan(self, scan: Scan) -> None:
        self._arrived.emit(scan.text, scan.source.value)

    def _relay_status(self, name: str, status: ReaderStatus) -> None:
        self._changed.emit(name, status.state.value, status.reason)

    def _on_self_arrived(self, text: str, source: str) -> None:
        log.debug("scan from %s", source)
        self.scanned.emit(text, source)

    def _on_self_changed(self, name: str, state: str, reason: str) -> None:
        self._states[name] = ReaderStatus(ReaderState(state), reason)
        self._announce()

    def wedge_scan(self) -> None:
        """A keyboard-wedge scan arrived (the status bar says the wedge works)."""
        if not self._readers:
            self.status.emit(self.tr("Scanner: keyboard wedge"), "good")

    def announce(self) -> None:
        """Tell the status bar again how the scanners are (after the screens changed language)."""
        self._announce()

    def _announce(self) -> None:
        if not self._readers:
            if self._wedge:
                self.status.emit(self.tr("Scanner: keyboard wedge"), "")
            else:
                self.status.emit(self.tr("Scanner: typed codes only"), "warn")
            return
        troubled = [(n, s) for n, s in self._states.items() if s.state is not ReaderState.CONNECTED]
        if not troubled:
            self.status.emit(self.tr("Scanner: ready"), "good")
            return
        name, state = troubled[0]
        if state.state in (ReaderState.DISCONNECTED, ReaderState.ERROR):
            self.status.emit(self.tr("Scanner: {name} not connected").format(name=name), "bad")
        else:
            self.status.emit(self.tr("Scanner: {name} starting").format(name=name), "warn")
