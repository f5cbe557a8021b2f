"""Completing a sale (sale, lines, payments, ledger, outbox in one WAL + synchronous=FULL transaction).

The limit it is compared with: raw sqlite3 writing exactly the same rows (the same tables, new ids of the same
kind, the card's balance projection) in one transaction per sale, on the same database file with the same
pragmas. The two take turns sale by sale, each going first half of the time, so both see the same disk; the ratio
is our overhead.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from app.bootstrap import Till, open_till
from app.domain.ids import new_id
from app.domain.money import Money
from app.domain.sale import Sale
from app.domain.tender import Payment, TenderKind
from app.store.db import SQLITE_PRAGMAS
from bench import Result, median, percentile, scaled
from bench.data import demo_db, size, working_copy

TABLES = ("sale", "sale_line", "sale_adjustment", "payment", "ledger_entry", "outbox")
TARGET_RATIO = 2.0
Rows = list[tuple[str, list[str], list[tuple[Any, ...]]]]


def _sale(till: Till, cashier_id: str, cards: list[str], barcodes: list[str], n: int) -> Sale:
    """Five items; half the sales (two in every four) with a member card (earning points)."""
    sale = till.checkout.start_sale(cashier_id)
    for i in range(5):
        till.checkout.scan(sale, barcodes[(n * 5 + i) % len(barcodes)])
    if n % 4 < 2:
        till.checkout.scan(sale, cards[(n // 2) % len(cards)])
    till.checkout.add_payment(sale, Payment(TenderKind.CASH, sale.due + Money(1000, sale.currency)))
    return sale


def _rows_of(connection: sqlite3.Connection, sale_id: str) -> Rows:
    """Every row our commit wrote for one sale, table by table (the card's projection too)."""
    found: Rows = []
    card_id = None
    for table in TABLES:
        key = "id" if table == "sale" else ("entity_id" if table == "outbox" else "sale_id")
        cursor = connection.execute(f"SELECT * FROM {table} WHERE {key} = ?", (sale_id,))
        columns = [c[0] for c in cursor.description]
        rows = cursor.fetchall()
        if rows:
            found.append((table, columns, rows))
        if table == "sale" and rows:
            card_id = rows[0][columns.index("card_id")]
    if card_id is not None:
        cursor = connection.execute(
            "SELECT card_id, data, entries, updated_at FROM card_state WHERE card_id = ?", (card_id,)
        )
        found.append(("card_state", [c[0] for c in cursor.description], cursor.fetchall()))
    return found


def _raw_commit(connection: sqlite3.Connection, till_id: str, rows: Rows) -> None:
    """The same rows again with new ids, in one transaction, straight through sqlite3."""
    new_sale = new_id()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE till SET receipt_seq = receipt_seq + 1 WHERE id = ?", (till_id,))
    for table, columns, values in rows:
        if table == "card_state":
            connection.execute(
                "INSERT INTO card_state (card_id, data, entries, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (card_id)"
                " DO UPDATE SET data = excluded.data, entries = excluded.entries, updated_at = excluded.updated_at",
                values[0],
            )
            continue
        fresh = []
        for row in values:
            record = dict(zip(columns, row, strict=True))
            record.pop("seq", None)
            record["id"] = new_sale if table == "sale" else new_id()
            for key in ("sale_id", "entity_id"):
                if key in record:
                    record[key] = new_sale
            if table == "sale":
                record["number"] = new_sale
            fresh.append(record)
        names = list(fresh[0])
        marks = ", ".join("?" * len(names))
        connection.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
            [tuple(r[n] for n in names) for r in fresh],
        )
    connection.execute("COMMIT")


def _timed(work: Any, *args: Any) -> float:
    started = time.perf_counter()
    work(*args)
    return time.perf_counter() - started


def run(quick: bool) -> Result:
    count = scaled(300 if quick else 2000, 4)
    result = Result("commit")
    with tempfile.TemporaryDirectory(prefix="kupa-bench-commit-") as tmp:
        db = working_copy(demo_db(size(quick)), Path(tmp))
        till = open_till(db)
        cashier = till.auth.login("1111")
        till.shifts.open(cashier.id, Money(0, till.context.currency))
        with sqlite3.connect(db) as probe:
            barcodes = [r[0] for r in probe.execute("SELECT code FROM barcode ORDER BY code LIMIT 500")]
            cards = [r[0] for r in probe.execute("SELECT number FROM card ORDER BY number LIMIT 500")]
        reader = sqlite3.connect(db)
        raw = sqlite3.connect(db, isolation_level=None)
        for pragma in SQLITE_PRAGMAS:
            raw.execute(pragma)
        ours: list[float] = []
        raw_times: list[float] = []
        rows_per_sale: list[int] = []
        previous: Rows = []
        for n in range(count):
            sale = _sale(till, cashier.id, cards, barcodes, n)
            if n % 2:  # raw goes first: the rows of the sale before (sales come in pairs of a kind)
                raw_times.append(_timed(_raw_commit, raw, till.context.till_id, previous))
            ours.append(_timed(till.checkout.complete, sale))
            rows = _rows_of(reader, sale.id)
            rows_per_sale.append(sum(len(v) for _t, _c, v in rows) + 1)
            if n % 2 == 0:
                raw_times.append(_timed(_raw_commit, raw, till.context.till_id, rows))
            previous = rows
        raw.close()
        reader.close()
        till.close()

    ours_ms = median(ours) * 1000
    raw_ms = median(raw_times) * 1000
    ratio = ours_ms / raw_ms if raw_ms else float("inf")
    result.add("sales completed (each way)", count, key="sales")
    result.add("rows written per sale (median)", median(rows_per_sale))
    result.add("complete() p50", ours_ms, "ms", key="p50_ms")
    result.add("complete() p99", percentile(ours, 99) * 1000, "ms", key="p99_ms")
    result.add("raw sqlite3 same rows p50", raw_ms, "ms", key="raw_p50_ms")
    result.add("raw sqlite3 same rows p99", percentile(raw_times, 99) * 1000, "ms", key="raw_p99_ms")
    result.add("ratio ours / raw (p50)", ratio, key="ratio")
    result.target("ratio", f"ratio <= {TARGET_RATIO:g}", ratio <= TARGET_RATIO)
    return result
