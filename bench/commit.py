"""Completing a sale (sale, lines, payments, ledger, outbox in one WAL + synchronous=FULL transaction).

The limit it is compared with: raw sqlite3 inserting exactly the same rows, one transaction per sale, on a
copy of the same database with the same pragmas. Both pay the same fsyncs; the ratio is our overhead.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from app.bootstrap import open_till
from app.domain.money import Money
from app.domain.sale import Sale
from app.domain.tender import Payment, TenderKind
from app.services.demo import generate
from bench import Result, median, percentile

TABLES = ("sale", "sale_line", "sale_adjustment", "payment", "ledger_entry", "outbox")


def _prepare(till: Any, cashier_id: str, card: str, barcodes: list[str], count: int) -> list[Sale]:
    sales = []
    for n in range(count):
        sale = till.checkout.start_sale(cashier_id)
        for i in range(5):
            till.checkout.scan(sale, barcodes[(n * 5 + i) % len(barcodes)])
        if n % 2 == 0:
            till.checkout.scan(sale, card)
        till.checkout.add_payment(sale, Payment(TenderKind.CASH, sale.due + Money(1000, sale.currency)))
        sales.append(sale)
    return sales


def _rows_of(connection: sqlite3.Connection, sale_id: str) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """Every row our commit wrote for one sale, table by table, ready to insert again with fresh ids."""
    found = []
    for table in TABLES:
        key = "id" if table == "sale" else ("entity_id" if table == "outbox" else "sale_id")
        cursor = connection.execute(f"SELECT * FROM {table} WHERE {key} = ?", (sale_id,))
        columns = [c[0] for c in cursor.description]
        rows = cursor.fetchall()
        if rows:
            found.append((table, columns, rows))
    return found


def _raw_commit(connection: sqlite3.Connection, rows: list[tuple[str, list[str], list[tuple[Any, ...]]]]) -> None:
    new_sale = str(uuid.uuid4())
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE till SET receipt_seq = receipt_seq + 1")
    for table, columns, values in rows:
        fresh = []
        for row in values:
            record = dict(zip(columns, row, strict=True))
            if "seq" in record:
                record.pop("seq")
            record["id"] = str(uuid.uuid4())
            for key in ("sale_id", "entity_id"):
                if key in record:
                    record[key] = new_sale
            if table == "sale":
                record["id"] = new_sale
                record["number"] = new_sale
            fresh.append(record)
        names = list(fresh[0])
        marks = ", ".join("?" * len(names))
        connection.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
            [tuple(r[n] for n in names) for r in fresh],
        )
    connection.execute("COMMIT")


def run(quick: bool) -> Result:
    count = 150 if quick else 1500
    result = Result("commit")
    with tempfile.TemporaryDirectory(prefix="kupa-bench-") as tmp:
        db = Path(tmp) / "till.db"
        summary = generate(db, products=2000 if quick else 100_000, members=2000 if quick else 100_000)
        baseline_db = Path(tmp) / "raw.db"
        till = open_till(db)
        cashier = till.auth.login("1111")
        till.shifts.open(cashier.id, Money(0, till.context.currency))
        shutil.copy(db, baseline_db)
        with sqlite3.connect(db) as probe:
            barcodes = [r[0] for r in probe.execute("SELECT code FROM barcode LIMIT 200")]
        sales = _prepare(till, cashier.id, summary.first_card, barcodes, count)
        ours = []
        for sale in sales:
            started = time.perf_counter()
            till.checkout.complete(sale)
            ours.append(time.perf_counter() - started)
        till.close()

        reader = sqlite3.connect(db)
        samples = [_rows_of(reader, sale.id) for sale in sales]
        reader.close()
        raw = sqlite3.connect(baseline_db, isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("PRAGMA foreign_keys=ON")
        raw_times = []
        for rows in samples:
            started = time.perf_counter()
            _raw_commit(raw, rows)
            raw_times.append(time.perf_counter() - started)
        raw.close()

    rows_per_sale = sum(len(v) for _t, _c, v in samples[0]) if samples else 0
    ours_ms = median(ours) * 1000
    raw_ms = median(raw_times) * 1000
    ratio = ours_ms / raw_ms if raw_ms else float("inf")
    result.add("sales completed", float(count), key="sales")
    result.add("rows per sale (first sale)", float(rows_per_sale))
    result.add("complete() p50", ours_ms, "ms", key="p50_ms")
    result.add("complete() p99", percentile(ours, 99) * 1000, "ms", key="p99_ms")
    result.add("raw sqlite3 same rows p50", raw_ms, "ms", key="raw_p50_ms")
    result.add("ratio ours / raw", ratio, key="ratio")
    result.target("ratio", "ratio <= 2", ratio <= 2)
    return result
