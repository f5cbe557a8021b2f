"""Loyalty KPIs as exact arithmetic on counts and sums: NPS, repeat purchases, activity, redemption, CLV, churn.

Rates are ``Fraction`` (exact; ``None`` when there is nothing to divide by), money is ``Money``, points are
hundredths of a point. The figures are gathered by a repository; nothing here reads a database or a clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from app.domain.money import Money, round_half_up

PROMOTER_FROM = 9
PASSIVE_FROM = 7
REDEMPTION_ALERT_BELOW = Fraction(20, 100)
MAX_LIFETIME_YEARS = 10
NO_TIER = ""


class InvalidScore(ValueError):
    """An NPS answer outside 0-10."""


@dataclass(frozen=True, slots=True)
class Nps:
    """Answers to "how likely are you to recommend us" (0-10): 0-6 detractors, 7-8 passives, 9-10 promoters."""

    detractors: int = 0
    passives: int = 0
    promoters: int = 0

    @property
    def answers(self) -> int:
        return self.detractors + self.passives + self.promoters

    @property
    def score(self) -> Fraction | None:
        """% promoters - % detractors, from -100 to 100 (None without answers)."""
        if not self.answers:
            return None
        return Fraction(100 * (self.promoters - self.detractors), self.answers)


def nps(scores: Iterable[int]) -> Nps:
    """Count the answers by group.

    Raises:
        InvalidScore: a score outside 0-10.
    """
    groups = [0, 0, 0]
    for score in scores:
        groups[score_group(score)] += 1
    return Nps(detractors=groups[0], passives=groups[1], promoters=groups[2])


def score_group(score: int) -> int:
    """0 detractor, 1 passive, 2 promoter."""
    if type(score) is not int or not 0 <= score <= 10:
        raise InvalidScore(f"an NPS answer is a whole number from 0 to 10, not {score!r}")
    if score >= PROMOTER_FROM:
        return 2
    return 1 if score >= PASSIVE_FROM else 0


def ratio(numerator: int, denominator: int) -> Fraction | None:
    return Fraction(numerator, denominator) if denominator else None


def repeat_purchase_rate(purchases_per_customer: Iterable[int]) -> Fraction | None:
    """Customers with more than one purchase over customers with at least one."""
    counts = [n for n in purchases_per_customer if n > 0]
    return ratio(sum(1 for n in counts if n > 1), len(counts))


def average(total: Money, count: int) -> Money | None:
    """The mean of ``count`` amounts summing to ``total``, rounded half up to a minor unit."""
    if count <= 0:
        return None
    return Money(round_half_up(total.minor, count), total.currency)


def churn(active_before: int, still_active: int) -> Fraction | None:
    """Share of the members active in the year before who did not buy in the year after."""
    if still_active > active_before:
        raise ValueError("more members stayed than there were")
    return ratio(active_before - still_active, active_before)


def customer_lifetime_value(
    average_receipt: Money | None, purchases_per_year: Fraction | None, yearly_churn: Fraction | None
) -> Money | None:
    """Average receipt x purchases a year x expected years as a member (1 / churn, at most ten years)."""
    if average_receipt is None or purchases_per_year is None:
        return None
    years = Fraction(MAX_LIFETIME_YEARS) if not yearly_churn else min(1 / yearly_churn, Fraction(MAX_LIFETIME_YEARS))
    value = average_receipt.minor * purchases_per_year * years
    return Money(round_half_up(value.numerator, value.denominator), average_receipt.currency)


def tier_distribution(spends: Iterable[int], thresholds: Sequence[tuple[str, int]]) -> dict[str, int]:
    """How many cards stand in each tier (``NO_TIER`` below the first), from each card's qualifying spend.

    Args:
        spends: qualifying spend of each card of the ladder's family (minor units).
        thresholds: (tier name, threshold) from the lowest tier up.
    """
    counts = {NO_TIER: 0, **{name: 0 for name, _ in thresholds}}
    for spend in spends:
        reached = NO_TIER
        for name, threshold in thresholds:
            if spend >= threshold:
                reached = name
        counts[reached] += 1
    return counts


@dataclass(frozen=True, slots=True)
class KpiFigures:
    """What a repository counts for one scope (a store or the chain) and period.

    Attributes:
        purchases_per_member: completed sales in the period per member who bought.
        member_receipts / member_sales_total: sales with a member card in the period, and their total.
        other_receipts / other_sales_total: sales without a card.
        members: members in the scope's base (for the share that is active).
        active_members: members of any scope who bought in the twelve months up to the period's end.
        active_year_before / still_active: members who bought in the year before that, and of them those who
            also bought in the last twelve months (for churn).
        member_purchases_year: purchases by members in the last twelve months (for the purchase frequency).
        points_accrued / points_redeemed: points earned (earn, welcome, birthday) and spent in the period.
        outstanding_points: points on cards not expired (including pending), hundredths.
        point_value: what 100 hundredths of a point pay (None without a bonus program).
        tiers: per tier ladder name, the count of cards in each tier.
    """

    currency: str
    scores: Nps = field(default_factory=Nps)
    purchases_per_member: tuple[int, ...] = ()
    member_receipts: int = 0
    member_sales_total: int = 0
    other_receipts: int = 0
    other_sales_total: int = 0
    members: int = 0
    active_members: int = 0
    active_year_before: int = 0
    still_active: int = 0
    member_purchases_year: int = 0
    points_accrued: int = 0
    points_redeemed: int = 0
    outstanding_points: int = 0
    point_value: Money | None = None
    tiers: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Kpis:
    """The figures a manager reads, each computed from ``KpiFigures`` by the formulas above."""

    nps: Nps
    repeat_rate: Fraction | None
    active_share: Fraction | None
    participation: Fraction | None
    redemption_rate: Fraction | None
    average_member_receipt: Money | None
    average_other_receipt: Money | None
    lifetime_value: Money | None
    churn: Fraction | None
    tiers: Mapping[str, Mapping[str, int]]
    outstanding_points: int
    points_liability: Money | None

    @property
    def redemption_alert(self) -> bool:
        """Under 20% of accrued points spent: the program is not working for customers."""
        return self.redemption_rate is not None and self.redemption_rate < REDEMPTION_ALERT_BELOW


def compute(figures: KpiFigures) -> Kpis:
    currency = figures.currency
    member_average = average(Money(figures.member_sales_total, currency), figures.member_receipts)
    yearly_churn = churn(figures.active_year_before, figures.still_active)
    frequency = ratio(figures.member_purchases_year, figures.active_members)
    liability = None
    if figures.point_value is not None:
        worth = figures.outstanding_points * figures.point_value.minor
        liability = Money(round_half_up(worth, 100), figures.point_value.currency)
    return Kpis(
        nps=figures.scores,
        repeat_rate=repeat_purchase_rate(figures.purchases_per_member),
        active_share=ratio(min(figures.active_members, figures.members), figures.members),
        participation=ratio(figures.member_receipts, figures.member_receipts + figures.other_receipts),
        redemption_rate=ratio(figures.points_redeemed, figures.points_accrued),
        average_member_receipt=member_average,
        average_other_receipt=average(Money(figures.other_sales_total, currency), figures.other_receipts),
        lifetime_value=customer_lifetime_value(member_average, frequency, yearly_churn),
        churn=yearly_churn,
        tiers=figures.tiers,
        outstanding_points=figures.outstanding_points,
        points_liability=liability,
    )


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """One month of a KPI chart: receipts with and without a card, points in and out, NPS answers."""

    month: str  # "YYYY-MM" in the shop's zone
    currency: str
    member_receipts: int = 0
    member_sales_total: int = 0
    other_receipts: int = 0
    other_sales_total: int = 0
    points_accrued: int = 0
    points_redeemed: int = 0
    scores: Nps = field(default_factory=Nps)
    new_members: int = 0

    @property
    def participation(self) -> Fraction | None:
        return ratio(self.member_receipts, self.member_receipts + self.other_receipts)

    @property
    def redemption_rate(self) -> Fraction | None:
        return ratio(self.points_redeemed, self.points_accrued)

    @property
    def average_member_receipt(self) -> Money | None:
        return average(Money(self.member_sales_total, self.currency), self.member_receipts)

    @property
    def average_other_receipt(self) -> Money | None:
        return average(Money(self.other_sales_total, self.currency), self.other_receipts)


def percent_text(rate: Fraction | None, places: int = 1) -> str:
    """A rate as a percentage with ``places`` decimals, half up ("60.0%"); "-" for no figure."""
    if rate is None:
        return "-"
    scaled = rate * 100 * 10**places
    sign = "-" if scaled < 0 else ""
    value = round_half_up(abs(scaled.numerator), scaled.denominator)
    whole, fraction = divmod(value, 10**places)
    return f"{sign}{whole}.{fraction:0{places}d}%" if places else f"{sign}{whole}%"
