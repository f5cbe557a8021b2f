"""Programs and entries as data: JSON round trips, and clear errors for what a manager typed wrong."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.ids import new_id
from app.domain.loyalty import Account, Coupon, EntryKind, LedgerEntry, Tier, TierLadder, program_from_dict
from app.domain.loyalty.errors import InvalidProgram
from app.domain.loyalty.ledger import activation_after, expiry_after, lot_of
from app.domain.loyalty.presets import catalogue, red_cube_bonus, red_cube_promo
from tests.unit.domain.loyalty.factories import POINTS, T0


@pytest.mark.parametrize("program", [*catalogue(), red_cube_promo()], ids=lambda p: p.id)
def test_every_preset_survives_json(program: object) -> None:
    data = json.loads(json.dumps(program.to_dict()))  # type: ignore[attr-defined]

    assert program_from_dict(data) == program
    assert data["schema"] == 1 and data["version"] == 1 and data["id"]


def test_a_coupon_survives_json() -> None:
    coupon = Coupon(
        id="c1",
        name="Spring",
        code="SPRING",
        currency="ILS",
        percent_bp=1500,
        max_uses=100,
        valid_until=T0 + timedelta(days=30),
    )

    assert Coupon.from_dict(json.loads(json.dumps(coupon.to_dict()))) == coupon
    assert program_from_dict(coupon.to_dict()) == coupon


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"earn_rate_bp": 12_000}, "earn_rate_bp", "must be 0-100% in basis points"),
        ({"earn_rate_bp": "11%"}, "earn_rate_bp", "must be a whole number"),
        ({"currency": "shekel"}, "currency", "must be an ISO 4217 code"),
        ({"timezone": "Mars/Olympus"}, "timezone", "is not a known timezone"),
        ({"colour": "red"}, "colour", "is not a known field"),
        ({"expiry_months": 1, "pending_days": 40}, "pending_days", "must end before points expire"),
        ({"valid_from": "2025-03-01T00:00:00"}, "valid_from", "must be a date and time with its timezone"),
    ],
)
def test_a_wrong_field_is_named_in_the_error(change: dict[str, object], field: str, reason: str) -> None:
    data = {**red_cube_bonus().to_dict(), **change}

    with pytest.raises(InvalidProgram) as error:
        program_from_dict(data)

    assert error.value.params["field"] == field
    assert str(error.value.params["reason"]) == reason
    assert error.value.params["what"] == "Red Cube bonus"


def test_tier_thresholds_must_rise() -> None:
    with pytest.raises(InvalidProgram) as error:
        TierLadder(
            id="t", name="Tiers", family="f", currency="ILS", tiers=(Tier("Gold", 5000, 500), Tier("Silver", 1000, 300))
        )
    assert error.value.params["field"] == "tiers[1].threshold_minor"


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(InvalidProgram):
        program_from_dict({"kind": "lottery", "id": "x", "name": "Lottery"})


def test_ledger_entries_survive_json_and_refuse_nonsense() -> None:
    entry = LedgerEntry(
        id=new_id(),
        card_id="c",
        account=POINTS,
        kind=EntryKind.EARN,
        amount=415,
        created_at=T0,
        expires_at=T0 + timedelta(days=365),
        program_id="bonus",
        program_version=3,
    )

    assert LedgerEntry.from_dict(json.loads(json.dumps(entry.to_dict()))) == entry
    assert entry.lot_id == lot_of("c", POINTS, None, T0 + timedelta(days=365))

    def points(**fields: object) -> LedgerEntry:
        values: dict[str, object] = {"id": new_id(), "card_id": "c", "account": POINTS, "kind": EntryKind.EARN}
        return LedgerEntry(**{**values, "amount": 5, "created_at": T0, **fields})  # type: ignore[arg-type]

    with pytest.raises(ValueError, match="does not match"):
        points(lot_id=entry.lot_id)  # the lot of other dates
    with pytest.raises(ValueError, match="non-zero whole number"):
        points(amount=0)
    with pytest.raises(ValueError, match="has no lots"):
        points(account=Account.spend("ILS"), expires_at=T0)
    with pytest.raises(ValueError, match="timezone-aware"):
        points(created_at=T0.replace(tzinfo=None))


def test_dates_are_rounded_so_that_a_month_of_credits_is_one_lot() -> None:
    assert activation_after(datetime(2025, 3, 3, 23, 59, tzinfo=UTC), 14) == datetime(2025, 3, 18, tzinfo=UTC)
    assert activation_after(datetime(2025, 3, 3, tzinfo=UTC), 14) == datetime(2025, 3, 17, tzinfo=UTC)
    assert activation_after(T0, 0) is None
    assert expiry_after(datetime(2025, 3, 1, tzinfo=UTC), 12) == datetime(2026, 4, 1, tzinfo=UTC)
    assert expiry_after(datetime(2025, 3, 31, 23, 0, tzinfo=UTC), 12) == datetime(2026, 4, 1, tzinfo=UTC)
    assert expiry_after(datetime(2025, 12, 5, tzinfo=UTC), 1) == datetime(2026, 2, 1, tzinfo=UTC)
    assert expiry_after(T0, None) is None
