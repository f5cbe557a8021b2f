"""What the member panel tells the cashier about a card: tier, progress, balances, rules, birthday, staleness."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.money import Money
from app.domain.phrase import Percent, Points, phrase
from app.services.loyalty_views import MemberView
from app.ui.formatting import ShopFormat
from app.ui.widgets.member_panel import MemberPanel


def gold_member(**changes: object) -> MemberView:
    values: dict[str, object] = {
        "card_id": "c1",
        "member_id": "m1",
        "card_masked": "********0015",
        "member_name": "Noa Levi",
        "points": 123_400,
        "pending_points": 4_050,
        "gift_balance": Money(5000, "ILS"),
        "tier": "Gold",
        "next_tier": "Platinum",
        "to_next_tier": Money(23000, "ILS"),
        "explanations": (
            phrase("Loyalty", "{name} {percent}", name="Gold tier", percent=Percent(700)),
            phrase("Loyalty", "Points balance: {points}", points=Points(5000)),
        ),
        "birthday_today": True,
        "balance_confirmed": False,
        "max_redeemable_points": 50_000,
        "max_redeemable_value": Money(50_000, "ILS"),
        "points_preview": 1_234,
        "tier_progress": phrase("Loyalty", "{amount} to {tier}", amount=Money(23000, "ILS"), tier="Platinum"),
    }
    values.update(changes)
    return MemberView(**values)  # type: ignore[arg-type]


def test_a_member_with_everything_to_tell(qtbot: QtBot) -> None:
    panel = MemberPanel(ShopFormat("en", "ILS", "Asia/Jerusalem"))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_member(gold_member())
    assert panel.name.text() == "Noa Levi"
    assert panel.birthday.isVisible()
    assert panel.tier.text() == "Gold"
    assert panel.to_next.text() == "₪230.00 more to Platinum"
    assert panel.balances.text() == "1,234 points · 40.50 pending · gift ₪50.00 · this sale earns 12.34"
    assert panel.redeem.text() == "Points can pay up to ₪500.00 of this sale"
    assert panel.stale.isVisible()
    assert "Gold tier 7%" in panel.rules.text() and "Points balance: 50" in panel.rules.text()


def test_a_plain_confirmed_member_shows_no_flags(qtbot: QtBot) -> None:
    panel = MemberPanel(ShopFormat("en", "ILS", "Asia/Jerusalem"))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_refused("Card ****0022 is blocked")
    panel.show_member(
        gold_member(
            birthday_today=False,
            balance_confirmed=True,
            tier=None,
            next_tier=None,
            to_next_tier=None,
            explanations=(),
            tier_progress=None,
            pending_points=0,
            gift_balance=None,
            max_redeemable_points=0,
            max_redeemable_value=None,
            points_preview=0,
            redemption_reason=phrase(
                "Loyalty", "points can pay for receipts from {minimum}", minimum=Money(5000, "ILS")
            ),
        )
    )
    assert not panel.banner.isVisible(), "a good card clears the banner of a refused one"
    assert not panel.birthday.isVisible()
    assert not panel.stale.isVisible()
    assert not panel.to_next.isVisible() and not panel.tier.isVisible()
    assert panel.balances.text() == "1,234 points"
    assert panel.redeem.text() == "points can pay for receipts from 50"
    assert not panel.rules.isVisible()
