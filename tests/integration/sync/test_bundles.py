"""Bundles for shops with no line: a round trip through files, and damaged or foreign bundles refused whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.domain.money import Money
from app.office.server import OfficeServer
from app.office.service import open_office
from app.store.models import ProductRow, ReceivedRow, SaleRow
from tests.helpers.chain import BARCODES, CARD_NUMBERS, ChainTill, new_till, seed_office
from tests.helpers.shop import SteppingClock
from tests.integration.sync.conftest import START, RunningOffice


def office_counts(running: RunningOffice) -> tuple[int, int]:
    with running.office.sessions() as session:
        sales = session.scalar(select(func.count()).select_from(SaleRow)) or 0
        received = session.scalar(select(func.count()).select_from(ReceivedRow)) or 0
    return int(sales), int(received)


def cli(*args: str) -> int:
    return main(["--log-level", "ERROR", *args])


@pytest.fixture
def shop(tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock) -> ChainTill:
    built = new_till(tmp_path / "till.db", 1, sqlite_office.office, sqlite_office.url, clock)
    built.till.close()  # the till is driven through its command line from here on
    return built


def office_db(running: RunningOffice) -> str:
    return str(running.office.engine.url)


def test_bundle_round_trip_carries_sales_out_and_the_catalog_back(
    tmp_path: Path, shop: ChainTill, sqlite_office: RunningOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle, reply = tmp_path / "out.kupa", tmp_path / "reply.kupa"
    assert cli("sync", "--db", str(shop.path), "export", str(bundle)) == 0
    assert cli("office", "--db", office_db(sqlite_office), "import", str(bundle), "--reply", str(reply)) == 0
    assert cli("sync", "--db", str(shop.path), "import", str(reply)) == 0
    shop.reopen()
    with shop.till.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ProductRow)) == 4
    shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
    sold = {shop.sell(BARCODES[:2]), shop.sell(BARCODES[2:], card=CARD_NUMBERS[1])}
    shop.till.close()
    assert cli("sync", "--db", str(shop.path), "export", str(bundle)) == 0
    assert cli("office", "--db", office_db(sqlite_office), "import", str(bundle), "--reply", str(reply)) == 0
    with sqlite_office.office.sessions() as session:
        assert set(session.scalars(select(SaleRow.id))) == sold
    before = office_counts(sqlite_office)
    assert cli("office", "--db", office_db(sqlite_office), "import", str(bundle), "--reply", str(reply)) == 0
    assert office_counts(sqlite_office) == before  # the same bundle twice changes nothing
    assert "0 new rows" in capsys.readouterr().out
    assert cli("sync", "--db", str(shop.path), "import", str(reply)) == 0
    shop.reopen()
    with shop.till.uow() as uow:
        assert uow.outbox.pending_count() == 0
    shop.till.close()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda data: data[: len(data) // 2], "truncated"),
        (lambda data: data[:-1], "truncated"),
        (lambda data: data[:-80] + bytes([data[-80] ^ 0x01]) + data[-79:], "altered"),
        (lambda data: data[:-3] + b"xyz", "altered"),
        (lambda data: data + b"\0", "unexpected bytes"),
        (lambda data: b"PK\x03\x04" + data[4:], "not a Kupa sync bundle"),
    ],
)
def test_a_damaged_bundle_is_refused_whole(
    tmp_path: Path,
    shop: ChainTill,
    sqlite_office: RunningOffice,
    capsys: pytest.CaptureFixture[str],
    damage: Callable[[bytes], bytes],
    message: str,
) -> None:
    bundle, reply = tmp_path / "out.kupa", tmp_path / "reply.kupa"
    assert cli("sync", "--db", str(shop.path), "export", str(bundle)) == 0
    bundle.write_bytes(damage(bundle.read_bytes()))
    before = office_counts(sqlite_office)
    assert cli("office", "--db", office_db(sqlite_office), "import", str(bundle), "--reply", str(reply)) == 2
    assert message in capsys.readouterr().err
    assert office_counts(sqlite_office) == before
    assert not reply.exists()


def test_bundles_from_another_chain_or_for_another_till_are_refused(
    tmp_path: Path, shop: ChainTill, sqlite_office: RunningOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    other = open_office(tmp_path / "other-office.db")
    seed_office(other, START)
    with OfficeServer(other) as server:
        stranger = new_till(tmp_path / "stranger.db", 7, other, server.url, SteppingClock(now=START))
    stranger.till.close()
    foreign, reply = tmp_path / "foreign.kupa", tmp_path / "reply.kupa"
    assert cli("sync", "--db", str(stranger.path), "export", str(foreign)) == 0
    assert cli("office", "--db", office_db(sqlite_office), "import", str(foreign), "--reply", str(reply)) == 2
    assert "foreign bundle" in capsys.readouterr().err
    # The other office answers its own till; that reply is no good to ours.
    assert cli("office", "--db", str(other.engine.url), "import", str(foreign), "--reply", str(reply)) == 0
    assert cli("sync", "--db", str(shop.path), "import", str(reply)) == 2
    assert "another till" in capsys.readouterr().err
    other.close()
