"""Which serial port a reader uses: a fixed name, or a USB VID:PID looked up again after every re-plug."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from serial.tools import list_ports

log = logging.getLogger(__name__)

_USB_SPEC = re.compile(r"^(?:usb:)?([0-9a-fA-F]{4}):([0-9a-fA-F]{4})(?::(.+))?$")


class PortInfo(Protocol):
    """The fields of pyserial's ``ListPortInfo`` that matching reads."""

    @property
    def device(self) -> str: ...

    @property
    def vid(self) -> int | None: ...

    @property
    def pid(self) -> int | None: ...

    @property
    def serial_number(self) -> str | None: ...


PortLister = Callable[[], Iterable[PortInfo]]


@dataclass(frozen=True, slots=True)
class PortSpec:
    """A port by device name (``/dev/ttyACM0``, ``COM3``) or by USB ids (optionally with the serial number)."""

    device: str | None = None
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None

    def __post_init__(self) -> None:
        by_usb = self.vid is not None and self.pid is not None
        if bool(self.device) == by_usb:
            raise ValueError("a port is given either by device name or by USB VID:PID, not both or neither")

    @classmethod
    def parse(cls, text: str) -> PortSpec:
        """``usb:0c2e:0b61``, ``0c2e:0b61:SERIAL`` (hex ids) or a device name."""
        text = text.strip()
        match = _USB_SPEC.match(text)
        if match:
            vid, pid, serial_number = match.groups()
            return cls(vid=int(vid, 16), pid=int(pid, 16), serial_number=serial_number)
        if not text:
            raise ValueError("no serial port was given")
        return cls(device=text)

    def describe(self) -> str:
        if self.device:
            return self.device
        ids = f"USB {self.vid or 0:04x}:{self.pid or 0:04x}"
        return f"{ids} (serial {self.serial_number})" if self.serial_number else ids


def system_ports() -> list[PortInfo]:
    """The serial ports the operating system lists now."""
    return list(list_ports.comports())


def find_port(spec: PortSpec, ports: Iterable[PortInfo]) -> str | None:
    """The device path for ``spec`` among ``ports``, or None when the device is not plugged in.

    A name is used as given. USB ids match on VID and PID (and the serial number when given); when several
    ports match, the first by device name wins, so the choice is stable across calls.
    """
    if spec.device:
        return spec.device
    matches = sorted(
        (
            port.device
            for port in ports
            if port.vid == spec.vid
            and port.pid == spec.pid
            and (spec.serial_number is None or port.serial_number == spec.serial_number)
        ),
    )
    if len(matches) > 1:
        log.info("%d ports match %s; using %s", len(matches), spec.describe(), matches[0])
    return matches[0] if matches else None
