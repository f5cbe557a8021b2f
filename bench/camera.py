"""Camera decoding: frames per second at 640x480 for each backend, ours against a bare library call."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import cv2
import numpy as np

from bench import Result, median, scaled, smoke
from hardware.cards.numbers import ean13_card_number, luhn_card_number
from hardware.readers.decoders import BACKENDS, DEFAULT_BACKEND, DEFAULT_FORMATS, GrayFrame, make_decoder
from hardware.scan import Symbology
from hardware.sim.camera_video import Showing, card_frames

TARGET_FPS = 60.0


def _frames(quick: bool) -> list[GrayFrame]:
    seconds = 0.25 if smoke() else (1.0 if quick else 4.0)
    showings = [
        Showing(ean13_card_number(1001), seconds),
        Showing(None, seconds / 2),
        Showing(luhn_card_number("7700123"), seconds, Symbology.CODE128),
        Showing("4006381333931", seconds),
    ]
    return [np.asarray(cv2.cvtColor(f, cv2.COLOR_BGR2GRAY), dtype=np.uint8) for f in card_frames(showings)]


def _fps(decode: Callable[[GrayFrame], Sequence[Any]], frames: list[GrayFrame], rounds: int) -> tuple[float, int]:
    """Frames per second (median of rounds) and how many frames gave at least one code."""
    rates: list[float] = []
    found = 0
    for _ in range(rounds):
        found = 0
        started = time.perf_counter()
        for frame in frames:
            if decode(frame):
                found += 1
        rates.append(len(frames) / (time.perf_counter() - started))
    return median(rates), found


def _bare(backend: str) -> Callable[[GrayFrame], Sequence[Any]]:
    """The library called directly with the same formats, no wrapping: the limit our decoder can reach."""
    if backend == "pyzbar":
        from pyzbar import pyzbar

        symbols = [pyzbar.ZBarSymbol.EAN13, pyzbar.ZBarSymbol.CODE128]

        def zbar(frame: GrayFrame) -> list[Any]:
            return list(pyzbar.decode(frame, symbols=symbols))

        return zbar
    import zxingcpp

    formats = zxingcpp.BarcodeFormats([zxingcpp.BarcodeFormat.EAN13, zxingcpp.BarcodeFormat.Code128])

    def zxing(frame: GrayFrame) -> list[Any]:
        return list(zxingcpp.read_barcodes(frame, formats=formats))

    return zxing


def run(quick: bool) -> Result:
    frames = _frames(quick)
    rounds = scaled(3 if quick else 5)
    result = Result("camera")
    result.add("frames (640x480, gray)", len(frames), key="frames")
    ours: dict[str, float] = {}
    for backend in BACKENDS:
        decoder = make_decoder(backend, DEFAULT_FORMATS)
        fps, found = _fps(decoder.decode, frames, rounds)
        bare_fps, bare_found = _fps(_bare(backend), frames, rounds)
        ours[backend] = fps
        result.add(f"{backend}: ours", fps, "frames/s", key=f"{backend}_fps")
        result.add(f"{backend}: bare library call", bare_fps, "frames/s", key=f"{backend}_bare_fps")
        result.add(f"{backend}: ours / bare", fps / bare_fps, "x", key=f"{backend}_vs_bare")
        result.rows.append((f"{backend}: frames with a code (ours / bare)", f"{found} / {bare_found}"))
    fastest = max(ours, key=lambda name: ours[name])
    for backend in BACKENDS:
        result.add(f"{backend}: speed / fastest ({fastest})", ours[backend] / ours[fastest], "x")
    result.rows.append(("default backend", DEFAULT_BACKEND))
    result.target(
        "default_fps",
        f"{DEFAULT_BACKEND} >= {TARGET_FPS:.0f} frames/s at 640x480",
        ours[DEFAULT_BACKEND] >= TARGET_FPS,
    )
    return result
