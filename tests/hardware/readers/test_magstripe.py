from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hardware.readers.magstripe import (
    CardNumberRules,
    CheckDigit,
    SwipeRejected,
    TrackChoice,
    card_number,
    lrc_char,
    parse_swipe,
    parse_track1,
    parse_track2,
)
from hardware.scan import Symbology
from hardware.sim.scanner import track1, track2

NUMBER = "0400001234563"


def test_track2_number_and_expiry() -> None:
    parsed = parse_track2(";0400001234563=2912101?")
    assert (parsed.number, parsed.expiry, parsed.discretionary) == (NUMBER, "2912", "101")


def test_track2_without_separator_is_all_number() -> None:
    parsed = parse_track2(";0400001234563?")
    assert (parsed.number, parsed.expiry) == (NUMBER, None)


def test_track1_fields() -> None:
    parsed = parse_track1("%B0400001234563^GASHI/ERIONA^2912101000?")
    assert (parsed.number, parsed.name) == (NUMBER, "GASHI/ERIONA")
    assert (parsed.expiry, parsed.discretionary) == ("2912", "101000")


def test_track1_repr_keeps_the_name_and_number_out_of_logs() -> None:
    parsed = parse_track1("%B0400001234563^GASHI/ERIONA^2912?")
    assert "GASHI" not in repr(parsed)
    assert NUMBER not in repr(parsed)
    assert "4563" in repr(parsed)


@pytest.mark.parametrize(
    ("track", "reason"),
    [
        ("%A0400^X^2912?", "not in format B"),
        ("%B0400^lower^2912?", "characters a magstripe cannot hold"),
        ("%B0400 NAME 2912?", "not laid out"),
        ("%B" + "1" * 80 + "?", "too long"),
    ],
)
def test_malformed_track1_is_refused_with_its_reason(track: str, reason: str) -> None:
    with pytest.raises(SwipeRejected, match=reason):
        parse_track1(track)


@pytest.mark.parametrize(
    ("track", "reason"),
    [(";04A0=2912?", "other than digits"), (";=2912?", "not laid out"), (";" + "1" * 40 + "?", "too long")],
)
def test_malformed_track2_is_refused_with_its_reason(track: str, reason: str) -> None:
    with pytest.raises(SwipeRejected, match=reason):
        parse_track2(track)


def test_a_full_swipe_gives_both_tracks_and_track2_wins_by_default() -> None:
    swipe = parse_swipe(track1(NUMBER, "Gashi/Eriona") + track2(NUMBER))
    assert swipe.track1 is not None and swipe.track2 is not None
    card = card_number(swipe, CardNumberRules())
    assert (card.number, card.symbology, card.expiry) == (NUMBER, Symbology.TRACK2, "2912")


def test_track1_can_be_preferred() -> None:
    swipe = parse_swipe(track1("1111", "A/B") + track2("2222"))
    assert card_number(swipe, CardNumberRules(choice=TrackChoice.TRACK1_FIRST)).number == "1111"


def test_reader_error_on_one_track_falls_back_to_the_other() -> None:
    swipe = parse_swipe("%E?" + track2(NUMBER))
    assert swipe.problems == ("track 1: the reader reported a read error",)
    card = card_number(swipe, CardNumberRules(choice=TrackChoice.TRACK1_FIRST))
    assert card.symbology is Symbology.TRACK2


def test_reader_errors_on_both_tracks_are_rejected_with_a_sentence() -> None:
    with pytest.raises(SwipeRejected) as caught:
        card_number(parse_swipe("%E?;E?"), CardNumberRules())
    assert str(caught.value).startswith("The card could not be read (")
    assert "track 2: the reader reported a read error" in caught.value.reason


def test_only_rules_do_not_fall_back() -> None:
    swipe = parse_swipe("%E?" + track2(NUMBER))
    with pytest.raises(SwipeRejected):
        card_number(swipe, CardNumberRules(choice=TrackChoice.TRACK1_ONLY))


def test_prefix_is_stripped_and_length_is_enforced() -> None:
    swipe = parse_swipe(track2("99" + NUMBER))
    rules = CardNumberRules(strip_prefix="99", lengths=(13,))
    assert card_number(swipe, rules).number == NUMBER
    with pytest.raises(SwipeRejected, match="expected"):
        card_number(parse_swipe(track2("12345")), rules)


def test_check_digit_rules() -> None:
    assert card_number(parse_swipe(track2(NUMBER)), CardNumberRules(check_digit=CheckDigit.GTIN)).number == NUMBER
    with pytest.raises(SwipeRejected, match="check digit"):
        card_number(parse_swipe(track2("0400001234566")), CardNumberRules(check_digit=CheckDigit.GTIN))
    assert card_number(parse_swipe(track2("79927398713")), CardNumberRules(check_digit=CheckDigit.LUHN))
    with pytest.raises(SwipeRejected, match="Luhn"):
        card_number(parse_swipe(track2("79927398710")), CardNumberRules(check_digit=CheckDigit.LUHN))


