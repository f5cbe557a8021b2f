"""An MSR206/MSR605-compatible magstripe encoder on a serial port: write, read back, verify."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import serial

from hardware.encoders.msr_protocol import (
    COMM_OK,
    COMM_TEST,
    ESC,
    READ_ISO,
    RESET,
    STATUS_OK,
    WRITE_ISO,
    MsrError,
    MsrStatusError,
    MsrTimeout,
    MsrVerifyError,
    Tracks,
    data_block,
    parse_data_block,
    parse_status,
)

log = logging.getLogger(__name__)

READ_SLICE = 0.05
Prompt = Callable[[str], None]


class MsrEncoder:
    """A magstripe encoder at 9600 8N1 raw. Blocking: call it off the UI thread.

    ``write`` and ``read`` wait up to ``swipe_timeout`` seconds for the card to be swiped; ``on_prompt`` (when
    given) is told what the cashier must do before each wait.
    """

    def __init__(
        self,
        port: str,
        *,
        swipe_timeout: float = 20.0,
        command_timeout: float = 2.0,
        baudrate: int = 9600,
        on_prompt: Prompt | None = None,
    ) -> None:
        self.port = port
        self.swipe_timeout = swipe_timeout
        self.command_timeout = command_timeout
        self.baudrate = baudrate
        self.on_prompt: Prompt = on_prompt or (lambda _: None)
        self._serial: Any = None

    def open(self) -> MsrEncoder:
        """Open the port, reset the encoder and check it answers.

        Raises:
            MsrError: the port cannot be opened, or the encoder does not answer the communication test.
        """
        try:
            self._serial = serial.Serial(
                self.port, self.baudrate, bytesize=8, parity="N", stopbits=1, timeout=READ_SLICE
            )
        except (serial.SerialException, OSError) as error:
            raise MsrError(f"The card encoder on {self.port} cannot be opened; check its cable.") from error
        self.reset()
        self.check()
        return self

    def close(self) -> None:
        if self._serial is not None:
            self._serial.close()
            self._serial = None

    def __enter__(self) -> MsrEncoder:
        return self.open()

    def __exit__(self, *_: object) -> None:
        self.close()

    def reset(self) -> None:
        """``ESC a``: back to the initial state (no answer is expected)."""
        self._send(RESET)

    def check(self) -> None:
        """``ESC e`` must be answered by ``ESC y``.

        Raises:
            MsrTimeout: no answer.
            MsrError: a wrong answer.
        """
        self._send(COMM_TEST)
        answer = self._receive(lambda buf: len(buf) >= 2, self.command_timeout, "the communication test")
        if answer[-2:] != COMM_OK:
            raise MsrError("The card encoder gave a wrong answer to the communication test; is it an MSR206?")

    def write(self, tracks: Tracks) -> None:
        """Write the tracks (ISO) to the next card swiped.

        Raises:
            TrackDataError: the data cannot go on a stripe (nothing is sent).
            MsrStatusError: the encoder reported a failure.
            MsrTimeout: no card was swiped in time.
        """
        block = data_block(tracks.validate())
        self.on_prompt("Swipe the card through the encoder to write it.")
        self._send(WRITE_ISO + block)
        status = self._status(self._receive(_has_status, self.swipe_timeout, "the card swipe for writing"))
        if status != STATUS_OK:
            raise MsrStatusError(status)
        log.info("card written on the encoder at %s", self.port)

    def read(self) -> Tracks:
        """Read the tracks (ISO) of the next card swiped.

        Raises:
            MsrStatusError: the encoder reported a failure.
            MsrTimeout: no card was swiped in time.
        """
        self.on_prompt("Swipe the card through the encoder to read it.")
        self._send(READ_ISO)
        answer = self._receive(_has_block_and_status, self.swipe_timeout, "the card swipe for reading")
        if not answer.lstrip(b"\x00\r\n").startswith(ESC + b"s"):
            raise MsrStatusError(self._status(answer))
        parsed = parse_data_block(answer)
        if parsed is None:
            raise MsrError("The encoder's answer to the read command was cut short.")
        tracks, used = parsed
        status = self._status(answer[used:])
        if status != STATUS_OK:
            raise MsrStatusError(status)
        return tracks

    def write_and_verify(self, tracks: Tracks) -> None:
        """Write, then read the card back (a second swipe) and compare every written track.

        Raises:
            MsrVerifyError: a track reads back different; the card should not be handed out.
        """
        self.write(tracks)
        back = self.read()
        for number, wanted in tracks.numbered():
            got = dict(back.numbered())[number]
            if wanted is not None and got != wanted:
                raise MsrVerifyError(
                    f"Track {number} of the card reads back different from what was written; use another card.",
                    track=number,
                )
        log.info("card verified on the encoder at %s", self.port)

    def _send(self, data: bytes) -> None:
        if self._serial is None:
            raise MsrError("The card encoder is not open.")
        try:
            self._serial.reset_input_buffer()
            self._serial.write(data)
            self._serial.flush()
        except (serial.SerialException, OSError) as error:
            raise MsrError(f"The card encoder on {self.port} was disconnected.") from error

    def _receive(self, complete: Callable[[bytes], bool], timeout: float, waiting_for: str) -> bytes:
        buffer = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                chunk: bytes = self._serial.read(max(1, self._serial.in_waiting))
                buffer += chunk
            except (serial.SerialException, OSError) as error:
                raise MsrError(f"The card encoder on {self.port} was disconnected.") from error
            if complete(buffer):
                return buffer
        raise MsrTimeout(
            f"The card encoder did not answer within {timeout:g} seconds (waiting for {waiting_for}).",
            waiting_for=waiting_for,
        )

    @staticmethod
    def _status(data: bytes) -> str:
        parsed = parse_status(data)
        if parsed is None:
            raise MsrError("The encoder's answer has no status.")
        return parsed[0]


def _has_status(buffer: bytes) -> bool:
    return parse_status(buffer) is not None


def _has_block_and_status(buffer: bytes) -> bool:
    stripped = buffer.lstrip(b"\x00\r\n")
    if len(stripped) >= 2 and stripped[:2] != ESC + b"s":
        return True
    parsed = parse_data_block(stripped)
    return parsed is not None and parse_status(stripped[parsed[1] :]) is not None
