"""The real till window on a real SQLite till, offscreen, for each GUI test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.application import application
from app.ui.languages import use_language
from app.ui.settings import use_settings_file
from app.ui.window import TillWindow, apply_direction
from app.ui.wiring import TillDeps
from tests.gui.driver import TillDriver, typed_deps
from tests.helpers.shop import DemoShop, build_shop


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(tmp_path / "till.db")
    yield built
    built.till.close()


@pytest.fixture
def deps(shop: DemoShop) -> TillDeps:
    """No devices: the driver types at machine speed, so keyboard-wedge detection is left to its own tests."""
    return typed_deps(shop.till)


@pytest.fixture
def window(qtbot: QtBot, deps: TillDeps, tmp_path: Path) -> Iterator[TillWindow]:
    app = application()
    apply_direction("en")
    use_settings_file(tmp_path / "ui.ini")
    assert app is not None
    win = TillWindow(deps)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    yield win
    win.close()


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """For tests that change the till's language: other tests in this process expect an English till."""
    yield
    use_language(application(), "en")


@pytest.fixture
def till(qtbot: QtBot, window: TillWindow) -> TillDriver:
    return TillDriver(qtbot, window)
