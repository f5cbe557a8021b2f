"""The status bar: link to the office, printer, scanner, shift and cashier, each in plain words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.domain.shift import ShiftReport
from app.sync.status import SyncState, SyncStatus
from app.ui.formatting import ShopFormat
from app.ui.theme import restyle


class StatusText(QLabel):
    """A status word that gives way when the bar is short (a long language on a 1366-wide screen): it shows what
    fits, ending in "…", and the whole of it in its tooltip, and never makes the till window wider than the screen.

    ``text()`` is always the whole text; only what is painted is shortened.
    """

    SHORTEST = 60

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self._tip = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._whole = text
        super().setText(text)
        self.updateGeometry()
        self._fit()

    def text(self) -> str:
        return self._whole

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt's name)
        self._tip = tip
        self._fit()

    def toolTip(self) -> str:  # noqa: N802 (Qt's name)
        return self._tip

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        shown = super().sizeHint()
        metrics = self.fontMetrics()
        room = shown.width() - metrics.horizontalAdvance(super().text())  # the label's own margins and padding
        return QSize(room + metrics.horizontalAdvance(self._whole), shown.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        whole = self.sizeHint()
        return QSize(min(self.SHORTEST, whole.width()), whole.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new state's style may change the font, and with it what fits."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        width = self.contentsRect().width()
        cut = metrics.horizontalAdvance(self._whole) > width
        shown = metrics.elidedText(self._whole, Qt.TextElideMode.ElideRight, width) if cut else self._whole
        if shown != super().text():
            super().setText(shown)
        tips = [self._tip] if self._tip else []
        if cut:
            tips.insert(0, self._whole)
        super().setToolTip("\n".join(tips))


class TillStatusBar(QStatusBar):
    def __init__(self, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tillStatusBar")
        self.setSizeGripEnabled(False)
        self._fmt = fmt
        self.sync = self._label("statusSync")
        self.printer = self._label("statusPrinter")
        self.scanner = self._label("statusScanner")
        self.shift = self._label("statusShift")
        self.cashier = self._label("statusCashier")
        self.clock = QLabel(self)  # a few digits: it never gives way
        self.clock.setObjectName("statusClock")
        for label in (self.sync, self.printer, self.scanner, self.shift):
            self.addWidget(label)
        self.addPermanentWidget(self.cashier)
        self.addPermanentWidget(self.clock)
        self._state(self.sync, self.tr("Office: checking…"), "")
        self.set_printer(self.tr("Printer: not set up"), "warn")
        self.set_scanner(self.tr("Scanner: keyboard only"), "")
        self.set_shift(None)
        self.set_cashier(None)

    def _label(self, name: str) -> StatusText:
        label = StatusText(self)
        label.setObjectName(name)
        return label

    @staticmethod
    def _state(label: QLabel, text: str, state: str) -> None:
        label.setText(text)
        label.setProperty("state", state)
        restyle(label)

    def set_sync(self, status: SyncStatus, now: datetime) -> None:
        queued = self.tr("{count} queued").format(count=self._fmt.number(status.queued)) if status.queued else ""
        if status.online:
            text, state = self.tr("Office: online"), "good" if not status.queued else ""
        elif status.state is SyncState.OFFLINE and status.offline_since is not None:
            minutes = max(0, int((now - status.offline_since).total_seconds() // 60))
            text = self.tr("Office: offline {minutes} min").format(minutes=self._fmt.number(minutes))
            state = "warn" if minutes < 60 else "bad"
        elif status.state is SyncState.REFUSED:
            text, state = self.tr("Office: refused the sync"), "bad"
        elif status.state is SyncState.TURNED_AWAY:
            text, state = self.tr("Office: register this till again"), "bad"
        elif status.state is SyncState.NOT_REGISTERED:
            text, state = self.tr("Office: not set up (offline)"), "warn"
        else:
            text, state = self.tr("Office: sync stopped"), "warn"
        parts = [text, queued] if queued else [text]
        tips = [status.last_error] if status.last_error else []
        if status.state is SyncState.TURNED_AWAY:
            tips.append(
                self.tr(
                    "The head office no longer accepts this till: it was revoked there, or registered again on "
                    "another computer. Sales stay queued here and nothing is lost. Ask the office for a new code "
                    "and register the till again."
                )
            )
        if status.held:
            parts.append(self.tr("programs kept on this till: {count}").format(count=self._fmt.number(status.held)))
            state = state if state == "bad" else "warn"
            tips.append(
                self.tr(
                    "The head office does not let this till publish loyalty programs to the other shops. Programs "
                    "saved here work on this till only. Once the office allows it, they are sent at the next sync."
                )
            )
        self._state(self.sync, " · ".join(parts), state)
        self.sync.setToolTip("\n".join(tips))

    def set_printer(self, text: str, state: str) -> None:
        self._state(self.printer, text, state)

    def set_scanner(self, text: str, state: str) -> None:
        self._state(self.scanner, text, state)

    def set_shift(self, report: ShiftReport | None) -> None:
        if report is None:
            self._state(self.shift, self.tr("No shift open"), "warn")
        else:
            self._state(
                self.shift,
                self.tr("Shift since {time}").format(time=self._fmt.time(report.opened_at)),
                "",
            )

    def set_cashier(self, name: str | None) -> None:
        self._state(self.cashier, name or self.tr("Nobody logged in"), "")

    def set_clock(self, now: datetime) -> None:
        self.clock.setText(self._fmt.time(now))
