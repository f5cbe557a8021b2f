"""Ready-made programs a shop starts from (and the demo database uses): Red Cube bonus, tiers, discount, stamps."""

from __future__ import annotations

from dataclasses import replace

from app.domain.loyalty.points import BirthdayBonus, BonusProgram, PromoRate, WelcomeBonus
from app.domain.loyalty.programs import (
    DiscountCard,
    GiftCardProgram,
    Program,
    RepeatRedeemerPerk,
    Scope,
    SpendBasis,
    StackingRule,
    StampCard,
    Tier,
    TierLadder,
)
from app.domain.money import exponent

RED_CUBE = "red-cube"
CLASSIC = "classic-discount"
LADDER = "silver-gold-platinum"
COFFEE = "coffee-club"


def red_cube_bonus(currency: str = "ILS", *, family: str = RED_CUBE) -> BonusProgram:
    """11% back as points, 1 point = 1 unit of currency, any product payable with points, no expiry."""
    return BonusProgram(
        id=f"red-cube-bonus-{currency.lower()}",
        name="Red Cube bonus",
        family=family,
        currency=currency,
        earn_rate_bp=1100,
        cap_bp=10_000,
        points_paid_part_earns=False,
    )


def red_cube_promo(currency: str = "ILS", rate_bp: int = 3000, *, family: str = RED_CUBE) -> BonusProgram:
    """The Red Cube bonus with a weekend promotion (30% on Fridays and Saturdays)."""
    return replace(
        red_cube_bonus(currency, family=family),
        id=f"red-cube-promo-{currency.lower()}",
        promotions=(PromoRate(name="weekend promotion", rate_bp=rate_bp, weekdays=frozenset({4, 5})),),
    )


def silver_gold_platinum(currency: str = "ILS", *, family: str = LADDER) -> TierLadder:
    """Silver 3% from 1,000, Gold 5% from 5,000, Platinum 7% from 15,000 of lifetime spend; from the next sale."""
    unit = 10 ** exponent(currency)
    return TierLadder(
        id="silver-gold-platinum",
        name="Member tiers",
        family=family,
        currency=currency,
        tiers=(
            Tier("Silver", 1_000 * unit, 300),
            Tier("Gold", 5_000 * unit, 500),
            Tier("Platinum", 15_000 * unit, 700),
        ),
        basis=SpendBasis.LIFETIME,
    )


def discount_card_10(*, family: str = CLASSIC) -> DiscountCard:
    """10% off everything except gift cards."""
    return DiscountCard(
        id="discount-10",
        name="Discount card",
        family=family,
        percent_bp=1000,
        scope=Scope(exclude_categories=frozenset({"gift-cards"})),
    )


def coffee_stamp_card(*, family: str = COFFEE) -> StampCard:
    """Buy 9 coffees, get the 10th free."""
    return StampCard(
        id="coffee-stamps",
        name="Coffee card",
        family=family,
        scope=Scope(categories=frozenset({"coffee"})),
        stamps_needed=9,
    )


def welcome_points(currency: str = "ILS", points: int = 5_000, *, family: str = RED_CUBE) -> WelcomeBonus:
    """50 points on joining (points are in hundredths)."""
    return WelcomeBonus(id="welcome", name="Welcome bonus", family=family, currency=currency, points=points)


def birthday_points(currency: str = "ILS", points: int = 10_000, *, family: str = RED_CUBE) -> BirthdayBonus:
    """100 points once a year within a week of the birthday."""
    return BirthdayBonus(id="birthday", name="Birthday bonus", family=family, currency=currency, points=points)


def repeat_redeemer_perk(*, family: str = RED_CUBE) -> RepeatRedeemerPerk:
    """An extra 3% for members who spent points in more than two sales."""
    return RepeatRedeemerPerk(
        id="repeat-perk", name="Loyal customer", family=family, after_redemptions=2, percent_bp=300
    )


def gift_certificates(currency: str = "ILS") -> GiftCardProgram:
    """Gift cards valid 12 months, loads from 50 to 5,000, top-ups allowed."""
    return GiftCardProgram(
        id=f"gift-{currency.lower()}",
        name="Gift card",
        family="gift",
        currency=currency,
        validity_months=12,
        min_load_minor=5_000,
        max_load_minor=500_000,
    )


def additive(*, family: str = "*") -> StackingRule:
    return StackingRule(id="stacking-additive", name="Discounts add up", family=family)


def catalogue(currency: str = "ILS") -> tuple[Program, ...]:
    """Every preset, for the demo database and as starting points in the manager's form."""
    return (
        red_cube_bonus(currency),
        welcome_points(currency),
        birthday_points(currency),
        repeat_redeemer_perk(),
        silver_gold_platinum(currency),
        discount_card_10(),
        coffee_stamp_card(),
        gift_certificates(currency),
        additive(),
    )
