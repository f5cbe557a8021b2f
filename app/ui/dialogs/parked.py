"""Parked sales: the list of sales put aside on this till; Enter takes the chosen one up again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.suspended import ParkedSale
from app.ui.dialogs.base import TillDialog
from app.ui.formatting import ShopFormat


class ParkedSalesDialog(TillDialog):
    def __init__(self, parked: list[ParkedSale], fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__("parkedSalesDialog", self.tr("Parked sales"), parent)
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Choose a parked sale to resume"), self)
        title.setProperty("role", "subtitle")
        layout.addWidget(title)
        self.list = QListWidget(self)
        self.list.setObjectName("parkedList")
        for entry in parked:
            card = self.tr(" · member card") if entry.has_card else ""
            text = self.tr("{time}  {label}  ·  {items} items  ·  {total}{card}").format(
                time=fmt.time(entry.created_at),
                label=entry.label,
                items=entry.items,
                total=fmt.money(entry.total),
                card=card,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        layout.addWidget(self.list, 1)
        if not parked:
            empty = QLabel(self.tr("No sales are parked."), self)
            empty.setProperty("role", "hint")
            layout.addWidget(empty)
        close = self.button(self.tr("Close (Esc)"), "closeButton")
        close.clicked.connect(self.reject)
        layout.addWidget(close)
        self.resize(760, 480)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.list.currentRow() + (-1 if event.key() == Qt.Key.Key_Up else 1)
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
            return
        super().keyPressEvent(event)

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        self.list.setCurrentItem(item)
        self.enter_pressed()

    def enter_pressed(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = str(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
