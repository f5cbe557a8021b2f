"""Loyalty explanations said in each language: the catalogue's template, numbers as the locale writes them, and
numbers and card numbers kept left to right inside Hebrew."""

from __future__ import annotations

import pytest

from app.domain.money import Money
from app.domain.phrase import Percent, Points, phrase
from app.ui.formatting import LRI, PDI, ShopFormat
from app.ui.phrases import FSI, say
from app.ui.translations import Catalogue

EARNED = phrase(
    "Loyalty",
    "{name}: {points} points - {percent} of {amount}",
    name="Red Cube bonus",
    points=Points(415),
    percent=Percent(1100),
    amount=Money(3770, "ILS"),
)


@pytest.mark.parametrize(
    ("language", "currency", "expected"),
    [
        ("en", "ILS", "Red Cube bonus: 4.15 points - 11% of 37.70"),
        ("ka", "GEL", "Red Cube bonus: 4,15 ქულა - 37,70-ის 11%"),
        ("sq", "ALL", "Red Cube bonus: 4,15 pikë - 11% e 37,70"),
    ],
)
def test_an_earning_explanation_in_each_left_to_right_language(language: str, currency: str, expected: str) -> None:
    fmt = ShopFormat(language, currency, "UTC")
    assert say(EARNED, fmt, translate=Catalogue(language).translate) == expected


def test_in_hebrew_numbers_and_card_numbers_stay_left_to_right() -> None:
    fmt = ShopFormat("he", "ILS", "Asia/Jerusalem")
    hebrew = Catalogue("he").translate
    said = say(EARNED, fmt, translate=hebrew)
    assert said == f"{FSI}Red Cube bonus{PDI}: {LRI}4.15{PDI} נקודות - {LRI}11%{PDI} מתוך {LRI}37.70{PDI}"
    refused = say(phrase("Errors", "card {card} is not known here", card="********0015"), fmt, translate=hebrew)
    assert refused == f"כרטיס {FSI}********0015{PDI} אינו מוכר כאן"


def test_a_receipt_leaves_the_isolating_to_the_printer_picture() -> None:
    fmt = ShopFormat("he", "ILS", "Asia/Jerusalem")
    said = say(EARNED, fmt, translate=Catalogue("he").translate, isolate=False)
    assert said == "Red Cube bonus: 4.15 נקודות - 11% מתוך 37.70"
