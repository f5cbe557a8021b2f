"""A small tmpfs for disk-full and read-only tests: filled up, freed, remounted read-only and writable again.

Mounting needs root or password-less sudo; without either, the tests that use it are skipped and say why.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

FILLER = "filler.bin"


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    return subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=30, check=False)


class TinyDisk:
    """A mounted tmpfs of ``size_kb`` at ``path``."""

    def __init__(self, path: Path, size_kb: int) -> None:
        self.path = path
        self.size_kb = size_kb

    def mount(self) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        done = _mount("mount", "-t", "tmpfs", "-o", f"size={self.size_kb}k,mode=0777", "tmpfs", str(self.path))
        if done.returncode != 0:
            pytest.skip(f"a small tmpfs cannot be mounted here (needs root or sudo): {done.stderr.strip()}")

    def unmount(self) -> None:
        _mount("umount", "-l", str(self.path))

    def fill(self) -> int:
        """Take every free byte; returns how many were taken."""
        taken = 0
        fd = os.open(self.path / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            block = b"\0" * 4096
            while True:
                try:
                    taken += os.write(fd, block)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    if len(block) == 1:
                        break
                    block = block[: len(block) // 2]
        finally:
            os.close(fd)
        return taken

    def free(self) -> None:
        (self.path / FILLER).unlink(missing_ok=True)

    def _remount(self, mode: str) -> None:
        done = _mount("mount", "-o", f"remount,{mode}", str(self.path))
        assert done.returncode == 0, f"remount {mode} failed: {done.stderr}"

    def read_only(self) -> None:
        """Remount read-only (close every database connection on it first: the kernel refuses while files are
        open for writing)."""
        self._remount("ro")

    def writable(self) -> None:
        self._remount("rw")


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[TinyDisk]:
    disk = TinyDisk(tmp_path / "disk", 4096)
    disk.mount()
    try:
        yield disk
    finally:
        disk.unmount()
