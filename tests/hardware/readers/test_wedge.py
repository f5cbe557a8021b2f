from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hardware.readers.wedge import WedgeDetector, WedgeStep
from hardware.scan import SourceKind


def _feed(detector: WedgeDetector, keys: str, gap_ms: float, start_ms: float = 1000.0) -> list[WedgeStep]:
    return [detector.feed(char, start_ms + i * gap_ms) for i, char in enumerate(keys)]


def _delivered(steps: list[tuple[str, WedgeStep]], detector: WedgeDetector) -> tuple[str, list[str]]:
    """What the widget would receive as typing, and the scans, replaying steps the way the UI does."""
    typing = ""
    scans: list[str] = []
    for char, step in steps:
        typing += step.typed
        if not step.swallow:
            typing += char
        if step.scan is not None:
            scans.append(step.scan.text)
    return typing + detector.release(), scans


def test_a_fast_burst_ending_in_enter_is_a_scan_and_is_swallowed() -> None:
    detector = WedgeDetector(clock=lambda: 42.0, name="till-1")
    steps = _feed(detector, "4006381333931\r", 8)
    assert all(step.swallow and not step.typed for step in steps)
    scan = steps[-1].scan
    assert scan is not None
    assert (scan.text, scan.source, scan.timestamp, scan.device) == ("4006381333931", SourceKind.WEDGE, 42.0, "till-1")


def test_slow_typing_is_handed_back_key_by_key() -> None:
    detector = WedgeDetector()
    steps = _feed(detector, "1234\r", 150)
    assert [s.typed for s in steps] == ["", "1", "2", "3", "4"]
    assert steps[-1].swallow is False and steps[-1].scan is None


def test_flush_hands_back_a_burst_that_never_ends_in_enter() -> None:
    detector = WedgeDetector(max_gap_ms=50)
    _feed(detector, "abc", 10)
    assert detector.deadline_ms == 1020 + 50
    assert detector.flush(1060) == ""
    assert detector.flush(1070) == "abc"
    assert detector.deadline_ms is None and detector.flush(5000) == ""


def test_a_short_burst_before_enter_is_typing_and_enter_passes() -> None:
    detector = WedgeDetector(min_length=6)
    steps = _feed(detector, "123\r", 5)
    assert steps[-1] == WedgeStep(typed="123", swallow=False)


def test_a_key_outside_the_scan_alphabet_passes_at_once() -> None:
    detector = WedgeDetector()
    assert detector.feed("ש", 0) == WedgeStep()
    detector.feed("1", 10)
    assert detector.feed("ש", 20) == WedgeStep(typed="1", swallow=False)


def test_a_slow_key_after_a_burst_releases_the_burst_and_starts_a_new_one() -> None:
    detector = WedgeDetector(min_length=3)
    _feed(detector, "12", 10)
    step = detector.feed("9", 2000)
    assert step == WedgeStep(typed="12", swallow=True)
    assert detector.held == "9"


def test_an_over_long_burst_is_typing() -> None:
    detector = WedgeDetector(max_length=5)
    steps = _feed(detector, "1234567\r", 5)
    assert steps[5] == WedgeStep(typed="12345", swallow=False)
    assert all(step.scan is None for step in steps)


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="min_length"):
        WedgeDetector(min_length=0)
    with pytest.raises(ValueError, match="max_gap_ms"):
        WedgeDetector(max_gap_ms=0)


KEYS = st.lists(
    st.tuples(st.sampled_from([*"0123456789AZ \r\nש", "", "ab"]), st.floats(0, 400, allow_nan=False)),
    max_size=80,
)


@given(KEYS, st.integers(1, 8), st.floats(1, 100))
def test_every_key_comes_out_once_in_order_as_typing_or_inside_a_scan(
    keys: list[tuple[str, float]], min_length: int, max_gap: float
) -> None:
    detector = WedgeDetector(min_length=min_length, max_gap_ms=max_gap)
    now = 0.0
    steps: list[tuple[str, WedgeStep]] = []
    out = ""
    for char, gap in keys:
        now += gap
        if gap > 300:
            out += detector.flush(now)
        step = detector.feed(char, now)
        steps.append((char, step))
        out += step.typed + ("" if step.swallow else char)
        if step.scan is not None:
            out += step.scan.text + char
            assert len(step.scan.text) >= min_length
    out += detector.release()
    assert out == "".join(char for char, _ in keys)


@given(st.lists(st.sampled_from("0123456789\r"), max_size=60), st.floats(50.001, 10_000))
def test_slow_typing_never_yields_a_scan(chars: list[str], gap: float) -> None:
    detector = WedgeDetector(max_gap_ms=50)
    steps = [(c, detector.feed(c, 1000 + i * gap)) for i, c in enumerate(chars)]
    typing, scans = _delivered(steps, detector)
    assert scans == []
    assert typing == "".join(chars)


@given(st.text(alphabet="0123456789", min_size=4, max_size=64), st.floats(0, 50))
def test_any_fast_burst_after_a_pause_is_exactly_one_scan(code: str, gap: float) -> None:
    detector = WedgeDetector(max_gap_ms=50, min_length=4)
    detector.feed("x", 0)
    keys = code + "\r"
    steps = [(c, detector.feed(c, 10_000 + i * gap)) for i, c in enumerate(keys)]
    typing, scans = _delivered(steps, detector)
    assert scans == [code]
    assert typing == "x"
