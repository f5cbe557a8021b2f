"""CheckoutBridge: the sale screen's only way to the checkout service; it reports every change as a signal."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app.domain.catalog import Product
from app.domain.errors import DomainError
from app.domain.money import Money
from app.domain.sale import Sale, SaleRecord
from app.domain.tender import Payment, change_due
from app.services.auth import StaffMember
from app.services.checkout import CheckoutService, Completed
from app.services.loyalty_gateway import CardNotUsable, UnknownCard
from app.services.loyalty_views import MemberView
from app.services.suspended import ParkedSale, SuspendedSales
from app.ui.bridges.snapshot import SaleSnapshot
from app.ui.messages import describe
from app.ui.phrases import say
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class CheckoutBridge(QObject):
    """Holds the sale in progress and calls the checkout service for every cashier action.

    Quick lookups (a scan is one indexed read) run on the UI thread; completing and voiding a sale run on the
    database task runner, and scans that arrive meanwhile are kept and applied to the next sale.
    """

    sale_changed = Signal(SaleSnapshot)
    line_added = Signal(str)
    member_changed = Signal(object)
    card_refused = Signal(str)
    problem = Signal(str)
    notice = Signal(str)
    completed = Signal(Completed)
    completion_failed = Signal(str)
    voided = Signal(SaleRecord)
    busy_changed = Signal(bool)

    def __init__(
        self,
        checkout: CheckoutService,
        suspended: SuspendedSales,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkout = checkout
        self._suspended = suspended
        self._runner = runner
        self._sale: Sale | None = None
        self._member: MemberView | None = None
        self._cashier: StaffMember | None = None
        self._busy = False
        self._pending_scans: list[str] = []

    # -- state -----------------------------------------------------------------------------------------------

    @property
    def sale(self) -> Sale | None:
        return self._sale

    @property
    def member(self) -> MemberView | None:
        return self._member

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def has_items(self) -> bool:
        return self._sale is not None and not self._sale.cart.is_empty()

    @property
    def currency(self) -> str:
        return self._checkout.context.currency

    def snapshot(self) -> SaleSnapshot | None:
        sale = self._sale
        if sale is None:
            return None
        priced = sale.priced()
        return SaleSnapshot(
            sale_id=sale.id,
            priced=priced,
            payments=tuple(sale.payments),
            paid=sale.paid,
            remaining=sale.remaining,
            change=change_due(priced.total, sale.payments),
            member=self._member,
        )

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _changed(self) -> None:
        sale = self._sale
        if sale is not None and sale.card_id is not None:
            fresh = self._checkout.member_view(sale)
            if fresh is not None and fresh != self._member:
                self._set_member(fresh)
        snapshot = self.snapshot()
        if snapshot is not None:
            self.sale_changed.emit(snapshot)

    def _refuse(self, error: DomainError) -> None:
        log.info("refused: %s", error.code)
        self.problem.emit(describe(error))

    def _editable(self) -> Sale | None:
        if self._busy:
            self.problem.emit(self.tr("Please wait: the last sale is still being saved."))
            return None
        if self._sale is None:
            self.problem.emit(self.tr("No sale is open: log in and open a shift."))
        return self._sale

    # -- sale lifecycle --------------------------------------------------------------------------------------

    def begin(self, cashier: StaffMember) -> bool:
        """Start an empty sale for this cashier; False (and a problem) when no shift is open."""
        self._cashier = cashier
        return self._new_sale()

    def end(self) -> None:
        """Forget the sale in progress (the cashier logged out after parking or finishing it)."""
        self._sale = None
        self._cashier = None
        self._set_member(None)

    def _new_sale(self) -> bool:
        if self._cashier is None:
            return False
        try:
            self._sale = self._checkout.start_sale(self._cashier.id)
        except DomainError as error:
            self._sale = None
            self._refuse(error)
            return False
        self._set_member(None)
        self._changed()
        return True

    def _set_member(self, member: MemberView | None) -> None:
        self._member = member
        self.member_changed.emit(member)

    # -- items -----------------------------------------------------------------------------------------------

    def scan(self, text: str) -> None:
        """A code from any reader or typed by hand: a product, a weighed label, or a member card."""
        code = text.strip()
        if not code:
            return
        if self._busy:
            self._pending_scans.append(code)
            return
        sale = self._editable()
        if sale is None:
            return
        try:
            outcome = self._checkout.scan(sale, code)
        except (UnknownCard, CardNotUsable) as error:
            self.card_refused.emit(describe(error))
            return
        except DomainError as error:
            self._refuse(error)
            return
        if outcome.member is not None:
            self._set_member(outcome.member)
        self._changed()
        if outcome.line is not None:
            self.line_added.emit(outcome.line.line_id)

    def attach_card(self, number: str) -> None:
        sale = self._editable()
        if sale is None:
            return
        try:
            member = self._checkout.attach_card(sale, number)
        except (UnknownCard, CardNotUsable) as error:
            self.card_refused.emit(describe(error))
            return
        except DomainError as error:
            self._refuse(error)
            return
        self._set_member(member)
        self._changed()

    def detach_card(self) -> None:
        sale = self._editable()
        if sale is None or sale.card_id is None:
            return
        try:
            self._checkout.detach_card(sale)
        except DomainError as error:
            self._refuse(error)
            return
        self._set_member(None)
        self._changed()

    def add_product(self, product: Product, qty_milli: int = 1000) -> None:
        sale = self._editable()
        if sale is None:
            return
        try:
            line = self._checkout.add_product(sale, product, qty_milli)
        except DomainError as error:
            self._refuse(error)
            return
        self._changed()
        self.line_added.emit(line.line_id)

    def set_quantity(self, line_id: str, qty_milli: int) -> None:
        sale = self._editable()
        if sale is None:
            return
        try:
            self._checkout.set_quantity(sale, line_id, qty_milli)
        except DomainError as error:
            self._refuse(error)
            return
        self._changed()

    def remove_line(self, line_id: str) -> None:
        sale = self._editable()
        if sale is None:
            return
        try:
            self._checkout.remove_line(sale, line_id)
        except DomainError as error:
            self._refuse(error)
            return
        self._changed()

    # -- payments --------------------------------------------------------------------------------------------

    def add_payment(self, payment: Payment) -> bool:
        sale = self._editable()
        if sale is None:
            return False
        try:
            self._checkout.add_payment(sale, payment)
        except DomainError as error:
            self._refuse(error)
            return False
        self._changed()
        return True

    def pay_with_points(self, amount: Money) -> bool:
        """Pay ``amount`` from the member's points (the loyalty engine prices it in points and checks the cap)."""
        sale = self._editable()
        if sale is None:
            return False
        try:
            payment = self._checkout.points_payment(sale, amount)
            self._checkout.add_payment(sale, payment)
        except DomainError as error:
            self._refuse(error)
            return False
        self._changed()
        return True

    def pay_with_gift_card(self, number: str, amount: Money) -> bool:
        sale = self._editable()
        if sale is None:
            return False
        try:
            payment = self._checkout.gift_payment(sale, number, amount)
            self._checkout.add_payment(sale, payment)
        except DomainError as error:
            self._refuse(error)
            return False
        self._changed()
        return True

    def present_coupon(self, code: str) -> str | None:
        """A coupon code for this sale: its discount in words, or None (and a problem saying why)."""
        sale = self._editable()
        if sale is None:
            return None
        try:
            explanation = say(self._checkout.present_coupon(sale, code))
        except DomainError as error:
            self._refuse(error)
            return None
        self._member = self._checkout.member_view(sale) or self._member
        self._changed()
        return explanation

    def remove_payment(self, payment_id: str) -> None:
        sale = self._editable()
        if sale is None:
            return
        try:
            self._checkout.remove_payment(sale, payment_id)
        except DomainError as error:
            self._refuse(error)
            return
        self._changed()

    def complete(self) -> None:
        """Complete the sale off the UI thread; ``completed`` or ``completion_failed`` follows."""
        sale = self._editable()
        if sale is None:
            return
        self._set_busy(True)
        self._runner.submit(lambda: self._checkout.complete(sale), self._on_runner_completed, self._on_runner_failed)

    def _on_runner_completed(self, done: Completed) -> None:
        self._set_busy(False)
        self.completed.emit(done)
        self._new_sale()
        self._replay_scans()

    def _on_runner_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._pending_scans.clear()
        if not isinstance(error, DomainError):
            log.error("completing a sale failed: %s", type(error).__name__, exc_info=error)
        self.completion_failed.emit(describe(error))
        self._changed()

    def _replay_scans(self) -> None:
        scans, self._pending_scans = self._pending_scans, []
        for code in scans:
            self.scan(code)

    def void(self, approver: StaffMember, reason: str = "") -> None:
        """Cancel the sale (a manager approved); it is kept as a voided record. Runs off the UI thread."""
        sale = self._editable()
        if sale is None:
            return
        self._set_busy(True)

        def done(record: SaleRecord) -> None:
            self._set_busy(False)
            self.voided.emit(record)
            self._new_sale()
            self._replay_scans()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.problem.emit(describe(error))

        self._runner.submit(lambda: self._checkout.void(sale, approved_by=approver.id, reason=reason), done, failed)

    # -- parking ---------------------------------------------------------------------------------------------

    def park(self, label: str, *, in_progress: bool = False) -> bool:
        sale = self._editable()
        if sale is None:
            return False
        try:
            self._suspended.park(sale, label, in_progress=in_progress)
        except DomainError as error:
            self._refuse(error)
            return False
        self.notice.emit(self.tr("Sale parked: {label}").format(label=label))
        if not in_progress:
            self._new_sale()
        return True

    def parked(self) -> list[ParkedSale]:
        return self._suspended.parked()

    def resume(self, parked_id: str) -> bool:
        """Take up a parked sale; the sale in progress must be empty (park it first)."""
        sale = self._editable()
        if sale is None or self._cashier is None:
            return False
        if not sale.cart.is_empty():
            self.problem.emit(self.tr("Park or finish the sale in progress first."))
            return False
        try:
            resumed = self._suspended.resume(parked_id, self._cashier.id)
        except DomainError as error:
            self._refuse(error)
            return False
        self._sale = resumed.sale
        self._set_member(resumed.member)
        if resumed.card_problem is not None:
            self.card_refused.emit(describe(resumed.card_problem))
        if resumed.dropped:
            self.problem.emit(self.tr("No longer sold, left out: {names}").format(names=", ".join(resumed.dropped)))
        self._changed()
        return True
