"""Receipts: what is waiting for the printer (Enter prints it again) and a copy of any receipt by number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.printing import PrintOutcome
from app.ui.bridges.printing import PrintBridge
from app.ui.dialogs.base import TillDialog
from app.ui.formatting import ShopFormat, ltr


class ReceiptsDialog(TillDialog):
    def __init__(self, printing: PrintBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__("receiptsDialog", self.tr("Receipts"), parent)
        self._printing = printing
        self._fmt = fmt
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Waiting for the printer"), self)
        title.setProperty("role", "subtitle")
        layout.addWidget(title)
        self.jobs = QListWidget(self)
        self.jobs.setObjectName("printJobs")
        self.jobs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.jobs.itemClicked.connect(self._on_jobs_item_clicked)
        layout.addWidget(self.jobs, 1)
        self.empty = QLabel(self.tr("Nothing is waiting: every receipt was printed."), self)
        self.empty.setProperty("role", "hint")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Copy of receipt no."), self)
        caption.setProperty("role", "subtitle")
        self.number = QLineEdit(self)
        self.number.setObjectName("copyNumberField")
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number.setText(printing.last_number or "")
        self.number.selectAll()
        row.addWidget(caption)
        row.addWidget(self.number, 1)
        layout.addLayout(row)
        hint = QLabel(
            self.tr("Enter prints a copy of this receipt; with the field empty, it prints the waiting one chosen."),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.message = self.message_label()
        layout.addWidget(self.message)
        close = self.button(self.tr("Close (Esc)"), "closeButton")
        close.clicked.connect(self.reject)
        layout.addWidget(close)
        printing.printed.connect(self._on_printing_printed)
        printing.problem.connect(self._on_printing_problem)
        self.refresh()
        self.resize(820, 560)

    def refresh(self) -> None:
        self.jobs.clear()
        for job in self._printing.pending():
            tries = self.tr("{count} tries").format(count=job.attempts)
            text = f"{ltr(job.title)}    {self._fmt.time(job.created_at)}    {job.last_error or ''} ({tries})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, job.id)
            self.jobs.addItem(item)
        self.empty.setVisible(self.jobs.count() == 0)
        if self.jobs.count():
            self.jobs.setCurrentRow(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.jobs.count():
            row = self.jobs.currentRow() + (-1 if event.key() == Qt.Key.Key_Up else 1)
            self.jobs.setCurrentRow(max(0, min(self.jobs.count() - 1, row)))
            return
        super().keyPressEvent(event)

    def _on_jobs_item_clicked(self, item: QListWidgetItem) -> None:
        self.jobs.setCurrentItem(item)
        self.number.clear()
        self.enter_pressed()

    def enter_pressed(self) -> None:
        number = self.number.text().strip()
        if number:
            self._printing.copy_of(number)
            self.show_message(
                self.message, self.tr("Printing a copy of {number}…").format(number=ltr(number)), "notice"
            )
            return
        item = self.jobs.currentItem()
        if item is not None:
            self._printing.reprint(str(item.data(Qt.ItemDataRole.UserRole)))
            self.show_message(self.message, self.tr("Printing again…"), "notice")

    def _on_printing_printed(self, outcome: PrintOutcome) -> None:
        if outcome.job is None:
            return
        if outcome.printed:
            self.show_message(self.message, self.tr("{title} printed.").format(title=ltr(outcome.job.title)), "notice")
        else:
            self.show_message(
                self.message,
                self.tr("{title} did not print: {reason}").format(title=ltr(outcome.job.title), reason=outcome.reason),
            )
        self.refresh()

    def _on_printing_problem(self, text: str) -> None:
        self.show_message(self.message, text)

    def done(self, result: int) -> None:
        if self.isVisible():
            self._printing.printed.disconnect(self._on_printing_printed)
            self._printing.problem.disconnect(self._on_printing_problem)
        super().done(result)
