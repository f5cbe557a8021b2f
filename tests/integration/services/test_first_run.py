"""Setting a till up on its first run: what is written, and what is refused before anything is."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bootstrap import open_database, open_till
from app.services.auth import Role
from app.services.devices import load_devices
from app.services.first_run import OfficeKind, PrinterKind, ReaderKind, SetupRefused, TillSetup, set_up_till
from app.sync.client import OfficeUnreachable
from hardware.printers.config import PAPER_58MM, Transport


def choices(**changes: object) -> TillSetup:
    values: dict[str, object] = {
        "shop_name": "Corner Shop",
        "language": "he",
        "currency": "ILS",
        "timezone": "Asia/Jerusalem",
        "manager_name": "Avi",
        "manager_pin": "2468",
    }
    values.update(changes)
    return TillSetup(**values)  # type: ignore[arg-type]


def test_a_new_till_has_its_shop_manager_devices_and_office_mode(tmp_path: Path) -> None:
    db = tmp_path / "till.db"
    set_up_till(
        db,
        choices(
            printer=PrinterKind.SERIAL,
            printer_address="/dev/ttyUSB0",
            paper_mm=58,
            reader=ReaderKind.CAMERA,
            reader_address="0",
            office=OfficeKind.BUNDLE,
        ),
    )
    till = open_till(db)
    try:
        assert (till.context.shop_name, till.context.language, till.context.currency) == ("Corner Shop", "he", "ILS")
        staff = till.auth.login("2468")
        assert (staff.name, staff.role) == ("Avi", Role.MANAGER)
        devices = load_devices(till.uow)
        assert devices.printer is not None
        assert (devices.printer.transport, devices.printer.address) == (Transport.SERIAL, "/dev/ttyUSB0")
        assert devices.printer.width_px == PAPER_58MM
        assert [c.source for c in devices.cameras] == [0]
        assert devices.scanners == () and devices.keyboard_wedge is False
        with till.uow() as work:
            assert work.settings.get("office.mode") == "bundle"
    finally:
        till.close()


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"shop_name": "  "}, "shop_name"),
        ({"currency": "XYZ"}, "currency"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"printer": PrinterKind.NETWORK, "printer_address": "a:b:c"}, "printer_address"),
        ({"printer": PrinterKind.USB, "printer_address": "epson"}, "printer_address"),
        ({"reader": ReaderKind.SERIAL, "reader_address": ""}, "reader_port"),
        ({"reader": ReaderKind.CAMERA, "reader_address": "front"}, "camera_index"),
        ({"office": OfficeKind.ONLINE, "office_url": "office.example", "office_code": "X"}, "office_url"),
        ({"office": OfficeKind.ONLINE, "office_url": "http://office.example", "office_code": ""}, "office_code"),
        ({"manager_name": ""}, "manager_name"),
        ({"manager_pin": "12a4"}, "pin"),
        ({"manager_pin": "123"}, "pin"),
    ],
)
def test_choices_that_cannot_work_are_refused_and_nothing_is_written(
    tmp_path: Path, changes: dict[str, object], reason: str
) -> None:
    db = tmp_path / "till.db"
    with pytest.raises(SetupRefused) as refused:
        set_up_till(db, choices(**changes))
    assert refused.value.reason == reason
    assert not db.exists()


def test_a_failed_registration_removes_the_database_it_made(tmp_path: Path) -> None:
    db = tmp_path / "till.db"
    setup = choices(office=OfficeKind.ONLINE, office_url="http://127.0.0.1:9", office_code="ABCD-1234")
    with pytest.raises(OfficeUnreachable):
        set_up_till(db, setup)
    assert not db.exists()
    assert not Path(f"{db}-wal").exists()


def test_a_till_already_set_up_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "till.db"
    set_up_till(db, choices())
    with pytest.raises(FileExistsError):
        set_up_till(db, choices(shop_name="Another Shop"))
    engine, uow = open_database(db)
    try:
        with uow() as work:
            assert [s.name for s in work.shop.staff_list()] == ["Avi"]
    finally:
        engine.dispose()
