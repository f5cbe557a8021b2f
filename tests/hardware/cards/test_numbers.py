from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hardware.cards.numbers import (
    CardCode,
    CardNumberError,
    ean13_card_number,
    gtin_check_digit,
    luhn_card_number,
    luhn_check_digit,
)
from hardware.scan import Symbology


def test_ean13_card_numbers_carry_the_in_store_prefix_and_a_right_check_digit() -> None:
    assert ean13_card_number(1234) == "0400000012346"
    assert ean13_card_number(9_999_999_999) == "0499999999998"
    assert gtin_check_digit("400638133393") == 1
    with pytest.raises(CardNumberError, match="serial must be 0 to 9999999999"):
        ean13_card_number(10_000_000_000)


def test_a_wrong_ean13_check_digit_is_refused_not_repaired() -> None:
    with pytest.raises(CardNumberError) as caught:
        CardCode.ean13("0400000012345")
    assert str(caught.value) == "The check digit of card number *********2345 is wrong: it should be 6."
    assert caught.value.params == {"number": "*********2345", "expected": 6}


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("4006381333931", "starts with 04"),
        ("04000000123", "has 13 digits, not 11"),
        ("04000000I2346", "digits only"),
        ("", "digits only"),
    ],
)
def test_other_bad_ean13_numbers(number: str, message: str) -> None:
    with pytest.raises(CardNumberError, match=message):
        CardCode.ean13(number)


def test_a_shop_may_use_another_prefix_or_none() -> None:
    assert CardCode.ean13("4006381333931", prefix="").symbology is Symbology.EAN13


def test_code128_numbers_end_with_their_luhn_digit() -> None:
    assert luhn_check_digit("7992739871") == 3
    assert luhn_card_number("7992739871") == "79927398713"
    assert CardCode.code128("79927398713").symbology is Symbology.CODE128
    with pytest.raises(CardNumberError, match=r"Luhn check digit .* is wrong: it should be 3"):
        CardCode.code128("79927398710")
    with pytest.raises(CardNumberError, match="at least one digit"):
        CardCode.code128("7")


def test_repr_masks_the_number() -> None:
    assert "0400000012346" not in repr(CardCode.ean13("0400000012346"))


@given(st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_every_luhn_number_validates_and_any_other_last_digit_does_not(body: str) -> None:
    number = luhn_card_number(body)
    assert CardCode.code128(number).number == number
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    with pytest.raises(CardNumberError):
        CardCode.code128(wrong)


@given(st.integers(0, 9_999_999_999))
def test_every_serial_makes_a_valid_in_store_ean13(serial: int) -> None:
    number = ean13_card_number(serial)
    assert CardCode.ean13(number).number == number
