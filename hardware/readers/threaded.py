"""A reader that runs on its own plain thread: start once, stop with a bounded wait, report state changes once."""

from __future__ import annotations

import threading
from typing import Any

from hardware.scan import ReaderState, ReaderStatus, ScanCallback, StatusCallback


def ignore(_: Any) -> None:
    """A callback nobody asked for."""


class ThreadedReader:
    """Subclasses implement ``_run`` (the loop, which watches ``self._stop``) and ``name``."""

    def __init__(self) -> None:
        self._status = ReaderStatus(ReaderState.STOPPED)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._on_scan: ScanCallback = ignore
        self._on_status: StatusCallback = ignore

    @property
    def name(self) -> str:
        raise NotImplementedError

    @property
    def status(self) -> ReaderStatus:
        return self._status

    def _launch(self, on_scan: ScanCallback, on_status: StatusCallback | None, *, what: str, opening: str) -> None:
        """Start the thread named ``what`` after reporting CONNECTING with ``opening``."""
        if self._thread is not None and self._thread.is_alive():
            raise RuntimeError(f"the {what} is already running")
        self._on_scan = on_scan
        self._on_status = on_status or ignore
        self._stop.clear()
        self._set_status(ReaderState.CONNECTING, opening)
        self._thread = threading.Thread(target=self._run, name=f"{what} {self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop reading and release the device; waits at most ``timeout`` seconds for the thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._set_status(ReaderState.STOPPED)

    def _set_status(self, state: ReaderState, reason: str = "") -> None:
        status = ReaderStatus(state, reason)
        if status != self._status:
            self._status = status
            self._on_status(status)

    def _run(self) -> None:
        raise NotImplementedError
