"""The one place in hardware/ that makes sure a Qt application exists, for text shaping and PDF drawing."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_app: QCoreApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication; when there is none, create one on the offscreen platform.

    A QApplication (widgets) is created when QtWidgets is available, so that the UI can still use widgets in
    the same process later.

    Raises:
        RuntimeError: no application exists and this is not the main thread (Qt must create it there), or
            the running application is a plain QCoreApplication, which cannot draw text.
    """
    global _app
    app = QCoreApplication.instance()
    if app is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError(
                "Rendering receipt text needs a Qt application; create it on the main thread before printing."
            )
        args = ["kupa-hardware", "-platform", "offscreen"]
        try:
            from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - widgets are optional here

            app = QApplication(args)
        except ImportError:
            app = QGuiApplication(args)
        _app = app
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("Rendering receipt text needs a QGuiApplication, but a QCoreApplication is running.")
    return app
