"""Member profiles merged field by field: any order of delivery, any repeats, the same result everywhere."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.domain.ids import Hlc
from app.sync.merge import MEMBER_FIELDS, merge_card, merge_member

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@st.composite
def edits(draw: st.DrawFn) -> dict[str, Any]:
    """One replica's version of a member: some fields edited, each with the stamp of that edit."""
    node = draw(st.sampled_from(["till-a", "till-b", "office"]))
    stamps: dict[str, str] = {}
    doc: dict[str, Any] = {"id": "m1", "created_at": T0, "updated_at": T0}
    for name in MEMBER_FIELDS:
        wall = draw(st.integers(0, 5))
        stamps[name] = Hlc(1_000 + wall, draw(st.integers(0, 2)), node).encode()
        doc[name] = draw(st.sampled_from(["x", "y", "z", None])) if name != "consent" else draw(st.booleans())
    doc["field_hlc"] = stamps
    doc["hlc"] = max(stamps.values())
    doc["updated_at"] = T0 + timedelta(seconds=draw(st.integers(0, 100)))
    return doc


@given(st.lists(edits(), min_size=1, max_size=4))
def test_every_delivery_order_gives_the_same_member(versions: list[dict[str, Any]]) -> None:
    results = []
    for order in itertools.permutations(versions):
        merged: dict[str, Any] | None = None
        for version in order:
            merged = merge_member(merged, version)
            merged = merge_member(merged, version)  # a repeat changes nothing
        results.append(merged)
    assert all(result == results[0] for result in results)
    final = results[0]
    assert final is not None
    for name in MEMBER_FIELDS:  # each field holds the value written by its newest stamp
        newest = max(versions, key=lambda v: (v["field_hlc"][name], str(v[name])))
        assert final[name] == newest[name]


def test_a_card_follows_its_newest_stamp_whoever_sends_it_last() -> None:
    base = {"id": "c1", "number": "0400000000015", "member_id": "m1", "status": "active", "hlc": "a"}
    blocked = {**base, "status": "blocked", "blocked_reason": "lost", "hlc": Hlc(5, 0, "b").encode()}
    older = {**base, "hlc": Hlc(4, 0, "a").encode()}
    assert merge_card(merge_card(None, blocked), older)["status"] == "blocked"
    assert merge_card(merge_card(None, older), blocked)["status"] == "blocked"
