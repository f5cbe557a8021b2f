"""Slow work never blocks the event loop: the cashier keeps scanning while the office link hangs."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.services.sync_status import SyncProbe
from app.sync.status import SyncState, SyncStatus
from app.ui.window import TillWindow
from tests.gui.driver import TillDriver, typed_deps
from tests.helpers.shop import DemoShop


class HangingOfficeLink:
    """The real outbox status, reached through a link that hangs until the test lets it through."""

    def __init__(self, shop: DemoShop) -> None:
        self._status = SyncProbe(shop.till.sync, shop.till.uow)
        self.release = threading.Event()
        self.inside = threading.Event()
        self.calls = 0

    def __call__(self) -> SyncStatus:
        self.calls += 1
        self.inside.set()
        self.release.wait(timeout=20)
        return self._status().with_(state=SyncState.ONLINE)


def test_the_till_keeps_selling_while_the_sync_probe_hangs(qtbot: QtBot, shop: DemoShop, tmp_path: Path) -> None:
    link = HangingOfficeLink(shop)
    deps = typed_deps(shop.till, sync_probe=link)
    deps.sync_interval_ms = 50
    window = TillWindow(deps)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    ticks = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    till = TillDriver(qtbot, window)
    assert link.inside.wait(timeout=10)

    till.start_selling()
    till.scan("7290000000015")
    till.scan("7290000000022")
    till.wait(lambda: len(ticks) >= 5)

    assert not link.release.is_set(), "the probe must still be hanging while the cashier works"
    assert till.lines() == [("Milk 1L", "1", "6.90"), ("Bread", "1", "12.50")]
    assert link.calls == 1, "a hanging probe is not started again on every timer tick"
    assert window.status_bar.sync.text() == "Office: checking…"

    link.release.set()
    till.wait(lambda: window.status_bar.sync.text().startswith("Office: online"))
    timer.stop()
    window.close()
