"""Money, quantities and keys as the till shows and reads them, in each shop language, never via floats."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.money import Money
from app.ui.dialogs.payment import quick_cash
from app.ui.dialogs.quantity import parse_quantity
from app.ui.formatting import ShopFormat, ltr


@pytest.mark.parametrize(
    ("language", "currency", "minor", "shown"),
    [
        ("en", "USD", 123456, "$1,234.56"),
        ("en", "USD", -5, "-$0.05"),
        ("en", "JPY", 1500, "¥1,500"),
        ("en", "ILS", 1250, "₪12.50"),
        ("ka", "GEL", 123456, "1234,56\xa0₾"),
        ("sq", "ALL", 123450, "123\xa0450\xa0Lekë"),  # whole lek (CLDR), grouped by spaces
        ("sq", "EUR", 123450, "1234,50\xa0€"),
    ],
)
def test_money_is_written_the_way_the_shop_writes_it(language: str, currency: str, minor: int, shown: str) -> None:
    assert ShopFormat(language, currency, "UTC").money(Money(minor, currency)) == shown


def test_hebrew_amounts_keep_their_digits_and_the_shekel_sign() -> None:
    fmt = ShopFormat("he", "ILS", "Asia/Jerusalem")
    text = fmt.money(Money(123456, "ILS"))
    assert "1,234.56" in text and "₪" in text
    assert fmt.right_to_left
    negative = fmt.money(Money(-390, "ILS"))
    assert "\u200e-3.90" in negative, "the minus sign stays with its digits in a right-to-left line"


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_the_plain_amount_reads_back_as_the_same_money(minor: int) -> None:
    for language, currency in (("en", "USD"), ("ka", "GEL"), ("he", "ILS"), ("en", "KWD")):
        fmt = ShopFormat(language, currency, "UTC")
        assert Money.parse(fmt.plain_amount(Money(minor, currency)), currency) == Money(minor, currency)


def test_quantities_show_pieces_whole_and_weights_to_the_gram() -> None:
    fmt = ShopFormat("en", "USD", "UTC")
    assert fmt.quantity(3000, "pc") == "3"
    assert fmt.quantity(1250, "kg") == "1.250 kg"
    assert ShopFormat("ka", "GEL", "UTC").quantity(1250, "kg") == "1,250 kg"


@pytest.mark.parametrize(
    ("typed", "by_weight", "milli"),
    [("3", False, 3000), ("1.25", True, 1250), ("1,250", True, 1250), ("0.5", False, None), ("0", False, None)],
)
def test_typed_quantities(typed: str, by_weight: bool, milli: int | None) -> None:
    assert parse_quantity(typed, by_weight=by_weight) == milli


def test_quick_cash_offers_the_next_notes_above_what_is_due() -> None:
    assert quick_cash(Money(3750, "ILS")) == [Money(4000, "ILS"), Money(5000, "ILS"), Money(10000, "ILS")]
    assert quick_cash(Money(5000, "ILS")) == [Money(6000, "ILS"), Money(10000, "ILS"), Money(20000, "ILS")]
    assert quick_cash(Money(730, "JPY")) == [Money(740, "JPY"), Money(750, "JPY"), Money(800, "JPY")]


def test_card_numbers_stay_left_to_right_inside_hebrew_text() -> None:
    assert ltr("****0015") == "\u2066****0015\u2069"
