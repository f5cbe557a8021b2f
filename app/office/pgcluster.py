"""A throwaway local PostgreSQL cluster in a directory (tests, benchmarks, trying the office on one machine)."""

from __future__ import annotations

import glob
import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

log = logging.getLogger(__name__)

SUPERUSER = "kupa"


class ClusterError(RuntimeError):
    """PostgreSQL could not be found, initialised or started."""


def find_bindir() -> Path:
    """The directory holding initdb and pg_ctl: ``pg_config --bindir`` or the newest /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
        if found:
            candidates.append(Path(found))
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    candidates += [Path(p) for p in versions]
    for candidate in candidates:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    raise ClusterError("PostgreSQL server binaries not found (install the postgresql package)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ThrowawayCluster:
    """``initdb`` into a temporary directory, ``pg_ctl start`` on 127.0.0.1, and remove everything on ``stop``.

    As root the binaries run as the ``postgres`` user (initdb refuses root); the socket stays inside the directory.
    """

    def __init__(self, *, fsync: bool = False, base_dir: Path | None = None) -> None:
        self.bindir = find_bindir()
        self.fsync = fsync
        self.root = Path(tempfile.mkdtemp(prefix="kupa-pg-", dir=base_dir))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.port = 0
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)

    def start(self) -> ThrowawayCluster:
        self.sockets.mkdir()
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.sockets, "postgres", "postgres")
        done = self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync")
        if done.returncode != 0:
            raise ClusterError(f"initdb failed: {done.stderr.strip()}")
        options = f"-c listen_addresses=127.0.0.1 -k {self.sockets} -c max_connections=60"
        if not self.fsync:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        for _attempt in range(5):
            self.port = free_port()
            done = self._run(
                "pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.root / "server.log"),
                "-o", f"-p {self.port} {options}",
            )  # fmt: skip
            if done.returncode == 0:
                log.info("throwaway PostgreSQL on 127.0.0.1:%s", self.port)
                return self
            time.sleep(0.2)
        log_text = (self.root / "server.log").read_text(errors="replace")[-2000:]
        raise ClusterError(f"pg_ctl start failed: {done.stderr.strip()} {log_text}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """Create a database (optionally a copy of ``template``) and return its SQLAlchemy URL."""
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname=postgres") as conn:
            conn.autocommit = True
            suffix = f" TEMPLATE {template}" if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{suffix}')
        return self.url(name)

    def stop(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> ThrowawayCluster:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
