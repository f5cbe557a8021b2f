"""KPI arithmetic on hand-computed figures: the textbook NPS, repeat purchases, churn, CLV, tiers, liability."""

from __future__ import annotations

from fractions import Fraction

import pytest

from app.domain.kpis import (
    NO_TIER,
    InvalidScore,
    KpiFigures,
    MonthFigures,
    Nps,
    average,
    churn,
    compute,
    customer_lifetime_value,
    nps,
    percent_text,
    repeat_purchase_rate,
    tier_distribution,
)
from app.domain.money import Money


def test_the_textbook_nps_100_answers_10_detractors_20_passives_70_promoters_is_60() -> None:
    scores = [3] * 4 + [6] * 6 + [7] * 12 + [8] * 8 + [9] * 30 + [10] * 40
    result = nps(scores)
    assert (result.detractors, result.passives, result.promoters, result.answers) == (10, 20, 70, 100)
    assert result.score == 60
    assert percent_text(result.score / 100) == "60.0%"


def test_nps_groups_at_their_edges_and_can_be_negative() -> None:
    assert nps([0, 6]).detractors == 2
    assert nps([7, 8]).passives == 2
    assert nps([9, 10]).promoters == 2
    assert nps([0, 0, 10]).score == Fraction(-100, 3)
    assert Nps().score is None


@pytest.mark.parametrize("bad", [-1, 11, 7.5, "9"])
def test_a_score_outside_0_to_10_is_refused(bad: object) -> None:
    with pytest.raises(InvalidScore):
        nps([bad])  # type: ignore[list-item]


def test_repeat_purchase_rate_counts_customers_with_more_than_one_purchase() -> None:
    assert repeat_purchase_rate([1, 2, 3, 1, 0]) == Fraction(2, 4)
    assert repeat_purchase_rate([]) is None


def test_average_receipt_rounds_half_up() -> None:
    assert average(Money(1001, "ILS"), 2) == Money(501, "ILS")
    assert average(Money(1000, "ILS"), 0) is None


def test_churn_is_the_share_of_last_years_active_members_who_did_not_come_back() -> None:
    assert churn(200, 150) == Fraction(1, 4)
    assert churn(0, 0) is None
    with pytest.raises(ValueError, match="more members stayed"):
        churn(10, 11)


def test_lifetime_value_is_receipt_times_frequency_times_expected_years() -> None:
    # 100.00 a receipt, 6 purchases a year, a quarter leave each year: 4 years -> 2,400.00
    assert customer_lifetime_value(Money(10000, "ILS"), Fraction(6), Fraction(1, 4)) == Money(240000, "ILS")
    # nobody leaves: ten years at most
    assert customer_lifetime_value(Money(10000, "ILS"), Fraction(6), Fraction(0)) == Money(600000, "ILS")
    assert customer_lifetime_value(None, Fraction(6), None) is None


def test_tier_distribution_places_each_card_in_the_highest_tier_it_reaches() -> None:
    thresholds = [("Silver", 100_000), ("Gold", 500_000), ("Platinum", 1_500_000)]
    counts = tier_distribution([0, 99_999, 100_000, 499_999, 500_000, 2_000_000], thresholds)
    assert counts == {NO_TIER: 2, "Silver": 2, "Gold": 1, "Platinum": 1}


def test_compute_on_a_hand_computed_shop() -> None:
    figures = KpiFigures(
        currency="ILS",
        scores=Nps(detractors=10, passives=20, promoters=70),
        purchases_per_member=(1, 1, 2, 5),  # 2 of 4 buyers came back
        member_receipts=9,
        member_sales_total=90_000,  # 100.00 each
        other_receipts=11,
        other_sales_total=66_000,  # 60.00 each
        members=20,
        active_members=4,
        active_year_before=8,
        still_active=6,  # churn 25%
        member_purchases_year=24,  # 6 a year each
        points_accrued=100_000,
        points_redeemed=15_000,  # 15%: under the 20% alarm
        outstanding_points=85_000,
        point_value=Money(100, "ILS"),  # 1 point = 1.00
        tiers={"Member tiers": {NO_TIER: 3, "Silver": 1}},
    )
    kpis = compute(figures)
    assert kpis.nps.score == 60
    assert kpis.repeat_rate == Fraction(1, 2)
    assert kpis.active_share == Fraction(4, 20)
    assert kpis.participation == Fraction(9, 20)
    assert kpis.redemption_rate == Fraction(15, 100) and kpis.redemption_alert
    assert kpis.average_member_receipt == Money(10_000, "ILS")
    assert kpis.average_other_receipt == Money(6_000, "ILS")
    assert kpis.churn == Fraction(1, 4)
    assert kpis.lifetime_value == Money(240_000, "ILS")  # 100.00 x 6 x 4 years
    assert kpis.points_liability == Money(85_000, "ILS")  # 850 points x 1.00
    assert kpis.tiers["Member tiers"]["Silver"] == 1


def test_a_redemption_rate_of_20_percent_or_more_raises_no_alarm() -> None:
    kpis = compute(KpiFigures(currency="ILS", points_accrued=1000, points_redeemed=200))
    assert kpis.redemption_rate == Fraction(1, 5) and not kpis.redemption_alert


def test_a_month_of_figures_gives_its_rates() -> None:
    month = MonthFigures("2026-03", "ILS", member_receipts=3, member_sales_total=3000)
    assert month.participation == 1
    assert month.average_member_receipt == Money(1000, "ILS")
    assert month.average_other_receipt is None
    assert month.redemption_rate is None


def test_percent_text_rounds_half_up_and_keeps_the_sign() -> None:
    assert percent_text(Fraction(1, 3)) == "33.3%"
    assert percent_text(Fraction(-2, 3)) == "-66.7%"
    assert percent_text(Fraction(1, 8), places=0) == "13%"
    assert percent_text(None) == "-"
