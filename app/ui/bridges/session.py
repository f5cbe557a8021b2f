"""SessionBridge: who is at the till (PIN login, manager approval) and the shift (open, X report, close)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.domain.errors import DomainError
from app.domain.money import Money
from app.domain.shift import ShiftReport
from app.services.auth import Authenticator, Role, StaffMember
from app.services.shifts import ShiftService
from app.ui.messages import describe
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class SessionBridge(QObject):
    """PIN checks and shift changes run on the database runner (scrypt is slow on purpose); results are signals."""

    logged_in = Signal(StaffMember)
    login_failed = Signal(str)
    logged_out = Signal()
    shift_opened = Signal(ShiftReport)
    shift_closed = Signal(ShiftReport)
    shift_missing = Signal()
    problem = Signal(str)

    def __init__(
        self, auth: Authenticator, shifts: ShiftService, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._shifts = shifts
        self._runner = runner
        self._cashier: StaffMember | None = None
        self._shift: ShiftReport | None = None

    @property
    def cashier(self) -> StaffMember | None:
        return self._cashier

    @property
    def shift(self) -> ShiftReport | None:
        """The open shift as of its last report (opened at, by whom); None when none is open."""
        return self._shift

    def login(self, pin: str) -> None:
        """Check a PIN; ``logged_in`` then ``shift_opened`` (a shift is open) or ``shift_missing`` follow."""

        def work() -> tuple[StaffMember, ShiftReport | None]:
            staff = self._auth.login(pin)
            return staff, self._open_report()

        def done(result: tuple[StaffMember, ShiftReport | None]) -> None:
            staff, report = result
            self._cashier = staff
            self._shift = report
            log.info("staff %s logged in", staff.id)
            self.logged_in.emit(staff)
            if report is None:
                self.shift_missing.emit()
            else:
                self.shift_opened.emit(report)

        self._runner.submit(work, done, self._on_login_error)

    def _on_login_error(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            log.error("login failed: %s", type(error).__name__, exc_info=error)
        self.login_failed.emit(describe(error))

    def _open_report(self) -> ShiftReport | None:
        shift_id = self._shifts.current()
        return self._shifts.report(shift_id) if shift_id else None

    def logout(self) -> None:
        self._cashier = None
        self.logged_out.emit()

    def approve(
        self,
        pin: str,
        on_ok: Callable[[StaffMember], None],
        on_refused: Callable[[str], None],
        *,
        role: Role = Role.MANAGER,
    ) -> None:
        """A manager's PIN for one act; exactly one of the callbacks runs, on the UI thread."""

        def done(staff: StaffMember) -> None:
            log.info("approved by %s", staff.id)
            on_ok(staff)

        self._runner.submit(lambda: self._auth.approve(pin, role=role), done, lambda e: on_refused(describe(e)))

    def open_shift(self, opening_float: Money) -> None:
        cashier = self._cashier
        if cashier is None:
            return

        def work() -> ShiftReport:
            self._shifts.open(cashier.id, opening_float)
            return self._shifts.x_report()

        def done(report: ShiftReport) -> None:
            self._shift = report
            self.shift_opened.emit(report)

        self._runner.submit(work, done, self._on_problem)

    def x_report(self, on_done: Callable[[ShiftReport], None]) -> None:
        def done(report: ShiftReport) -> None:
            on_done(report)

        self._runner.submit(self._shifts.x_report, done, self._on_problem)

    def close_shift(self, counted_cash: Money) -> None:
        """Close the shift with the counted cash; ``shift_closed`` carries the Z report."""
        cashier = self._cashier
        if cashier is None:
            return

        def done(report: ShiftReport) -> None:
            self._shift = None
            self.shift_closed.emit(report)

        self._runner.submit(lambda: self._shifts.close(counted_cash, by=cashier.id), done, self._on_problem)

    def _on_problem(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            log.error("shift action failed: %s", type(error).__name__, exc_info=error)
        self.problem.emit(describe(error))
