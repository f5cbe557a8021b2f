"""A member card scanned on a 20-line cart: the card found, its member and balances read, every live rule applied."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from pathlib import Path

from app.bootstrap import open_till
from app.domain.money import Money
from app.sync.policy import SETTING
from bench import Result, median, percentile, scaled
from bench.data import demo_db, size, working_copy

PROGRAMS = 50
CART_LINES = 20
TARGET_P99_MS = 10.0
TARGET_RATIO = 3.0
RAW_READS = (
    "SELECT * FROM card WHERE number = ?",
    "SELECT * FROM member WHERE id = ?",
    "SELECT * FROM card_state WHERE card_id = ?",
    "SELECT * FROM sync_link WHERE till_id = ?",
    "SELECT * FROM setting WHERE key = ?",
)


def _raw_scan(connection: sqlite3.Connection, number: str, till_id: str) -> None:
    """The rows of one scan through sqlite3, each by its index, in one read transaction."""
    connection.execute("BEGIN")
    card = connection.execute(RAW_READS[0], (number,)).fetchone()
    connection.execute(RAW_READS[1], (card[2],)).fetchone()
    connection.execute(RAW_READS[2], (card[0],)).fetchone()
    connection.execute(RAW_READS[3], (till_id,)).fetchone()
    connection.execute(RAW_READS[4], (SETTING,)).fetchone()
    connection.execute("COMMIT")


def run(quick: bool) -> Result:
    """The shop is the demo generator's (1M members, 100k products at full size) running 50 programs. Each sample
    scans a different card, chosen at random over the whole member file, into the same 20-line sale and takes it off
    again. The limit it is compared with: raw sqlite3 reading exactly the rows our scan reads (the card by its
    number, its member, its cached balances, the till's sync link and the offline spend setting) by their indexes, in
    one read transaction on the same file. The two take turns, each going first half of the time, so both see the
    same page cache.
    """
    wanted = size(quick)
    count = scaled(300 if quick else 2000, 4)
    result = Result("scan")
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="kupa-bench-scan-") as tmp:
        db = working_copy(demo_db(wanted, programs=PROGRAMS), Path(tmp))
        with sqlite3.connect(db) as probe:
            members = probe.execute("SELECT count(*) FROM card WHERE kind = 'member'").fetchone()[0]
            numbers = [
                row[0]
                for row in probe.execute(
                    "SELECT number FROM card WHERE kind = 'member' AND status = 'active' ORDER BY number"
                )
            ]
            barcodes = [
                row[0]
                for row in probe.execute(
                    "SELECT b.code FROM barcode b JOIN product p ON p.id = b.product_id WHERE p.unit = 'pc'"
                    " ORDER BY p.rowid LIMIT ?",
                    (CART_LINES,),
                )
            ]
        cards = [numbers[rng.randrange(len(numbers))] for _ in range(count)]
        del numbers
        till = open_till(db)
        cashier = till.auth.login("1111")
        till.shifts.open(cashier.id, Money(0, till.context.currency))
        live = len(till.loyalty.programs())
        sale = till.checkout.start_sale(cashier.id)
        for code in barcodes:
            till.checkout.scan(sale, code)
        raw = sqlite3.connect(db, isolation_level=None)
        raw.execute("PRAGMA query_only=ON")
        ours: list[float] = []
        reads: list[float] = []
        raw_times: list[float] = []
        for n, number in enumerate(cards):
            if n % 2:
                raw_times.append(_timed_raw(raw, number, till.context.till_id))
            started = time.perf_counter()
            outcome = till.checkout.scan(sale, number)
            ours.append(time.perf_counter() - started)
            if outcome.member is None:
                raise RuntimeError(f"card {number} did not attach")
            till.checkout.detach_card(sale)
            if n % 2 == 0:
                raw_times.append(_timed_raw(raw, number, till.context.till_id))
            started = time.perf_counter()
            till.loyalty.read_member(number)
            reads.append(time.perf_counter() - started)
        raw.close()
        till.close()

    p50, p99 = median(ours) * 1000, percentile(ours, 99) * 1000
    raw_p50 = median(raw_times) * 1000
    read_p50 = median(reads) * 1000
    ratio = p50 / raw_p50 if raw_p50 else float("inf")
    result.add("member cards in the shop", members, key="members")
    result.add("live programs", live, key="programs")
    result.add("cart lines", len(barcodes), key="cart_lines")
    result.add("cards scanned", count, key="scans")
    result.add("scan p50 (card to priced cart)", p50, "ms", key="p50_ms")
    result.add("scan p99", p99, "ms", key="p99_ms")
    result.add("  of which the database read p50", read_p50, "ms", key="read_p50_ms")
    result.add("raw sqlite3 same rows p50", raw_p50, "ms", key="raw_p50_ms")
    result.add("raw sqlite3 same rows p99", percentile(raw_times, 99) * 1000, "ms", key="raw_p99_ms")
    result.add("ratio ours / raw (p50)", ratio, key="ratio")
    result.add("ratio database read / raw (p50)", read_p50 / raw_p50 if raw_p50 else float("inf"), key="read_ratio")
    result.target("p99_ms", f"p99 <= {TARGET_P99_MS:g} ms", p99 <= TARGET_P99_MS)
    result.target("ratio", f"ratio <= {TARGET_RATIO:g}", ratio <= TARGET_RATIO)
    return result


def _timed_raw(connection: sqlite3.Connection, number: str, till_id: str) -> float:
    started = time.perf_counter()
    _raw_scan(connection, number, till_id)
    return time.perf_counter() - started
