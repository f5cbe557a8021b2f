"""The MSR206/MSR605 serial protocol: commands, the ISO data block, status bytes and their meaning."""

from __future__ import annotations

from dataclasses import dataclass

from hardware.errors import HardwareError
from hardware.scan import mask

ESC, FS = b"\x1b", b"\x1c"
RESET = ESC + b"a"
COMM_TEST = ESC + b"e"
COMM_OK = ESC + b"y"
WRITE_ISO = ESC + b"w"
READ_ISO = ESC + b"r"
BLOCK_START = ESC + b"s"
BLOCK_END = b"?" + FS
STATUS_OK = "0"

TRACK1_CHARS = frozenset(chr(c) for c in range(0x20, 0x60)) - {"%", "?"}
TRACK23_CHARS = frozenset("0123456789=")
MAX_LENGTHS = {1: 76, 2: 37, 3: 104}


class MsrError(HardwareError):
    """The encoder could not do what was asked; the message says why in plain words."""


class MsrTimeout(MsrError):
    """The encoder did not answer in time (no card swiped, or not connected)."""


class MsrStatusError(MsrError):
    """The encoder answered with an error status."""

    MESSAGES = {
        "1": "The encoder could not read or write the card. Swipe it again, steadily.",
        "2": "The encoder did not understand the command (a data format error).",
        "4": "The encoder refused the command as invalid.",
        "9": "The card was not swiped properly for writing. Swipe it again.",
    }

    def __init__(self, status: str) -> None:
        message = self.MESSAGES.get(status, f"The encoder reported an unknown status {status!r}.")
        super().__init__(message, status=status)
        self.status = status


class MsrVerifyError(MsrError):
    """The card reads back different from what was written."""


class TrackDataError(MsrError, ValueError):
    """Track data a magstripe cannot hold."""


@dataclass(frozen=True, slots=True)
class Tracks:
    """Track contents without start and end sentinels; None leaves a track out."""

    track1: str | None = None
    track2: str | None = None
    track3: str | None = None

    def __repr__(self) -> str:
        shown = [f"track{n}={mask(t)!r}" for n, t in self.numbered() if t is not None]
        return f"Tracks({', '.join(shown)})"

    def numbered(self) -> tuple[tuple[int, str | None], ...]:
        return ((1, self.track1), (2, self.track2), (3, self.track3))

    def validate(self) -> Tracks:
        """Raises TrackDataError when a track has characters or a length its stripe cannot hold."""
        if all(track is None for _, track in self.numbered()):
            raise TrackDataError("There is nothing to write on the card.")
        for number, track in self.numbered():
            if track is None:
                continue
            allowed = TRACK1_CHARS if number == 1 else TRACK23_CHARS
            if not set(track) <= allowed:
                kind = "upper-case letters, digits and ^" if number == 1 else "digits and ="
                raise TrackDataError(f"Track {number} can hold only {kind}.", track=number)
            if len(track) > MAX_LENGTHS[number]:
                raise TrackDataError(
                    f"Track {number} holds at most {MAX_LENGTHS[number]} characters, not {len(track)}.", track=number
                )
        return self


def card_tracks(number: str, *, expiry: str = "9912", name: str | None = None) -> Tracks:
    """The tracks of a loyalty card: track 2 ``<number>=<YYMM>``, and track 1 when a name is given."""
    track1 = None if name is None else f"B{number}^{name.upper()[:26]}^{expiry}"
    return Tracks(track1=track1, track2=f"{number}={expiry}").validate()


def data_block(tracks: Tracks) -> bytes:
    """``ESC s ESC 1 <t1> ESC 2 <t2> ESC 3 <t3> ? FS`` with the tracks that are given."""
    parts = [BLOCK_START]
    for number, track in tracks.numbered():
        if track is not None:
            parts.append(ESC + str(number).encode() + track.encode("ascii"))
    parts.append(BLOCK_END)
    return b"".join(parts)


def parse_data_block(data: bytes) -> tuple[Tracks, int] | None:
    """The tracks in a data block at the start of ``data`` and the bytes it took; None while incomplete.

    Sentinels some encoders include in read data (``%``, ``;``, ``?``) are removed.

    Raises:
        MsrError: the bytes are not a data block.
    """
    start = data.find(BLOCK_START)
    if start == -1:
        return None
    end = data.find(BLOCK_END, start)
    if end == -1:
        return None
    body = data[start + 2 : end]
    found: dict[int, str] = {}
    for piece in body.split(ESC)[1:]:
        if not piece or piece[:1] not in b"123":
            raise MsrError("The encoder sent a card data block it could not have meant.")
        text = piece[1:].decode("ascii", "replace")
        found[int(piece[:1])] = text.lstrip("%;").rstrip("?")
    return Tracks(found.get(1), found.get(2), found.get(3)), end + len(BLOCK_END)


def parse_status(data: bytes) -> tuple[str, int] | None:
    """The status character of the first ``ESC <status>`` in ``data`` and the bytes up to its end."""
    at = data.find(ESC)
    if at == -1 or at + 1 >= len(data):
        return None
    return chr(data[at + 1]), at + 2
