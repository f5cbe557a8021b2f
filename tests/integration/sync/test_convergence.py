"""Three tills sell offline for hours, the same card is spent at two of them, then they sync in every order
through a duplicate delivery and an office crash: every till and the office end with the same ledger."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.errors import DomainError
from app.domain.loyalty import fold
from app.domain.money import Money
from app.office.service import Office, open_office
from app.store.models import CardStateRow, LedgerEntryRow, MemberRow, SettingRow
from app.sync.client import OfficeClient, OfficeUnreachable
from app.sync.ledger import card_entries
from app.sync.link import load_link
from app.sync.members import edit_member
from app.sync.outbound import next_batch
from app.sync.policy import SETTING
from app.sync.status import SyncState
from tests.helpers.chain import BARCODES, CARD_NUMBERS, ChainTill, OfficeProcess, new_till, seed_office
from tests.helpers.loyalty import POINTS, office_credit, pay_with_points, publish_bonus
from tests.helpers.shop import SteppingClock
from tests.integration.sync.conftest import START

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

CAP = 3000  # 30 points per card while unconfirmed
OPENING = 5000  # the shared card holds 50 points
SPENT = 3000  # and each of two tills lets it spend 30 of them


def ledger(session: object) -> list[tuple[str, int]]:
    rows = session.execute(select(LedgerEntryRow.id, LedgerEntryRow.amount)).all()  # type: ignore[attr-defined]
    return sorted((row_id, amount) for row_id, amount in rows)


@pytest.fixture
def office_view(pg_url: str) -> Iterator[Office]:
    """The office database as the head office reads it (its own engine, closed whatever happens)."""
    office = open_office(pg_url)
    yield office
    office.close()


@pytest.fixture
def chain(tmp_path: Path, pg_url: str) -> Iterator[tuple[OfficeProcess, list[ChainTill], list[str]]]:
    office = open_office(pg_url)
    process = OfficeProcess(pg_url)
    tills: list[ChainTill] = []
    try:
        card_ids = seed_office(office, START)
        publish_bonus(office, START)
        office_credit(office, card_ids[0], OPENING, START)
        process.start()
        for index in (1, 2, 3):
            clock = SteppingClock(now=START + timedelta(minutes=index))
            shop = new_till(tmp_path / f"till{index}.db", index, office, process.url, clock)
            tills.append(shop)
            shop.till.sync.sync_once()
            with shop.till.uow(write=True) as uow:
                uow.session.add(SettingRow(key=SETTING, value={"window_minutes": 60, "card_cap": CAP}))
                uow.commit()
            shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
        office.close()
        yield process, tills, card_ids
    finally:
        office.close()
        for shop in tills:
            shop.till.close()
        process.stop()


def sell_offline(tills: list[ChainTill]) -> None:
    """Hours without a line: the shared card spends 30 points at tills 1 and 2 (it holds 50), others earn."""
    for shop in tills:
        shop.clock.advance(timedelta(hours=3))
    one, two, _three = tills
    small = BARCODES[:3]  # 31.40: 30 points and 1.40 in cash
    pay_with_points(one, small, CARD_NUMBERS[0], SPENT)
    with pytest.raises(DomainError, match="offline limit"):
        pay_with_points(one, [BARCODES[3]], CARD_NUMBERS[0], 500)  # 30 + 5 points > the 30-point cap
    pay_with_points(two, small, CARD_NUMBERS[0], SPENT)
    for i, shop in enumerate(tills):
        shop.sell(BARCODES[i : i + 2], card=CARD_NUMBERS[1 + i % 2])
        shop.sell([BARCODES[i]])
    for shop, name in ((one, "Dana K."), (two, "Dana Katz")):
        with shop.till.uow(write=True) as uow:
            card = uow.members.card_by_number(CARD_NUMBERS[1])
            assert card is not None and card.member_id is not None
            stamp = shop.till.hlc.now().encode()
            doc = edit_member(uow.session, card.member_id, {"name": name}, stamp=stamp, now=shop.clock())
            uow.outbox.add("member", card.member_id, doc, now=shop.clock())
            uow.commit()


def deliver_twice(shop: ChainTill) -> None:
    """A batch the office applied but whose answer never reached the till (the till died), then a retry."""
    with shop.till.uow() as uow:
        link = load_link(uow.session)
        outgoing = next_batch(uow.session, link, 3)
    assert outgoing is not None and link.office_url and link.token
    with OfficeClient(link.office_url, link.token) as client:
        first = client.push(outgoing.batch)
        again = client.push(outgoing.batch)  # the same Idempotency-Key: the stored answer, nothing written
    assert again.acked == first.acked and again.replayed


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=lambda o: "-".join(map(str, o)))
def test_tills_converge_whatever_the_order(
    chain: tuple[OfficeProcess, list[ChainTill], list[str]], office_view: Office, order: tuple[int, ...]
) -> None:
    process, tills, card_ids = chain
    sell_offline(tills)
    first, *rest = (tills[i] for i in order)
    deliver_twice(first)
    first.till.sync.sync_once()
    process.kill()
    with pytest.raises(OfficeUnreachable):
        rest[0].till.sync.sync_once()
    rest[0].reopen()  # the till restarts too; the outbox is all it needs
    process.start()
    for shop in rest:
        deliver_twice(shop)
        shop.till.sync.sync_once()
    for shop in tills:  # a second round so that everyone has pulled everyone else's entries
        report = shop.till.sync.sync_once()
        assert report.pushed == 0
        assert shop.till.sync.status.state is SyncState.ONLINE

    office = office_view
    with office.sessions() as session:
        expected = ledger(session)
        office_states = {card: fold(card, card_entries(session, card)) for card in card_ids}
        names = {session.get(MemberRow, m).name for m in session.scalars(select(MemberRow.id))}  # type: ignore[union-attr]
    assert sum(1 for _id, amount in expected if amount == -SPENT) == 2
    for shop in tills:
        with shop.till.uow() as uow:
            assert ledger(uow.session) == expected
            for card in card_ids:
                state = fold(card, card_entries(uow.session, card))
                assert state == office_states[card]
                cached = uow.session.get(CardStateRow, card)
                assert cached is not None and cached.data == state.to_dict()
            till_names = {row.name for row in uow.session.scalars(select(MemberRow))}
        assert till_names == names
    assert "Dana Katz" in names and "Dana K." not in names  # the later edit (till 2) wins
    shared = office_states[card_ids[0]].balance(POINTS, tills[0].clock.now)
    # 50 points, 2 x 30 spent, 2 x 0.15 earned on the cash parts: 9.70 points overdrawn, at most a cap per extra till.
    assert shared.overdraft == 2 * SPENT - OPENING - 2 * 15 <= CAP * (len(tills) - 1)
    assert shared.available == -shared.overdraft
    report = office.overdrafts()
    assert [(line.card_id, line.deepest, line.outstanding) for line in report] == [
        (card_ids[0], -shared.overdraft, shared.overdraft)
    ]
    assert set(report[0].tills) <= {tills[0].till.context.till_id, tills[1].till.context.till_id}
    # A later purchase earns 9.89 points: the debt is made up from it, and the report says so.
    tills[2].sell([BARCODES[3]], card=CARD_NUMBERS[0])
    tills[2].till.sync.sync_once()
    (line,) = office.overdrafts()
    assert (line.outstanding, line.recovered) == (0, shared.overdraft) and line.balance > 0
