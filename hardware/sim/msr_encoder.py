"""A virtual MSR206 magstripe encoder on a pty: speaks the serial protocol, holds one card, fails on request."""

from __future__ import annotations

import threading
from dataclasses import replace

from hardware.encoders.msr_protocol import (
    BLOCK_END,
    COMM_OK,
    ESC,
    STATUS_OK,
    Tracks,
    data_block,
    parse_data_block,
)
from hardware.sim.pty_port import PtyPort

POLL = 0.02


class VirtualMsrEncoder:
    """The encoder end of a pty; ``path`` is what MsrEncoder opens.

    Every write or read command is answered as if a card were swiped at once, unless told otherwise:
    ``fail_with`` answers the next write/read with that status, ``silent`` answers nothing (no swipe), and
    ``garble_readback`` makes reads return a track 2 with one digit changed (a bad stripe).
    """

    def __init__(self) -> None:
        self.port = PtyPort()
        self.card = Tracks()
        self.fail_with: str | None = None
        self.silent = False
        self.garble_readback = False
        self.commands: list[str] = []
        self._buffer = b""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sim msr", daemon=True)
        self._thread.start()

    @property
    def path(self) -> str:
        return self.port.path

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2.0)
        self.port.close()

    def __enter__(self) -> VirtualMsrEncoder:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            data = self.port.read(POLL)
            if data:
                self._buffer += data
                self._handle()

    def _handle(self) -> None:
        while len(self._buffer) >= 2:
            if self._buffer[:1] != ESC:
                self._buffer = self._buffer[1:]
                continue
            command = chr(self._buffer[1])
            if command == "w":
                parsed = parse_data_block(self._buffer[2:])
                if parsed is None:
                    return
                tracks, used = parsed
                self._buffer = self._buffer[2 + used :]
                self.commands.append("write")
                self._answer_write(tracks)
                continue
            self._buffer = self._buffer[2:]
            self.commands.append({"a": "reset", "e": "test", "r": "read"}.get(command, f"unknown {command!r}"))
            if command == "e":
                self.port.write(COMM_OK)
            elif command == "r":
                self._answer_read()
            elif command != "a":
                self.port.write(ESC + b"4")

    def _failure(self) -> bytes | None:
        if self.silent:
            return b""
        if self.fail_with is not None:
            status, self.fail_with = self.fail_with, None
            return ESC + status.encode()
        return None

    def _answer_write(self, tracks: Tracks) -> None:
        failure = self._failure()
        if failure is not None:
            self.port.write(failure)
            return
        self.card = tracks
        self.port.write(ESC + STATUS_OK.encode())

    def _answer_read(self) -> None:
        failure = self._failure()
        if failure is not None:
            self.port.write(failure)
            return
        card = self.card
        if self.garble_readback and card.track2:
            digit = str((int(card.track2[0]) + 1) % 10)
            card = replace(card, track2=digit + card.track2[1:])
        block = data_block(card) if any(t is not None for _, t in card.numbered()) else ESC + b"s" + BLOCK_END
        self.port.write(block + ESC + STATUS_OK.encode())
