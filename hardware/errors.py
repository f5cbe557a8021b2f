"""Device errors, each with a plain sentence for the person at the till and the facts behind it."""

from __future__ import annotations

from typing import Any


class HardwareError(Exception):
    """A device could not do what was asked; ``str(error)`` is the English sentence, ``params`` its facts."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    @property
    def code(self) -> str:
        return type(self).__name__
