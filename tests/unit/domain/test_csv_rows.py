"""CSV rows of products and members: each bad row named by its line and column, good rows read exactly."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.catalog import Unit
from app.domain.csv_rows import ImportRefused, parse_members, parse_products
from app.domain.money import Money


def test_products_are_read_with_prices_tax_rates_units_and_normalised_barcodes() -> None:
    text = (
        "\ufeffsku;name;price;tax_rate;category;unit;plu;barcodes;active\n"
        "MILK;Milk 1L;6,90;18;dairy;pc;;7290000000015;yes\n"
        "CHEESE;Cheese;59.9;17.5%;;kg;12345;;no\n"
        "\n"
        "UPC;Imported;1;0;;;;036000291452;\n"
    )
    parsed = parse_products(text, "ILS")
    assert parsed.errors == () and parsed.total == 3
    milk, cheese, upc = parsed.rows
    assert (milk.line, milk.price, milk.tax_rate_bp, milk.category, milk.barcodes) == (
        2,
        Money(690, "ILS"),
        1800,
        "dairy",
        ("7290000000015",),
    )
    assert (cheese.unit, cheese.tax_rate_bp, cheese.plu, cheese.active) == (Unit.KILOGRAM, 1750, "12345", False)
    assert upc.line == 5 and upc.barcodes == ("0036000291452",)


def test_every_bad_product_row_is_reported_with_its_line_and_column() -> None:
    text = (
        "sku,name,price,tax_rate,barcodes\n"
        "A,Apple,1.00,18,7290000000015\n"
        "B,,1.00,18,\n"  # line 3: no name
        "C,Cake,-2,18,\n"  # line 4: negative price
        "D,Dates,1.005,18,\n"  # line 5: too many decimals
        "E,Eggs,1,180,\n"  # line 6: tax over 100%
        "F,Figs,1,18,7290000000016\n"  # line 7: wrong check digit
        "A,Again,1,18,\n"  # line 8: SKU twice
        "G,Grapes,1,18,7290000000015\n"  # line 9: barcode twice
        "H,Honey,1\n"  # line 10: too few fields
    )
    parsed = parse_products(text, "ILS")
    assert [(e.line, e.column) for e in parsed.errors] == [
        (3, "name"),
        (4, "price"),
        (5, "price"),
        (6, "tax_rate"),
        (7, "barcodes"),
        (8, "sku"),
        (9, "barcodes"),
        (10, ""),
    ]
    assert "already on line 2" in parsed.errors[5].reason
    assert str(parsed.errors[0]) == "line 3: name is empty"


@pytest.mark.parametrize(
    ("header", "reason"),
    [("sku,name,price", "'tax_rate' is missing"), ("sku,name,price,tax_rate,colour", "unknown column 'colour'")],
)
def test_a_wrong_header_refuses_the_whole_file(header: str, reason: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        parse_products(header + "\nA,B,1,18\n", "ILS")
    assert reason in refused.value.errors[0].reason and refused.value.errors[0].line == 1


def test_members_are_read_with_their_profile_card_and_opening_points() -> None:
    text = (
        "name,phone,email,birthday,consent,card,family,points\n"
        "Noa Levi,+972 50-123 4567,noa@example.com,1990-05-17,yes,0400000000039,red-cube,12.5\n"
        "Avi,,,17.05.1985,no,,,\n"
    )
    parsed = parse_members(text)
    assert parsed.errors == ()
    noa, avi = parsed.rows
    assert noa.profile.name == "Noa Levi" and noa.profile.consent and noa.points == 1250
    assert noa.card == "0400000000039" and noa.family == "red-cube"
    assert avi.profile.birthday == date(1985, 5, 17) and avi.card is None and avi.points == 0


def test_bad_member_rows_name_the_field() -> None:
    text = (
        "name,phone,email,birthday,card,points\n"
        "Noa,abc,,,,\n"
        "Avi,,not-an-email,,,\n"
        "Dana,,,31.02.1990,,\n"
        "Eli,,,,123,\n"
        "Gil,,,,0400000000039,5\n"
        "Hila,,,,0400000000039,\n"
        "Ido,,,,,10\n"
    )
    parsed = parse_members(text, card_check=lambda number: number != "0400000000040")
    assert [(e.line, e.column) for e in parsed.errors] == [
        (2, "phone"),
        (3, "email"),
        (4, "birthday"),
        (5, "card"),
        (7, "card"),
        (8, "points"),
    ]
