"""Push N completed sales from a till's outbox to the office on PostgreSQL, against a raw COPY of the same rows.

The office runs as its own process (``python -m app office``) on a throwaway PostgreSQL cluster; the till pushes
over HTTP with the real sync worker. The baseline COPYs the same sale, line and payment rows into an empty
database of the same schema: the physical floor of getting those rows into PostgreSQL.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from app.bootstrap import open_database
from app.domain.catalog import Product, Unit
from app.domain.ids import new_id
from app.domain.money import Money
from app.domain.sale import Sale
from app.domain.tender import Payment, TenderKind
from app.office.pgcluster import SUPERUSER, ThrowawayCluster
from app.office.service import open_office
from app.services.auth import Role
from app.services.documents import sale_document
from app.services.setup import ShopSettings, add_staff, create_shop
from app.store.db import open_engine
from app.store.migrate import upgrade
from app.store.uow import UnitOfWorkFactory
from app.sync.register import register_till
from app.sync.worker import SyncWorker
from bench import Result, scaled

TARGET_SALES_PER_S = 5000
COPIED = {
    "sale": (
        "id", "number", "kind", "status", "store_id", "till_id", "shift_id", "cashier_id", "currency", "card_id",
        "member_id", "subtotal", "discount_total", "total", "tax_total", "change", "created_at", "completed_at",
        "original_sale_id", "approved_by", "program_versions", "hlc",
    ),
    "sale_line": (
        "id", "sale_id", "position", "product_id", "sku", "name", "barcode", "category", "qty_milli", "unit",
        "unit_price", "gross", "line_discount", "order_share", "net", "tax_rate_bp", "price_overridden",
        "original_line_id",
    ),
    "payment": ("id", "sale_id", "position", "kind", "amount", "reference", "points"),
}  # fmt: skip


def _products(n: int) -> list[Product]:
    return [
        Product(
            id=new_id(),
            sku=f"SKU{i:05d}",
            name=f"Product {i}",
            price=Money(100 + 37 * i, "ILS"),
            tax_rate_bp=1800 if i % 5 else 0,
            unit=Unit.PIECE,
        )
        for i in range(n)
    ]


def _fill_outbox(uow: UnitOfWorkFactory, store_id: str, till_id: str, cashier_id: str, sales: int) -> None:
    """Write ``sales`` completed sales (3 lines, cash) with their outbox rows, as checkout would."""
    products = _products(50)
    start = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    for chunk in range(0, sales, 1000):
        with uow(write=True) as work:
            for i in range(chunk, min(sales, chunk + 1000)):
                now = start + timedelta(seconds=i)
                sale = Sale(store_id=store_id, till_id=till_id, cashier_id=cashier_id, currency="ILS", created_at=now)
                for k in range(3):
                    sale.cart.add(products[(i * 7 + k) % len(products)], 1000 + 1000 * (k == 0))
                sale.add_payment(Payment(TenderKind.CASH, Money(sale.due.minor + 500, "ILS")))
                record = sale.complete(number=f"T1-{i + 1:06d}", now=now)
                work.sales.add(record)
                work.outbox.add("sale", record.id, sale_document(record, []), now=now)
            work.commit()


def _start_office(url: str) -> tuple[subprocess.Popen[str], str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "--log-level", "WARNING", "office", "--db", url, "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if "listening on" not in line:
        child.kill()
        raise RuntimeError(f"the office did not start: {line!r}")
    return child, line.rsplit(" ", 1)[1].strip()


def _copy_baseline(cluster: ThrowawayCluster, office_db: str, copy_db: str) -> float:
    """Seconds to COPY the office's sale, line and payment rows into an empty database of the same schema."""
    dsn = f"host=127.0.0.1 port={cluster.port} user={SUPERUSER} dbname="
    with psycopg.connect(dsn + office_db) as source:
        data = {
            name: source.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall() for name, cols in COPIED.items()
        }
    with psycopg.connect(dsn + copy_db) as target:
        started = time.perf_counter()
        with target.cursor() as cursor:
            for name, cols in COPIED.items():
                with cursor.copy(f"COPY {name} ({', '.join(cols)}) FROM STDIN") as copy:
                    for row in data[name]:
                        copy.write_row(row)
        target.commit()
        return time.perf_counter() - started


def run(quick: bool) -> Result:
    sales = scaled(4000 if quick else 10_000)
    result = Result("sync")
    with ThrowawayCluster(fsync=True) as cluster, tempfile.TemporaryDirectory(prefix="kupa-bench-sync-") as tmp:
        office_url = cluster.create_database("office")
        office = open_office(office_url)
        copy_engine = open_engine(cluster.create_database("copy"))
        upgrade(copy_engine)
        copy_engine.dispose()
        engine, uow = open_database(Path(tmp) / "till.db")
        settings = ShopSettings(name="Bench", currency="ILS", timezone="UTC", language="en")
        store_id, till_id = create_shop(uow, settings, lambda: datetime.now(UTC))
        cashier_id = add_staff(uow, "Bench", Role.CASHIER, "1111")
        started = time.perf_counter()
        _fill_outbox(uow, store_id, till_id, cashier_id, sales)
        result.add("sales written to the till's outbox", sales, key="sales")
        result.add("writing them (not measured below)", time.perf_counter() - started, "s")
        child, url = _start_office(office_url)
        try:
            register_till(uow, url, office.enroll().code)
            worker = SyncWorker(uow)  # the batch size the till ships with
            started = time.perf_counter()
            report = worker.sync_once()
            elapsed = time.perf_counter() - started
        finally:
            child.terminate()
            child.wait(30)
        office.close()
        engine.dispose()
        rate = sales / elapsed
        copy_s = _copy_baseline(cluster, "office", "copy")
        copy_rate = sales / copy_s
        result.add("batches pushed", report.batches)
        result.add("push through HTTP to PostgreSQL", elapsed, "s")
        result.add("sales per second", rate, "sales/s", key="sales_per_s")
        result.add("raw COPY of the same rows", copy_s, "s")
        result.add("COPY sales per second", copy_rate, "sales/s", key="copy_sales_per_s")
        result.add("push speed / COPY speed", rate / copy_rate, key="ratio_to_copy")
        result.target("sales_per_s", f">= {TARGET_SALES_PER_S} sales/s", rate >= TARGET_SALES_PER_S)
    return result
