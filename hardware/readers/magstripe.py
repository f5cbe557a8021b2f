"""ISO/IEC 7813 magstripe tracks: parse what a reader sends, check the LRC, and pick the card number by rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from hardware.errors import HardwareError
from hardware.scan import Symbology, mask

TRACK1_CHARS = frozenset(chr(c) for c in range(0x20, 0x60))
TRACK2_CHARS = frozenset("0123456789:;<=>?")
TRACK1_MAX = 79
TRACK2_MAX = 40
PAN_MAX = 19

_TRACK1 = re.compile(r"^%B(?P<pan>\d{1,19})\^(?P<name>[^^]{0,26})\^(?P<rest>[^?]*)\?$")
_TRACK2 = re.compile(r"^;(?P<pan>\d{1,19})(?:=(?P<rest>[\d=]*))?\?$")
_YYMM = re.compile(r"^\d\d(0[1-9]|1[0-2])")


class SwipeRejected(HardwareError):
    """A swipe gave no usable card number; the message says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The card could not be read ({reason}). Swipe it again.", reason=reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Track1:
    """Track 1, format B: number, cardholder name and the fields after it."""

    number: str
    name: str
    expiry: str | None
    discretionary: str

    def __repr__(self) -> str:
        return f"Track1(number={mask(self.number)!r}, expiry={self.expiry!r})"


@dataclass(frozen=True, slots=True)
class Track2:
    """Track 2: number and the fields after the separator."""

    number: str
    expiry: str | None
    discretionary: str

    def __repr__(self) -> str:
        return f"Track2(number={mask(self.number)!r}, expiry={self.expiry!r})"


@dataclass(frozen=True, slots=True)
class Swipe:
    """The tracks a reader delivered for one swipe, and why any track could not be used."""

    track1: Track1 | None = None
    track2: Track2 | None = None
    problems: tuple[str, ...] = ()
    stray: int = 0


def lrc_char(track: str) -> str:
    """The LRC character for a whole track, start sentinel through end sentinel."""
    if track.startswith("%"):
        base, charset = 0x20, TRACK1_CHARS
    elif track.startswith(";"):
        base, charset = 0x30, TRACK2_CHARS
    else:
        raise ValueError("a track starts with % (track 1) or ; (track 2 and 3)")
    if not set(track) <= charset:
        raise ValueError("the track has characters outside its character set")
    value = 0
    for char in track:
        value ^= ord(char) - base
    return chr(base + value)


def _expiry(rest: str) -> str | None:
    return rest[:4] if _YYMM.match(rest) else None


def parse_track1(track: str) -> Track1:
    """Parse ``%B<number>^<NAME>^<YYMM>...?`` (sentinels included, no LRC).

    Raises:
        SwipeRejected: the track is not a well-formed format-B track 1.
    """
    if len(track) > TRACK1_MAX:
        raise SwipeRejected("track 1 is too long")
    if not set(track) <= TRACK1_CHARS:
        raise SwipeRejected("track 1 has characters a magstripe cannot hold")
    if track.startswith("%") and not track.startswith("%B"):
        raise SwipeRejected("track 1 is not in format B")
    match = _TRACK1.match(track)
    if match is None:
        raise SwipeRejected("track 1 is not laid out as %B number ^ name ^ date")
    rest = match["rest"]
    expiry = _expiry(rest)
    return Track1(match["pan"], match["name"].strip(), expiry, rest[4:] if expiry else rest)


def parse_track2(track: str) -> Track2:
    """Parse ``;<number>=<YYMM>...?`` or ``;<number>?`` (sentinels included, no LRC).

    Raises:
        SwipeRejected: the track is not a well-formed track 2.
    """
    if len(track) > TRACK2_MAX:
        raise SwipeRejected("track 2 is too long")
    if not set(track) <= TRACK2_CHARS:
        raise SwipeRejected("track 2 has characters other than digits")
    match = _TRACK2.match(track)
    if match is None:
        raise SwipeRejected("track 2 is not laid out as ; number = date ?")
    rest = match["rest"] or ""
    expiry = _expiry(rest)
    return Track2(match["pan"], expiry, rest[4:] if expiry else rest)


def _segments(frame: str, with_lrc: bool) -> tuple[list[tuple[str, str | None]], int]:
    """Split a frame into (track, LRC character) pieces; also count the characters outside any track."""
    pieces: list[tuple[str, str | None]] = []
    stray = 0
    i = 0
    while i < len(frame):
        if frame[i] not in "%;":
            stray += 1
            i += 1
            continue
        end = frame.find("?", i + 1)
        if end == -1:
            pieces.append((frame[i:], None))
            break
        track = frame[i : end + 1]
        i = end + 1
        lrc: str | None = None
        if with_lrc and track[1:-1] != "E":
            lrc = frame[i] if i < len(frame) else ""
            i += 1
        pieces.append((track, lrc))
    return pieces, stray


