"""Cuts a serial byte stream into frames at the suffix, dropping over-long and interrupted frames with a reason."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Frame:
    """The bytes of one complete frame, suffix removed."""

    data: bytes


@dataclass(frozen=True, slots=True)
class Dropped:
    """Bytes thrown away, with the reason in plain words."""

    reason: str
    size: int


FrameEvent = Frame | Dropped


class Framer:
    """Splits bytes into frames ended by any byte of ``suffix``.

    A frame whose bytes stop arriving for longer than ``gap_timeout`` seconds is a partial frame (a half-sent
    scan, a cable pulled mid-frame) and is dropped, so it cannot glue itself onto the next scan. Empty frames,
    such as the LF of a CR LF suffix, are skipped silently.
    """

    def __init__(self, suffix: bytes = b"\r\n", max_length: int = 256, gap_timeout: float = 0.2) -> None:
        if not suffix:
            raise ValueError("the frame suffix must have at least one byte")
        if max_length < 1:
            raise ValueError("max_length must be positive")
        self._suffix = frozenset(suffix)
        self._max_length = max_length
        self._gap_timeout = gap_timeout
        self._pending = bytearray()
        self._overflowed = 0
        self._last_byte_at = 0.0

    @property
    def pending(self) -> int:
        """How many bytes of an unfinished frame are held."""
        return len(self._pending) + self._overflowed

    def feed(self, data: bytes, now: float) -> list[FrameEvent]:
        """Take bytes that arrived at ``now`` (seconds, monotonic) and return the frames and drops they complete."""
        events: list[FrameEvent] = []
        expired = self.expire(now)
        if expired is not None:
            events.append(expired)
        for byte in data:
            if byte in self._suffix:
                event = self._finish()
                if event is not None:
                    events.append(event)
            elif self._overflowed:
                self._overflowed += 1
            elif len(self._pending) >= self._max_length:
                self._overflowed = len(self._pending) + 1
                self._pending.clear()
            else:
                self._pending.append(byte)
        if data:
            self._last_byte_at = now
        return events

    def expire(self, now: float) -> Dropped | None:
        """Drop an unfinished frame whose bytes stopped arriving more than ``gap_timeout`` ago."""
        if self.pending and now - self._last_byte_at > self._gap_timeout:
            return self.discard(f"incomplete frame: no suffix within {self._gap_timeout * 1000:.0f} ms")
        return None

    def discard(self, reason: str) -> Dropped | None:
        """Throw away an unfinished frame (e.g. the device went away) and say so."""
        size = self.pending
        self._pending.clear()
        self._overflowed = 0
        return Dropped(reason, size) if size else None

    def _finish(self) -> FrameEvent | None:
        if self._overflowed:
            size = self._overflowed
            self._overflowed = 0
            return Dropped(f"frame longer than {self._max_length} bytes", size)
        if not self._pending:
            return None
        frame = Frame(bytes(self._pending))
        self._pending.clear()
        return frame
