"""The shortcuts pricing takes give the answers of the plain computations: kept live programs, per-scope lines."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.catalog import Product
from app.domain.errors import InvalidAmount
from app.domain.loyalty import DiscountCard, Program, Scope, StampCard
from app.domain.loyalty.basket import Basket
from app.domain.loyalty.pricing import live_programs
from app.domain.loyalty.stamps import qualifying_units
from app.domain.money import allocate
from tests.unit.domain.loyalty.factories import T0, cart_of
from tests.unit.domain.loyalty.test_properties import items_of, products, scopes

MINUTE = timedelta(minutes=1)
FAMILIES = ("fam", "other", "*")


def plain_allocate(total: int, weights: list[int]) -> list[int]:
    """Largest remainder as first written: floors, then the leftover units by remainder, earliest first."""
    if not weights:
        if total:
            raise InvalidAmount("no parts")
        return []
    if any(w < 0 for w in weights):
        raise InvalidAmount("negative")
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    effective = list(weights) if sum(weights) > 0 else [1] * len(weights)
    weight_sum = sum(effective)
    parts = [magnitude * w // weight_sum for w in effective]
    remainders = [magnitude * w % weight_sum for w in effective]
    order = sorted(range(len(effective)), key=lambda i: (-remainders[i], i))
    for i in order[: magnitude - sum(parts)]:
        parts[i] += 1
    return [sign * p for p in parts]


@settings(max_examples=300)
@given(st.integers(-(10**9), 10**9), st.lists(st.integers(0, 10**7), max_size=12))
def test_allocate_splits_as_the_plain_largest_remainder(total: int, weights: list[int]) -> None:
    try:
        expected = plain_allocate(total, weights)
    except InvalidAmount:
        expected = None
    try:
        got = allocate(total, weights)
    except InvalidAmount:
        got = None
    assert got == expected


@st.composite
def timed_programs(draw: st.DrawFn) -> tuple[Program, ...]:
    """Discount cards with windows starting and ending within a few minutes of T0, some inactive."""
    found: list[Program] = []
    for index in range(draw(st.integers(0, 8))):
        start = draw(st.none() | st.integers(-5, 5))
        length = draw(st.none() | st.integers(1, 5))
        valid_from = T0 + start * MINUTE if start is not None else None
        valid_until = (valid_from or T0 - 6 * MINUTE) + length * MINUTE if length is not None else None
        found.append(
            DiscountCard(
                id=f"card-{index}",
                name=f"Card {index}",
                family=draw(st.sampled_from(FAMILIES)),
                percent_bp=500,
                priority=draw(st.integers(0, 3)),
                valid_from=valid_from,
                valid_until=valid_until,
                active=draw(st.booleans()) or draw(st.booleans()),
            )
        )
    return tuple(found)


MOMENTS = st.tuples(st.integers(-12, 12), st.sampled_from((-1, 0, 1)))


@settings(max_examples=200)
@given(timed_programs(), st.lists(MOMENTS, min_size=1, max_size=16), st.sampled_from(FAMILIES))
def test_kept_live_programs_are_the_live_programs_at_every_moment(
    programs: tuple[Program, ...], moments: list[tuple[int, int]], family: str
) -> None:
    """Moments on the validity edges (whole minutes) and a microsecond either side, in any order."""
    for minutes, micro in moments:
        now = T0 + minutes * MINUTE + timedelta(microseconds=micro)
        assert live_programs(programs, family, now) == live_programs(list(programs), family, now)


def test_kept_live_programs_change_exactly_at_the_edges() -> None:
    card = DiscountCard(id="c", name="C", family="*", percent_bp=500, valid_from=T0, valid_until=T0 + MINUTE)
    other = DiscountCard(id="d", name="D", family="*", percent_bp=500)
    programs: tuple[Program, ...] = (card, other)
    just = timedelta(microseconds=1)
    moments = [T0 - just, T0, T0 + MINUTE - just, T0 + MINUTE, T0 + MINUTE - just, T0, T0 - just, T0 + MINUTE]
    seen = [[p.id for p in live_programs(programs, "fam", now)] for now in moments]
    assert seen == [["d"], ["c", "d"], ["c", "d"], ["d"], ["c", "d"], ["c", "d"], ["d"], ["d"]]


@settings(max_examples=100)
@given(st.data(), products(), st.lists(scopes(), min_size=1, max_size=6))
def test_a_basket_covers_the_lines_each_scope_covers(
    data: st.DataObject, catalogue: list[Product], scope_list: list[Scope]
) -> None:
    lines = cart_of(*items_of(data.draw, catalogue)).lines
    basket = Basket(lines)
    for scope in [*scope_list, *scope_list]:  # asked twice: the kept answer is the same
        assert list(basket.covered(scope)) == [p.line.line_id for p in lines if scope.covers(p.line.product)]
        card = StampCard(id="stamps", name="Stamps", family="fam", scope=scope, stamps_needed=3)
        assert dict(basket.qualifying_units(scope)) == qualifying_units(card, lines)
