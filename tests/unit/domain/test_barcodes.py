"""Scanned codes: GTIN check digits, scale labels, card numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.barcodes import (
    BarcodeReader,
    MeasureKind,
    ScanKind,
    VariableMeasureRule,
    gtin_check_digit,
    is_valid_gtin,
    luhn_check_digit,
)
from app.domain.cards import CardFormat, CardNumbering
from app.domain.errors import MalformedBarcode


@pytest.mark.parametrize("code", ["4006381333931", "73513537", "036000291452", "9780306406157"])
def test_known_gtins_are_valid(code: str) -> None:
    assert is_valid_gtin(code)


def test_upc_a_is_stored_as_gtin_13() -> None:
    scanned = BarcodeReader().read("036000291452")
    assert scanned.kind is ScanKind.GTIN and scanned.lookup == "0036000291452"


def test_luhn_matches_the_textbook_example() -> None:
    assert luhn_check_digit("7992739871") == 3


def test_price_and_weight_labels_follow_the_shops_rules() -> None:
    reader = BarcodeReader(
        (VariableMeasureRule("21", MeasureKind.PRICE), VariableMeasureRule("28", MeasureKind.WEIGHT))
    )
    price = reader.read("2100042012349")
    assert (price.kind, price.lookup, price.measure, price.value) == (
        ScanKind.VARIABLE_MEASURE,
        "00042",
        MeasureKind.PRICE,
        1234,
    )
    weight = reader.read("2800042007504")
    assert weight.measure is MeasureKind.WEIGHT and weight.value == 750
    plain = reader.read("2500042012347")  # prefix 25 not configured here: an ordinary code
    assert plain.kind is ScanKind.GTIN


@given(st.text(max_size=40))
def test_reader_never_fails_with_anything_but_a_clear_error(text: str) -> None:
    try:
        scanned = BarcodeReader().read(text)
    except MalformedBarcode as error:
        assert error.message
    else:
        assert scanned.lookup


@given(st.from_regex(r"[0-9]{12}", fullmatch=True), st.integers(1, 9))
def test_a_single_wrong_check_digit_is_always_caught(body: str, delta: int) -> None:
    good = body + str(gtin_check_digit(body))
    bad = body + str((int(good[-1]) + delta) % 10)
    assert is_valid_gtin(good)
    assert not is_valid_gtin(bad)
    with pytest.raises(MalformedBarcode):
        BarcodeReader().read(bad)


@given(st.integers(0, 10**8 - 1))
def test_card_numbers_of_both_formats_check_themselves(serial: int) -> None:
    ean = CardNumbering()
    number = ean.number(serial)
    assert len(number) == 13 and number.startswith("04") and ean.is_card_number(number)
    assert is_valid_gtin(number)
    code128 = CardNumbering(format=CardFormat.CODE128, prefix="77", length=16)
    long_number = code128.number(serial)
    assert code128.is_card_number(long_number)
    assert not code128.is_card_number(long_number[:-1] + str((int(long_number[-1]) + 1) % 10))
