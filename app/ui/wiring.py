"""Everything the till window needs besides the till itself, built in one place from an opened ``Till``."""

from __future__ import annotations

from dataclasses import dataclass

from app.bootstrap import Till
from app.services.catalog_lookup import ProductLookup
from app.services.suspended import SuspendedSales
from app.services.sync_status import OutboxSyncStatus
from app.ui.bridges.status import SyncProbe


@dataclass
class TillDeps:
    till: Till
    suspended: SuspendedSales
    lookup: ProductLookup
    sync_probe: SyncProbe
    sync_interval_ms: int = 15_000


def build_deps(till: Till, *, sync_probe: SyncProbe | None = None) -> TillDeps:
    return TillDeps(
        till=till,
        suspended=SuspendedSales(till.uow, till.context, till.clock, till.checkout, till.loyalty),
        lookup=ProductLookup(till.uow),
        sync_probe=sync_probe or OutboxSyncStatus(till.uow),
    )
