"""Why a program or coupon cannot work, said in each of the till's languages: every reason a manager can meet in
the program editor (the program kinds' own checks and the reading of the form's data) is a phrase with its
translation, after the field's key as the form labels it; the English stays for logs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from functools import cache
from typing import Any

import pytest

from app.domain.loyalty import presets, program_from_dict
from app.domain.loyalty.errors import InvalidProgram
from app.domain.loyalty.registry import PROGRAM_KINDS
from app.domain.phrase import Phrase
from app.services.program_editor import coupon_template
from app.ui.formatting import LRI, ShopFormat
from app.ui.phrases import FSI, PDI, say
from app.ui.translations import Catalogue
from tests.helpers.translated import untranslated

HIDDEN = ("kind", "schema")
BAD_VALUES: tuple[Any, ...] = (
    None,
    "",
    " ",
    "x",
    "shekel",
    "Mars/Olympus",
    "2025-03-01T00:00:00",
    -1,
    0,
    5,
    99,
    400,
    5_000,
    20_000,
    10**9,
    True,
    [],
    [99],
    {},
)
# The catalogue's lists are empty where a program may have none; an entry to spoil, field by field.
SAMPLES: dict[str, dict[str, Any]] = {
    "multipliers": {"category": "coffee", "multiplier_pct": 200},
    "promotions": {"name": "Weekend", "rate_bp": 3000, "weekdays": [4, 5], "starts_on": "2025-05-01", "to_hour": 24},
}
# Fields whose rule compares them with another field.
PAIRS: tuple[dict[str, Any], ...] = (
    {"valid_from": "2025-06-01T00:00:00+00:00", "valid_until": "2025-05-01T00:00:00+00:00"},
    {"expiry_months": 1, "pending_days": 40},
)


def templates() -> list[dict[str, Any]]:
    """The programs a manager starts from: the preset catalogue and the coupon, as the form holds them."""
    return [p.to_dict() for p in (*presets.catalogue("ILS"), coupon_template("ILS"))]


def spoiled(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """``data`` with one thing wrong at a time: each field (and each field of its lists and scopes) given each bad
    value or left out, a field too many, a rule between two fields broken."""
    yield {**data, "colour": "red"}
    for key, value in data.items():
        if key in HIDDEN:
            continue
        yield {k: v for k, v in data.items() if k != key}
        for bad in BAD_VALUES:
            yield {**data, key: bad}
        items = value or ([SAMPLES[key]] if key in SAMPLES else [])
        if isinstance(value, list) and items and isinstance(items[0], dict):
            yield {**data, key: [*items, *items]}
            for index, item in enumerate(items):
                for inner in (*item, "ends_on"):
                    for bad in (*BAD_VALUES, "2025-04-01"):
                        changed = [dict(entry) for entry in items]
                        changed[index][inner] = bad
                        yield {**data, key: changed}
        if isinstance(value, dict):
            yield {**data, key: {**value, "colour": "red"}}
            for inner in value:
                for bad in BAD_VALUES:
                    yield {**data, key: {**value, inner: bad}}
    for pair in PAIRS:
        if all(key in data for key in pair):
            yield {**data, **pair}


@cache
def refusals() -> tuple[InvalidProgram, ...]:
    """Every refusal met by spoiling each template, plus those the form cannot produce through its data alone
    (a kind read by the wrong class, a date and time without its zone)."""
    found: list[InvalidProgram] = []
    for data in templates():
        for bad in spoiled(data):
            try:
                program_from_dict(bad)
            except InvalidProgram as error:
                found.append(error)
        for wrong in ({**data, "kind": "lottery"}, {**data, "schema": 2}):
            with pytest.raises(InvalidProgram) as refused:
                program_from_dict(wrong)
            found.append(refused.value)
        other = "gift" if data["kind"] != "gift" else "coupon"
        with pytest.raises(InvalidProgram) as misread:
            PROGRAM_KINDS[data["kind"]].from_dict({**data, "kind": other})
        found.append(misread.value)
    for program in (*presets.catalogue("ILS"), coupon_template("ILS")):
        with pytest.raises(InvalidProgram) as naive:
            replace(program, valid_from=datetime(2025, 3, 1))
        found.append(naive.value)
    return tuple(found)


def reasons() -> dict[str, InvalidProgram]:
    """One refusal for each distinct reason."""
    return {error.params["reason"].template: error for error in refusals()}


def test_every_reason_is_a_phrase_and_its_english_is_kept_for_logs() -> None:
    found = refusals()
    assert all(isinstance(e.params["reason"], Phrase) and not e.params["reason"].is_literal for e in found)
    assert all(str(e) == f"{e.params['what']}: {e.params['field']} {e.params['reason']}" for e in found)
    by_reason = reasons()
    assert len(by_reason) == 35, sorted(by_reason)
    assert str(by_reason["must be 0-{maximum} in basis points"]).endswith("must be 0-100% in basis points")
    said = {str(e) for e in found}
    assert "Coffee card: stamps_per_item must be 1-stamps_needed" in said
    assert "Red Cube bonus: multipliers[0] must be 0-1000%" in said
    assert "Member tiers: tiers[1].threshold_minor must be higher than the tier before" in said


@pytest.mark.parametrize("language", ["he", "ka", "sq"])
def test_every_reason_has_its_translation(language: str) -> None:
    said = ((str(error), error.params["reason"]) for error in reasons().values())
    assert untranslated(said, language) == []


def test_a_bad_percent_in_hebrew_names_the_field_by_its_key() -> None:
    fmt = ShopFormat("he", "ILS", "Asia/Jerusalem")
    with pytest.raises(InvalidProgram) as refused:
        program_from_dict({**presets.red_cube_bonus("ILS").to_dict(), "earn_rate_bp": 12_000})
    assert str(refused.value) == "Red Cube bonus: earn_rate_bp must be 0-100% in basis points"
    said = say(refused.value.phrase, fmt, translate=Catalogue("he").translate)
    assert said == (
        f'{FSI}Red Cube bonus{PDI}, שדה "{FSI}earn_rate_bp{PDI}": יש לכתוב ערך בין 0 ל־{LRI}100%{PDI} בנקודות בסיס'
    )
