"""The program editor's example: a basket for a member of a given tier, priced with the edited program."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from app.domain.loyalty import Account, EntryKind, LedgerEntry, fold, presets
from app.domain.loyalty_statement import statement
from app.domain.money import Money
from app.domain.program_preview import PreviewCase, preview, tier_names

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def test_a_250_basket_for_a_gold_member_gets_the_gold_discount() -> None:
    ladder = presets.silver_gold_platinum("ILS")
    assert tier_names(ladder) == ("Silver", "Gold", "Platinum")
    result = preview(ladder, presets.catalogue("ILS"), PreviewCase(Money(25000, "ILS"), tier="Gold"), NOW)
    assert result.discount == Money(1250, "ILS") and result.to_pay == Money(23750, "ILS")
    assert any(str(line).startswith("Gold 5%") for line in result.explanations)


def test_the_edited_version_replaces_the_saved_one_in_the_preview() -> None:
    ladder = presets.silver_gold_platinum("ILS")
    tiers = tuple(replace(t, percent_bp=800) if t.name == "Gold" else t for t in ladder.tiers)
    edited = replace(ladder, tiers=tiers)
    result = preview(edited, presets.catalogue("ILS"), PreviewCase(Money(25000, "ILS"), tier="Gold"), NOW)
    assert result.discount == Money(2000, "ILS")


def test_a_bonus_program_preview_shows_the_points_earned_and_what_points_may_pay() -> None:
    bonus = presets.red_cube_bonus("ILS")
    result = preview(bonus, presets.catalogue("ILS"), PreviewCase(Money(25000, "ILS"), points=10000), NOW)
    assert result.points_earned == 2750  # 11% of 250.00 = 27.50 points
    assert result.points_payable == 10000
    assert result.discount == Money(0, "ILS")


def test_a_statement_adds_every_entry_up_to_the_balance() -> None:
    points = Account.points("ILS")
    entries = [
        LedgerEntry(f"e{i}", "card-1", points, kind, amount, datetime(2026, 1, day, tzinfo=UTC), reason=kind.value)
        for i, (kind, amount, day) in enumerate(
            [(EntryKind.WELCOME, 5000, 1), (EntryKind.EARN, 2750, 2), (EntryKind.REDEEM, -1000, 3)]
        )
    ]
    state = fold("card-1", entries)
    result = statement(entries, points, state, NOW)
    assert [line.running for line in result.lines] == [5000, 7750, 6750]
    assert result.total == result.available + result.pending + result.expired == 6750
