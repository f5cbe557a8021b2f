"""Runtime hook: pyzbar finds the libzbar the bundle carries, not only one installed on the machine."""

import ctypes.util
import os
import sys

_system_find_library = ctypes.util.find_library


def _find_library(name: str) -> str | None:
    if name == "zbar":
        bundled = os.path.join(getattr(sys, "_MEIPASS", ""), "libzbar.so.0")
        if os.path.isfile(bundled):
            return bundled
    return _system_find_library(name)


ctypes.util.find_library = _find_library
