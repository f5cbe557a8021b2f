from __future__ import annotations

import queue
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from serial.tools.list_ports_common import ListPortInfo

from hardware.readers.magstripe import CardNumberRules, TrackChoice
from hardware.readers.ports import PortInfo, PortSpec
from hardware.readers.serial_reader import MagstripeFrames, SerialReader, SerialSettings
from hardware.scan import ReaderState, ReaderStatus, Scan, SourceKind, Symbology
from hardware.sim.scanner import VirtualScanner

WAIT = 3.0
VID, PID = 0x0C2E, 0x0B61


class Events:
    """Everything a reader reported, in queues to wait on."""

    def __init__(self) -> None:
        self.scans: queue.Queue[Scan] = queue.Queue()
        self.states: queue.Queue[ReaderStatus] = queue.Queue()
        self.rejected: queue.Queue[str] = queue.Queue()

    def start(self, reader: SerialReader) -> None:
        reader.start(self.scans.put, self.states.put, self.rejected.put)

    def wait_state(self, state: ReaderState) -> ReaderStatus:
        while True:
            status = self.states.get(timeout=WAIT)
            if status.state is state:
                return status

    def scan(self) -> Scan:
        return self.scans.get(timeout=WAIT)


@pytest.fixture
def scanner() -> Iterator[VirtualScanner]:
    with VirtualScanner() as device:
        yield device


@pytest.fixture
def events() -> Events:
    return Events()


def _reader(scanner: VirtualScanner, **changes: Any) -> SerialReader:
    return SerialReader(replace(SerialSettings(PortSpec(device=scanner.path), name="front"), **changes))


def test_frames_from_the_port_become_scans(scanner: VirtualScanner, events: Events) -> None:
    reader = _reader(scanner)
    events.start(reader)
    try:
        assert events.wait_state(ReaderState.CONNECTED).reason == scanner.path
        scanner.scan("4006381333931")
        scanner.scan("ABC-123")
        first, second = events.scan(), events.scan()
    finally:
        reader.stop()
    assert (first.text, first.source, first.device) == ("4006381333931", SourceKind.SERIAL, "front")
    assert second.text == "ABC-123"
    assert first.timestamp > 0
    assert reader.status.state is ReaderState.STOPPED


def test_garbage_is_dropped_with_a_reason_and_reading_goes_on(
    scanner: VirtualScanner, events: Events, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="hardware")
    reader = _reader(scanner)
    events.start(reader)
    try:
        events.wait_state(ReaderState.CONNECTED)
        scanner.send_raw(b"\x00\xff\xfe\x80junk\r")
        scanner.send_raw(b"\x1b[2J\r")
        scanner.scan("4006381333931")
        assert events.rejected.get(timeout=WAIT) == "8 bytes with non-ASCII values"
        assert events.rejected.get(timeout=WAIT) == "4 bytes with control characters"
        assert events.scan().text == "4006381333931"
    finally:
        reader.stop()
    assert "dropped 8 bytes: 8 bytes with non-ASCII values" in caplog.text
    assert not [r for r in caplog.records if r.levelname == "WARNING"]


def test_a_partial_frame_is_dropped_and_the_next_scan_is_clean(scanner: VirtualScanner, events: Events) -> None:
    reader = _reader(scanner, gap_timeout=0.05)
    events.start(reader)
    try:
        events.wait_state(ReaderState.CONNECTED)
        scanner.send_partial("40063")
        assert events.rejected.get(timeout=WAIT).startswith("incomplete frame")
        scanner.scan("4006381333931")
        assert events.scan().text == "4006381333931"
    finally:
        reader.stop()
    assert events.scans.empty()


def test_a_swipe_on_a_magstripe_reader_gives_the_card_number(scanner: VirtualScanner, events: Events) -> None:
    rules = CardNumberRules(choice=TrackChoice.TRACK2_FIRST, with_lrc=True)
    reader = SerialReader(SerialSettings(PortSpec(device=scanner.path), name="msr"), MagstripeFrames(rules))
    events.start(reader)
    try:
        events.wait_state(ReaderState.CONNECTED)
        scanner.swipe("0400001234563", name="Gashi/Eriona", with_lrc=True)
        scanner.swipe("0400001234563", track1_error=True, track2_error=True)
        scan = events.scan()
        reason = events.rejected.get(timeout=WAIT)
    finally:
        reader.stop()
    assert (scan.source, scan.text, scan.symbology, scan.expiry) == (
        SourceKind.MAGSTRIPE,
        "0400001234563",
        Symbology.TRACK2,
        "2912",
    )
    assert "0400001234563" not in repr(scan)
    assert "reader reported a read error" in reason


def test_unplug_then_replug_under_a_new_name_is_found_again_by_vid_pid(
    scanner: VirtualScanner, events: Events, caplog: pytest.LogCaptureFixture
) -> None:
    def lister() -> list[PortInfo]:
        if not scanner.port.plugged:
            return []
        info = ListPortInfo(scanner.path, skip_link_detection=True)
        info.vid, info.pid = VID, PID
        return [info]

    settings = SerialSettings(PortSpec(vid=VID, pid=PID), name="front", reconnect_initial=0.02, reconnect_max=0.1)
    reader = SerialReader(settings, port_lister=lister)
    events.start(reader)
    try:
        events.wait_state(ReaderState.CONNECTED)
        scanner.scan("1111")
        assert events.scan().text == "1111"
        scanner.unplug()
        assert "disconnected" in events.wait_state(ReaderState.DISCONNECTED).reason
        assert events.wait_state(ReaderState.DISCONNECTED).reason == "USB 0c2e:0b61 is not plugged in"
        new_path = scanner.replug()
        assert events.wait_state(ReaderState.CONNECTED).reason == new_path
        scanner.scan("2222")
        assert events.scan().text == "2222"
    finally:
        reader.stop()
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "was disconnected" in warnings[0]


def test_a_port_that_cannot_be_opened_is_reported_and_retried(events: Events) -> None:
    reader = SerialReader(
        SerialSettings(PortSpec(device="/nonexistent/ttyKUPA"), reconnect_initial=0.01, reconnect_max=0.02)
    )
    events.start(reader)
    try:
        status = events.wait_state(ReaderState.DISCONNECTED)
        assert status.reason == "/nonexistent/ttyKUPA cannot be opened"
    finally:
        reader.stop()


def test_invalid_line_settings_are_an_error_state(scanner: VirtualScanner, events: Events) -> None:
    reader = _reader(scanner, parity="X", reconnect_max=0.05)
    events.start(reader)
    try:
        status = events.wait_state(ReaderState.ERROR)
    finally:
        reader.stop()
    assert status.reason.startswith("the line settings are not valid")


def test_a_reader_cannot_be_started_twice(scanner: VirtualScanner, events: Events) -> None:
    reader = _reader(scanner)
    events.start(reader)
    try:
        with pytest.raises(RuntimeError, match="already running"):
            events.start(reader)
    finally:
        reader.stop()
