"""The command line: version, and a demo database that a till can open and sell from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import __version__
from app.bootstrap import open_till
from app.domain.cards import CardNumbering
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from app.services.demo import _ean13_series, _ids

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kupa {__version__}"


def test_demo_db_makes_a_shop_that_sells(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = run_cli("demo-db", str(db), "--products", "300", "--members", "500", "--language", "ka")
    assert result.returncode == 0, result.stderr
    assert "300 products, 500 members" in result.stdout
    again = run_cli("demo-db", str(db))
    assert again.returncode == 1 and "already exists" in again.stdout
    till = open_till(db)
    try:
        assert till.context.currency == "GEL"
        cashier = till.auth.login("1111")
        till.shifts.open(cashier.id, Money(10000, "GEL"))
        sale = till.checkout.start_sale(cashier.id)
        line = till.checkout.scan(sale, _ean13_series("486", 0, 1)[0]).line
        assert line is not None and line.product.name
        member = till.checkout.scan(sale, CardNumbering().number(500)).member
        assert member is not None and member.member_name
        till.checkout.add_payment(sale, Payment(TenderKind.CASH, sale.due))
        till.checkout.complete(sale)
    finally:
        till.close()


def test_fast_generators_agree_with_the_domain_rules() -> None:
    numbering = CardNumbering()
    assert _ean13_series(numbering.prefix, 1, 300) == [numbering.number(n) for n in range(1, 301)]
    ids = _ids(9000, 1_700_000_000_000)
    assert len(set(ids)) == 9000 and ids == sorted(ids)
