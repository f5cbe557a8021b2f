"""A demo shop for `make run` and the benchmarks: catalog, members and cards, generated fast.

Bulk rows go through the sqlite3 driver with ``executemany`` in one transaction after Alembic has built the
schema, so a million members take seconds, not minutes. Everything else uses the normal services.
"""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

from app.domain import loyalty
from app.domain.cards import CardNumbering
from app.domain.ids import uuid7
from app.domain.loyalty import presets
from app.domain.money import exponent
from app.services.auth import Role
from app.services.context import Clock, utc_now
from app.services.demo_names import (
    FIRST_NAMES,
    GTIN_PREFIX,
    LAST_NAMES,
    PHONE_PREFIX,
    PRODUCTS,
    VARIANTS,
)
from app.services.setup import ShopSettings, add_staff, create_shop
from app.store.db import open_engine, session_factory
from app.store.migrate import upgrade
from app.store.models.search import member_words
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)

DEMO_PINS = {"Cashier": ("1111", Role.CASHIER), "Manager": ("9999", Role.MANAGER), "Admin": ("0000", Role.ADMIN)}
SHOPS = {
    "en": ShopSettings("Corner Shop", "USD", "Europe/London", "en", "1 High Street"),
    "he": ShopSettings("קופה - מכולת השכונה", "ILS", "Asia/Jerusalem", "he", "רחוב הרצל 1, תל אביב"),
    "ka": ShopSettings("კუთხის მაღაზია", "GEL", "Asia/Tbilisi", "ka", "რუსთაველის გამზ. 1, თბილისი"),
    "sq": ShopSettings("Dyqani i Lagjes", "ALL", "Europe/Tirane", "sq", "Rruga e Durrësit 1, Tiranë"),
}
TAX_RATE_BP = {"en": 2000, "he": 1800, "ka": 1800, "sq": 2000}
CHUNK = 50_000
CATEGORY_IDS = ("dairy", "bakery", "drinks", "produce", "household", "gifts")
# Most demo cards collect Red Cube points; some climb the tier ladder, some have a plain discount card.
FAMILIES = (presets.RED_CUBE,) * 6 + (presets.LADDER,) * 2 + (presets.CLASSIC, presets.COFFEE)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    path: Path
    products: int
    members: int
    seconds: float
    first_card: str
    first_barcode: str


def _ids(n: int, base_ms: int) -> list[str]:
    """``n`` increasing UUIDv7 texts for one millisecond (the counter field orders them)."""
    if n > 0xFFF * 0xFFFF:
        raise ValueError("too many ids for one batch")
    first = uuid7(base_ms).int
    ms = first >> 80
    randoms = np.frombuffer(os.urandom(8 * n), dtype=np.uint64)
    out = []
    for i in range(n):
        counter, low = divmod(i, 0xFFF)
        value = (ms + counter) << 80 | 0x7 << 76 | (low + 1) << 64 | 0b10 << 62 | (int(randoms[i]) >> 2)
        h = f"{value:032x}"
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


