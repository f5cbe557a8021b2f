from __future__ import annotations

import queue
from pathlib import Path
from typing import Any

import pytest

from hardware.cards.numbers import ean13_card_number, luhn_card_number
from hardware.readers.camera import CameraReader, CameraSettings
from hardware.readers.decoders import BACKENDS
from hardware.scan import ReaderState, ReaderStatus, Scan, SourceKind, Symbology
from hardware.sim.camera_video import Showing, write_card_video

WAIT = 20.0
CARD = ean13_card_number(4242)
OTHER = luhn_card_number("7700123")


def _play(path: Path, **settings: Any) -> tuple[list[Scan], list[ReaderStatus]]:
    scans: queue.Queue[Scan] = queue.Queue()
    states: list[ReaderStatus] = []
    reader = CameraReader(CameraSettings(source=str(path), **settings))
    reader.start(scans.put, states.append)
    try:
        assert reader.wait(WAIT), "the video did not finish playing"
    finally:
        reader.stop()
    return list(scans.queue), states


@pytest.fixture(scope="module")
def counter_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A card shown, taken away, shown again, then another card; with noise and motion-blurred frames."""
    return write_card_video(
        tmp_path_factory.mktemp("camera") / "till-camera.avi",
        [
            Showing(None, 0.3),
            Showing(CARD, 1.5),
            Showing(None, 0.8),
            Showing(CARD, 0.8),
            Showing(None, 0.3),
            Showing(OTHER, 1.0, Symbology.CODE128),
        ],
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_cards_in_a_video_are_read_once_each_time_they_are_shown(counter_video: Path, backend: str) -> None:
    scans, states = _play(counter_video, backend=backend, hold_window=None, name="counter cam")
    assert [(s.text, s.symbology) for s in scans] == [
        (CARD, Symbology.EAN13),
        (CARD, Symbology.EAN13),
        (OTHER, Symbology.CODE128),
    ]
    assert {s.source for s in scans} == {SourceKind.CAMERA}
    assert {s.device for s in scans} == {"counter cam"}
    assert [s.state for s in states] == [
        ReaderState.CONNECTING,
        ReaderState.CONNECTED,
        ReaderState.DISCONNECTED,
        ReaderState.STOPPED,
    ]
    assert states[2].reason == f"the video file {counter_video} ended"


def test_a_card_held_past_the_hold_window_is_read_again(tmp_path: Path) -> None:
    video = write_card_video(tmp_path / "held.avi", [Showing(CARD, 2.5)], blur_every=0)
    scans, _ = _play(video, hold_window=1.0)
    assert [s.text for s in scans] == [CARD, CARD, CARD]


def test_a_looping_video_reads_the_card_on_every_pass(tmp_path: Path) -> None:
    video = write_card_video(tmp_path / "loop.avi", [Showing(CARD, 0.5), Showing(None, 1.0)])
    scans: queue.Queue[Scan] = queue.Queue()
    reader = CameraReader(CameraSettings(source=str(video), loop=True, hold_window=None))
    reader.start(scans.put)
    try:
        texts = [scans.get(timeout=WAIT).text for _ in range(3)]
    finally:
        reader.stop()
    assert texts == [CARD, CARD, CARD]
    assert reader.frames_read >= 30


def test_a_missing_video_file_is_an_error(tmp_path: Path) -> None:
    scans, states = _play(tmp_path / "nowhere.avi")
    assert scans == []
    assert states[-2] == ReaderStatus(ReaderState.ERROR, f"the video file {tmp_path / 'nowhere.avi'} cannot be opened")


def test_a_camera_that_is_not_there_is_reported_disconnected() -> None:
    states: queue.Queue[ReaderStatus] = queue.Queue()
    reader = CameraReader(CameraSettings(source=97, reconnect_initial=0.05, reconnect_max=0.05))
    reader.start(lambda scan: None, states.put)
    try:
        seen = [states.get(timeout=WAIT) for _ in range(2)]
    finally:
        reader.stop()
    assert seen[1] == ReaderStatus(ReaderState.DISCONNECTED, "the camera 97 is not available")
    assert reader.status.state is ReaderState.STOPPED
