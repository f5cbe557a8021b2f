"""Setting up a till on its first run: shop, language, devices, head office and the first manager, in one go."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

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


def device_settings(setup: TillSetup) -> dict[str, Any]:
    """The ``devices`` setting for the choices, checked the way the till will read it.

    Raises:
        SetupRefused: the printer or reader address cannot work.
    """
    raw: dict[str, Any] = {"keyboard_wedge": setup.reader is ReaderKind.WEDGE}
    if setup.printer is not PrinterKind.NONE:
        raw["printer"] = {
            "transport": setup.printer.value,
            "address": setup.printer_address.strip(),
            "paper_mm": setup.paper_mm,
        }
    address = setup.reader_address.strip()
    if setup.reader is ReaderKind.SERIAL:
        if not address:
            raise SetupRefused("reader_port", "A serial scanner needs its port, like /dev/ttyACM0.")
        raw["scanners"] = [{"port": address, "name": "scanner", "suffix": "\r"}]
    elif setup.reader is ReaderKind.CAMERA:
        if not address.isdigit():
            raise SetupRefused("camera_index", "A camera is chosen by its number: 0 is the first camera.")
        raw["cameras"] = [{"source": int(address), "name": "camera"}]
    try:
        parse_devices({"printer": raw.get("printer")})
    except (HardwareError, ValueError) as error:
        raise SetupRefused("printer_address", str(error)) from error
    try:
        parse_devices({"scanners": raw.get("scanners", [])})
    except ValueError as error:
        raise SetupRefused("reader_port", str(error)) from error
    return raw


def check(setup: TillSetup) -> dict[str, Any]:
    """Refuse what cannot work before anything is written; returns the ``devices`` setting."""
    if not setup.shop_name.strip():
        raise SetupRefused("shop_name", "The shop needs a name.")
    if setup.currency not in CURRENCIES:
        raise SetupRefused("currency", f"Kupa does not know the currency {setup.currency!r}.")
    if not setup.manager_name.strip():
        raise SetupRefused("manager_name", "The manager needs a name.")
    try:
        check_pin_format(setup.manager_pin)
    except InvalidPin as error:
        raise SetupRefused("pin", "A PIN is 4 to 12 digits.") from error
    if setup.office is OfficeKind.ONLINE:
        if not setup.office_url.startswith(("http://", "https://")):
            raise SetupRefused("office_url", "The office address starts with http:// or https://.")
        if not setup.office_code.strip():
            raise SetupRefused("office_code", "Registering needs the one-time code from the office.")
    return device_settings(setup)


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
