"""What the status bar shows about sync: online or offline since when, rows queued and held, the last error."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum


class SyncState(StrEnum):
    NOT_REGISTERED = "not registered"
    SYNCING = "syncing"
    ONLINE = "online"
    OFFLINE = "offline"
    REFUSED = "refused"
    TURNED_AWAY = "turned away"  # the office no longer knows this till's token (revoked, or registered elsewhere)
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """A snapshot handed to the status callback (from the worker's thread: a UI re-emits it as a signal).

    ``held``: programs made on this till that stay here, because the office does not let it publish programs.
    """

    state: SyncState = SyncState.STOPPED
    queued: int = 0
    offline_since: datetime | None = None
    last_sync_at: datetime | None = None
    last_error: str | None = None
    pushed: int = 0
    pulled: int = 0
    held: int = 0

    @property
    def online(self) -> bool:
        return self.state in (SyncState.ONLINE, SyncState.SYNCING)

    def with_(self, **changes: object) -> SyncStatus:
        return replace(self, **changes)  # type: ignore[arg-type]

    def text(self) -> str:
        """One short line for the status bar (times in UTC; the UI may localise them)."""
        queued = f"{self.queued} queued"
        if self.held:
            queued += f" · {self.held} program change(s) held: this till may not publish programs"
        if self.state is SyncState.OFFLINE and self.offline_since is not None:
            return f"offline since {self.offline_since:%Y-%m-%d %H:%M} UTC · {queued}"
        if self.state is SyncState.REFUSED:
            return f"sync refused: {self.last_error} · {queued}"
        if self.state is SyncState.TURNED_AWAY:
            return f"the office no longer accepts this till: register it again · {queued}"
        return f"{self.state.value} · {queued}"
