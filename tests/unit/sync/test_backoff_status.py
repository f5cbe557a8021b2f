"""Backoff delays grow, stay within their cap and start over after a success; the status line reads well."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from app.sync.backoff import Backoff
from app.sync.status import SyncState, SyncStatus


def test_backoff_doubles_up_to_the_cap_and_resets() -> None:
    backoff = Backoff(base=1.0, cap=30.0, _random=random.Random(4))
    delays = [backoff.next_delay() for _ in range(12)]
    for attempt, delay in enumerate(delays):
        bound = min(30.0, 2.0**attempt)
        assert bound / 2 <= delay <= bound
    backoff.reset()
    assert backoff.next_delay() <= 1.0


def test_status_lines() -> None:
    since = datetime(2026, 3, 2, 14, 5, tzinfo=UTC)
    assert SyncStatus(SyncState.OFFLINE, queued=37, offline_since=since).text() == (
        "offline since 2026-03-02 14:05 UTC · 37 queued"
    )
    assert SyncStatus(SyncState.ONLINE).text() == "online · 0 queued"
    assert SyncStatus(SyncState.REFUSED, queued=2, last_error="401: bad token").text().startswith("sync refused")
    assert SyncStatus(SyncState.SYNCING).online and not SyncStatus(SyncState.OFFLINE).online
