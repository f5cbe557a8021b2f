"""Drives the real till window the way a cashier does: keys into the focused widget, waiting for results."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Till
from app.services.devices import DeviceConfig
from app.ui.window import TillWindow
from app.ui.wiring import TillDeps, build_deps

D = TypeVar("D", bound=QDialog)
TIMEOUT = 10_000


def typed_deps(till: Till, devices: DeviceConfig | None = None, **options: object) -> TillDeps:
    """The window's collaborators, by default without devices: the driver types at machine speed, so
    keyboard-wedge detection is left to its own tests."""
    config = devices if devices is not None else DeviceConfig(keyboard_wedge=False)
    return build_deps(till, devices=config, **options)  # type: ignore[arg-type]


def open_window(qtbot: QtBot, deps: TillDeps) -> TillWindow:
    window = TillWindow(deps)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


class TillDriver:
    def __init__(self, qtbot: QtBot, window: TillWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str, widget: QWidget | None = None) -> None:
        QTest.keyClicks(widget or self.focused(), text)

    def key(
        self, key: Qt.Key, widget: QWidget | None = None, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(widget or self.focused(), key, modifier)

    def enter(self, text: str = "", widget: QWidget | None = None) -> None:
        target = widget or self.focused()
        if text:
            QTest.keyClicks(target, text)
        QTest.keyClick(target, Qt.Key.Key_Return)

    def wait(self, condition: object, timeout: int = TIMEOUT) -> None:
        self.qtbot.waitUntil(condition, timeout=timeout)  # type: ignore[arg-type]

    def login(self, pin: str) -> None:
        page = self.window.login_page
        self.wait(lambda: page.isVisible() and page.pin.isEnabled())
        self.enter(pin, page.pin)

    def start_selling(self, pin: str = "1111") -> None:
        """Log in; the test shop already has an open shift, so the sale screen follows."""
        self.login(pin)
        self.wait(self.window.sale_page.isVisible)
        self.wait(self.window.sale_page.scan.hasFocus)

    def scan(self, code: str) -> None:
        """Type a code into the scan field and press Enter (a person, or a keyboard-wedge scanner)."""
        field = self.window.sale_page.scan
        assert field.hasFocus(), "the scan field lost the focus"
        self.enter(code, field)

    def dialog(self, kind: type[D]) -> D:
        self.wait(lambda: isinstance(self.window.dialog, kind) and self.window.dialog.isVisible())
        dialog = self.window.dialog
        assert isinstance(dialog, kind)
        self.wait(dialog.isActiveWindow)
        return dialog

    def no_dialog(self) -> None:
        """Wait until the dialog has closed and the keyboard focus is back in the window."""
        self.wait(lambda: self.window.dialog is None)
        self.wait(lambda: self.window.isActiveWindow() and QApplication.focusWidget() is not None)

    def lines(self) -> list[tuple[str, str, str]]:
        model = self.window.sale_page.model
        return [
            (model.index(r, model.NAME).data(), model.index(r, model.QTY).data(), model.index(r, model.TOTAL).data())
            for r in range(model.rowCount())
        ]
