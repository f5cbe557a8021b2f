"""Where a member stands on a tier ladder: the tier, why, and how far to the next one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.loyalty import explain
from app.domain.loyalty.calendar import month_index, month_key, month_start
from app.domain.loyalty.programs import SpendBasis, Tier, TierLadder, UpgradeFrom
from app.domain.loyalty.projection import CardProjection
from app.domain.money import Money


@dataclass(frozen=True, slots=True)
class TierStatus:
    """A member's tier on one ladder.

    Attributes:
        spend: what the tier is judged on now (lifetime, or the rolling window; with this sale when the ladder
            upgrades from this sale).
        held_until: with rolling spend, the date a tier kept from the last period lasts to (``None`` if the
            current spend reaches it anyway).
        to_next: spend still missing for the next tier (``None`` at the top).
        explanation: "Gold 5% - lifetime spend 5,230 >= 5,000".
        progress: "770 to Platinum" or "top tier".
    """

    program_id: str
    program_version: int
    name: str
    tier: Tier | None
    spend: Money
    held_until: date | None
    next_tier: Tier | None
    to_next: Money | None
    explanation: str
    progress: str

    @property
    def percent_bp(self) -> int:
        return self.tier.percent_bp if self.tier else 0


def reached(ladder: TierLadder, spend_minor: int) -> int:
    """Index of the highest tier whose threshold the spend reaches, or -1."""
    index = -1
    for position, tier in enumerate(ladder.tiers):
        if spend_minor >= tier.threshold_minor:
            index = position
    return index


def tier_status(
    ladder: TierLadder, state: CardProjection | None, now: datetime, this_sale: Money | None = None
) -> TierStatus:
    """The member's tier at ``now``; ``this_sale`` counts only when the ladder upgrades from this sale."""
    currency = ladder.currency
    spend = state.spend_in(currency) if state is not None else None
    extra = this_sale.minor if this_sale is not None and ladder.upgrade_from is UpgradeFrom.THIS_SALE else 0
    held_until: date | None = None
    kept_reason = ""
    if ladder.basis is SpendBasis.LIFETIME:
        prior = spend.lifetime if spend else 0
        label = "lifetime spend"
        index = reached(ladder, prior + extra)
    else:
        month = month_index(now)
        prior = spend.between(month - ladder.window_months + 1, month) if spend else 0
        label = f"spend in the last {ladder.window_months} months"
        index = reached(ladder, prior + extra)
        period_start = month - (month % 12) % ladder.review_months
        qualified = spend.between(period_start - ladder.window_months, period_start - 1) if spend else 0
        kept = reached(ladder, qualified)
        if kept > index:
            index = kept
            held_until = month_start(period_start + ladder.review_months)
            kept_tier = ladder.tiers[kept]
            kept_reason = (
                f"kept until {held_until.isoformat()}: spend {explain.minor_text(qualified, currency)} in the "
                f"{ladder.window_months} months to {month_key(period_start - 1)} "
                f">= {explain.minor_text(kept_tier.threshold_minor, currency)}"
            )
    basis = prior + extra
    tier = ladder.tiers[index] if index >= 0 else None
    next_tier = ladder.tiers[index + 1] if index + 1 < len(ladder.tiers) else None
    to_next = Money(max(next_tier.threshold_minor - basis, 0), currency) if next_tier else None

    spent_text = explain.minor_text(basis, currency)
    if extra:
        spent_text = (
            f"{explain.minor_text(prior, currency)} + this sale {explain.minor_text(extra, currency)} = {spent_text}"
        )
    if tier is None:
        explanation = f"{ladder.name}: no tier yet - {label} {spent_text}"
    elif held_until is not None:
        explanation = f"{tier.name} {explain.percent(tier.percent_bp)} - {kept_reason}"
    else:
        threshold = explain.minor_text(tier.threshold_minor, currency)
        explanation = f"{tier.name} {explain.percent(tier.percent_bp)} - {label} {spent_text} >= {threshold}"
    progress = f"{explain.amount(to_next)} to {next_tier.name}" if next_tier and to_next else "top tier"
    return TierStatus(
        program_id=ladder.id,
        program_version=ladder.version,
        name=ladder.name,
        tier=tier,
        spend=Money(basis, currency),
        held_until=held_until,
        next_tier=next_tier,
        to_next=to_next,
        explanation=explanation,
        progress=progress,
    )
