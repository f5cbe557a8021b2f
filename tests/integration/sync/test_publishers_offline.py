"""The right to publish programs in a one-shop setup (first-run wizard, command line) and with USB bundles."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import open_till
from app.cli import main
from app.domain.money import Money
from app.services.first_run import OfficeKind, TillSetup, set_up_till
from app.store.models import OutboxRow, ProgramRow, ReceivedRow, SaleRow, ShiftRow
from app.sync.client import OfficeRefused
from tests.helpers.chain import BARCODES, ChainTill, new_till
from tests.helpers.publishing import forget_right, save_coupon
from tests.helpers.shop import SteppingClock
from tests.integration.sync.conftest import START, RunningOffice


def cli(*args: str) -> int:
    return main(["--log-level", "ERROR", *args])


def office_db(running: RunningOffice) -> str:
    return str(running.office.engine.url)


def office_counts(running: RunningOffice) -> tuple[int, ...]:
    with running.office.sessions() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(m)) or 0)
            for m in (ReceivedRow, SaleRow, ShiftRow, ProgramRow)
        )


def test_a_one_shop_office_lets_its_own_till_publish_with_no_extra_step(
    tmp_path: Path, sqlite_office: RunningOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("office", "--db", office_db(sqlite_office), "enroll") == 0
    out = capsys.readouterr()
    code = out.out.strip()
    assert "may publish loyalty programs" in out.err
    setup = TillSetup(
        shop_name="Corner Shop",
        language="en",
        currency="ILS",
        timezone="Asia/Jerusalem",
        manager_name="Avi",
        manager_pin="2468",
        office=OfficeKind.ONLINE,
        office_url=sqlite_office.url,
        office_code=code,
    )
    set_up_till(tmp_path / "till.db", setup)
    till = open_till(tmp_path / "till.db", clock=SteppingClock(now=START))
    try:
        save_coupon(till, "OWN")
        till.sync.sync_once()
        assert till.sync.status.held == 0 and till.sync.status.queued == 0
        with sqlite_office.office.sessions() as session:
            assert session.scalars(select(ProgramRow.code)).all() == ["OWN"]
    finally:
        till.close()
    assert cli("office", "--db", office_db(sqlite_office), "enroll") == 0
    assert "may publish" not in capsys.readouterr().err  # the office has its first till: later codes do not grant
    assert cli("office", "--db", office_db(sqlite_office), "tills") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "1 till(s)" and lines[1].endswith("\tactive\tmay publish programs")


def test_enrolling_a_till_that_may_publish_is_said_when_it_registers(
    tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock, capsys: pytest.CaptureFixture[str]
) -> None:
    first = new_till(tmp_path / "t1.db", 1, sqlite_office.office, sqlite_office.url, clock)
    first.till.close()
    second = new_till(tmp_path / "t2.db", 2, sqlite_office.office, sqlite_office.url, clock)
    second.till.close()
    assert cli("office", "--db", office_db(sqlite_office), "enroll", "--publish-programs") == 0
    code = capsys.readouterr().out.strip()
    assert cli("sync", "--db", str(second.path), "register", "--office", sqlite_office.url, "--code", code) == 0
    assert "it may publish loyalty programs" in capsys.readouterr().out
    assert cli("office", "--db", office_db(sqlite_office), "tills") == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()[1:-1]]
    assert [(r[1], r[-1]) for r in rows] == [("T1", "may publish programs"), ("T2", "may publish programs")]


@pytest.fixture
def branch(tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock) -> ChainTill:
    """A second store's till (the office's first till is another): it may not publish programs. It has made a
    coupon and sold once, and is driven through its command line from here on."""
    new_till(tmp_path / "t1.db", 1, sqlite_office.office, sqlite_office.url, clock).till.close()
    shop = new_till(tmp_path / "t2.db", 2, sqlite_office.office, sqlite_office.url, clock)
    shop.till.sync.sync_once()
    shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
    shop.sell(BARCODES[:2])
    save_coupon(shop.till, "BRANCH")
    shop.till.close()
    return shop


def test_a_bundle_holding_a_program_from_a_till_without_the_right_is_refused_whole(
    tmp_path: Path, branch: ChainTill, sqlite_office: RunningOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    branch.reopen()
    forget_right(branch.till)  # registered before the office said who may publish: its bundle carries the coupon
    branch.till.close()
    bundle, reply = tmp_path / "out.kupa", tmp_path / "reply.kupa"
    assert cli("sync", "--db", str(branch.path), "export", str(bundle)) == 0
    before = office_counts(sqlite_office)
    assert cli("office", "--db", office_db(sqlite_office), "import", str(bundle), "--reply", str(reply)) == 2
    err = capsys.readouterr().err
    assert "bundle refused, nothing was applied" in err
    assert 'till T2 may not publish loyalty programs to the chain (coupon "Spring coupon" (coupon-branch))' in err
    assert office_counts(sqlite_office) == before
    assert not reply.exists()


def test_a_till_told_it_may_not_publish_leaves_its_programs_out_of_its_bundles(
    tmp_path: Path, branch: ChainTill, sqlite_office: RunningOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle, reply = tmp_path / "out.kupa", tmp_path / "reply.kupa"
    assert cli("sync", "--db", str(branch.path), "export", str(bundle)) == 0
    assert "1 program change(s) left out" in capsys.readouterr().out
    assert cli("office", "--db", office_db(sqlite_office), "import", str(bundle), "--reply", str(reply)) == 0
    assert cli("sync", "--db", str(branch.path), "import", str(reply)) == 0
    with sqlite_office.office.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SaleRow)) == 1
        assert session.scalar(select(ProgramRow.id).where(ProgramRow.code == "BRANCH")) is None
    capsys.readouterr()
    assert cli("sync", "--db", str(branch.path), "status") == 0
    status = capsys.readouterr().out
    assert "; 0 rows queued;" in status and "1 program change(s) held on this till" in status
    branch.reopen()
    with branch.till.uow() as uow:
        unsent = uow.session.scalars(select(OutboxRow.topic).where(OutboxRow.sent_at.is_(None))).all()
    branch.till.close()
    assert unsent == ["program"]


def till_rows(running: RunningOffice, capsys: pytest.CaptureFixture[str], *args: str) -> list[list[str]]:
    """The rows ``office tills`` (or ``office till ...``) prints, split into columns."""
    capsys.readouterr()
    assert cli("office", "--db", office_db(running), *(args or ("tills",))) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == [
        "store", "till", "id", "registered (UTC)", "last seen (UTC)", "state", "programs"
    ]  # fmt: skip
    return [line.split("\t") for line in lines[1:] if "\t" in line]


def test_the_office_grants_a_till_the_right_by_command_and_its_bundle_reply_says_so(
    tmp_path: Path, branch: ChainTill, sqlite_office: RunningOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle, reply = tmp_path / "out.kupa", tmp_path / "reply.kupa"
    assert cli("office", "--db", office_db(sqlite_office), "till", "T2", "--publish-programs") == 0
    said = capsys.readouterr()
    assert "till T2 may now publish loyalty programs; it learns this at its next sync" in said.err
    assert said.out.splitlines()[1].split("\t")[-1] == "may publish programs"
    assert cli("sync", "--db", str(branch.path), "export", str(bundle)) == 0
    assert "1 program change(s) left out" in capsys.readouterr().out  # the till does not know yet
    before = sqlite_office.office.till("T2").last_seen_at
    assert cli("office", "--db", office_db(sqlite_office), "import", str(bundle), "--reply", str(reply)) == 0
    seen = sqlite_office.office.till("T2").last_seen_at
    assert seen is not None and before is not None and seen > before  # its bundle counts as hearing from it
    assert cli("sync", "--db", str(branch.path), "import", str(reply)) == 0
    capsys.readouterr()
    assert cli("sync", "--db", str(branch.path), "export", str(bundle)) == 0
    assert "left out" not in capsys.readouterr().out
    assert cli("office", "--db", office_db(sqlite_office), "import", str(bundle), "--reply", str(reply)) == 0
    with sqlite_office.office.sessions() as session:
        assert session.scalar(select(ProgramRow.id).where(ProgramRow.code == "BRANCH")) is not None


def test_a_revoked_till_is_turned_away_and_loses_nothing(
    tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = new_till(tmp_path / "t1.db", 1, sqlite_office.office, sqlite_office.url, clock)
    try:
        shop.till.sync.sync_once()
        [row] = till_rows(sqlite_office, capsys)
        assert row[4] != "never" and row[5] == "active"  # heard from when it synced
        [row] = till_rows(sqlite_office, capsys, "till", shop.till.context.till_id, "--revoke")
        assert row[5] == "revoked"
        shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
        sold = shop.sell(BARCODES[:1])
        before = office_counts(sqlite_office)
        with pytest.raises(OfficeRefused) as refused:
            shop.till.sync.sync_once()
        assert refused.value.status == 401
        assert office_counts(sqlite_office) == before
        with shop.till.uow() as uow:  # the sale waits in the outbox for a new registration
            assert uow.session.scalar(select(OutboxRow.id).where(OutboxRow.entity_id == sold)) is not None
    finally:
        shop.till.close()


def test_acting_on_a_till_the_office_does_not_know_says_so(
    sqlite_office: RunningOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("office", "--db", office_db(sqlite_office), "till", "T9", "--revoke") == 2
    assert "no till registered here has the id or code 'T9'" in capsys.readouterr().err
