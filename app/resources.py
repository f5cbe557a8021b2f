"""Where the files Kupa loads at run time live: ``resources/`` of the source tree, or its copy inside the bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The resources folder: the bundle's own copy when frozen by PyInstaller, else the source tree's."""
    bundled = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resource_dir() / "translations"


def icon_path(name: str = "kupa.png") -> Path:
    return resource_dir() / "icons" / name
