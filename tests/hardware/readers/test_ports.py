from __future__ import annotations

import pytest
from serial.tools.list_ports_common import ListPortInfo

from hardware.readers.ports import PortSpec, find_port


def _port(device: str, vid: int | None, pid: int | None, serial_number: str | None = None) -> ListPortInfo:
    info = ListPortInfo(device, skip_link_detection=True)
    info.vid, info.pid, info.serial_number = vid, pid, serial_number
    return info


PORTS = [
    _port("/dev/ttyS0", None, None),
    _port("/dev/ttyACM1", 0x0C2E, 0x0B61, "B"),
    _port("/dev/ttyACM0", 0x0C2E, 0x0B61, "A"),
    _port("/dev/ttyUSB0", 0x0403, 0x6001),
]


def test_parse_usb_ids_and_device_names() -> None:
    assert PortSpec.parse("usb:0c2e:0b61") == PortSpec(vid=0x0C2E, pid=0x0B61)
    assert PortSpec.parse("0C2E:0B61:A") == PortSpec(vid=0x0C2E, pid=0x0B61, serial_number="A")
    assert PortSpec.parse("/dev/ttyACM0") == PortSpec(device="/dev/ttyACM0")
    assert PortSpec.parse("COM3").device == "COM3"


def test_a_spec_needs_exactly_one_way_to_find_the_port() -> None:
    with pytest.raises(ValueError, match="either by device name or by USB"):
        PortSpec()
    with pytest.raises(ValueError, match="either by device name or by USB"):
        PortSpec(device="/dev/ttyACM0", vid=1, pid=2)
    with pytest.raises(ValueError, match="no serial port"):
        PortSpec.parse("  ")


def test_vid_pid_finds_the_port_whatever_its_name_is_now() -> None:
    assert find_port(PortSpec(vid=0x0403, pid=0x6001), PORTS) == "/dev/ttyUSB0"
    moved = [_port("/dev/ttyUSB3", 0x0403, 0x6001)]
    assert find_port(PortSpec(vid=0x0403, pid=0x6001), moved) == "/dev/ttyUSB3"


def test_serial_number_tells_two_identical_readers_apart() -> None:
    assert find_port(PortSpec(vid=0x0C2E, pid=0x0B61, serial_number="B"), PORTS) == "/dev/ttyACM1"


def test_several_matches_pick_the_first_by_name(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="hardware")
    assert find_port(PortSpec(vid=0x0C2E, pid=0x0B61), PORTS) == "/dev/ttyACM0"
    assert "2 ports match" in caplog.text


def test_unplugged_device_is_not_found_and_a_name_is_used_as_given() -> None:
    assert find_port(PortSpec(vid=0x1234, pid=0x5678), PORTS) is None
    assert find_port(PortSpec(device="/dev/ttyS9"), []) == "/dev/ttyS9"


def test_describe() -> None:
    assert PortSpec(vid=0x0C2E, pid=0x0B61).describe() == "USB 0c2e:0b61"
    assert PortSpec(vid=0x0C2E, pid=0x0B61, serial_number="A").describe() == "USB 0c2e:0b61 (serial A)"
