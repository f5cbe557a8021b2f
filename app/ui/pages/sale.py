"""The sale screen: scan field, cart table, member panel, totals, message line and a key for every action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain.cart import PricedLine
from app.services.checkout import Completed
from app.services.loyalty_views import MemberView
from app.ui.bridges.checkout import CheckoutBridge
from app.ui.bridges.snapshot import SaleSnapshot
from app.ui.dialogs.quantity import QuantityDialog, parse_quantity
from app.ui.formatting import ShopFormat
from app.ui.theme import restyle
from app.ui.widgets.action_bar import ActionBar
from app.ui.widgets.cart_table import CartModel, CartTable
from app.ui.widgets.member_panel import MemberPanel
from app.ui.widgets.scan_field import ScanField
from app.ui.widgets.totals import TotalsPanel

# name, key, tone; the window connects the ones that open dialogs, the page handles the rest.
ACTIONS: tuple[tuple[str, str, str | None], ...] = (
    ("quantity", "*", None),
    ("remove", "Del", None),
    ("lookup", "F2", None),
    ("detachCard", "F3", None),
    ("park", "F5", None),
    ("resume", "F6", None),
    ("returns", "F7", None),
    ("void", "F8", "stop"),
    ("receipts", "F9", None),
    ("xReport", "F10", None),
    ("closeShift", "F11", None),
    ("logout", "F4", None),
    ("manager", "F1", None),
    ("pay", "F12", "go"),
)


class SalePage(QWidget):
    def __init__(self, bridge: CheckoutBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salePage")
        self._bridge = bridge
        self._fmt = fmt
        self._last_line: str | None = None
        self._snapshot: SaleSnapshot | None = None
        self.commands = self._make_actions()

        self.scan = ScanField(self)
        self.message = QLabel(self)
        self.message.setObjectName("saleMessage")
        self.message.setProperty("role", "message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.model = CartModel(fmt, self)
        self.table = CartTable(self.model, self)
        self.member = MemberPanel(fmt, self)
        self.totals = TotalsPanel(fmt, self)
        order = [self.commands[name] for name, _key, _tone in ACTIONS if name != "pay"]
        self.action_bar = ActionBar(order, columns=7, parent=self)
        self.pay_bar = ActionBar([self.commands["pay"]], columns=1, parent=self)
        self.pay_bar.buttons[0].setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        left = QVBoxLayout()
        left.addWidget(self.scan)
        left.addWidget(self.message)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self.member, 1)
        right.addWidget(self.totals)
        main = QHBoxLayout()
        main.addLayout(left, 62)
        main.addLayout(right, 38)
        bottom = QHBoxLayout()
        bottom.addWidget(self.action_bar, 5)
        bottom.addWidget(self.pay_bar, 1)
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 10, 10, 8)
        root.setSpacing(8)
        root.addLayout(main, 1)
        root.addLayout(bottom)

        self.scan.submitted.connect(self._on_scan_submitted)
        self.scan.quantity_requested.connect(self._on_scan_quantity_requested)
        self.scan.move_requested.connect(self.table.move_selection)
        self.commands["remove"].triggered.connect(self._on_remove_triggered)
        self.commands["quantity"].triggered.connect(lambda: self._on_scan_quantity_requested(""))
        self.commands["detachCard"].triggered.connect(bridge.detach_card)
        bridge.sale_changed.connect(self._on_bridge_sale_changed)
        bridge.line_added.connect(self._on_bridge_line_added)
        bridge.member_changed.connect(self._on_bridge_member_changed)
        bridge.card_refused.connect(self.member.show_refused)
        bridge.problem.connect(self.show_problem)
        bridge.notice.connect(self.show_notice)
        bridge.completed.connect(self._on_bridge_completed)
        bridge.busy_changed.connect(self._on_bridge_busy_changed)

    def _make_actions(self) -> dict[str, QAction]:
        texts = {
            "quantity": self.tr("Quantity"),
            "remove": self.tr("Remove line"),
            "lookup": self.tr("Price lookup"),
            "detachCard": self.tr("Remove card"),
            "park": self.tr("Park sale"),
            "resume": self.tr("Parked sales"),
            "returns": self.tr("Return"),
            "void": self.tr("Void sale"),
            "receipts": self.tr("Receipts"),
            "xReport": self.tr("X report"),
            "closeShift": self.tr("Close shift"),
            "logout": self.tr("Log out"),
            "manager": self.tr("Manager"),
            "pay": self.tr("Pay"),
        }
        actions: dict[str, QAction] = {}
        for name, key, tone in ACTIONS:
            action = QAction(texts[name], self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if tone:
                action.setProperty("tone", tone)
            self.addAction(action)
            actions[name] = action
        return actions

    # -- what the cashier sees -------------------------------------------------------------------------------

    def focus_scan(self) -> None:
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, text: str) -> None:
        self._message(text, "problem")

    def show_notice(self, text: str) -> None:
        self._message(text, "notice")

    def clear_message(self) -> None:
        self._message("", "")

    def _message(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        self.message.setVisible(bool(text))
        restyle(self.message)

    def selected_line(self) -> PricedLine | None:
        line_id = self.table.selected_line()
        if line_id is None or self._snapshot is None:
            return None
        for priced in self._snapshot.priced.lines:
            if priced.line.line_id == line_id:
                return priced
        return None

    def _on_bridge_sale_changed(self, snapshot: SaleSnapshot) -> None:
        selected = self.table.selected_line() or self._last_line
        self._snapshot = snapshot
        self.model.set_cart(snapshot.priced)
        if selected is not None and self.model.row_of(selected) >= 0:
            self.table.select_line(selected)
        else:
            self.table.select_last()
        if snapshot.priced.lines or snapshot.payments:
            self.totals.show_sale(snapshot)
        has_items = not snapshot.is_empty
        for name in ("pay", "park", "void", "remove", "quantity"):
            self.commands[name].setEnabled(has_items)
        self.commands["detachCard"].setEnabled(snapshot.member is not None)
        editable = not snapshot.payments
        self.commands["remove"].setEnabled(has_items and editable)
        self.commands["quantity"].setEnabled(has_items and editable)
        self.commands["park"].setEnabled(has_items and editable)
        self.commands["resume"].setEnabled(not has_items)
        self.commands["xReport"].setEnabled(not has_items)
        self.commands["closeShift"].setEnabled(not has_items)
        self.commands["logout"].setEnabled(not has_items)
        self.commands["manager"].setEnabled(not has_items)

    def _on_bridge_line_added(self, line_id: str) -> None:
        self._last_line = line_id
        self.table.select_line(line_id)
        self.clear_message()

    def _on_bridge_member_changed(self, member: MemberView | None) -> None:
        self.member.show_member(member)
        if member is not None:
            self.clear_message()

    def _on_bridge_completed(self, done: Completed) -> None:
        self._last_line = None
        self.totals.show_change(done.record.change, done.record.total)
        self.member.clear_banner()
        self.show_notice(
            self.tr("Sale {number} completed. Change: {change}").format(
                number=done.record.number, change=self._fmt.money(done.record.change)
            )
        )

    def _on_bridge_busy_changed(self, busy: bool) -> None:
        self.commands["pay"].setEnabled(not busy and self._bridge.has_items)

    # -- keys the page handles itself ------------------------------------------------------------------------

    def _on_scan_submitted(self, text: str) -> None:
        self.clear_message()
        self._bridge.scan(text)

    def _on_scan_quantity_requested(self, typed: str) -> None:
        priced = self.selected_line()
        if priced is None:
            self.show_problem(self.tr("Scan an item first, then set its quantity."))
            return
        by_weight = priced.line.product.sold_by_weight
        if typed:
            qty = parse_quantity(typed, by_weight=by_weight)
            if qty is None:
                self.show_problem(self.tr("{typed} is not a quantity.").format(typed=typed))
                return
            self._bridge.set_quantity(priced.line.line_id, qty)
            return
        current = self._fmt.quantity(priced.line.qty_milli, "pc" if not by_weight else "").strip()
        dialog = QuantityDialog(
            priced.line.product.name,
            current.replace(self._fmt.locale.groupSeparator(), ""),
            by_weight=by_weight,
            decimal_point=self._fmt.locale.decimalPoint(),
            parent=self,
        )
        line_id = priced.line.line_id

        def finished(result: int) -> None:
            if result and dialog.qty_milli is not None:
                self._bridge.set_quantity(line_id, dialog.qty_milli)
            self.focus_scan()

        dialog.finished.connect(finished)
        dialog.open()

    def _on_remove_triggered(self) -> None:
        line_id = self.table.selected_line()
        if line_id is None:
            self.show_problem(self.tr("Choose a line with the arrow keys first."))
            return
        self._bridge.remove_line(line_id)
