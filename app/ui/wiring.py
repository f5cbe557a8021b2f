"""Everything the till window needs besides the till itself, built in one place from an opened ``Till``."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.bootstrap import Till
from app.services.catalog_lookup import ProductLookup
from app.services.devices import DeviceConfig, ScannerFrames, asks_nps, card_encoder, load_devices
from app.services.manager import ManagerServices
from app.services.print_queue import PrintQueue
from app.services.printing import PrintOutput, PrintService
from app.services.receipt_layout import job_layout
from app.services.suspended import SuspendedSales
from app.services.sync_status import SyncProbe as OfficeStatus
from app.ui.bridges.status import SyncProbe
from app.ui.receipt_words import wording
from app.ui.scanning import monotonic_ms
from hardware.readers.serial_reader import SerialReader
from hardware.readers.wedge import WedgeDetector
from hardware.scan import Reader


@dataclass
class TillDeps:
    till: Till
    suspended: SuspendedSales
    lookup: ProductLookup
    sync_probe: SyncProbe
    printing: PrintService
    readers: tuple[Reader, ...] = ()
    wedge: WedgeDetector | None = None
    wedge_clock: Callable[[], float] = field(default=monotonic_ms)
    sync_interval_ms: int = 15_000
    manager: ManagerServices | None = None
    ask_nps: bool = False


def spool_for(till: Till) -> Path:
    """The print spool beside the till database (``kupa.db`` -> ``kupa.spool/``)."""
    database = till.engine.url.database
    if not database or database == ":memory:":
        return Path(tempfile.mkdtemp(prefix="kupa-spool-"))
    return Path(database).with_suffix(".spool")


def card_folder_for(till: Till) -> Path:
    """Where printed cards go, beside the till database (``kupa.db`` -> ``kupa.cards/``)."""
    database = till.engine.url.database
    if not database or database == ":memory:":
        return Path(tempfile.mkdtemp(prefix="kupa-cards-"))
    return Path(database).with_suffix(".cards")


def manager_services(till: Till, *, card_folder: Path | None = None) -> ManagerServices:
    return ManagerServices.build(
        till.uow,
        till.context,
        till.clock,
        till.hlc,
        till.auth,
        till.loyalty,
        card_folder=card_folder or card_folder_for(till),
        encoder=card_encoder(till.uow),
    )


def build_deps(
    till: Till,
    *,
    devices: DeviceConfig | None = None,
    sync_probe: SyncProbe | None = None,
    spool: Path | None = None,
    card_folder: Path | None = None,
    ask_nps: bool | None = None,
) -> TillDeps:
    """The window's collaborators; ``devices`` and ``ask_nps`` default to what the till's settings say."""
    config = devices if devices is not None else load_devices(till.uow)
    context = till.context
    # python-escpos and OpenCV are imported only for a till that has a printer or a camera (each costs a good
    # part of a second at start).
    output = None
    if config.printer is not None:
        from hardware.printers.printer import ReceiptPrinter  # noqa: PLC0415

        words = wording(context.language, context.currency, context.timezone, encoding=config.printer.encoding)
        output = PrintOutput(ReceiptPrinter(config.printer), job_layout(words, context.timezone))
    readers: list[Reader] = [SerialReader(s, ScannerFrames()) for s in config.scanners]
    if config.cameras:
        from hardware.readers.camera import CameraReader  # noqa: PLC0415

        readers += [CameraReader(c) for c in config.cameras]
    queue = PrintQueue(spool or spool_for(till), till.clock)
    return TillDeps(
        till=till,
        suspended=SuspendedSales(till.uow, till.context, till.clock, till.checkout, till.loyalty),
        lookup=ProductLookup(till.uow),
        sync_probe=sync_probe or OfficeStatus(till.sync, till.uow),
        printing=PrintService(queue, output, till.uow, till.context),
        readers=tuple(readers),
        wedge=WedgeDetector() if config.keyboard_wedge else None,
        manager=manager_services(till, card_folder=card_folder),
        ask_nps=asks_nps(till.uow) if ask_nps is None else ask_nps,
    )
