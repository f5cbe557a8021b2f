"""Members found by a search, as you type: a lazy table model (more rows fetched as the list scrolls)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.store.repositories.member_search import MemberHit
from app.ui.formatting import ltr
from app.ui.manager.bridge import ManagerBridge
from app.ui.manager.words import card_status

PAGE = 50
TYPING_PAUSE_MS = 150
Index = QModelIndex | QPersistentModelIndex


class MemberHitModel(QAbstractTableModel):
    """Rows are ``MemberHit``s; ``more_wanted(count)`` asks for a longer answer when the view scrolls down."""

    NAME, PHONE, CARD, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[MemberHit] = []
        self._more = False
        self._fetching = False
        self.more_wanted: Callable[[int], None] = lambda _count: None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Phone"), self.tr("Card"), self.tr("Card status"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit = self._hits[index.row()]
        card = hit.cards[0] if hit.cards else None
        column = index.column()
        if column == self.NAME:
            return hit.name
        if column == self.PHONE:
            return ltr(hit.phone) if hit.phone else ""
        if column == self.CARD:
            return ltr(card.number) if card else self.tr("no card")
        return card_status(card.status) if card else ""

    def hit(self, row: int) -> MemberHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def set_hits(self, hits: list[MemberHit], *, limit: int) -> None:
        """A new answer: rows already shown stay (a longer answer to the same search only appends)."""
        known = [h.member_id for h in self._hits]
        fresh = [h.member_id for h in hits[: len(known)]]
        self._fetching = False
        self._more = len(hits) >= limit
        if known and fresh == known:
            extra = hits[len(known) :]
            if extra:
                self.beginInsertRows(QModelIndex(), len(known), len(known) + len(extra) - 1)
                self._hits.extend(extra)
                self.endInsertRows()
            return
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted(len(self._hits) + PAGE)


class MemberPicker(QWidget):
    """A search field and the members it finds; ``chosen`` when one is opened (Enter, or a tap)."""

    chosen = Signal(MemberHit)

    def __init__(self, bridge: ManagerBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._asked = ""
        self.field = QLineEdit(self)
        self.field.setObjectName("memberSearchField")
        self.field.setPlaceholderText(self.tr("Name, phone or card number"))
        self.hint = QLabel(self)
        self.hint.setObjectName("memberSearchHint")
        self.hint.setProperty("role", "hint")
        self.model = MemberHitModel(self)
        self.model.more_wanted = self._ask
        self.view = QTableView(self)
        self.view.setObjectName("memberResults")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(44)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MemberHitModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (MemberHitModel.PHONE, MemberHitModel.CARD, MemberHitModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._on_view_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(lambda: self._ask(PAGE))
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.installEventFilter(self)
        self._show_hint()

    def _on_field_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _ask(self, limit: int) -> None:
        text = self.field.text().strip()
        self._asked = text
        if not text:
            self.model.set_hits([], limit=limit)
            self._show_hint()
            return
        self._bridge.search(text, limit, lambda asked, hits: self._on_bridge_found(asked, hits, limit))

    def _on_bridge_found(self, asked: str, hits: list[MemberHit], limit: int) -> None:
        if asked != self._asked:
            return
        self.model.set_hits(hits, limit=limit)
        if hits and not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self._show_hint()

    def _show_hint(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.hint.setText(self.tr("Type part of a name, or at least 4 digits of a phone or card number."))
        elif self.model.rowCount() == 0:
            self.hint.setText(self.tr("No member found."))
        else:
            self.hint.setText(self.tr("↑↓ choose · Enter opens the member"))

    def search_now(self, text: str) -> None:
        self.field.setText(text)
        self._timer.stop()
        self._ask(PAGE)

    def step(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.view.currentIndex().row()
        self.view.selectRow(max(0, min(rows - 1, current + step)))

    def selected(self) -> MemberHit | None:
        """The highlighted member (the first one found when none is highlighted)."""
        current = self.view.currentIndex()
        return self.model.hit(current.row() if current.isValid() else 0)

    def open_selected(self) -> None:
        hit = self.selected()
        if hit is not None:
            self.chosen.emit(hit)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self.chosen.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.step(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)
