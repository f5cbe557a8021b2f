"""What crosses the wire reads back as it was sent; what the office may leave out reads as "not said"."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.sync.wire import Change, ChangePage

ids = st.text(alphabet="0123456789abcdef-", min_size=1, max_size=36)
docs = st.dictionaries(st.sampled_from(["id", "name", "price", "active"]), st.one_of(st.integers(), st.text()))
changes = st.builds(
    Change, seq=st.integers(1, 2**63 - 1), topic=st.sampled_from(["product", "program", "member"]), id=ids, data=docs
)
pages = st.builds(
    ChangePage,
    changes=st.lists(changes, max_size=5).map(tuple),
    cursor=st.integers(0, 2**63 - 1),
    more=st.booleans(),
    office_time=st.just("2026-11-23T09:00:00+00:00"),
    publish_programs=st.one_of(st.none(), st.booleans()),
)


@given(pages)
def test_a_change_page_reads_back_as_sent_through_json(page: ChangePage) -> None:
    assert ChangePage.from_json(json.loads(json.dumps(page.to_json()))) == page


@given(st.one_of(st.none(), st.integers(), st.text(), st.lists(st.booleans())))
def test_a_right_that_is_not_true_or_false_is_not_taken_as_said(value: Any) -> None:
    raw = {"changes": [], "cursor": 0, "more": False, "office_time": "2026-11-23T09:00:00+00:00"}
    assert ChangePage.from_json(raw).publish_programs is None
    assert ChangePage.from_json({**raw, "publish_programs": value}).publish_programs is None
    assert ChangePage.from_json({**raw, "publish_programs": False}).publish_programs is False