def _ean13_series(prefix: str, first: int, count: int) -> list[str]:
    """EAN-13 codes ``prefix + serial`` with their check digits, computed for a whole range at once."""
    serial_digits = 12 - len(prefix)
    serials = np.arange(first, first + count, dtype=np.int64)
    weighted = np.zeros(count, dtype=np.int64)
    for position in range(serial_digits):  # position 0 is the digit next to the check digit
        digit = (serials // 10**position) % 10
        weighted += digit * (3 if position % 2 == 0 else 1)
    prefix_sum = sum(int(d) * (3 if (serial_digits + i) % 2 == 0 else 1) for i, d in enumerate(reversed(prefix)))
    checks = (10 - (weighted + prefix_sum) % 10) % 10
    return [f"{prefix}{int(s):0{serial_digits}d}{int(c)}" for s, c in zip(serials, checks, strict=True)]


def generate(
    path: Path,
    *,
    products: int,
    members: int,
    language: str = "he",
    seed: int = 7,
    clock: Clock = utc_now,
) -> DemoSummary:
    """Create a new demo database at ``path`` (which must not exist)."""
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    started = time.perf_counter()
    rng = random.Random(seed)
    settings = SHOPS[language]
    engine = open_engine(path)
    upgrade(engine)
    uow = UnitOfWorkFactory(session_factory(engine))
    create_shop(uow, settings, clock)
    for name, (pin, role) in DEMO_PINS.items():
        add_staff(uow, name, role, pin)
    with uow() as work:
        work.settings.set("demo", {"language": language, "pins": {k: v[0] for k, v in DEMO_PINS.items()}})
        work.settings.set("survey.at_till", True)
        for program in presets.catalogue(settings.currency):
            work.programs.add(program, now=clock())
        work.commit()
    engine.dispose()

    now = clock()
    numbering = CardNumbering()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A brand-new file: if this is interrupted the file is thrown away, so skip the journal while loading.
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("PRAGMA cache_size=-200000")
        indexes = _drop_indexes(connection, ("member", "member_word", "card", "product", "barcode"))
        connection.execute("BEGIN IMMEDIATE")
        first_barcode = _insert_catalog(connection, rng, language, settings.currency, products, now)
        _insert_members(connection, rng, language, members, numbering, now)
        connection.execute("COMMIT")
        for ddl in indexes:
            connection.execute(ddl)
        connection.execute("ANALYZE")
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()
    _opening_balances(path, rng, settings.currency, min(members, 300), now)
    seconds = time.perf_counter() - started
    log.info("demo database: %d products, %d members in %.1f s", products, members, seconds)
    return DemoSummary(
        path=path,
        products=products,
        members=members,
        seconds=seconds,
        first_card=numbering.number(1) if members else "",
        first_barcode=first_barcode,
    )


def _opening_balances(path: Path, rng: random.Random, currency: str, count: int, now: datetime) -> None:
    """Some Red Cube members bring points over from the shop's old card system (a ledger adjustment each)."""
    engine = open_engine(path)
    uow = UnitOfWorkFactory(session_factory(engine))
    numbering = CardNumbering()
    try:
        with uow(write=True) as work:
            admin = next(s for s in work.shop.staff_list() if s.role == Role.ADMIN.value)
            for serial in range(1, count + 1):
                card = work.members.card_by_number(numbering.number(serial))
                if card is None or card.family != presets.RED_CUBE:
                    continue
                member = loyalty.Member.new(loyalty.Card(id=card.id, family=card.family))
                entries = loyalty.adjust(
                    member,
                    loyalty.Account.points(currency),
                    rng.randint(5, 400) * loyalty.POINT_SCALE,
                    now,
                    reason="balance brought over from the old discount card",
                    created_by=admin.id,
                )
                work.ledger.append(entries, now=now, store_id=None, till_id=None)
            work.commit()
    finally:
        engine.dispose()


def _drop_indexes(connection: sqlite3.Connection, tables: tuple[str, ...]) -> list[str]:
    """Drop the secondary indexes of the tables (rebuilding them once is faster than growing them row by row)."""
    marks = ",".join("?" * len(tables))
    rows = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tables,
    ).fetchall()
    for name, _sql in rows:
        connection.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def _insert_catalog(
    connection: sqlite3.Connection, rng: random.Random, language: str, currency: str, count: int, now: datetime
) -> str:
    groups = PRODUCTS[language]
    variants = VARIANTS[language]
    stamp = now.replace(tzinfo=None).isoformat(sep=" ")
    base_ms = int(now.timestamp() * 1000)
    category_ids = list(CATEGORY_IDS)
    connection.executemany(
        "INSERT INTO category (id, name, parent_id) VALUES (?, ?, NULL)",
        [(cid, group[0]) for cid, group in zip(category_ids, groups, strict=True)],
    )
    # Coffee is its own category under drinks, so the coffee stamp card has something to count.
    connection.execute("INSERT INTO category (id, name, parent_id) VALUES ('coffee', ?, 'drinks')", (groups[2][1][0],))
    tax = TAX_RATE_BP[language]
    first_barcode = ""
    for start in range(0, count, CHUNK):
        size = min(CHUNK, count - start)
        ids = _ids(size, base_ms + 1 + start)
        codes = _ean13_series(GTIN_PREFIX[language], start, size)
        first_barcode = first_barcode or codes[0]
        rows = []
        for offset, product_id in enumerate(ids):
            n = start + offset
            group_index = n % len(groups)
            _, words, (low, high) = groups[group_index]
            word = words[(n // len(groups)) % len(words)]
            variant = variants[(n // (len(groups) * len(words))) % len(variants)]
            series = n // (len(groups) * len(words) * len(variants))
            name = f"{word} {variant}" + (f" {series + 1}" if series else "")
            price = _demo_price(rng.randint(low * 10, high * 10), currency)
            by_weight = group_index == 3 and n % 7 == 0
            plu = f"{n:05d}" if by_weight and n < 100_000 else None
            rows.append(
                (
                    product_id,
                    f"SKU{n:07d}",
                    name,
                    price,
                    currency,
                    tax,
                    "coffee" if group_index == 2 and word == words[0] else category_ids[group_index],
                    "kg" if by_weight else "pc",
                    plu,
                    1,
                    stamp,
                    "",
                )
            )
        connection.executemany(
            "INSERT INTO product (id, sku, name, price, currency, tax_rate_bp, category_id, unit, plu, active,"
            " updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.executemany("INSERT INTO barcode (code, product_id) VALUES (?, ?)", zip(codes, ids, strict=True))
    return first_barcode


def _insert_members(
    connection: sqlite3.Connection,
    rng: random.Random,
    language: str,
    count: int,
    numbering: CardNumbering,
    now: datetime,
) -> None:
    if numbering.number(1) != _ean13_series(numbering.prefix, 1, 1)[0]:
        raise ValueError("the demo generator only makes EAN-13 card numbers")
    languages = [language, language, language, "en"] if language != "en" else ["en"]
    people = {lang: (FIRST_NAMES[lang], LAST_NAMES[lang]) for lang in languages}
    stamp = now.replace(tzinfo=None).isoformat(sep=" ")
    base_ms = int(now.timestamp() * 1000) + 10_000_000
    epoch = date(1950, 1, 1)
    birthdays = [(epoch + timedelta(days=d)).isoformat() for d in range(365 * 55)]
    issued_days = [(now - timedelta(days=d)).replace(tzinfo=None).isoformat(sep=" ") for d in range(1500)]
    phone_prefix = PHONE_PREFIX[language]
    name_terms: dict[str, list[str]] = {}
    for start in range(0, count, CHUNK):
        size = min(CHUNK, count - start)
        member_ids = _ids(size, base_ms + 2 * start)
        card_ids = _ids(size, base_ms + 2 * start + 1000)
        numbers = _ean13_series(numbering.prefix, start + 1, size)
        member_rows = []
        card_rows = []
        word_rows = []
        for offset in range(size):
            n = start + offset
            first, last = people[languages[n % len(languages)]]
            name = f"{first[rng.randrange(len(first))]} {last[rng.randrange(len(last))]}"
            issued = issued_days[rng.randrange(len(issued_days))]
            phone = f"{phone_prefix}{n:07d}"
            terms = name_terms.get(name)
            if terms is None:
                terms = name_terms[name] = member_words(name, None)
            word_rows += [(term, member_ids[offset]) for term in terms]
            word_rows += [(term, member_ids[offset]) for term in member_words("", phone)]
            member_rows.append(
                (
                    member_ids[offset],
                    name,
                    phone,
                    None,
                    birthdays[rng.randrange(len(birthdays))],
                    n % 3 == 0,
                    None,
                    issued,
                    stamp,
                    "",
                    None,
                )
            )
            family = FAMILIES[n % len(FAMILIES)]
            card_rows.append((card_ids[offset], numbers[offset], member_ids[offset], family, "active", issued))
        connection.executemany(
            "INSERT INTO member (id, name, phone, email, birthday, consent, store_id, created_at, updated_at, hlc,"
            " field_hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            member_rows,
        )
        connection.executemany("INSERT INTO member_word (word, member_id) VALUES (?, ?)", word_rows)
        connection.executemany(
            "INSERT INTO card (id, number, member_id, kind, family, status, issued_at, blocked_reason,"
            " replaced_by_id, hlc) VALUES (?, ?, ?, 'member', ?, ?, ?, NULL, NULL, '')",
            card_rows,
        )


def _demo_price(tenths: int, currency: str) -> int:
    """A shelf price in minor units from tenths of the major unit: x.90 where the currency has decimals, whole
    tens where it has none (lek)."""
    places = exponent(currency)
    if places == 0:
        return max(10, tenths // 100 * 10)
    step = int(10 ** (places - 1))
    return tenths * step - step
