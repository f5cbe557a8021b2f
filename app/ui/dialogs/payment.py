"""Payment: cash with change, card, points (within the cap), gift card; split freely; then complete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.money import Money, exponent
from app.domain.tender import Payment, TenderKind
from app.services.checkout import Completed
from app.ui.bridges.checkout import CheckoutBridge
from app.ui.bridges.snapshot import SaleSnapshot
from app.ui.dialogs.base import TillDialog
from app.ui.formatting import ShopFormat
from app.ui.messages import describe
from app.ui.phrases import say
from app.ui.widgets.keypad import Keypad
from app.ui.widgets.payments_panel import PaymentsPanel

NOTES = (5, 10, 20, 50, 100, 200, 500)
TENDER_KEYS = {
    Qt.Key.Key_F1: TenderKind.CASH,
    Qt.Key.Key_F2: TenderKind.CARD,
    Qt.Key.Key_F3: TenderKind.POINTS,
    Qt.Key.Key_F4: TenderKind.GIFT,
}


def quick_cash(remaining: Money, count: int = 3) -> list[Money]:
    """Round amounts a customer is likely to hand over: the next notes at or above what is due."""
    unit = 10 ** exponent(remaining.currency)
    found: list[Money] = []
    for note in NOTES:
        value = note * unit
        rounded = -(-remaining.minor // value) * value
        if rounded > remaining.minor and all(m.minor != rounded for m in found):
            found.append(Money(rounded, remaining.currency))
        if len(found) == count:
            break
    return found


def redeemable(snapshot: SaleSnapshot) -> Money | None:
    """How much more of this sale the member's points may pay (the engine's cap less points already taken)."""
    member = snapshot.member
    value = member.max_redeemable_value if member is not None else None
    if value is None:
        return None
    for payment in snapshot.payments:
        if payment.kind is TenderKind.POINTS:
            value = value - payment.amount
    return value if value.is_positive else None


class PaymentDialog(TillDialog):
    """Payments go to the sale as they are taken; the one that covers what is due completes the sale."""

    def __init__(self, bridge: CheckoutBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__("paymentDialog", self.tr("Payment"), parent)
        self._bridge = bridge
        self._fmt = fmt
        self._snapshot: SaleSnapshot | None = None
        self._completing = False
        self.completed_sale: Completed | None = None
        root = QHBoxLayout(self)
        root.setSpacing(16)
        root.addLayout(self._build_entry(), 3)
        root.addLayout(self._build_summary(), 2)
        bridge.sale_changed.connect(self._on_bridge_sale_changed)
        bridge.problem.connect(self._on_bridge_problem)
        bridge.completed.connect(self._on_bridge_completed)
        bridge.completion_failed.connect(self._on_bridge_completion_failed)
        snapshot = bridge.snapshot()
        if snapshot is not None:
            self._show(snapshot)
        self.select_tender(TenderKind.CASH)
        self.resize(1180, 680)

    # -- layout ----------------------------------------------------------------------------------------------

    def _build_entry(self) -> QVBoxLayout:
        column = QVBoxLayout()
        tenders = QHBoxLayout()
        self._tenders = QButtonGroup(self)
        self._tenders.setExclusive(True)
        self.tender_buttons: dict[TenderKind, QPushButton] = {}
        labels = {
            TenderKind.CASH: self.tr("Cash\nF1"),
            TenderKind.CARD: self.tr("Card\nF2"),
            TenderKind.POINTS: self.tr("Points\nF3"),
            TenderKind.GIFT: self.tr("Gift card\nF4"),
        }
        for kind, text in labels.items():
            button = self.button(text, f"tender_{kind.value}")
            button.setCheckable(True)
            button.setMinimumHeight(70)
            button.clicked.connect(lambda _checked=False, k=kind: self.select_tender(k))
            self._tenders.addButton(button)
            tenders.addWidget(button)
            self.tender_buttons[kind] = button
        column.addLayout(tenders)
        self.amount_caption = QLabel(self)
        self.amount_caption.setProperty("role", "subtitle")
        column.addWidget(self.amount_caption)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amountField")
        self.amount.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column.addWidget(self.amount)
        self.reference_caption = QLabel(self.tr("Gift card or slip number"), self)
        self.reference_caption.setProperty("role", "hint")
        column.addWidget(self.reference_caption)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("referenceField")
        self.reference.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        column.addWidget(self.reference)
        self.quick = QHBoxLayout()
        self.quick_buttons: list[QPushButton] = []
        for index in range(4):
            button = self.button("", f"quick_{index}")
            button.clicked.connect(lambda _checked=False, i=index: self._on_quick_clicked(i))
            self.quick.addWidget(button)
            self.quick_buttons.append(button)
        column.addLayout(self.quick)
        keypad = Keypad(self.amount, decimal_point=self._fmt.locale.decimalPoint(), parent=self)
        keypad.entered.connect(self.enter_pressed)
        column.addWidget(keypad, 1)
        return column

    def _build_summary(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.panel = PaymentsPanel(self._fmt, self)
        self.figures = self.panel.figures
        self.payments = self.panel.payments
        column.addWidget(self.panel, 1)
        coupon_row = QHBoxLayout()
        coupon_caption = QLabel(self.tr("Coupon (F5)"), self)
        coupon_caption.setProperty("role", "hint")
        self.coupon = QLineEdit(self)
        self.coupon.setObjectName("couponField")
        self.coupon.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        coupon_row.addWidget(coupon_caption)
        coupon_row.addWidget(self.coupon, 1)
        column.addLayout(coupon_row)
        self.message = self.message_label()
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = self.button(self.tr("Back (Esc)"), "backButton")
        cancel.clicked.connect(self.reject)
        self.complete_button = self.button(self.tr("Complete\nF12"), "completeButton", tone="go")
        self.complete_button.setMinimumHeight(76)
        self.complete_button.clicked.connect(self.complete)
        buttons.addWidget(cancel, 1)
        buttons.addWidget(self.complete_button, 2)
        column.addLayout(buttons)
        return column

    # -- state -----------------------------------------------------------------------------------------------

    @property
    def tender(self) -> TenderKind:
        for kind, button in self.tender_buttons.items():
            if button.isChecked():
                return kind
        return TenderKind.CASH

    def select_tender(self, kind: TenderKind) -> None:
        button = self.tender_buttons[kind]
        if not button.isEnabled():
            return
        button.setChecked(True)
        points = kind is TenderKind.POINTS
        self.amount_caption.setText(self.tr("Amount paid with points") if points else self.tr("Amount"))
        needs_reference = kind in (TenderKind.GIFT, TenderKind.CARD)
        self.reference.setVisible(needs_reference)
        self.reference_caption.setVisible(needs_reference)
        self.reference_caption.setText(
            self.tr("Gift card number") if kind is TenderKind.GIFT else self.tr("Slip number (optional)")
        )
        self._prefill()
        if kind is TenderKind.GIFT:
            self.reference.setFocus()
        else:
            self.amount.setFocus()

    def _prefill(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        due = snapshot.remaining
        if self.tender is TenderKind.POINTS:
            cap = redeemable(snapshot)
            due = due.min(cap) if cap is not None else Money.zero(due.currency)
        self.amount.setText(self._fmt.plain_amount(due) if due else "")
        self.amount.selectAll()

    def _show(self, snapshot: SaleSnapshot) -> None:
        self._snapshot = snapshot
        fmt = self._fmt
        self.panel.show_sale(snapshot)
        paid_up = not snapshot.remaining and bool(snapshot.priced.lines)
        self.complete_button.setEnabled(paid_up and not self._completing)
        cap = redeemable(snapshot)
        points = self.tender_buttons[TenderKind.POINTS]
        points.setEnabled(cap is not None and not paid_up)
        if cap is not None:
            points.setText(self.tr("Points\nF3 · up to {amount}").format(amount=fmt.money(cap)))
        else:
            points.setText(self.tr("Points\nF3"))
        member = snapshot.member
        points.setToolTip(
            say(member.redemption_reason, fmt)
            if member is not None and cap is None and member.redemption_reason is not None
            else self.tr("Scan a member card with points first")
            if member is None
            else ""
        )
        self.coupon.setEnabled(not snapshot.payments)
        self.tender_buttons[TenderKind.GIFT].setEnabled(not paid_up)
        self.tender_buttons[TenderKind.CARD].setEnabled(not paid_up)
        for button, amount in zip(self.quick_buttons, [snapshot.remaining, *quick_cash(snapshot.remaining)]):
            button.setProperty("amount", amount.minor)
            button.setText(self.tr("Exact") if amount == snapshot.remaining else fmt.money(amount))
            button.setVisible(bool(snapshot.remaining))
        for button in self.quick_buttons[1 + len(quick_cash(snapshot.remaining)) :]:
            button.hide()
        if self.tender is TenderKind.POINTS and not points.isEnabled():
            self.select_tender(TenderKind.CASH)
        self._prefill()

    # -- actions ---------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in TENDER_KEYS:
            self.select_tender(TENDER_KEYS[Qt.Key(key)])
            return
        if key == Qt.Key.Key_F12:
            self.complete()
            return
        if key == Qt.Key.Key_F5 and self.coupon.isEnabled():
            self.coupon.setFocus()
            return
        if key == Qt.Key.Key_Delete and not self.amount.hasFocus():
            self.remove_selected()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.panel.move_selection(-1 if key == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def enter_pressed(self) -> None:
        snapshot = self._snapshot
        if snapshot is None or self._completing:
            return
        if self.coupon.hasFocus():
            self.present_coupon()
            return
        if not snapshot.remaining:
            self.complete()
            return
        self.take_payment()

    def take_payment(self) -> bool:
        """Add a payment of the selected tender for the amount typed (or what is due when empty)."""
        snapshot = self._snapshot
        if snapshot is None:
            return False
        kind = self.tender
        self.show_message(self.message, "")
        try:
            taken = self._add(kind, snapshot)
        except DomainError as error:
            self.show_message(self.message, describe(error))
            return False
        if not taken:
            return False
        self.reference.clear()
        if self._snapshot is not None and not self._snapshot.remaining:
            self.complete()
        elif kind is not TenderKind.CASH:
            self.select_tender(TenderKind.CASH)
        return True

    def _add(self, kind: TenderKind, snapshot: SaleSnapshot) -> bool:
        """Hand one payment of the chosen tender to the sale; False (with a message) when it was not taken."""
        text = self.amount.text().strip()
        reference = self.reference.text().strip() or None
        amount = Money.parse(text, self._fmt.currency) if text else snapshot.remaining
        if kind is TenderKind.POINTS:
            return self._bridge.pay_with_points(amount)
        if kind is TenderKind.GIFT:
            if reference is None:
                self.show_message(self.message, self.tr("Scan or type the gift card number."))
                self.reference.setFocus()
                return False
            return self._bridge.pay_with_gift_card(reference, amount)
        return self._bridge.add_payment(Payment(kind, amount, reference=reference))

    def accept_scan(self, text: str) -> bool:
        """A scanned gift card while the gift card tender is chosen fills its number; other scans are not taken."""
        if self.tender is not TenderKind.GIFT:
            self.show_message(self.message, self.tr("Finish the payment before scanning items."))
            return True
        self.reference.setText(text)
        self.amount.setFocus()
        self.amount.selectAll()
        return True

    def present_coupon(self) -> None:
        code = self.coupon.text().strip()
        if not code:
            return
        explanation = self._bridge.present_coupon(code)
        if explanation is not None:
            self.coupon.clear()
            self.show_message(self.message, explanation, "notice")
            self.amount.setFocus()
            self.amount.selectAll()

    def _on_quick_clicked(self, index: int) -> None:
        amount = self.quick_buttons[index].property("amount")
        if not isinstance(amount, int):
            return
        self.select_tender(TenderKind.CASH)
        self.amount.setText(self._fmt.plain_amount(Money(amount, self._fmt.currency)))
        self.take_payment()

    def remove_selected(self) -> None:
        payment_id = self.panel.selected_payment()
        if payment_id is not None:
            self._bridge.remove_payment(payment_id)

    def complete(self) -> None:
        snapshot = self._snapshot
        if snapshot is None or self._completing:
            return
        if snapshot.remaining:
            self.show_message(
                self.message, self.tr("{due} is still to pay.").format(due=self._fmt.money(snapshot.remaining))
            )
            return
        self._completing = True
        self.complete_button.setEnabled(False)
        self.show_message(self.message, self.tr("Completing the sale…"), "notice")
        self._bridge.complete()

    def _on_bridge_sale_changed(self, snapshot: SaleSnapshot) -> None:
        if not self._completing:
            self._show(snapshot)

    def _on_bridge_problem(self, text: str) -> None:
        if self.isVisible():
            self.show_message(self.message, text)

    def _on_bridge_completed(self, done: Completed) -> None:
        self.completed_sale = done
        self._completing = False
        self.accept()

    def _on_bridge_completion_failed(self, text: str) -> None:
        self._completing = False
        self.show_message(self.message, text)
        if self._snapshot is not None:
            self._show(self._snapshot)

    def reject(self) -> None:
        if not self._completing:
            super().reject()

    def done(self, result: int) -> None:
        if not self.isVisible():
            return
        for signal, slot in (
            (self._bridge.sale_changed, self._on_bridge_sale_changed),
            (self._bridge.problem, self._on_bridge_problem),
            (self._bridge.completed, self._on_bridge_completed),
            (self._bridge.completion_failed, self._on_bridge_completion_failed),
        ):
            signal.disconnect(slot)
        super().done(result)
