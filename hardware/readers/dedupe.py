"""Keeps a code held in front of the camera from being read again and again."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(slots=True)
class _Sighting:
    emitted_at: float
    last_seen: float


class HoldDeduper:
    """Decides which codes seen in a frame are new reads.

    A code is emitted when it comes into view. While it stays in view it is not emitted again until
    ``hold_window`` seconds have passed since it was last emitted (never, when ``hold_window`` is None). A code
    not seen for more than ``leave_after`` seconds has left the view; when it comes back it is a new read (the
    same product shown twice). Times are seconds on any steady clock (a video file's own frame times will do).
    """

    def __init__(self, hold_window: float | None = 3.0, leave_after: float = 0.5) -> None:
        if leave_after < 0 or (hold_window is not None and hold_window <= 0):
            raise ValueError("hold_window must be positive (or None) and leave_after not negative")
        self.hold_window = hold_window
        self.leave_after = leave_after
        self._seen: dict[str, _Sighting] = {}

    def update(self, codes: Iterable[str], now: float) -> list[str]:
        """The codes in this frame that are new reads, in the order given."""
        for code in [c for c, s in self._seen.items() if now - s.last_seen > self.leave_after]:
            del self._seen[code]
        emitted: list[str] = []
        for code in dict.fromkeys(codes):
            sighting = self._seen.get(code)
            if sighting is None:
                self._seen[code] = _Sighting(now, now)
                emitted.append(code)
                continue
            if self.hold_window is not None and now - sighting.emitted_at >= self.hold_window:
                sighting.emitted_at = now
                emitted.append(code)
            sighting.last_seen = now
        return emitted

    def reset(self) -> None:
        self._seen.clear()
