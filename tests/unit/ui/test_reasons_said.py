"""Why a member profile or a CSV row is refused, said in each of the till's languages: every reason the domain
gives has its translation, the English stays for logs, and no reason repeats the phone or e-mail typed."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.csv_rows import ImportRefused, RowError, parse_members, parse_products
from app.domain.member_profile import InvalidMember, MemberProfile
from app.domain.phrase import Phrase
from app.ui.formatting import ShopFormat
from app.ui.phrases import FSI, PDI, say
from app.ui.translations import Catalogue
from tests.helpers.translated import untranslated

BAD_PRODUCTS = (
    "sku,name,price,tax_rate,unit,plu,barcodes,active\n"
    "A,Apple,1.00,18,pc,,7290000000015,yes\n"
    ",Nameless,1,18,,,,\n"
    "B,Bread,nine,18,,,,\n"
    "C,Cake,-2,18,,,,\n"
    "D,Dates,1,ten,,,,\n"
    "E,Eggs,1,180,,,,\n"
    "F,Figs,1,18,box,,,\n"
    "G,Grapes,1,18,,12a,,\n"
    "H,Honey,1,18,,,7290000000016,\n"
    "A,Again,1,18,,,,\n"
    "I,Ice,1,18,,,,maybe\n"
    f"J,{'J' * 201},1,18,,,,\n"
    "K,Kale,1\n"
)
BAD_MEMBERS = (
    "name,phone,email,birthday,consent,card,points\n"
    " ,,,,yes,,\n"
    "Noa,call me maybe,,,,,\n"
    "Avi,,avi-at-example,,,,\n"
    "Dana,,,31.02.1990,,,\n"
    "Eli,,,1850-01-01,,,\n"
    "Gil,,,,perhaps,,\n"
    "Hila,,,,,123,\n"
    "Ido,,,,,0400000000040,\n"
    "Yael,,,,,,ten\n"
    "Ziv,,,,,,10\n"
)
REFUSED_FILES = (
    "",
    "sku,name,price\nA,B,1\n",
    "sku,name,price,tax_rate,colour\nA,B,1,18,red\n",
    "sku,name,price,tax_rate,name\nA,B,1,18,C\n",
)


def every_reason() -> list[RowError]:
    """One row error for each reason a CSV file can be refused for before the database is asked."""
    errors = [*parse_products(BAD_PRODUCTS, "ILS").errors]
    errors += parse_members(BAD_MEMBERS, card_check=lambda number: not number.endswith("40")).errors
    for text in REFUSED_FILES:
        with pytest.raises(ImportRefused) as refused:
            parse_products(text, "ILS")
        errors += refused.value.errors
    return errors


def test_every_reason_is_a_phrase_and_its_english_is_kept_for_logs() -> None:
    errors = every_reason()
    assert len(errors) == 26
    assert all(isinstance(e.why, Phrase) and not e.why.is_literal for e in errors)
    assert len({e.why.template for e in errors}) == 25, "each bad row above stands for a different reason"
    assert str(errors[1]) == "line 4: price 'nine' is not an amount"
    assert str(errors[-1]) == "line 1: a column is named twice"


def test_no_reason_repeats_the_phone_or_e_mail_it_refuses() -> None:
    for profile, secret in (({"phone": "call me maybe"}, "call me"), ({"email": "avi-at-example"}, "avi-at")):
        with pytest.raises(InvalidMember) as refused:
            MemberProfile("Avi", **profile)  # type: ignore[arg-type]
        assert secret not in str(refused.value) and secret not in say(refused.value.phrase)
    members = parse_members(BAD_MEMBERS).errors
    assert not any(secret in str(e) for e in members for secret in ("call me", "avi-at", "31.02"))


@pytest.mark.parametrize("language", ["he", "ka", "sq"])
def test_every_reason_has_its_translation(language: str) -> None:
    assert untranslated(((str(error), error.why) for error in every_reason()), language) == []


def test_a_bad_phone_and_a_bad_csv_row_in_hebrew() -> None:
    fmt = ShopFormat("he", "ILS", "Asia/Jerusalem")
    hebrew = Catalogue("he").translate
    with pytest.raises(InvalidMember) as refused:
        MemberProfile("Noa", phone="call me", birthday=date(1990, 5, 17))
    assert str(refused.value) == "phone must be digits, spaces or dashes, with an optional + in front"
    assert say(refused.value.phrase, fmt, translate=hebrew) == "טלפון: מותרים רק ספרות, רווחים או מקפים, ואפשר + בהתחלה"

    price = parse_products("sku,name,price,tax_rate\nTEA,Tea,nine,18\n", "ILS").errors[0]
    said = say(price.phrase, fmt, translate=hebrew)
    assert said == f'שורה {FSI}2{PDI}, עמודה "{FSI}price{PDI}": "{FSI}nine{PDI}" אינו סכום'
