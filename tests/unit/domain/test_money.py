"""Money: exact integer arithmetic, stated rounding, exact splitting."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import CurrencyMismatch, InvalidAmount
from app.domain.money import Money, allocate, round_half_up

amounts = st.integers(min_value=-(10**12), max_value=10**12)


@given(st.integers(-(10**9), 10**9), st.integers(1, 10**6))
def test_round_half_up_is_the_nearest_integer_with_halves_away_from_zero(num: int, den: int) -> None:
    exact = Fraction(num, den)
    result = round_half_up(num, den)
    assert abs(exact - result) <= Fraction(1, 2)
    if abs(exact - result) == Fraction(1, 2):
        assert abs(result) > abs(exact)


@given(amounts, st.lists(st.integers(0, 10**6), min_size=1, max_size=30))
def test_allocation_parts_add_up_exactly_and_stay_near_their_share(total: int, weights: list[int]) -> None:
    parts = allocate(total, weights)
    assert sum(parts) == total
    weight_sum = sum(weights) or len(weights)
    effective = weights if sum(weights) else [1] * len(weights)
    for part, weight in zip(parts, effective, strict=True):
        assert abs(Fraction(total * weight, weight_sum) - part) < 1


def test_money_refuses_floats_and_bad_currencies() -> None:
    with pytest.raises(InvalidAmount):
        Money(1.5, "ILS")  # type: ignore[arg-type]
    with pytest.raises(InvalidAmount):
        Money(True, "ILS")
    with pytest.raises(InvalidAmount):
        Money(1, "shekel")
    with pytest.raises(CurrencyMismatch):
        Money(1, "ILS") + Money(1, "GEL")


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [("12.50", "ILS", 1250), ("12,5", "GEL", 1250), ("-3", "ALL", -3), ("7", "JPY", 7), ("1.234", "KWD", 1234)],
)
def test_parse_reads_what_people_type(text: str, currency: str, minor: int) -> None:
    assert Money.parse(text, currency) == Money(minor, currency)


def test_lek_are_whole_as_albanian_shops_write_them() -> None:
    # ISO 4217 lists 2 decimals for ALL, but CLDR (and so Qt) and Albanian price tags use whole lek:
    # Kupa follows CLDR, so 1,250 lek is 1250 minor units and a typed fraction of a lek is refused.
    assert Money.parse("1250", "ALL") == Money(1250, "ALL")
    with pytest.raises(InvalidAmount):
        Money.parse("12,50", "ALL")
    assert Money(999, "ALL").percent_bp(1000) == Money(100, "ALL")  # 10% of 999 lek rounds to whole lek


@pytest.mark.parametrize("text", ["", "abc", "1.234", "1e3", "0x10", "١٢"])
def test_parse_refuses_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(InvalidAmount):
        Money.parse(text, "ILS")


@given(amounts, st.sampled_from(["ILS", "GEL", "ALL", "JPY", "KWD"]))
def test_text_round_trips(minor: int, currency: str) -> None:
    money = Money(minor, currency)
    assert Money.parse(money.amount_text(), currency) == money


@given(amounts, st.integers(0, 10_000))
def test_percent_is_exact_rational_rounded(minor: int, bp: int) -> None:
    result = Money(minor, "ILS").percent_bp(bp)
    assert abs(Fraction(minor * bp, 10_000) - result.minor) <= Fraction(1, 2)
