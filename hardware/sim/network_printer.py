"""A virtual ESC/POS network printer on 127.0.0.1: decodes each job onto simulated paper, records cuts and drawer
kicks, and can be switched off, run out of paper, open its cover, or drop a connection mid-receipt."""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from hardware.sim.escpos_stream import EscposReader, PrinterState
from hardware.sim.paper import Receipt, split_receipts

log = logging.getLogger(__name__)

POLL = 0.05


@dataclass(slots=True)
class Job:
    """What one connection sent: the receipts (split at cuts), drawer kicks, raw bytes, and whether the
    connection ended normally (False when the simulator dropped it on purpose)."""

    receipts: list[Receipt] = field(default_factory=list)
    drawer_kicks: list[tuple[int, int, int]] = field(default_factory=list)
    cuts: int = 0
    raw: bytes = b""
    unknown: list[str] = field(default_factory=list)
    completed: bool = True

    @property
    def has_content(self) -> bool:
        return bool(self.receipts or self.drawer_kicks)


class VirtualNetworkPrinter:
    """Listens on ``host``: ``port`` (0 picks a free port); ``address`` is what a PrinterConfig needs."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        width_px: int = 576,
        on_job: Callable[[Job], None] | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.width_px = width_px
        self.state = PrinterState()
        self.on_job = on_job
        self._jobs: list[Job] = []
        self._changed = threading.Condition()
        self._listener: socket.socket | None = None
        self._connections: set[socket.socket] = set()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._drop_after: int | None = None
        self._accepter: threading.Thread | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def jobs(self) -> list[Job]:
        with self._changed:
            return list(self._jobs)

    def start(self) -> VirtualNetworkPrinter:
        self._stop.clear()
        self.power_on()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.power_off()
        for thread in self._threads:
            thread.join(2.0)
        self._threads.clear()

    def __enter__(self) -> VirtualNetworkPrinter:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def power_on(self) -> None:
        """Listen (again, on the same port once one was chosen)."""
        if self._listener is not None:
            return
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port))
        listener.listen(8)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._accepter = threading.Thread(target=self._accept, args=(listener,), name="sim printer", daemon=True)
        self._accepter.start()

    def power_off(self) -> None:
        """Switch off: connections are refused and open ones are cut."""
        listener, self._listener = self._listener, None
        if listener is not None:
            # shutdown stops listening at once; close alone waits until the accept thread's select lets go.
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
            if self._accepter is not None:
                self._accepter.join(2.0)
                self._accepter = None
        for connection in list(self._connections):
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def drop_after(self, size: int | None) -> None:
        """Cut the next connection abruptly (TCP reset) after ``size`` bytes; None stops doing so."""
        self._drop_after = size

    def wait_for_jobs(self, count: int, timeout: float) -> list[Job]:
        """The first ``count`` jobs (connections that printed something, or were dropped), waiting at most
        ``timeout`` seconds.

        Raises:
            TimeoutError: fewer jobs arrived.
        """
        with self._changed:
            if not self._changed.wait_for(lambda: len(self._jobs) >= count, timeout):
                raise TimeoutError(f"{len(self._jobs)} of {count} print jobs arrived within {timeout} s")
            return list(self._jobs[:count])

    def _accept(self, listener: socket.socket) -> None:
        while not self._stop.is_set() and self._listener is listener:
            try:
                ready, _, _ = select.select([listener], [], [], POLL)
                if not ready:
                    continue
                connection, _ = listener.accept()
            except (OSError, ValueError):
                return
            thread = threading.Thread(target=self._serve, args=(connection,), name="sim printer job", daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        self._connections.add(connection)
        reader = EscposReader(self.state)
        received = bytearray()
        drop_after, self._drop_after = self._drop_after, None
        completed = True
        try:
            while not self._stop.is_set():
                ready, _, _ = select.select([connection], [], [], POLL)
                if not ready:
                    continue
                data = connection.recv(65536)
                if not data:
                    break
                if drop_after is not None and len(received) + len(data) >= drop_after:
                    data = data[: max(0, drop_after - len(received))]
                    received += data
                    reader.feed(data)
                    completed = False
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    break
                received += data
                reply = reader.feed(data)
                if reply:
                    connection.sendall(reply)
        except OSError as error:
            log.debug("simulated printer connection ended: %s", error)
        finally:
            self._connections.discard(connection)
            connection.close()
        self._record(reader, bytes(received), completed)

    def _record(self, reader: EscposReader, raw: bytes, completed: bool) -> None:
        stream = reader.finish()
        receipts = split_receipts(stream.elements)
        job = Job(
            receipts=receipts,
            drawer_kicks=list(stream.drawer_kicks),
            cuts=sum(1 for receipt in receipts if receipt.cut),
            raw=raw,
            unknown=list(stream.unknown),
            completed=completed,
        )
        if completed and not job.has_content:
            return
        with self._changed:
            self._jobs.append(job)
            self._changed.notify_all()
        if self.on_job is not None:
            try:
                self.on_job(job)
            except Exception:
                log.exception("the simulated printer's job handler failed")
