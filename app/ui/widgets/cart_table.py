"""The cart as a big table: name, quantity, price, discount, total; the selected line is what keys act on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain.cart import PricedCart, PricedLine
from app.ui.formatting import NUMBER_ALIGNMENT, ShopFormat
from app.ui.phrases import say

Index = QModelIndex | QPersistentModelIndex


class CartModel(QAbstractTableModel):
    NAME, QTY, PRICE, DISCOUNT, TOTAL = range(5)

    def __init__(self, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self._lines: tuple[PricedLine, ...] = ()

    def set_cart(self, priced: PricedCart | None) -> None:
        self.beginResetModel()
        self._lines = priced.lines if priced is not None else ()
        self.endResetModel()

    def line_id(self, row: int) -> str | None:
        return self._lines[row].line.line_id if 0 <= row < len(self._lines) else None

    def row_of(self, line_id: str) -> int:
        for row, priced in enumerate(self._lines):
            if priced.line.line_id == line_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Discount"), self.tr("Total"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def _alignment(self, column: int) -> int:
        if column == self.NAME:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return int(NUMBER_ALIGNMENT)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        priced = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(priced, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DISCOUNT and priced.discount:
            return QBrush(QColor("#a4161a"))
        if role == Qt.ItemDataRole.ToolTipRole and priced.adjustments:
            return "\n".join(say(a.explanation, self._fmt) for a in priced.adjustments)
        if role == Qt.ItemDataRole.UserRole:
            return priced.line.line_id
        return None

    def _text(self, priced: PricedLine, column: int) -> str:
        fmt = self._fmt
        line = priced.line
        if column == self.NAME:
            return line.product.name + (" *" if line.price_overridden else "")
        if column == self.QTY:
            return fmt.quantity(line.qty_milli, line.product.unit.value)
        if column == self.PRICE:
            return fmt.amount(line.unit_price)
        if column == self.DISCOUNT:
            return fmt.amount(-priced.discount) if priced.discount else ""
        return fmt.amount(priced.net)


class CartTable(QTableView):
    """Never takes the focus: the scan field keeps it, and moves the selection with Up and Down."""

    def __init__(self, model: CartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cartTable")
        self.setModel(model)
        self._model = model
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(46)
        header = self.horizontalHeader()
        header.setSectionResizeMode(CartModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CartModel.QTY, 110), (CartModel.PRICE, 120), (CartModel.DISCOUNT, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(CartModel.TOTAL, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(CartModel.TOTAL, 140)
        header.setHighlightSections(False)

    def selected_line(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self._model.line_id(rows[0].row()) if rows else None

    def select_line(self, line_id: str) -> None:
        row = self._model.row_of(line_id)
        if row >= 0:
            self.selectRow(row)
            self.scrollTo(self._model.index(row, 0))

    def select_last(self) -> None:
        rows = self._model.rowCount()
        if rows:
            self.selectRow(rows - 1)
            self.scrollTo(self._model.index(rows - 1, 0))

    def move_selection(self, step: int) -> None:
        rows = self._model.rowCount()
        if not rows:
            return
        current = self.selectionModel().selectedRows()
        row = current[0].row() + step if current else rows - 1
        self.selectRow(max(0, min(rows - 1, row)))