def test_lrc_is_checked_when_the_reader_sends_it() -> None:
    good = track2(NUMBER)
    assert card_number(parse_swipe(good + lrc_char(good), with_lrc=True), CardNumberRules()).number == NUMBER
    wrong = chr(ord(lrc_char(good)) ^ 1)
    swipe = parse_swipe(good + wrong, with_lrc=True)
    assert swipe.track2 is None and swipe.problems == ("track 2: the LRC check failed",)
    assert parse_swipe(good, with_lrc=True).problems == ("track 2: the LRC character is missing",)


def test_known_lrc_values() -> None:
    # ; 1 = ? are 0xB 0x1 0xD 0xF in the 4-bit track 2 set: XOR 0x8 -> "8".
    assert lrc_char(";1=?") == "8"
    # % B 1 ^ A ^ ? are 0x05 0x22 0x11 0x3E 0x21 0x3E 0x1F in the 6-bit track 1 set: XOR 0x08 -> "(".
    assert lrc_char("%B1^A^?") == "("
    with pytest.raises(ValueError, match="starts with"):
        lrc_char("B1^A^?")


def test_track3_is_ignored() -> None:
    swipe = parse_swipe(track2(NUMBER) + ";999=1?")
    assert card_number(swipe, CardNumberRules()).number == NUMBER


def test_stray_characters_make_the_whole_swipe_suspect() -> None:
    swipe = parse_swipe("xx" + track2(NUMBER))
    assert swipe.track2 is not None and swipe.stray == 2
    with pytest.raises(SwipeRejected, match="2 characters outside any track"):
        card_number(swipe, CardNumberRules())


def test_a_damaged_end_sentinel_that_still_passes_the_lrc_is_refused() -> None:
    # ";0=2912?" + LRC "1": the "2" read as "?" leaves ";0=?" whose LRC happens to be the next "9".
    swipe = parse_swipe(";0=?912?1", with_lrc=True)
    assert swipe.track2 is not None and swipe.track2.number == "0"
    with pytest.raises(SwipeRejected):
        card_number(swipe, CardNumberRules(with_lrc=True))


def test_a_cut_off_track_has_no_end_sentinel() -> None:
    swipe = parse_swipe(";040000123")
    assert swipe.track2 is None and swipe.problems == ("track 2: no end sentinel",)


RULES = st.builds(
    CardNumberRules,
    choice=st.sampled_from(TrackChoice),
    strip_prefix=st.sampled_from(["", "0", "04"]),
    lengths=st.sampled_from([(), (13,), (8, 16)]),
    check_digit=st.sampled_from(CheckDigit),
    with_lrc=st.booleans(),
)
TRACKISH = st.text(alphabet=st.sampled_from("%;?=^BE0123456789 /AZaz\x00\x7f\u05d0"), max_size=90)


@given(st.text(max_size=200), RULES)
def test_no_exception_escapes_and_any_number_is_digits_from_the_input(frame: str, rules: CardNumberRules) -> None:
    swipe = parse_swipe(frame, with_lrc=rules.with_lrc)
    try:
        card = card_number(swipe, rules)
    except SwipeRejected:
        return
    assert card.number.isdigit() and card.number.isascii()
    assert card.number in frame


@given(TRACKISH, RULES)
def test_track_like_junk_never_crashes(frame: str, rules: CardNumberRules) -> None:
    try:
        card = card_number(parse_swipe(frame, with_lrc=rules.with_lrc), rules)
    except SwipeRejected:
        return
    assert card.number.isdigit()


@given(st.text(alphabet=st.characters(exclude_characters="%;"), max_size=200), RULES)
def test_text_without_a_start_sentinel_never_yields_a_number(frame: str, rules: CardNumberRules) -> None:
    with pytest.raises(SwipeRejected):
        card_number(parse_swipe(frame, with_lrc=rules.with_lrc), rules)


@given(
    st.text(alphabet="0123456789", min_size=1, max_size=19),
    st.integers(min_value=0, max_value=60),
    st.sampled_from("0123456789:;<=>?"),
)
def test_with_lrc_any_single_changed_character_is_caught(number: str, position: int, replacement: str) -> None:
    good = track2(number)
    sent = good + lrc_char(good)
    assume(position < len(sent) and sent[position] != replacement)
    corrupted = sent[:position] + replacement + sent[position + 1 :]
    swipe = parse_swipe(corrupted, with_lrc=True)
    with pytest.raises(SwipeRejected):
        card_number(swipe, CardNumberRules(with_lrc=True, choice=TrackChoice.TRACK2_ONLY, lengths=(len(number),)))


def test_lrc_of_characters_outside_the_track_set_is_refused() -> None:
    with pytest.raises(ValueError, match="outside its character set"):
        lrc_char(";/a?")
    assert parse_swipe(";/a?X", with_lrc=True).problems == ("track 2 has characters other than digits",)
