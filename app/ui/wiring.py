"""Everything the till window needs besides the till itself, built in one place from an opened ``Till``."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.bootstrap import Till
from app.services.catalog_lookup import ProductLookup
from app.services.print_queue import PrintQueue
from app.services.printing import PrintOutput, PrintService
from app.services.suspended import SuspendedSales
from app.services.sync_status import OutboxSyncStatus
from app.ui.bridges.status import SyncProbe


@dataclass
class TillDeps:
    till: Till
    suspended: SuspendedSales
    lookup: ProductLookup
    sync_probe: SyncProbe
    printing: PrintService
    sync_interval_ms: int = 15_000


def spool_for(till: Till) -> Path:
    """The print spool beside the till database (``kupa.db`` -> ``kupa.spool/``)."""
    database = till.engine.url.database
    if not database or database == ":memory:":
        return Path(tempfile.mkdtemp(prefix="kupa-spool-"))
    return Path(database).with_suffix(".spool")


def build_deps(
    till: Till,
    *,
    sync_probe: SyncProbe | None = None,
    output: PrintOutput | None = None,
    spool: Path | None = None,
) -> TillDeps:
    """The window's collaborators; ``output`` is the receipt printer (None: this till prints nothing)."""
    queue = PrintQueue(spool or spool_for(till), till.clock)
    return TillDeps(
        till=till,
        suspended=SuspendedSales(till.uow, till.context, till.clock, till.checkout, till.loyalty),
        lookup=ProductLookup(till.uow),
        sync_probe=sync_probe or OutboxSyncStatus(till.uow),
        printing=PrintService(queue, output, till.uow, till.context),
    )
