"""The status bar's office part: programs the office does not take from this till are said, with what to do."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from app.sync.status import SyncState, SyncStatus
from app.ui.formatting import ShopFormat
from app.ui.widgets.status_bar import TillStatusBar

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_held_programs_are_shown_as_a_warning_with_the_way_out(qtbot: QtBot) -> None:
    bar = TillStatusBar(ShopFormat("en", "ILS", "Asia/Jerusalem"))
    qtbot.addWidget(bar)
    bar.set_sync(SyncStatus(SyncState.ONLINE), NOW)
    assert bar.sync.text() == "Office: online" and bar.sync.property("state") == "good"
    assert bar.sync.toolTip() == ""
    bar.set_sync(SyncStatus(SyncState.ONLINE, queued=3, held=2), NOW)
    assert bar.sync.text() == "Office: online · 3 queued · programs kept on this till: 2"
    assert bar.sync.property("state") == "warn"
    assert "does not let this till publish loyalty programs" in bar.sync.toolTip()
    bar.set_sync(SyncStatus(SyncState.REFUSED, held=1, last_error="401: a valid till token is required"), NOW)
    assert bar.sync.property("state") == "bad"
    assert bar.sync.toolTip().startswith("401: a valid till token is required\nThe head office")


def test_a_till_the_office_turned_away_is_told_to_register_again(qtbot: QtBot) -> None:
    bar = TillStatusBar(ShopFormat("en", "ILS", "Asia/Jerusalem"))
    qtbot.addWidget(bar)
    status = SyncStatus(SyncState.TURNED_AWAY, queued=4, last_error="401: a valid till token is required")
    bar.set_sync(status, NOW)
    assert bar.sync.text() == "Office: register this till again · 4 queued"
    assert bar.sync.property("state") == "bad"
    assert "Sales stay queued here and nothing is lost" in bar.sync.toolTip()
    assert status.text() == "the office no longer accepts this till: register it again · 4 queued"
