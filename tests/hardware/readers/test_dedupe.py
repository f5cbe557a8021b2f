from __future__ import annotations

import pytest

from hardware.readers.dedupe import HoldDeduper


def test_a_code_held_in_view_is_read_once() -> None:
    deduper = HoldDeduper(hold_window=None, leave_after=0.5)
    reads = [deduper.update(["A"], t / 10) for t in range(50)]
    assert reads[0] == ["A"]
    assert not any(reads[1:])


def test_a_code_that_left_the_view_is_read_again_when_it_comes_back() -> None:
    deduper = HoldDeduper(hold_window=None, leave_after=0.5)
    assert deduper.update(["A"], 0.0) == ["A"]
    assert deduper.update([], 0.3) == []
    assert deduper.update(["A"], 0.4) == []
    assert deduper.update(["A"], 1.5) == ["A"]


def test_a_code_held_past_the_hold_window_is_read_again() -> None:
    deduper = HoldDeduper(hold_window=1.0, leave_after=0.5)
    reads = [t / 10 for t in range(31) if deduper.update(["A"], t / 10)]
    assert reads == [0.0, 1.0, 2.0, 3.0]


def test_two_codes_in_one_frame_are_both_read_in_order() -> None:
    deduper = HoldDeduper()
    assert deduper.update(["B", "A", "B"], 0.0) == ["B", "A"]
    assert deduper.update(["A", "C"], 0.1) == ["C"]


def test_reset_forgets_what_was_seen() -> None:
    deduper = HoldDeduper()
    deduper.update(["A"], 0.0)
    deduper.reset()
    assert deduper.update(["A"], 0.1) == ["A"]


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="hold_window"):
        HoldDeduper(hold_window=0)
    with pytest.raises(ValueError, match="leave_after"):
        HoldDeduper(leave_after=-1)
