"""Survey codes tie an answer to its sale; card serial blocks never give a number twice."""

from __future__ import annotations

import pytest

from app.domain.card_serials import CardNumbersExhausted, SerialBlock, serial_of
from app.domain.cards import CardFormat, CardNumbering
from app.domain.survey import InvalidSurveyCode, code_matches, parse_survey_code, survey_code


def test_a_survey_code_is_the_receipt_number_and_four_check_characters() -> None:
    code = survey_code("S1-T1-000042", "01935c7e-0000-7000-8000-000000000001")
    number, check = parse_survey_code(code)
    assert number == "S1-T1-000042" and len(check) == 4
    assert code_matches(code, "S1-T1-000042", "01935c7e-0000-7000-8000-000000000001")


def test_a_survey_code_is_read_as_typed_in_lower_case_with_spaces_and_look_alike_letters() -> None:
    sale_id = "01935c7e-0000-7000-8000-000000000002"
    code = survey_code("S1-T1-000042", sale_id)
    number, check = code.rsplit("-", 1)
    typed = f" {number.lower()} - {check.lower().replace('0', 'o').replace('1', 'l')} "
    assert code_matches(typed, "S1-T1-000042", sale_id)


def test_a_code_of_another_sale_with_the_same_receipt_number_does_not_match() -> None:
    code = survey_code("S1-T1-000042", "sale-a")
    assert not code_matches(code, "S1-T1-000042", "sale-b")
    assert not code_matches(code, "S1-T1-000043", "sale-a")


@pytest.mark.parametrize("bad", ["", "ABCD", "S1-T1-000042", "S1-T1-000042-ABC", "S1-T1-000042-AB!D"])
def test_malformed_survey_codes_are_refused(bad: str) -> None:
    with pytest.raises(InvalidSurveyCode):
        parse_survey_code(bad)


def test_the_next_serial_is_past_the_counter_and_every_number_already_seen() -> None:
    block = SerialBlock(1000, 1999)
    assert block.next_serial(0, None) == 1000
    assert block.next_serial(1500, 1200) == 1500
    assert block.next_serial(1100, 1700) == 1701
    with pytest.raises(CardNumbersExhausted):
        block.next_serial(2000, None)


def test_the_whole_numbering_is_one_block_and_a_serial_reads_back_from_its_number() -> None:
    numbering = CardNumbering()
    block = SerialBlock.whole(numbering)
    assert (block.first, block.last) == (1, 10**8 - 1)
    assert serial_of(numbering, numbering.number(4321)) == 4321
    assert serial_of(numbering, "0400000000016") is None  # wrong check digit
    code128 = CardNumbering(format=CardFormat.CODE128, prefix="77", length=10)
    assert serial_of(code128, code128.number(55)) == 55
    assert not SerialBlock(1, 10**8).fits(numbering)
