from __future__ import annotations

from hardware.readers.framing import Dropped, Frame, Framer


def test_frames_end_at_any_suffix_byte_and_empty_frames_are_skipped() -> None:
    framer = Framer(b"\r\n")
    assert framer.feed(b"123\r\n456\n", 0.0) == [Frame(b"123"), Frame(b"456")]


def test_a_frame_split_across_reads_is_joined() -> None:
    framer = Framer(b"\r")
    assert framer.feed(b"40063", 0.0) == []
    assert framer.feed(b"81333931\r", 0.01) == [Frame(b"4006381333931")]


def test_a_frame_that_stops_arriving_is_dropped_and_does_not_glue_onto_the_next() -> None:
    framer = Framer(b"\r", gap_timeout=0.2)
    framer.feed(b"40063", 0.0)
    events = framer.feed(b"4006381333931\r", 1.0)
    assert events == [Dropped("incomplete frame: no suffix within 200 ms", 5), Frame(b"4006381333931")]


def test_expire_drops_a_stale_partial_frame_without_new_bytes() -> None:
    framer = Framer(b"\r", gap_timeout=0.2)
    framer.feed(b"12", 0.0)
    assert framer.expire(0.1) is None
    dropped = framer.expire(0.5)
    assert dropped is not None and dropped.size == 2
    assert framer.pending == 0


def test_an_over_long_frame_is_dropped_whole_and_the_next_frame_is_clean() -> None:
    framer = Framer(b"\r", max_length=8)
    events = framer.feed(b"0123456789ABCDEF\rOK\r", 0.0)
    assert events == [Dropped("frame longer than 8 bytes", 16), Frame(b"OK")]


def test_discard_reports_nothing_when_nothing_is_pending() -> None:
    assert Framer().discard("gone") is None
