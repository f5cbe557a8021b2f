"""A till registers, pulls the catalog and members, sells, and pushes: the office holds exactly what it sold."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.domain.money import Money
from app.store.models import AuditRow, CardRow, ProductRow, SaleLineRow, SaleRow, ShiftRow
from app.sync.documents import to_doc
from app.sync.status import SyncState
from tests.helpers.chain import BARCODES, CARD_NUMBERS, new_till
from tests.helpers.shop import SteppingClock
from tests.integration.sync.conftest import RunningOffice


def count(session: object, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[attr-defined]


def test_a_till_pulls_the_catalog_then_pushes_its_sales(
    tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock
) -> None:
    shop = new_till(tmp_path / "t1.db", 1, sqlite_office.office, sqlite_office.url, clock)
    first = shop.till.sync.sync_once()
    assert first.pulled == 4 + 1 + len(CARD_NUMBERS)  # products, the category, members
    with shop.till.uow() as uow:
        assert count(uow.session, ProductRow) == 4
        assert count(uow.session, CardRow) == len(CARD_NUMBERS)
    shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
    sold = [shop.sell(BARCODES[:2]), shop.sell(BARCODES[1:], card=CARD_NUMBERS[0]), shop.sell([BARCODES[0]] * 3)]
    report = shop.till.sync.sync_once()
    assert report.pushed >= 4  # shift open, three sales, and the audit rows
    assert shop.till.sync.status.state is SyncState.ONLINE and shop.till.sync.status.queued == 0
    with shop.till.uow() as uow:
        assert uow.outbox.pending_count() == 0
        till_lines = count(uow.session, SaleLineRow)
        till_sales = {row.id: to_doc("sale", row) for row in uow.session.scalars(select(SaleRow))}
        till_audit = set(uow.session.scalars(select(AuditRow.id)))
    with sqlite_office.office.sessions() as session:
        office_sales = {row.id: to_doc("sale", row) for row in session.scalars(select(SaleRow))}
        assert office_sales == till_sales  # every column, VAT total and HLC stamp included
        assert sorted(office_sales) == sorted(sold)
        assert count(session, SaleLineRow) == till_lines
        assert count(session, ShiftRow) == 1
        assert set(session.scalars(select(AuditRow.id))) >= till_audit
    again = shop.till.sync.sync_once()
    assert again.pushed == 0
    z = shop.till.shifts.close(Money(12000, "ILS"), by=shop.cashier_id)
    shop.till.sync.sync_once()
    with sqlite_office.office.sessions() as session:
        shift = session.scalars(select(ShiftRow)).one()
        assert shift.z_number == z.z_number and shift.counted_cash == 12000
        assert shift.expected_cash == z.expected_cash.minor
    shop.till.close()
