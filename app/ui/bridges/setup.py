"""SetupBridge: checks the wizard's choices and sets the till up off the UI thread, reporting by signals."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.services.first_run import Registrar, SetupRefused, TillSetup, check_section, set_up_till
from app.sync.client import OfficeRefused, OfficeUnreachable
from app.ui.tasks import TaskRunner
from hardware.readers.ports import system_ports

log = logging.getLogger(__name__)


class SetupBridge(QObject):
    """``finished`` when the till database is ready; ``refused(reason, detail)`` when a choice cannot work."""

    finished = Signal(str)
    refused = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(self, db_path: Path, *, register: Registrar | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = db_path
        self._register = register
        self._runner = TaskRunner("setup", parent=self)
        self._runner.busy_changed.connect(self.busy_changed)

    @property
    def db_path(self) -> Path:
        return self._path

    @property
    def busy(self) -> bool:
        """A setup is running (or its outcome has not been delivered yet)."""
        return self._runner.pending > 0

    @staticmethod
    def problem(setup: TillSetup, section: str) -> tuple[str, str] | None:
        """(reason, detail) when a part of the choices cannot work, or None; nothing is written."""
        try:
            check_section(setup, section)
        except SetupRefused as refused:
            return refused.reason, str(refused)
        return None

    @staticmethod
    def serial_ports() -> list[str]:
        """The serial ports plugged in now, to suggest for a scanner or a printer."""
        return sorted(port.device for port in system_ports())

    def apply(self, setup: TillSetup) -> None:
        def work() -> None:
            if self._register is None:
                set_up_till(self._path, setup)
            else:
                set_up_till(self._path, setup, register=self._register)

        def done(_: None) -> None:
            log.info("first-run setup finished")
            self.finished.emit(str(self._path))

        def failed(error: BaseException) -> None:
            if isinstance(error, SetupRefused):
                self.refused.emit(error.reason, str(error))
            elif isinstance(error, OfficeRefused):
                self.refused.emit("office_refused", str(error))
            elif isinstance(error, OfficeUnreachable):
                self.refused.emit("office_unreachable", str(error))
            elif isinstance(error, FileExistsError):
                self.refused.emit("exists", str(error))
            else:
                log.error("setting the till up failed: %s", error, exc_info=error)
                self.refused.emit("failed", str(error))

        self._runner.submit(work, done, failed)
