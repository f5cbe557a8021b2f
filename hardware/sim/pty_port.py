"""A virtual serial port: a pty pair whose slave path a reader opens with pyserial; unplug and re-plug it."""

from __future__ import annotations

import os
import select
import threading
import tty

from hardware.errors import HardwareError


class PortUnplugged(HardwareError):
    def __init__(self) -> None:
        super().__init__("The virtual serial port is unplugged.")


class NobodyReading(HardwareError):
    def __init__(self) -> None:
        super().__init__("Nothing is reading the virtual serial port and its buffer is full.")


class PtyPort:
    """The device end of a pty pair. ``path`` is what the reader opens (``/dev/pts/N``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._master = -1
        self._slave = -1
        self.path = ""
        self.replug()

    @property
    def plugged(self) -> bool:
        return self._master >= 0

    def replug(self) -> str:
        """Plug in (again): a fresh pty pair; returns its path, which may differ from the last one."""
        with self._lock:
            self._close_fds()
            master, slave = os.openpty()
            tty.setraw(slave)
            os.set_blocking(master, False)
            self._master, self._slave = master, slave
            self.path = os.ttyname(slave)
        return self.path

    def unplug(self) -> None:
        """Pull the cable: the reader's next read fails and the path goes away."""
        with self._lock:
            self._close_fds()

    def close(self) -> None:
        self.unplug()

    def write(self, data: bytes) -> None:
        """Send bytes to the reader."""
        with self._lock:
            if self._master < 0:
                raise PortUnplugged()
            view = memoryview(data)
            while view:
                try:
                    written = os.write(self._master, view)
                except BlockingIOError:
                    raise NobodyReading() from None
                view = view[written:]

    def read(self, timeout: float) -> bytes:
        """Bytes the reader sent, waiting at most ``timeout`` seconds; empty when nothing came."""
        master = self._master
        if master < 0:
            raise PortUnplugged()
        ready, _, _ = select.select([master], [], [], timeout)
        if not ready:
            return b""
        try:
            return os.read(master, 4096)
        except OSError:  # EAGAIN, or EIO once the other end has closed
            return b""

    def fileno(self) -> int:
        return self._master

    def _close_fds(self) -> None:
        for fd in (self._slave, self._master):
            if fd >= 0:
                os.close(fd)
        self._master = self._slave = -1
