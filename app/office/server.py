"""Serving the office API with uvicorn: in the foreground for the CLI, or on a thread (tests, one-shop setups)."""

from __future__ import annotations

import logging
import threading
import time

import uvicorn

from app.office.api import create_app
from app.office.service import Office

log = logging.getLogger(__name__)


def _config(office: Office, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        create_app(office),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=5,
    )


class OfficeServer:
    """uvicorn on a background thread; ``port`` is the bound port (ask for port 0 to get a free one)."""

    def __init__(self, office: Office, host: str = "127.0.0.1", port: int = 0) -> None:
        self._server = uvicorn.Server(_config(office, host, port))
        self._thread = threading.Thread(target=self._server.run, name="office-http", daemon=True)
        self.host = host
        self.port = port

    def start(self, timeout: float = 15.0) -> OfficeServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the office HTTP server did not start")
            time.sleep(0.01)
        self.port = bound_port(self._server, self.port)
        log.info("office listening on http://%s:%s", self.host, self.port)
        return self

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)

    def __enter__(self) -> OfficeServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def bound_port(server: uvicorn.Server, asked: int) -> int:
    for listener in server.servers:
        for sock in listener.sockets:
            return int(sock.getsockname()[1])
    return asked


def serve_forever(office: Office, host: str, port: int) -> None:
    """Serve until interrupted, printing the address once it listens (the line tests and scripts wait for)."""
    server = OfficeServer(office, host, port).start()
    print(f"office listening on {server.url}", flush=True)
    try:
        while server.running:
            time.sleep(0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
