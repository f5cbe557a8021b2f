"""Row identity: time-ordered UUIDv7 ids and hybrid logical clock stamps for rows made on a till."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

_lock = threading.Lock()
_last_ms = 0
_last_counter = 0


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter and 62 random bits.

    Ids made in one process are strictly increasing, also within one millisecond and if the clock steps back.
    """
    global _last_ms, _last_counter
    with _lock:
        ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
        if ms <= _last_ms:
            ms = _last_ms
            _last_counter += 1
            if _last_counter > 0xFFF:
                ms += 1
                _last_counter = 0
        else:
            _last_counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        counter = _last_counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand
    return uuid.UUID(int=value)


def new_id() -> str:
    """A new UUIDv7 as its canonical text, the form every table stores."""
    return str(uuid7())


def uuid7_time_ms(value: str | uuid.UUID) -> int:
    """Unix milliseconds embedded in a UUIDv7."""
    as_uuid = value if isinstance(value, uuid.UUID) else uuid.UUID(value)
    return as_uuid.int >> 80


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    """A hybrid logical clock stamp: wall milliseconds, a counter, and the node that made it (total order)."""

    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        """Fixed-width text that sorts like the stamp itself (safe as a database column)."""
        return f"{self.wall_ms:015d}-{self.counter:05d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


class HlcClock:
    """Issues monotonically increasing HLC stamps for one node and absorbs stamps seen from others."""

    def __init__(self, node: str, wall_ms: Callable[[], int] | None = None) -> None:
        self._node = node
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = Hlc(0, 0, node)
        self._lock = threading.Lock()

    @property
    def node(self) -> str:
        return self._node

    def now(self) -> Hlc:
        with self._lock:
            wall = self._wall_ms()
            if wall > self._last.wall_ms:
                self._last = Hlc(wall, 0, self._node)
            else:
                self._last = Hlc(self._last.wall_ms, self._last.counter + 1, self._node)
            return self._last

    def observe(self, seen: Hlc) -> Hlc:
        """Merge a stamp received from another node so later local stamps sort after it."""
        with self._lock:
            wall = self._wall_ms()
            top = max(wall, self._last.wall_ms, seen.wall_ms)
            if top == self._last.wall_ms == seen.wall_ms:
                counter = max(self._last.counter, seen.counter) + 1
            elif top == self._last.wall_ms:
                counter = self._last.counter + 1
            elif top == seen.wall_ms:
                counter = seen.counter + 1
            else:
                counter = 0
            self._last = Hlc(top, counter, self._node)
            return self._last
