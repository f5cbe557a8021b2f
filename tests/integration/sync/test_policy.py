"""The offline spend policy: no ceiling while the office has confirmed a card, a per-card cap and a per-till
daily budget once it has not."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.errors import DomainError
from app.domain.loyalty import presets
from app.domain.money import Money
from app.store.models import SettingRow
from app.sync.policy import SETTING, OfflineSpendPolicy
from tests.helpers.chain import BARCODES, CARD_NUMBERS, new_till
from tests.helpers.loyalty import POINTS, office_credit, pay_with_points, policy_of, publish_bonus
from tests.helpers.shop import SteppingClock, build_shop
from tests.integration.sync.conftest import START, RunningOffice


def test_limits_follow_confirmation_cap_and_budget(
    tmp_path: Path, sqlite_office: RunningOffice, clock: SteppingClock
) -> None:
    office = sqlite_office.office
    publish_bonus(office, START)
    for card_id in sqlite_office.card_ids[:2]:
        office_credit(office, card_id, 10_000, START)
    shop = new_till(tmp_path / "till.db", 1, office, sqlite_office.url, clock)
    shop.till.sync.sync_once()
    with shop.till.uow(write=True) as uow:
        uow.session.add(
            SettingRow(key=SETTING, value={"window_minutes": 120, "card_cap": 3000, "till_daily_budget": 5000})
        )
        uow.commit()
    shop.till.shifts.open(shop.cashier_id, Money(10000, "ILS"))
    first, second = sqlite_office.card_ids[:2]
    policy = policy_of(shop)

    assert policy.limit(first, clock.now) is None  # just confirmed by a complete pull
    pay_with_points(shop, [BARCODES[3]], CARD_NUMBERS[0], 5000)  # confirmed: only the balance limits it

    clock.advance(timedelta(hours=3))
    assert policy.limit(first, clock.now) == 3000
    pay_with_points(shop, [BARCODES[3]], CARD_NUMBERS[0], 2000)
    assert policy.limit(first, clock.now) == 1000
    with pytest.raises(DomainError, match="offline limit"):
        pay_with_points(shop, [BARCODES[3]], CARD_NUMBERS[0], 1500)
    assert policy.limit(second, clock.now) == 3000  # its own cap, within the till's budget (5000 - 2000)
    pay_with_points(shop, [BARCODES[3]], CARD_NUMBERS[1], 2500)
    assert policy.limit(second, clock.now) == 500
    assert policy.limit(first, clock.now) == 500  # the till's budget for the day is nearly spent
    assert policy.limit(first, clock.now, str(POINTS)) == 500

    shop.till.sync.sync_once()  # back online: the office confirms, no ceiling again
    assert policy.limit(first, clock.now) is None
    shop.till.close()


def test_a_till_of_no_chain_has_no_offline_ceiling(tmp_path: Path) -> None:
    shop = build_shop(tmp_path / "alone.db", programs=(presets.red_cube_bonus("ILS"),), family=presets.RED_CUBE)
    try:
        context = shop.till.context
        policy = OfflineSpendPolicy(
            shop.till.uow, till_id=context.till_id, currency=context.currency, timezone=context.timezone
        )
        with shop.till.uow() as uow:
            card = uow.members.card_by_number(shop.card_number)
        assert card is not None
        shop.clock.advance(timedelta(days=30))
        assert policy.limit(card.id, shop.clock.now) is None
    finally:
        shop.till.close()
