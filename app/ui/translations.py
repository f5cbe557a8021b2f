"""Kupa's translations: Qt Linguist sources (.ts) in the package, compiled to .qm once and cached."""

from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QStandardPaths

log = logging.getLogger(__name__)

SOURCES = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease() -> Path:
    """The lrelease tool shipped inside the PySide6 wheel."""
    return Path(PySide6.__file__).resolve().parent / "lrelease"


def cache_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(location or tempfile.gettempdir()) / "kupa" / "translations"


def compiled(language: str) -> Path | None:
    """The .qm file for a language: next to its .ts when built, else compiled into the cache when stale.

    Returns None when Kupa has no translation for the language (English needs none).
    """
    source = SOURCES / f"kupa_{language}.ts"
    if not source.exists():
        return None
    beside = source.with_suffix(".qm")
    if beside.exists() and beside.stat().st_mtime >= source.stat().st_mtime:
        return beside
    target = cache_dir() / beside.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=target.parent, suffix=".qm")
    os.close(handle)
    try:
        subprocess.run(
            [str(lrelease()), "-silent", str(source), "-qm", partial], check=True, capture_output=True, timeout=60
        )
        os.replace(partial, target)
    except (OSError, subprocess.SubprocessError) as error:
        Path(partial).unlink(missing_ok=True)
        log.warning("the %s translation could not be compiled (%s); the till stays in English", language, error)
        return None
    return target
