"""Card life: welcome bonus, birthday bonus, manager adjustments, moving a balance to a replacement card."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.loyalty import (
    Account,
    Card,
    EntryKind,
    Member,
    adjust,
    birthday_bonus,
    fold,
    issue_card,
    transfer_card,
    welcome_bonus,
)
from app.domain.loyalty.errors import InsufficientPoints, InvalidAdjustment
from app.domain.loyalty.presets import RED_CUBE, birthday_points, red_cube_bonus, welcome_points
from tests.unit.domain.loyalty.factories import POINTS, T0, Ledger, product

PROGRAMS = [red_cube_bonus(), welcome_points(), birthday_points()]


def test_a_new_card_gets_its_welcome_bonus_once() -> None:
    card = Card("gil", RED_CUBE)
    entries = issue_card(card, PROGRAMS, T0)

    assert [(e.kind, e.amount) for e in entries] == [(EntryKind.WELCOME, 5000)]
    assert entries[0].reason == "Welcome bonus: 50 points"
    assert welcome_bonus(Member(card, fold(card.id, entries)), PROGRAMS, T0) == []
    assert issue_card(card, PROGRAMS, T0)[0].id == entries[0].id  # issued twice by mistake: one row survives


def test_the_birthday_bonus_comes_once_a_year_within_the_window() -> None:
    card = Card("gil", RED_CUBE, birthday=date(1990, 1, 2))
    ledger = Ledger()
    ledger.add_card(card)

    assert birthday_bonus(ledger.member("gil"), PROGRAMS, datetime(2024, 12, 20, tzinfo=UTC)) == []
    december = birthday_bonus(ledger.member("gil"), PROGRAMS, datetime(2024, 12, 28, tzinfo=UTC))
    other_till = birthday_bonus(ledger.member("gil"), PROGRAMS, datetime(2025, 1, 3, tzinfo=UTC))
    ledger.write(december)
    ledger.write(other_till)

    assert [(e.amount, e.ref) for e in december] == [(10_000, "2025")]
    assert [e.id for e in other_till] == [e.id for e in december]
    assert ledger.available("gil", datetime(2025, 1, 3, tzinfo=UTC)) == 10_000
    assert birthday_bonus(ledger.member("gil"), PROGRAMS, datetime(2025, 1, 5, tzinfo=UTC)) == []
    assert len(birthday_bonus(ledger.member("gil"), PROGRAMS, datetime(2026, 1, 1, tzinfo=UTC))) == 1


def test_a_manager_adjustment_is_an_entry_with_reason_and_name_never_an_edit() -> None:
    ledger = Ledger()
    ledger.add_card(Card("gil", RED_CUBE))
    ledger.write(adjust(ledger.member("gil"), POINTS, 2500, T0, reason="lost receipt", created_by="manager-7"))
    down = adjust(ledger.member("gil"), POINTS, -1000, T0, reason="double credit", created_by="manager-7")
    ledger.write(down)

    assert ledger.available("gil", T0) == 1500
    assert [(e.kind, e.amount, e.created_by, e.reason) for e in down] == [
        (EntryKind.ADJUST, -1000, "manager-7", "double credit")
    ]
    with pytest.raises(InsufficientPoints):
        adjust(ledger.member("gil"), POINTS, -2000, T0, reason="x", created_by="manager-7")
    with pytest.raises(InvalidAdjustment):
        adjust(ledger.member("gil"), POINTS, 100, T0, reason=" ", created_by="manager-7")

    ledger.write(adjust(ledger.member("gil"), POINTS, -2000, T0, reason="fraud", created_by="m", allow_overdraft=True))
    assert ledger.available("gil", T0) == -500
    assert ledger.states["gil"] == fold("gil", ledger.of("gil"))


def test_a_lost_card_moves_everything_to_its_replacement() -> None:
    ledger = Ledger()
    ledger.add_card(Card("old", RED_CUBE))
    ledger.add_card(Card("new", RED_CUBE))
    ledger.sell("old", [(product("Vase", "100.00"), 1000)], [red_cube_bonus()], T0)
    ledger.write(adjust(ledger.member("old"), POINTS, -2000, T0, reason="x", created_by="m", allow_overdraft=True))
    later = T0 + timedelta(days=1)

    ledger.write(transfer_card(ledger.member("old"), "new", later, reason="card lost", created_by="manager-7"))

    assert ledger.states["old"].balance(POINTS, later).available == 0
    assert ledger.states["new"].balance(POINTS, later).available == -900
    assert ledger.states["new"].spend_in("ILS").lifetime == 10_000
    assert ledger.states["old"].spend_in("ILS").lifetime == 0
    assert ledger.states["new"] == fold("new", ledger.of("new"))
    assert Account.points("ILS") in {e.account for e in ledger.of("new")}