def parse_swipe(frame: str, *, with_lrc: bool = False) -> Swipe:
    """Parse everything a reader sent for one swipe (track 1, track 2, track 3 in that order).

    Args:
        frame: the text of one frame, suffix removed.
        with_lrc: the reader sends the LRC character after each end sentinel; it is checked.

    Never raises: tracks that cannot be used are left out and the reason is in ``problems``.
    """
    pieces, stray = _segments(frame, with_lrc)
    problems = [f"{stray} character{'s' if stray > 1 else ''} outside any track"] if stray else []
    track1: Track1 | None = None
    track2: Track2 | None = None
    seen_semicolon = False
    for track, lrc in pieces:
        which = "track 1" if track.startswith("%") else ("track 3" if seen_semicolon else "track 2")
        if track.startswith(";"):
            seen_semicolon = True
        body = track[1:].rstrip("?")
        if body == "E":
            problems.append(f"{which}: the reader reported a read error")
            continue
        if not track.endswith("?"):
            problems.append(f"{which}: no end sentinel")
            continue
        if which == "track 3":
            continue
        try:
            parsed = parse_track1(track) if which == "track 1" else parse_track2(track)
        except SwipeRejected as rejected:
            problems.append(rejected.reason)
            continue
        if lrc is not None and lrc != lrc_char(track):
            problems.append(f"{which}: the LRC check failed" if lrc else f"{which}: the LRC character is missing")
            continue
        if isinstance(parsed, Track1):
            track1 = track1 or parsed
        else:
            track2 = track2 or parsed
    return Swipe(track1, track2, tuple(problems), stray)


class TrackChoice(StrEnum):
    """Which track the card number comes from."""

    TRACK2_FIRST = "track2_first"
    TRACK1_FIRST = "track1_first"
    TRACK2_ONLY = "track2_only"
    TRACK1_ONLY = "track1_only"


class CheckDigit(StrEnum):
    """How the last digit of the card number is checked."""

    NONE = "none"
    LUHN = "luhn"
    GTIN = "gtin"


def luhn_ok(number: str) -> bool:
    """True when the Luhn check over all digits holds."""
    total = 0
    for i, char in enumerate(reversed(number)):
        digit = int(char)
        if i % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def gtin_ok(number: str) -> bool:
    """True when the GS1 mod-10 check (weights 3/1 from the right) holds."""
    weighted = sum(int(d) * (3 if i % 2 == 1 else 1) for i, d in enumerate(reversed(number)))
    return weighted % 10 == 0


@dataclass(frozen=True, slots=True)
class CardNumberRules:
    """How a shop turns a swipe into a card number.

    Attributes:
        choice: which track wins, and whether the other one may stand in.
        strip_prefix: removed from the start of the number when present (an issuer prefix, say).
        lengths: accepted lengths of the number after stripping; empty accepts any length.
        check_digit: the check the number's last digit must pass.
        with_lrc: the reader sends an LRC character after each track; it is verified.
    """

    choice: TrackChoice = TrackChoice.TRACK2_FIRST
    strip_prefix: str = ""
    lengths: tuple[int, ...] = ()
    check_digit: CheckDigit = CheckDigit.NONE
    with_lrc: bool = False
    _order: tuple[int, ...] = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        order = {
            TrackChoice.TRACK2_FIRST: (2, 1),
            TrackChoice.TRACK1_FIRST: (1, 2),
            TrackChoice.TRACK2_ONLY: (2,),
            TrackChoice.TRACK1_ONLY: (1,),
        }[self.choice]
        object.__setattr__(self, "_order", order)


@dataclass(frozen=True, slots=True)
class CardNumber:
    """The number a swipe gave, where it came from, and the expiry field of that track."""

    number: str
    symbology: Symbology
    expiry: str | None

    def __repr__(self) -> str:
        return f"CardNumber(number={mask(self.number)!r}, symbology={self.symbology.value})"


def card_number(swipe: Swipe, rules: CardNumberRules) -> CardNumber:
    """The card number by the shop's rules.

    A swipe with characters outside its tracks is refused whole: a damaged end sentinel can make a shorter
    track that still looks well formed (and even passes its LRC), and the stray characters are the only sign.

    Raises:
        SwipeRejected: the swipe is garbled, or no track allowed by the rules gave a number that passes them.
    """
    reasons = list(swipe.problems)
    if swipe.stray:
        raise SwipeRejected("; ".join(reasons))
    for which in rules._order:
        track: Track1 | Track2 | None = swipe.track1 if which == 1 else swipe.track2
        if track is None:
            continue
        number = track.number
        if rules.strip_prefix and number.startswith(rules.strip_prefix):
            number = number[len(rules.strip_prefix) :]
        if rules.lengths and len(number) not in rules.lengths:
            reasons.append(f"track {which}: the number has {len(number)} digits, expected {rules.lengths}")
            continue
        if not number:
            reasons.append(f"track {which}: the number is empty")
            continue
        if rules.check_digit is CheckDigit.LUHN and not luhn_ok(number):
            reasons.append(f"track {which}: the Luhn check digit is wrong")
            continue
        if rules.check_digit is CheckDigit.GTIN and not gtin_ok(number):
            reasons.append(f"track {which}: the check digit is wrong")
            continue
        symbology = Symbology.TRACK1 if which == 1 else Symbology.TRACK2
        return CardNumber(number, symbology, track.expiry)
    if not reasons:
        reasons.append("no track was read")
    raise SwipeRejected("; ".join(reasons))
