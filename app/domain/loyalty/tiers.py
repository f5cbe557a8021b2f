"""Where a member stands on a tier ladder: the tier, why, and how far to the next one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.loyalty.calendar import month_index, month_key, month_start
from app.domain.loyalty.programs import SpendBasis, Tier, TierLadder, UpgradeFrom
from app.domain.loyalty.projection import CardProjection
from app.domain.money import Money
from app.domain.phrase import Percent, Phrase, phrase


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
    explanation: Phrase
    progress: Phrase

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
    kept_reason: Phrase | None = None
    if ladder.basis is SpendBasis.LIFETIME:
        prior = spend.lifetime if spend else 0
        label = phrase("Loyalty", "lifetime spend")
        index = reached(ladder, prior + extra)
    else:
        month = month_index(now)
        prior = spend.between(month - ladder.window_months + 1, month) if spend else 0
        label = phrase("Loyalty", "spend in the last {months} months", months=ladder.window_months)
        index = reached(ladder, prior + extra)
        period_start = month - (month % 12) % ladder.review_months
        qualified = spend.between(period_start - ladder.window_months, period_start - 1) if spend else 0
        kept = reached(ladder, qualified)
        if kept > index:
            index = kept
            held_until = month_start(period_start + ladder.review_months)
            kept_reason = phrase(
                "Loyalty",
                "kept until {day}: spend {spend} in the {months} months to {month} >= {threshold}",
                day=held_until,
                spend=Money(qualified, currency),
                months=ladder.window_months,
                month=month_key(period_start - 1),
                threshold=Money(ladder.tiers[kept].threshold_minor, currency),
            )
    basis = prior + extra
    tier = ladder.tiers[index] if index >= 0 else None
    next_tier = ladder.tiers[index + 1] if index + 1 < len(ladder.tiers) else None
    to_next = Money(max(next_tier.threshold_minor - basis, 0), currency) if next_tier else None

    basis_money = Money(basis, currency)
    spent: Money | Phrase = basis_money
    if extra:
        spent = phrase(
            "Loyalty",
            "{before} + this sale {sale} = {total}",
            before=Money(prior, currency),
            sale=Money(extra, currency),
            total=basis_money,
        )
    if tier is None:
        explanation = phrase(
            "Loyalty", "{ladder}: no tier yet - {basis} {spend}", ladder=ladder.name, basis=label, spend=spent
        )
    elif kept_reason is not None:
        explanation = phrase(
            "Loyalty", "{tier} {percent} - {why}", tier=tier.name, percent=Percent(tier.percent_bp), why=kept_reason
        )
    else:
        explanation = phrase(
            "Loyalty",
            "{tier} {percent} - {basis} {spend} >= {threshold}",
            tier=tier.name,
            percent=Percent(tier.percent_bp),
            basis=label,
            spend=spent,
            threshold=Money(tier.threshold_minor, currency),
        )
    progress = (
        phrase("Loyalty", "{amount} to {tier}", amount=to_next, tier=next_tier.name)
        if next_tier and to_next
        else phrase("Loyalty", "top tier")
    )
    return TierStatus(
        program_id=ladder.id,
        program_version=ladder.version,
        name=ladder.name,
        tier=tier,
        spend=basis_money,
        held_until=held_until,
        next_tier=next_tier,
        to_next=to_next,
        explanation=explanation,
        progress=progress,
    )
