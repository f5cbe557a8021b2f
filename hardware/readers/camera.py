"""The camera as a reader: frames from a device or a video file, decoded off the UI thread, held codes deduped."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import cv2

from hardware.readers.decoders import DEFAULT_BACKEND, DEFAULT_FORMATS, Decoder, GrayFrame, make_decoder
from hardware.readers.dedupe import HoldDeduper
from hardware.readers.threaded import ThreadedReader
from hardware.scan import (
    ReaderState,
    Scan,
    ScanCallback,
    SourceKind,
    StatusCallback,
    Symbology,
    mask,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CameraSettings:
    """Where frames come from and how codes are read.

    Attributes:
        source: a camera device index (0 is the first webcam) or the path of a video file.
        name: how the app calls this reader (goes into every Scan).
        backend: ``zxing`` or ``pyzbar``.
        formats: the symbologies to look for; fewer is faster and misreads less.
        hold_window: seconds before a code held in view is read again (None: never while it stays).
        leave_after: seconds a code must be out of view before showing it again is a new read.
        width, height: the frame size asked of a camera device.
        realtime: play a video file at its own frame rate (the demo) instead of as fast as it decodes (tests).
        loop: start a video file over when it ends.
        reconnect_initial, reconnect_max: back-off between attempts to reopen a lost camera (seconds).
    """

    source: int | str = 0
    name: str = "camera"
    backend: str = DEFAULT_BACKEND
    formats: tuple[Symbology, ...] = DEFAULT_FORMATS
    hold_window: float | None = 3.0
    leave_after: float = 0.5
    width: int = 640
    height: int = 480
    realtime: bool = False
    loop: bool = False
    reconnect_initial: float = 0.5
    reconnect_max: float = 5.0

    @property
    def is_file(self) -> bool:
        return isinstance(self.source, str)


class CameraReader(ThreadedReader):
    """Reads barcodes from camera frames on a plain thread; callbacks run on that thread.

    A video file plays once (or loops) and the reader then reports DISCONNECTED with the reason; a camera
    device that stops giving frames is reopened with a growing back-off.
    """

    def __init__(
        self,
        settings: CameraSettings,
        decoder: Decoder | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.decoder = decoder or make_decoder(settings.backend, settings.formats)
        self._clock = clock
        self.frames_read = 0

    @property
    def name(self) -> str:
        return self.settings.name

    def start(self, on_scan: ScanCallback, on_status: StatusCallback | None = None) -> None:
        self._launch(on_scan, on_status, what="camera", opening=f"opening {self._describe()}")

    def wait(self, timeout: float) -> bool:
        """Wait for the reader's thread to end by itself (a video file played to its end); True if it did."""
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _describe(self) -> str:
        source = self.settings.source
        return f"video file {source}" if isinstance(source, str) else f"camera {source}"

    def _open(self) -> Any:
        settings = self.settings
        capture = cv2.VideoCapture(settings.source)
        if not capture.isOpened():
            capture.release()
            return None
        if not settings.is_file:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, settings.width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, settings.height)
        return capture

    def _run(self) -> None:
        settings = self.settings
        deduper = HoldDeduper(settings.hold_window, settings.leave_after)
        backoff = settings.reconnect_initial
        while not self._stop.is_set():
            capture = self._open()
            if capture is None:
                if settings.is_file:
                    self._set_status(ReaderState.ERROR, f"the {self._describe()} cannot be opened")
                    return
                self._set_status(ReaderState.DISCONNECTED, f"the {self._describe()} is not available")
            else:
                backoff = settings.reconnect_initial
                self._set_status(ReaderState.CONNECTED, self._describe())
                try:
                    ended = self._play(capture, deduper)
                finally:
                    capture.release()
                if ended:
                    self._set_status(ReaderState.DISCONNECTED, f"the {self._describe()} ended")
                    return
                if self._stop.is_set():
                    return
                log.warning("%s stopped giving frames", self._describe())
                self._set_status(ReaderState.DISCONNECTED, f"the {self._describe()} stopped giving frames")
            self._stop.wait(backoff)
            backoff = min(backoff * 2, settings.reconnect_max)

    def _play(self, capture: Any, deduper: HoldDeduper) -> bool:
        """Read and decode frames until stopped (False), the camera fails (False) or the file ends (True)."""
        settings = self.settings
        fps = (capture.get(cv2.CAP_PROP_FPS) or 25.0) if settings.is_file else 0.0
        index = 0
        offset = 0.0
        started = time.monotonic()
        while not self._stop.is_set():
            ok, frame = capture.read()
            if not ok:
                if not settings.is_file:
                    return False
                if not settings.loop or index == 0:
                    return True
                capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
                offset += index / fps
                index = 0
                continue
            if settings.is_file:
                now = offset + index / fps
                if settings.realtime:
                    self._stop.wait(max(0.0, started + now - time.monotonic()))
            else:
                now = time.monotonic()
            index += 1
            self.frames_read += 1
            self._decode(_gray(frame), now, deduper)
        return False

    def _decode(self, frame: GrayFrame, now: float, deduper: HoldDeduper) -> None:
        detections = self.decoder.decode(frame)
        symbologies = {d.text: d.symbology for d in detections}
        for text in deduper.update(symbologies, now):
            scan = Scan(SourceKind.CAMERA, text, symbologies[text], timestamp=self._clock(), device=self.name)
            log.debug("camera %s read %s", self.name, mask(text))
            try:
                self._on_scan(scan)
            except Exception:
                log.exception("the scan handler of camera %s failed", self.name)


def _gray(frame: Any) -> GrayFrame:
    if frame.ndim == 2:
        gray: GrayFrame = frame
        return gray
    converted: GrayFrame = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return converted
