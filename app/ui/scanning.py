"""Keyboard-wedge scans in the window: an application event filter tells a scanner's burst from typing.

Keys that might start a scan are held back; a burst ending in Enter becomes one scan (delivered to the router,
never typed into whatever field had the focus); anything else is handed back, in order, to the focused widget
as if it had just been typed. Password fields are left alone: a PIN typed fast is still a PIN.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

log = logging.getLogger(__name__)

ENTER = "\r"


class ScanLike(Protocol):
    @property
    def text(self) -> str: ...


class StepLike(Protocol):
    @property
    def typed(self) -> str: ...

    @property
    def swallow(self) -> bool: ...

    @property
    def scan(self) -> ScanLike | None: ...


class BurstDetector(Protocol):
    """What the filter needs from the hardware layer's wedge detector (pure logic, no Qt)."""

    @property
    def deadline_ms(self) -> float | None: ...

    def feed(self, char: str, timestamp_ms: float) -> StepLike: ...

    def release(self) -> str: ...


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


def _key_for(char: str) -> int:
    """The Qt key code a keyboard would send with this character (ASCII codes are Qt's own)."""
    if char == ENTER:
        return int(Qt.Key.Key_Return)
    return ord(char.upper()) if char.isascii() else int(Qt.Key.Key_unknown)


class WedgeFilter(QObject):
    """Watches key presses in ``window`` and its dialogs.

    Args:
        detector: the burst detector.
        window: the till window; keys elsewhere are not looked at.
        router: called with each scan's text; returns False when nobody here takes scans right now, and the
            keys are then typed into the focused widget after all (a very fast typist).
        now_ms: the clock the inter-key gaps are measured with.
    """

    scanned = Signal(str)

    def __init__(
        self,
        detector: BurstDetector,
        window: QWidget,
        router: Callable[[str], bool],
        *,
        now_ms: Callable[[], float] = monotonic_ms,
    ) -> None:
        super().__init__(window)
        self._detector = detector
        self._window = window
        self._router = router
        self._now_ms = now_ms
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._replay(self._detector.release())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched is not self._target():
            return False
        if isinstance(watched, QLineEdit) and watched.echoMode() != QLineEdit.EchoMode.Normal:
            return False
        return self._on_key(event)

    def _target(self) -> QWidget | None:
        """The widget keys go to now, when it is in the till window or one of its dialogs."""
        focus = QApplication.focusWidget()
        owner = focus.window() if focus is not None else None
        while owner is not None and owner is not self._window:
            owner = owner.parentWidget()  # a dialog's parent is the till window (or another dialog of it)
        return focus if owner is not None else None

    def _on_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        text = event.text()
        plain = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier) == (
            Qt.KeyboardModifier.NoModifier
        )
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            char = ENTER
        elif plain and len(text) == 1 and text.isprintable() and not event.isAutoRepeat():
            char = text
        else:
            self._replay(self._detector.release())
            return False
        step = self._detector.feed(char, self._now_ms())
        self._replay(step.typed)
        if step.scan is not None:
            self._timer.stop()
            self._deliver(step.scan.text)
            return True
        if step.swallow:
            deadline = self._detector.deadline_ms
            wait = 0 if deadline is None else max(0, int(deadline - self._now_ms()) + 1)
            self._timer.start(wait)
            return True
        return False

    def _on_timer_timeout(self) -> None:
        self._replay(self._detector.release())

    def _deliver(self, text: str) -> None:
        log.debug("wedge scan of %d characters", len(text))
        self.scanned.emit(text)
        if not self._router(text):
            self._replay(text + ENTER)

    def _replay(self, typed: str) -> None:
        """Type held-back keys into the focused widget, as the person pressed them."""
        if not typed:
            return
        target = self._target()
        if target is None:
            return
        self._replaying = True
        try:
            for char in typed:
                text = "" if char == ENTER else char
                press = QKeyEvent(QEvent.Type.KeyPress, _key_for(char), Qt.KeyboardModifier.NoModifier, text)
                QApplication.sendEvent(target, press)
                release = QKeyEvent(QEvent.Type.KeyRelease, _key_for(char), Qt.KeyboardModifier.NoModifier, text)
                QApplication.sendEvent(target, release)
                target = self._target() or target
        finally:
            self._replaying = False
