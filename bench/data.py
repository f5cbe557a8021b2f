"""Demo databases for the benchmarks: made once by the demo generator, kept under ``var/bench/`` by size.

The full size is what the issue measures against (100k products, 1M members); ``--quick`` uses a small one so a
benchmark finishes in seconds including making its data. A database is keyed by its size, its extra programs
and the schema revision, so a schema change makes new ones. Benchmarks that write work on a copy.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from app.domain.loyalty import Program, presets
from app.domain.loyalty.points import PromoRate
from app.domain.loyalty.programs import DiscountCard, RepeatRedeemerPerk, Scope, SpendBasis, StampCard, Tier, TierLadder
from app.services.demo import CATEGORY_IDS, generate
from app.store.db import open_engine, session_factory
from app.store.migrate import head
from app.store.uow import UnitOfWorkFactory
from bench import smoke

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
START = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Size:
    products: int
    members: int


QUICK = Size(products=5_000, members=20_000)
FULL = Size(products=100_000, members=1_000_000)


SMOKE = Size(products=500, members=2_000)


def size(quick: bool) -> Size:
    if smoke():
        return SMOKE
    return QUICK if quick else FULL


def bench_dir() -> Path:
    """Where cached databases live (``KUPA_BENCH_DIR`` or ``var/bench`` in the project)."""
    found = Path(os.environ.get("KUPA_BENCH_DIR") or ROOT / "var" / "bench")
    found.mkdir(parents=True, exist_ok=True)
    return found


def demo_db(wanted: Size, *, programs: int = 0) -> Path:
    """The cached demo database of this size (made now if missing); ``programs`` > 0 makes the shop run that
    many live programs in all (the demo's presets plus more of the same kinds)."""
    name = f"demo-{wanted.products}p-{wanted.members}m-{programs or 'presets'}-r{head()}.db"
    path = bench_dir() / name
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)
    log.info("making %s (once)", path)
    generate(partial, products=wanted.products, members=wanted.members, clock=lambda: START)
    if programs:
        _add_programs(partial, programs)
    with sqlite3.connect(partial) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.replace(partial, path)
    for leftover in (partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return path


def working_copy(source: Path, directory: Path) -> Path:
    """A private copy of a cached database for a benchmark that writes, flushed to disk before measuring."""
    target = directory / source.name
    shutil.copyfile(source, target)
    os.sync()
    return target


def _add_programs(path: Path, total: int) -> None:
    engine = open_engine(path)
    uow = UnitOfWorkFactory(session_factory(engine))
    try:
        with uow(write=True) as work:
            existing = work.programs.latest()
            currency = next(p.currency for p in existing if isinstance(p, TierLadder))
            for program in more_programs(total - len(existing), currency):
                work.programs.add(program, now=START)
            work.commit()
    finally:
        engine.dispose()


def more_programs(count: int, currency: str) -> list[Program]:
    """``count`` live programs of the demo's kinds with their own ids, serving every card family: seasonal
    category discounts, tier ladders on rolling spend, stamp cards, loyal-customer perks and bonus promotions."""
    unit = 100
    made: list[Program] = []
    index = 0
    while len(made) < count:
        category = CATEGORY_IDS[index % len(CATEGORY_IDS)]
        kind = index % 5
        if kind == 0:
            made.append(
                DiscountCard(
                    id=f"season-{index}",
                    name=f"Season {category} {index}",
                    family="*",
                    percent_bp=100 + 25 * (index % 8),
                    scope=Scope(categories=frozenset({category})),
                    priority=50 + index,
                )
            )
        elif kind == 1:
            made.append(
                TierLadder(
                    id=f"ladder-{index}",
                    name=f"Ladder {index}",
                    family="*",
                    currency=currency,
                    tiers=(Tier("Bronze", 200 * unit, 50), Tier("Steel", 2_000 * unit, 100 + index)),
                    basis=SpendBasis.ROLLING,
                    window_months=12,
                    priority=60 + index,
                )
            )
        elif kind == 2:
            made.append(
                StampCard(
                    id=f"stamps-{index}",
                    name=f"{category} card {index}",
                    family="*",
                    scope=Scope(categories=frozenset({category})),
                    stamps_needed=8 + index % 5,
                    priority=70 + index,
                )
            )
        elif kind == 3:
            made.append(
                RepeatRedeemerPerk(
                    id=f"perk-{index}",
                    name=f"Perk {index}",
                    family="*",
                    after_redemptions=1 + index % 4,
                    percent_bp=100,
                )
            )
        else:
            made.append(
                replace(
                    presets.red_cube_bonus(currency, family="*"),
                    id=f"promo-{index}",
                    name=f"Promotion {index}",
                    promotions=(PromoRate(name=f"{category} days", rate_bp=2000, weekdays=frozenset({index % 7})),),
                )
            )
        index += 1
    return made
