"""Price lookup: type part of a name, an SKU or a barcode; see prices; Enter adds the chosen item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalog import Product
from app.ui.dialogs.base import TillDialog
from app.ui.formatting import NUMBER_ALIGNMENT, ShopFormat
from app.ui.tasks import TaskRunner

Search = Callable[[str], list[Product]]


class PriceLookupDialog(TillDialog):
    """The search runs off the UI thread a moment after typing stops; ``chosen`` is the product to add."""

    def __init__(self, search: Search, runner: TaskRunner, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__("priceLookupDialog", self.tr("Price lookup"), parent)
        self._search = search
        self._runner = runner
        self._fmt = fmt
        self._asked = ""
        self._found: list[Product] = []
        self.chosen: Product | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Find an item by name, SKU or barcode"), self)
        title.setProperty("role", "subtitle")
        layout.addWidget(title)
        self.field = QLineEdit(self)
        self.field.setObjectName("lookupField")
        self.field.textChanged.connect(self._on_field_text_changed)
        layout.addWidget(self.field)
        self.results = QTableWidget(0, 2, self)
        self.results.setObjectName("lookupResults")
        self.results.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Price")])
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setShowGrid(False)
        self.results.verticalHeader().setVisible(False)
        self.results.verticalHeader().setDefaultSectionSize(48)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.results.cellClicked.connect(self._on_results_cell_clicked)
        layout.addWidget(self.results, 1)
        self.message = self.message_label()
        layout.addWidget(self.message)
        buttons = self.button(self.tr("Close (Esc)"), "closeButton")
        buttons.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.resize(760, 560)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.results.currentRow() + (-1 if event.key() == Qt.Key.Key_Up else 1)
            self.results.selectRow(max(0, min(self.results.rowCount() - 1, row)))
            return
        super().keyPressEvent(event)

    def _on_field_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        text = self.field.text().strip()
        self._asked = text
        if not text:
            self.results.setRowCount(0)
            return
        self._runner.submit(lambda: (text, self._search(text)), self._on_runner_found, self._on_runner_failed)

    def _on_runner_found(self, found: tuple[str, list[Product]]) -> None:
        text, products = found
        if text != self._asked:
            return
        self._found = list(products)
        self.results.setRowCount(len(products))
        for row, product in enumerate(products):
            unit = self.tr("/kg") if product.sold_by_weight else ""
            name = QTableWidgetItem(product.name)
            price = QTableWidgetItem(f"{self._fmt.money(product.price)}{unit}")
            price.setTextAlignment(NUMBER_ALIGNMENT)
            self.results.setItem(row, 0, name)
            self.results.setItem(row, 1, price)
        if products:
            self.results.selectRow(0)
            self.show_message(self.message, "")
        else:
            self.show_message(self.message, self.tr("Nothing found."), "notice")

    def _on_runner_failed(self, error: BaseException) -> None:
        self.show_message(self.message, str(error))

    def accept_scan(self, text: str) -> bool:
        """A barcode scanned while looking prices up: show that item."""
        self.field.setText(text)
        return True

    def _on_results_cell_clicked(self, row: int, _column: int) -> None:
        self.results.selectRow(row)
        self.enter_pressed()

    def enter_pressed(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self._on_debounce_timeout()
            return
        row = self.results.currentRow()
        if 0 <= row < len(self._found):
            self.chosen = self._found[row]
            self.accept()
