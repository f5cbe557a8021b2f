"""SIGKILL in the middle of a loop of sale commits loses no committed sale and leaves no partial one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.bootstrap import open_till
from app.store.models import OutboxRow, PaymentRow, SaleLineRow, SaleRow
from tests.helpers.shop import build_shop

ROOT = Path(__file__).resolve().parents[3]


def run_and_kill(db: Path, cashier_id: str, kill_after: int) -> list[tuple[str, int, int]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.sale_loop", str(db), cashier_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    reported: list[tuple[str, int, int]] = []
    assert child.stdout is not None
    try:
        for line in child.stdout:
            _, sale_id, lines, total = line.split()
            reported.append((sale_id, int(lines), int(total)))
            if len(reported) >= kill_after:
                child.send_signal(signal.SIGKILL)
                break
    finally:
        child.kill()
        _, err = child.communicate(timeout=30)
    assert reported, f"the child committed nothing: {err}"
    return reported


def test_killed_till_keeps_every_reported_sale_whole(tmp_path: Path) -> None:
    shop = build_shop(tmp_path / "till.db")
    shop.till.close()
    reported: list[tuple[str, int, int]] = []
    for kill_after in (25, 40, 15):
        reported += run_and_kill(shop.path, shop.cashier_id, kill_after)
    till = open_till(shop.path)
    with till.uow() as uow:
        session = uow.session
        assert session.execute(select(func.count()).select_from(SaleRow)).scalar_one() >= len(reported)
        for sale_id, lines, total in reported:
            record = uow.sales.get(sale_id)
            assert record is not None, f"committed sale {sale_id} is missing"
            assert len(record.lines) == lines and record.total.minor == total
        # No partial sale: every stored sale has its lines, payments that cover it, and its outbox row.
        for sale in session.scalars(select(SaleRow)):
            line_sum = session.scalar(select(func.sum(SaleLineRow.net)).where(SaleLineRow.sale_id == sale.id))
            paid = session.scalar(select(func.sum(PaymentRow.amount)).where(PaymentRow.sale_id == sale.id))
            outbox = session.scalar(select(func.count()).where(OutboxRow.entity_id == sale.id))
            assert line_sum == sale.total
            assert paid is not None and paid - sale.change == sale.total
            assert outbox == 1
        assert (
            session.execute(select(func.count()).select_from(SaleLineRow)).scalar_one()
            == session.execute(
                select(func.count()).select_from(SaleLineRow).join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
            ).scalar_one()
        )
        assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    till.close()
