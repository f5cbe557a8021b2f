"""Keyboard-wedge scanners: tells a burst of fast keys ending in Enter (a scan) from a person typing."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from hardware.scan import Scan, SourceKind

ENTER_KEYS = frozenset("\r\n")
SCAN_ALPHABET = frozenset(chr(c) for c in range(0x20, 0x7F))


@dataclass(frozen=True, slots=True)
class WedgeStep:
    """What the UI does with one key.

    Attributes:
        typed: keys held back earlier that turned out to be typing; deliver them first, in order.
        swallow: True when this key must not reach the widget (it is held, or it ended a scan).
        scan: the completed scan, when this key was the Enter that ended one.
    """

    typed: str = ""
    swallow: bool = False
    scan: Scan | None = None


class WedgeDetector:
    """Decides, key by key, whether keys come from a scanner or a person. Pure logic, no Qt.

    Keys that could start a scan are held back. If the next key comes within ``max_gap_ms`` the burst goes on;
    a burst of at least ``min_length`` keys ending in Enter is a scan and is swallowed whole. Anything else is
    handed back as typing: by the next ``feed`` (a slow key, a key outside the scan alphabet, a short burst
    before Enter) or by ``flush`` when the UI's timer reaches ``deadline_ms``.

    The UI feeds only keys that produce text (a scanner's Shift presses produce none); for any other key it
    calls ``release`` and delivers what it returns before letting that key through.
    """

    def __init__(
        self,
        *,
        max_gap_ms: float = 50.0,
        min_length: int = 4,
        max_length: int = 64,
        alphabet: frozenset[str] = SCAN_ALPHABET,
        name: str = "wedge",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if max_gap_ms <= 0 or min_length < 1 or max_length < min_length:
            raise ValueError("need max_gap_ms > 0 and 1 <= min_length <= max_length")
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.max_length = max_length
        self.alphabet = alphabet
        self.name = name
        self._clock = clock
        self._held: list[str] = []
        self._last_ms = 0.0

    @property
    def held(self) -> str:
        """Keys held back now, not yet known to be a scan or typing."""
        return "".join(self._held)

    @property
    def deadline_ms(self) -> float | None:
        """When ``flush`` should be called if no key comes first; None when nothing is held."""
        return self._last_ms + self.max_gap_ms if self._held else None

    def feed(self, char: str, timestamp_ms: float) -> WedgeStep:
        """One key with text, at its event time in milliseconds."""
        typed = ""
        if self._held and timestamp_ms - self._last_ms > self.max_gap_ms:
            typed = self.release()
        if char in ENTER_KEYS:
            if len(self._held) >= self.min_length:
                scan = Scan(SourceKind.WEDGE, self.held, timestamp=self._clock(), device=self.name)
                self._held.clear()
                return WedgeStep(typed, swallow=True, scan=scan)
            return WedgeStep(typed + self.release())
        if len(char) != 1 or char not in self.alphabet or len(self._held) >= self.max_length:
            return WedgeStep(typed + self.release())
        self._held.append(char)
        self._last_ms = timestamp_ms
        return WedgeStep(typed, swallow=True)

    def flush(self, now_ms: float) -> str:
        """Keys to hand back as typing because the burst stopped before an Enter; empty when not yet due."""
        deadline = self.deadline_ms
        if deadline is None or now_ms < deadline:
            return ""
        return self.release()

    def release(self) -> str:
        """Hand back everything held as typing, now."""
        typed = "".join(self._held)
        self._held.clear()
        return typed
