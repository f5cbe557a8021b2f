"""Setting up a till on its first run: shop, language, devices, head office and the first manager, in one go."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.bootstrap import open_database
from app.services.auth import InvalidPin, Role, check_pin_format
from app.services.context import Clock, utc_now
from app.services.devices import parse_devices
from app.services.setup import ShopSettings, add_staff, create_shop
from app.store.uow import UnitOfWorkFactory
from hardware.errors import HardwareError

log = logging.getLogger(__name__)

# What a till starts with for each shop language; the wizard offers these and lets the shop change them.
CURRENCIES = ("ILS", "USD", "EUR", "GBP", "GEL", "ALL")
TIMEZONES = ("Asia/Jerusalem", "Asia/Tbilisi", "Europe/Tirane", "Europe/London", "Europe/Berlin", "UTC")
DEFAULTS: dict[str, tuple[str, str]] = {
    "en": ("USD", "Europe/London"),
    "he": ("ILS", "Asia/Jerusalem"),
    "ka": ("GEL", "Asia/Tbilisi"),
    "sq": ("ALL", "Europe/Tirane"),
}


class PrinterKind(StrEnum):
    NONE = "none"
    NETWORK = "network"
    SERIAL = "serial"
    USB = "usb"
    FILE = "file"


class ReaderKind(StrEnum):
    NONE = "none"
    SERIAL = "serial"
    CAMERA = "camera"
    WEDGE = "wedge"


class OfficeKind(StrEnum):
    NONE = "none"
    ONLINE = "online"
    BUNDLE = "bundle"


class SetupRefused(ValueError):
    """A choice cannot work (an unreadable printer address, a short PIN); ``reason`` says which, for the wizard."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class TillSetup:
    """Everything the first-run wizard asks."""

    shop_name: str
    language: str
    currency: str
    timezone: str
    manager_name: str
    manager_pin: str
    printer: PrinterKind = PrinterKind.NONE
    printer_address: str = ""
    paper_mm: int = 80
    reader: ReaderKind = ReaderKind.WEDGE
    reader_address: str = ""
    office: OfficeKind = OfficeKind.NONE
    office_url: str = ""
    office_code: str = ""
    address: str = ""


def _printer(setup: TillSetup) -> dict[str, Any] | None:
    if setup.printer is PrinterKind.NONE:
        return None
    raw = {"transport": setup.printer.value, "address": setup.printer_address.strip(), "paper_mm": setup.paper_mm}
    try:
        parse_devices({"printer": raw})
    except (HardwareError, ValueError) as error:
        raise SetupRefused("printer_address", str(error)) from error
    return raw


def _readers(setup: TillSetup) -> dict[str, Any]:
    address = setup.reader_address.strip()
    if setup.reader is ReaderKind.SERIAL:
        if not address:
            raise SetupRefused("reader_port", "A serial scanner needs its port, like /dev/ttyACM0.")
        return {"scanners": [{"port": address, "name": "scanner", "suffix": "\r"}]}
    if setup.reader is ReaderKind.CAMERA:
        if not address.isdigit():
            raise SetupRefused("camera_index", "A camera is chosen by its number: 0 is the first camera.")
        return {"cameras": [{"source": int(address), "name": "camera"}]}
    return {}


def _shop(setup: TillSetup) -> None:
    if not setup.shop_name.strip():
        raise SetupRefused("shop_name", "The shop needs a name.")
    if setup.currency not in CURRENCIES:
        raise SetupRefused("currency", f"Kupa does not know the currency {setup.currency!r}.")
    try:
        ZoneInfo(setup.timezone)
    except (ValueError, ZoneInfoNotFoundError) as error:
        raise SetupRefused("timezone", f"There is no time zone called {setup.timezone!r}.") from error


def _office(setup: TillSetup) -> None:
    if setup.office is OfficeKind.ONLINE:
        if not setup.office_url.strip().startswith(("http://", "https://")):
            raise SetupRefused("office_url", "The office address starts with http:// or https://.")
        if not setup.office_code.strip():
            raise SetupRefused("office_code", "Registering needs the one-time code from the office.")


def _manager(setup: TillSetup) -> None:
    if not setup.manager_name.strip():
        raise SetupRefused("manager_name", "The manager needs a name.")
    try:
        check_pin_format(setup.manager_pin)
    except InvalidPin as error:
        raise SetupRefused("pin", "A PIN is 4 to 12 digits.") from error


SECTIONS: dict[str, Callable[[TillSetup], object]] = {
    "shop": _shop,
    "printer": _printer,
    "readers": _readers,
    "office": _office,
    "manager": _manager,
}


def check_section(setup: TillSetup, section: str) -> None:
    """Check one part of the choices (``shop``, ``printer``, ``readers``, ``office`` or ``manager``).

    Raises:
        SetupRefused: that part cannot work.
    """
    SECTIONS[section](setup)


def check(setup: TillSetup) -> dict[str, Any]:
    """Refuse what cannot work before anything is written; returns the ``devices`` setting.

    Raises:
        SetupRefused: the first choice that cannot work.
    """
    for section in SECTIONS.values():
        section(setup)
    devices: dict[str, Any] = {"keyboard_wedge": setup.reader is ReaderKind.WEDGE, **_readers(setup)}
    printer = _printer(setup)
    if printer is not None:
        devices["printer"] = printer
    return devices


Registrar = Callable[[UnitOfWorkFactory, str, str], object]


def _register(uow: UnitOfWorkFactory, url: str, code: str) -> object:
    from app.sync.register import register_till  # noqa: PLC0415 - only tills that register need the client

    return register_till(uow, url, code)


def set_up_till(path: Path, setup: TillSetup, *, clock: Clock = utc_now, register: Registrar = _register) -> None:
    """Create the till database at ``path`` with the shop, its manager, devices and office link.

    A database made here is removed again when a later step fails, so the wizard can simply be run again.

    Raises:
        SetupRefused: a choice cannot work; nothing was written.
        FileExistsError: ``path`` already holds a till.
        OfficeRefused, OfficeUnreachable: registering with the office failed; nothing was kept.
    """
    devices = check(setup)
    created = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    engine, uow = open_database(path)
    try:
        with uow() as work:
            if work.settings.get("till.id") is not None:
                raise FileExistsError(f"{path} already holds a till")
        settings = ShopSettings(
            name=setup.shop_name.strip(),
            currency=setup.currency,
            timezone=setup.timezone,
            language=setup.language,
            address=setup.address.strip(),
        )
        create_shop(uow, settings, clock)
        add_staff(uow, setup.manager_name.strip(), Role.MANAGER, setup.manager_pin)
        with uow() as work:
            work.settings.set("devices", devices)
            work.settings.set("office.mode", setup.office.value)
            work.commit()
        if setup.office is OfficeKind.ONLINE:
            register(uow, setup.office_url.strip(), setup.office_code.strip())
    except BaseException:
        engine.dispose()
        if created:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    engine.dispose()
    log.info(
        "till set up: language %s, printer %s, reader %s, office %s",
        setup.language,
        setup.printer.value,
        setup.reader.value,
        setup.office.value,
    )
