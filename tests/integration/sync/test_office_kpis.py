"""The office's KPIs: two stores push their sales; one store's report at the office is the till's own, and the
chain's report adds the stores together."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.ids import new_id
from app.domain.money import Money
from app.office.kpis import MixedCurrencies, UnknownStore, chain_report
from app.services.kpi_report import KpiReportData
from app.store.models import StoreRow
from tests.helpers.chain import BARCODES, CARD_NUMBERS, new_till
from tests.helpers.manager import manager_services
from tests.helpers.shop import SteppingClock
from tests.integration.sync.conftest import RunningOffice


def receipts(report: KpiReportData) -> tuple[int, int, int, int]:
    member = sum(m.member_receipts for m in report.months)
    other = sum(m.other_receipts for m in report.months)
    member_total = sum(m.member_sales_total for m in report.months)
    other_total = sum(m.other_sales_total for m in report.months)
    return member, other, member_total, other_total


def test_the_office_reports_each_store_as_its_till_does_and_the_chain_as_their_sum(
    tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock
) -> None:
    tills = [new_till(tmp_path / f"t{i}.db", i, sqlite_office.office, sqlite_office.url, clock) for i in (1, 2)]
    for shop in tills:
        shop.till.sync.sync_once()
        shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
    tills[0].sell(BARCODES[:2], card=CARD_NUMBERS[0])
    tills[0].sell(BARCODES[1:])
    tills[1].sell([BARCODES[0]] * 3, card=CARD_NUMBERS[1])
    tills[1].sell(BARCODES[2:], card=CARD_NUMBERS[0])
    tills[1].sell(BARCODES[:1])
    at_tills = []
    for i, shop in enumerate(tills, start=1):
        assert shop.till.sync.sync_once().pushed > 0
        at_tills.append(manager_services(shop.till, tmp_path / f"cards{i}").kpis.build())

    office = sqlite_office.office
    for i, own in enumerate(at_tills, start=1):
        at_office = chain_report(office, store_code=f"S{i}")
        assert receipts(at_office) == receipts(own)
        assert at_office.kpis.participation == own.kpis.participation
    chain = chain_report(office)
    assert chain.scope == "all stores (2)"
    assert receipts(chain) == tuple(a + b for a, b in zip(receipts(at_tills[0]), receipts(at_tills[1]), strict=True))
    assert receipts(chain)[:2] == (3, 2)

    with pytest.raises(UnknownStore):
        chain_report(office, store_code="NOPE")

    command = [sys.executable, "-m", "app", "office", "--db", str(tmp_path / "office.db"), "kpis"]
    printed = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True).stdout
    assert "scope,all stores (2)" in printed and "participation," in printed
    refused = subprocess.run([*command, "--store", "NOPE"], capture_output=True, text=True, timeout=60, check=False)
    assert refused.returncode == 2 and "no store has the code NOPE" in refused.stderr

    with office.writing() as session:  # a store in Georgia joins the chain
        session.add(
            StoreRow(id=new_id(), code="TB1", name="Tbilisi", currency="GEL", timezone="Asia/Tbilisi", language="ka")
        )
    with pytest.raises(MixedCurrencies):
        chain_report(office)
    assert receipts(chain_report(office, store_code="TB1")) == (0, 0, 0, 0)
    for shop in tills:
        shop.till.close()
