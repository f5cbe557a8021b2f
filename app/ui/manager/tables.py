"""Read-only tables of the manager screens: whole rows chosen, text cells with tooltips, numbers aligned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.ui.formatting import NUMBER_ALIGNMENT


def table(parent: QWidget, name: str, headers: list[str], stretch: int) -> QTableWidget:
    view = QTableWidget(0, len(headers), parent)
    view.setObjectName(name)
    view.setHorizontalHeaderLabels(headers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(38)
    header = view.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    return view


def cell(view: QTableWidget, row: int, column: int, text: str, *, number: bool = False) -> None:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    item.setTextAlignment(NUMBER_ALIGNMENT if number else Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    view.setItem(row, column, item)
