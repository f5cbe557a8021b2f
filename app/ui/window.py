"""The till window: login, shift opening and the sale screen in one stack, the status bar; dialogs via TillFlows."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from app.domain.sale import SaleRecord
from app.domain.shift import ShiftReport
from app.services.auth import StaffMember
from app.services.checkout import Completed
from app.sync.status import SyncStatus
from app.ui.bridges.checkout import CheckoutBridge
from app.ui.bridges.devices import DeviceBridge
from app.ui.bridges.nps import NpsBridge
from app.ui.bridges.printing import PrintBridge
from app.ui.bridges.returns import ReturnsBridge
from app.ui.bridges.session import SessionBridge
from app.ui.bridges.status import StatusBridge
from app.ui.flows import TillFlows
from app.ui.formatting import ShopFormat
from app.ui.languages import apply_direction, remember_language, screen_language, use_language
from app.ui.pages.login import LoginPage
from app.ui.pages.sale import SalePage
from app.ui.pages.shift_open import ShiftOpenPage
from app.ui.scanning import WedgeFilter
from app.ui.tasks import TaskRunner
from app.ui.widgets.scan_field import FocusKeeper
from app.ui.widgets.status_bar import TillStatusBar
from app.ui.wiring import TillDeps

log = logging.getLogger(__name__)

__all__ = ["SCREEN_SIZE", "TillWindow", "apply_direction"]

SCREEN_SIZE = (1366, 768)


class TillWindow(QMainWindow):
    def __init__(self, deps: TillDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tillWindow")
        self.deps = deps
        till = deps.till
        context = till.context
        # The screens speak the language chosen at login (or the shop's); receipts always speak the shop's.
        self.language = screen_language() or context.language
        self.fmt = ShopFormat(self.language, context.currency, context.timezone)
        self.setWindowTitle(
            self.tr("Kupa — {shop}, till {till}").format(shop=context.shop_name, till=context.till_code)
        )
        self.resize(*SCREEN_SIZE)
        self.db_runner = TaskRunner("db", parent=self)
        self.lookup_runner = TaskRunner("lookup", parent=self)
        self.sync_runner = TaskRunner("sync", parent=self)
        self.print_runner = TaskRunner("print", parent=self)
        self.session = SessionBridge(till.auth, till.shifts, self.db_runner, self)
        self.checkout = CheckoutBridge(till.checkout, deps.suspended, self.db_runner, self)
        self.returns = ReturnsBridge(till.returns, self.db_runner, self)
        self.printing = PrintBridge(deps.printing, self.print_runner, self)
        self.devices = DeviceBridge(deps.readers, keyboard_wedge=deps.wedge is not None, parent=self)
        self.wedge = (
            WedgeFilter(deps.wedge, self, self.route_scan, now_ms=deps.wedge_clock) if deps.wedge is not None else None
        )
        self.status = StatusBridge(
            deps.sync_probe, till.clock, self.sync_runner, interval_ms=deps.sync_interval_ms, parent=self
        )
        self.flows = TillFlows(self)
        self.manager_runner = TaskRunner("manager", parent=self)
        self.search_runner = TaskRunner("memberSearch", parent=self)
        self.nps = NpsBridge(deps.manager.nps, self.db_runner, self) if deps.manager is not None else None

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._focus_keeper: FocusKeeper | None = None
        self._build_pages()
        self.session.logged_in.connect(self._on_session_logged_in)
        self.session.login_failed.connect(self._on_session_login_failed)
        self.session.shift_missing.connect(self._on_session_shift_missing)
        self.session.shift_opened.connect(self._on_session_shift_opened)
        self.session.shift_closed.connect(self._on_session_shift_closed)
        self.session.logged_out.connect(self._on_session_logged_out)
        self.session.problem.connect(self._on_session_problem)
        self.checkout.voided.connect(self._on_checkout_voided)
        self.checkout.completed.connect(self._on_checkout_completed)
        self.printing.status.connect(self._on_printing_status)
        self.devices.status.connect(self._on_devices_status)
        self.devices.scanned.connect(self._on_devices_scanned)
        if self.wedge is not None:
            self.wedge.scanned.connect(self._on_wedge_scanned)
        self.printing.problem.connect(self._on_printing_problem)
        self.status.sync_changed.connect(self._on_status_sync_changed)
        self.status.tick.connect(self._on_status_tick)
        self.status_bar.set_clock(till.clock())
        till.sync.subscribe(self.status.post)
        self.status.start()
        self.printing.announce()
        self.devices.start()
        if self.wedge is not None:
            self.wedge.install()
        self._show_login()

    # -- pages -----------------------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        """Make the pages and the status bar in the current language (again, after a language switch)."""
        context = self.deps.till.context
        old = [w for w in (self.stack.widget(i) for i in range(self.stack.count())) if w is not None]
        self.login_page = LoginPage(context.shop_name, context.till_code, self.language, self.stack)
        self.shift_page = ShiftOpenPage(self.fmt, self.stack)
        self.sale_page = SalePage(self.checkout, self.fmt, self.stack)
        for page in (self.login_page, self.shift_page, self.sale_page):
            self.stack.addWidget(page)
        for widget in old:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.status_bar = TillStatusBar(self.fmt, self)
        self.setStatusBar(self.status_bar)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if self._focus_keeper is not None:
                app.focusChanged.disconnect(self._focus_keeper._on_app_focus_changed)
            self._focus_keeper = FocusKeeper(self.sale_page, self.sale_page.scan)
            app.focusChanged.connect(self._focus_keeper._on_app_focus_changed)
        self.login_page.pin_entered.connect(self.session.login)
        self.login_page.language_chosen.connect(self.switch_language)
        self.shift_page.float_counted.connect(self.session.open_shift)
        self.shift_page.cancelled.connect(self.session.logout)
        commands = self.sale_page.commands
        flows = self.flows
        commands["pay"].triggered.connect(flows.open_payment)
        commands["lookup"].triggered.connect(flows.open_lookup)
        commands["park"].triggered.connect(self.park_sale)
        commands["resume"].triggered.connect(flows.open_parked)
        commands["void"].triggered.connect(flows.void_sale)
        commands["returns"].triggered.connect(flows.open_returns)
        commands["xReport"].triggered.connect(flows.show_x_report)
        commands["closeShift"].triggered.connect(flows.close_shift)
        commands["logout"].triggered.connect(self.session.logout)
        commands["receipts"].triggered.connect(flows.open_receipts)
        commands["manager"].triggered.connect(flows.open_manager)

    def switch_language(self, language: str) -> None:
        """Speak ``language`` on the screens from now on (chosen at login; receipts keep the shop's language).

        Only the login page offers the choice, so no sale or dialog is open: the pages are made again in the
        new language and the till remembers the choice for the next start.
        """
        if language == self.language or self.stack.currentWidget() is not self.login_page:
            return
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        use_language(app, language)
        remember_language(language)
        context = self.deps.till.context
        self.language = language
        self.fmt = ShopFormat(language, context.currency, context.timezone)
        self.setWindowTitle(
            self.tr("Kupa — {shop}, till {till}").format(shop=context.shop_name, till=context.till_code)
        )
        self._build_pages()
        self.status_bar.set_clock(self.deps.till.clock())
        last = self.status.last
        if last is not None:
            self._on_status_sync_changed(last)
        self.printing.announce()
        self.devices.announce()
        self._show_login()
        log.info("screen language switched to %s", language)

    def _on_printing_status(self, text: str, state: str) -> None:
        self.status_bar.set_printer(text, state)

    def _on_devices_status(self, text: str, state: str) -> None:
        self.status_bar.set_scanner(text, state)

    def _on_status_tick(self, now: datetime) -> None:
        self.status_bar.set_clock(now)

    def _on_session_login_failed(self, message: str) -> None:
        self.login_page.reset(message)

    def _show_login(self, message: str = "") -> None:
        self.stack.setCurrentWidget(self.login_page)
        self.login_page.reset(message)

    def _on_session_logged_in(self, staff: StaffMember) -> None:
        self.status_bar.set_cashier(staff.name)

    def _on_session_shift_missing(self) -> None:
        cashier = self.session.cashier
        self.stack.setCurrentWidget(self.shift_page)
        self.shift_page.reset(cashier.name if cashier else "")
        self.status_bar.set_shift(None)

    def _on_session_shift_opened(self, report: ShiftReport) -> None:
        cashier = self.session.cashier
        self.status_bar.set_shift(report)
        if cashier is None:
            return
        self.stack.setCurrentWidget(self.sale_page)
        self.sale_page.totals.show_empty()
        self.sale_page.clear_message()
        if self.checkout.begin(cashier):
            self._restore_in_progress()
        self.sale_page.focus_scan()

    def _restore_in_progress(self) -> None:
        for parked in self.checkout.parked():
            if parked.in_progress and self.checkout.resume(parked.id):
                self.sale_page.show_notice(self.tr("The sale that was open when the till stopped is back."))
                return

    def _on_session_logged_out(self) -> None:
        self.checkout.end()
        self.status_bar.set_cashier(None)
        self._show_login()

    def _on_session_problem(self, text: str) -> None:
        if self.stack.currentWidget() is self.shift_page:
            self.shift_page.show_problem(text)
        else:
            self.sale_page.show_problem(text)

    def _on_session_shift_closed(self, report: ShiftReport) -> None:
        self.status_bar.set_shift(None)
        self.checkout.end()
        self.flows.show_report(report, lambda _result: self.session.logout())
        if self.printing.has_printer:
            self.printing.print_report(report)

    # -- dialogs ---------------------------------------------------------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        """The dialog open over the window, if any (scans go to it)."""
        return self.flows.dialog

    def park_sale(self) -> None:
        cashier = self.session.cashier
        now = self.deps.till.clock()
        label = self.tr("{time} by {name}").format(time=self.fmt.time(now), name=cashier.name if cashier else "")
        self.checkout.park(label)

    def route_scan(self, text: str) -> bool:
        """A scan from any reader: the open dialog takes it if it can, else the sale; False when nobody can."""
        taken = self.flows.take_scan(text)
        if taken is not None:
            return taken
        if self.stack.currentWidget() is self.sale_page:
            self.sale_page.clear_message()
            self.checkout.scan(text)
            return True
        return False

    def _on_devices_scanned(self, text: str, _source: str) -> None:
        self.route_scan(text)

    def _on_wedge_scanned(self, _text: str) -> None:
        self.devices.wedge_scan()

    def _on_checkout_completed(self, done: Completed) -> None:
        self.flows.print_record(done.record, done.loyalty)
        self.deps.till.sync.wake()
        self.status.refresh()
        if self.deps.ask_nps and done.record.card_id is not None:
            QTimer.singleShot(0, lambda: self.flows.ask_nps(done.record.id))

    def _on_printing_problem(self, text: str) -> None:
        if self.dialog is None:
            self.sale_page.show_problem(text)

    def _on_checkout_voided(self, record: SaleRecord) -> None:
        self.sale_page.totals.show_empty()
        self.sale_page.show_notice(self.tr("Sale {number} voided.").format(number=record.number))

    # -- status ----------------------------------------------------------------------------------------------

    def _on_status_sync_changed(self, status: SyncStatus) -> None:
        self.status_bar.set_sync(status, self.deps.till.clock())

    # -- shutting down ---------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Park a sale in progress (it comes back at the next login) and let running work finish."""
        if self.checkout.has_items and not self.checkout.busy:
            snapshot = self.checkout.snapshot()
            if snapshot is not None and not snapshot.payments:
                self.checkout.park(self.tr("In progress"), in_progress=True)
        self.status.stop()
        self.deps.till.sync.subscribe(None)
        if self.wedge is not None:
            self.wedge.remove()
        self.devices.stop()
        runners = (self.db_runner, self.sync_runner, self.lookup_runner, self.print_runner, self.manager_runner)
        for runner in (*runners, self.search_runner):
            runner.wait(10_000)
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._focus_keeper is not None:
            app.focusChanged.disconnect(self._focus_keeper._on_app_focus_changed)
            self._focus_keeper = None
        super().closeEvent(event)
