"""Barcode decoders for camera frames: pyzbar and zxing-cpp behind one small interface, limited to our formats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from hardware.scan import Symbology

DEFAULT_FORMATS: tuple[Symbology, ...] = (Symbology.EAN13, Symbology.CODE128)
CAMERA_FORMATS = frozenset({Symbology.EAN13, Symbology.EAN8, Symbology.UPCA, Symbology.CODE128})
BACKENDS = ("zxing", "pyzbar")
DEFAULT_BACKEND = "zxing"

GrayFrame = npt.NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class Detection:
    """One barcode found in a frame."""

    text: str
    symbology: Symbology


class Decoder(Protocol):
    """Finds the barcodes of the configured formats in a grayscale frame (H x W, uint8)."""

    name: str

    def decode(self, frame: GrayFrame) -> list[Detection]: ...


def _check_formats(formats: Sequence[Symbology]) -> tuple[Symbology, ...]:
    unknown = set(formats) - CAMERA_FORMATS
    if unknown or not formats:
        allowed = ", ".join(sorted(CAMERA_FORMATS))
        raise ValueError(f"the camera reads {allowed}; got {', '.join(sorted(unknown)) or 'no format'}")
    return tuple(dict.fromkeys(formats))


def _upca_as_12(text: str, symbology: Symbology) -> Detection:
    """UPC-A as its own 12 digits (some decoders report it as the 13-digit EAN with a leading 0)."""
    if symbology is Symbology.UPCA and len(text) == 13 and text.startswith("0"):
        text = text[1:]
    return Detection(text, symbology)


class PyzbarDecoder:
    """ZBar through pyzbar (needs the libzbar0 system library)."""

    name = "pyzbar"

    def __init__(self, formats: Sequence[Symbology] = DEFAULT_FORMATS) -> None:
        from pyzbar import pyzbar  # noqa: PLC0415 - optional: needs libzbar0 at import

        self.formats = _check_formats(formats)
        self._decode = pyzbar.decode
        # ZBar reads UPC-A only while EAN-13 is on; EAN-13 results nobody asked for are dropped below.
        zbar_formats = {*self.formats, Symbology.EAN13} if Symbology.UPCA in self.formats else set(self.formats)
        self._symbols = [pyzbar.ZBarSymbol[f.value] for f in zbar_formats]
        self._names = {f.value: f for f in self.formats}

    def decode(self, frame: GrayFrame) -> list[Detection]:
        found: list[Any] = self._decode(frame, symbols=self._symbols)
        return [
            _upca_as_12(item.data.decode("ascii", "replace"), self._names[item.type])
            for item in found
            if item.type in self._names
        ]


class ZxingDecoder:
    """zxing-cpp."""

    name = "zxing"

    _FORMATS = {
        Symbology.EAN13: "EAN13",
        Symbology.EAN8: "EAN8",
        Symbology.UPCA: "UPCA",
        Symbology.CODE128: "Code128",
    }

    def __init__(self, formats: Sequence[Symbology] = DEFAULT_FORMATS) -> None:
        import zxingcpp  # noqa: PLC0415 - optional backend

        self.formats = _check_formats(formats)
        self._read = zxingcpp.read_barcodes
        self._wanted = zxingcpp.BarcodeFormats(
            [getattr(zxingcpp.BarcodeFormat, self._FORMATS[f]) for f in self.formats]
        )
        self._names = {getattr(zxingcpp.BarcodeFormat, self._FORMATS[f]): f for f in self.formats}

    def decode(self, frame: GrayFrame) -> list[Detection]:
        found: list[Any] = self._read(frame, formats=self._wanted)
        return [_upca_as_12(item.text, self._names.get(item.format, Symbology.UNKNOWN)) for item in found]


def make_decoder(backend: str = DEFAULT_BACKEND, formats: Sequence[Symbology] = DEFAULT_FORMATS) -> Decoder:
    """A decoder by backend name (``zxing`` or ``pyzbar``).

    Raises:
        ValueError: unknown backend or a format the camera does not read.
        ImportError: the backend's library (or libzbar0 for pyzbar) is not installed; the message says which.
    """
    if backend == "pyzbar":
        try:
            return PyzbarDecoder(formats)
        except ImportError as error:
            raise ImportError(f"pyzbar needs the zbar library: install pyzbar and libzbar0 ({error})") from error
    if backend == "zxing":
        try:
            return ZxingDecoder(formats)
        except ImportError as error:
            raise ImportError(f"the zxing backend needs the zxing-cpp package ({error})") from error
    raise ValueError(f"unknown barcode decoder {backend!r}; choose one of {', '.join(BACKENDS)}")
