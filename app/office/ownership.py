"""A till writes only its own store's rows: sales, shifts, ledger entries and audit rows name its store and till."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class ForeignRows(Exception):
    """A batch carries rows of another store or till; the whole batch is refused and nothing is written."""


def _check(kind: str, row: Mapping[str, Any], store_id: str, till_id: str, *, own_till: bool = True) -> None:
    store = row.get("store_id")
    if store is not None and store != store_id:
        raise ForeignRows(f"{kind} {row.get('id')} belongs to another store")
    till = row.get("till_id")
    if own_till and till is not None and till != till_id:
        raise ForeignRows(f"{kind} {row.get('id')} belongs to another till")


def _entries(value: Any) -> Iterable[Mapping[str, Any]]:
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, Mapping)]
    return ()


def check_owner(topic: str, payload: Mapping[str, Any], *, store_id: str, till_id: str) -> None:
    """Refuse a row that names a store other than the till's, or (where a till is named) another till.

    Members, cards, programs and survey answers are the chain's, not a store's, and are not checked here (who
    may publish programs is ``publishers.check_publisher``'s question).

    Raises:
        ForeignRows: the row, or a ledger entry inside it, is another store's or another till's.
    """
    if topic in ("sale", "shift", "audit"):
        _check(topic, payload, store_id, till_id)
    if topic == "sale":
        for entry in _entries(payload.get("ledger")):
            _check("ledger entry", entry, store_id, till_id)
    elif topic == "ledger":
        for entry in _entries(payload.get("entries")):
            _check("ledger entry", entry, store_id, till_id)
