"""The fold of a card's ledger: pending, expired, overdraft; order-independent; incremental equals full rebuild."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.domain.ids import new_id
from app.domain.loyalty import Account, CardProjection, EntryKind, LedgerEntry, apply, fold
from app.domain.loyalty.calendar import month_index
from app.domain.loyalty.projection import KEEP_MONTHS
from tests.unit.domain.loyalty.factories import GIFT, POINTS, T0

CARD = "card-1"
STAMPS = Account.stamps("coffee")
SPEND = Account.spend("ILS")
REDEMPTIONS = Account.counter("redemptions")
DAY = timedelta(days=1)


def credit(amount: int, at: datetime = T0, *, pending: int = 0, expires: int | None = None) -> LedgerEntry:
    return LedgerEntry(
        id=new_id(),
        card_id=CARD,
        account=POINTS,
        kind=EntryKind.EARN,
        amount=amount,
        created_at=at,
        activates_at=at + pending * DAY if pending else None,
        expires_at=at + expires * DAY if expires is not None else None,
    )


def debit(lot: LedgerEntry, amount: int, at: datetime = T0, kind: EntryKind = EntryKind.REDEEM) -> LedgerEntry:
    """A draw from the lot ``lot`` was credited to (it carries the lot's dates)."""
    return LedgerEntry(
        id=new_id(),
        card_id=CARD,
        account=lot.account,
        kind=kind,
        amount=-amount,
        created_at=at,
        activates_at=lot.activates_at,
        expires_at=lot.expires_at,
    )


def test_pending_points_are_not_spendable_until_the_return_window_ends() -> None:
    state = fold(CARD, [credit(500, pending=14)])

    assert state.balance(POINTS, T0 + 13 * DAY).available == 0
    assert state.balance(POINTS, T0 + 13 * DAY).pending == 500
    assert state.balance(POINTS, T0 + 14 * DAY).available == 500


def test_expired_points_stop_counting_before_and_after_their_write_off() -> None:
    lot = credit(500, expires=30)
    spent = debit(lot, 200, T0 + DAY)
    before = fold(CARD, [lot, spent])
    written_off = debit(lot, 300, T0 + 30 * DAY, EntryKind.EXPIRE)
    after = fold(CARD, [lot, spent, written_off])

    assert before.balance(POINTS, T0 + 29 * DAY).available == 300
    assert before.balance(POINTS, T0 + 30 * DAY).available == 0
    assert before.balance(POINTS, T0 + 30 * DAY).expired == 300
    assert after.balance(POINTS, T0 + 30 * DAY).expired == 0
    assert after.lots == {}


def test_two_tills_drawing_the_same_lot_show_an_overdraft_that_later_earns_recover() -> None:
    lot = credit(500, expires=90)
    till_a = debit(lot, 400)
    till_b = debit(lot, 300)
    state = fold(CARD, [lot, till_a, till_b])

    assert state.balance(POINTS, T0).available == -200
    assert state.balance(POINTS, T0).overdraft == 200
    recovered = apply(state, [credit(1000, T0 + DAY, expires=365)])
    assert recovered.balance(POINTS, T0 + DAY).available == 800


def test_a_draw_arriving_before_its_credit_folds_to_the_same_state() -> None:
    lot = credit(500, expires=90)
    spent = debit(lot, 100)

    early = apply(apply(CardProjection.empty(CARD), [spent]), [lot])

    assert early == fold(CARD, [lot, spent])
    assert early.open_lots(POINTS)[0].expires_at == T0 + 90 * DAY
    assert early.open_lots(POINTS)[0].id == lot.lot_id == spent.lot_id


def test_the_projection_survives_json() -> None:
    lot = credit(500, pending=3, expires=60)
    spend = LedgerEntry(id=new_id(), card_id=CARD, account=SPEND, kind=EntryKind.SPEND, amount=4200, created_at=T0)
    state = fold(CARD, [lot, debit(lot, 20), spend])

    text = json.dumps(state.to_dict())

    assert CardProjection.from_dict(json.loads(text)) == state
    assert json.loads(text)["accounts"]["points:ILS"][0]["remaining"] == 480
    assert json.loads(text)["spend"]["ILS"] == {"lifetime": 4200, "months": {"2025-03": 4200}}


# -- properties over random histories -------------------------------------------------------------------------


@st.composite
def histories(draw: st.DrawFn) -> list[LedgerEntry]:
    """Credits with random dates, draws of random lots (overdrawing at times), debts, spend and counters."""
    entries: list[LedgerEntry] = []
    lots: list[LedgerEntry] = []
    moment = T0
    for _ in range(draw(st.integers(0, 40))):
        moment += timedelta(hours=draw(st.integers(0, 24 * 90)))
        kind = draw(st.sampled_from(["credit", "credit", "draw", "draw", "debt", "spend", "count"]))
        account = draw(st.sampled_from([POINTS, GIFT, STAMPS]))
        amount = draw(st.integers(1, 5000))
        if kind == "credit" or (kind == "draw" and not lots):
            pending = draw(st.none() | st.sampled_from([0, 7, 14, 30]))
            expires = draw(st.none() | st.sampled_from([30, 90, 180, 400]))
            # dates on a coarse grid, so lots are shared the way rounded dates share them
            entry = LedgerEntry(
                id=new_id(),
                card_id=CARD,
                account=account,
                kind=EntryKind.EARN,
                amount=amount,
                created_at=moment,
                activates_at=T0 + timedelta(days=pending) if pending is not None else None,
                expires_at=T0 + timedelta(days=expires) if expires is not None else None,
            )
            lots.append(entry)
        elif kind == "draw":
            lot = draw(st.sampled_from(lots))
            kind_of = draw(st.sampled_from([EntryKind.REDEEM, EntryKind.EXPIRE, EntryKind.REVERSE]))
            entry = LedgerEntry(
                id=new_id(),
                card_id=CARD,
                account=lot.account,
                kind=kind_of,
                amount=-amount,
                created_at=moment,
                activates_at=lot.activates_at,
                expires_at=lot.expires_at,
            )
        elif kind == "debt":
            entry = LedgerEntry(
                id=new_id(), card_id=CARD, account=account, kind=EntryKind.ADJUST, amount=-amount, created_at=moment
            )
        elif kind == "spend":
            signed = amount if draw(st.booleans()) else -amount
            entry = LedgerEntry(
                id=new_id(), card_id=CARD, account=SPEND, kind=EntryKind.SPEND, amount=signed, created_at=moment
            )
        else:
            entry = LedgerEntry(
                id=new_id(), card_id=CARD, account=REDEMPTIONS, kind=EntryKind.COUNT, amount=1, created_at=moment
            )
        entries.append(entry)
    return entries


@given(histories(), st.randoms(use_true_random=False))
def test_fold_does_not_depend_on_the_order_entries_arrive_in(entries: list[LedgerEntry], rnd: random.Random) -> None:
    shuffled = list(entries)
    rnd.shuffle(shuffled)

    assert fold(CARD, shuffled) == fold(CARD, entries)
    assert fold(CARD, entries + shuffled[: len(shuffled) // 2]) == fold(CARD, entries)  # a set: repeats change nothing


@given(histories(), st.randoms(use_true_random=False), st.integers(1, 6))
def test_incremental_apply_equals_a_full_rebuild(entries: list[LedgerEntry], rnd: random.Random, batches: int) -> None:
    shuffled = list(entries)
    rnd.shuffle(shuffled)
    state = CardProjection.empty(CARD)
    size = max(1, len(shuffled) // batches)
    for start in range(0, len(shuffled), size):
        state = apply(state, shuffled[start : start + size])
        state = CardProjection.from_dict(json.loads(json.dumps(state.to_dict())))  # stored as a cache row between

    assert state == fold(CARD, entries)


@given(histories(), st.integers(-30, 900))
def test_balances_are_the_sum_of_the_entries_at_any_moment(entries: list[LedgerEntry], days: int) -> None:
    state = fold(CARD, entries)
    now = T0 + timedelta(days=days)

    for account in (POINTS, GIFT, STAMPS):
        balance = state.balance(account, now)
        total = sum(e.amount for e in entries if e.account == account)
        assert balance.available + balance.pending + balance.expired == total
        assert balance.overdraft >= 0 and balance.pending >= 0 and balance.expired >= 0
    assert state.spend_in("ILS").lifetime == sum(e.amount for e in entries if e.account == SPEND)
    assert state.counter("redemptions") == sum(e.amount for e in entries if e.account == REDEMPTIONS)
    assert state.entry_count == len(entries)


@given(histories())
def test_only_open_lots_and_recent_months_are_kept(entries: list[LedgerEntry]) -> None:
    state = fold(CARD, entries)

    assert all(lot.remaining != 0 for book in state.lots.values() for lot in book.values())
    assert sum(len(book) for book in state.lots.values()) <= 3 * 5 * 5  # accounts x activation x expiry dates
    if state.horizon is not None:
        oldest = month_index(state.horizon) - KEEP_MONTHS + 1
        assert all(month >= oldest for spend in state.spend.values() for month in spend.months)
