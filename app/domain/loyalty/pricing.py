"""Pricing a sale while the cart changes: loyalty discounts, tiers, stamp rewards, coupons and what points may pay.

``price_sale`` is a pure function of (cart, member, programs, coupons, now). Its adjustments go straight into
``Cart.set_program_adjustments``; its ``Pricing`` is what ``settle_sale`` turns into ledger entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.cart import Adjustment, PricedCart, PricedLine, price_lines
from app.domain.errors import CurrencyMismatch, DomainError
from app.domain.loyalty.basket import Basket
from app.domain.loyalty.calendar import require_aware
from app.domain.loyalty.coupons import Coupon, PresentedCoupon, check_coupon
from app.domain.loyalty.discounts import AppliedRule, Compute, Rule, percent_of, stack, units_free, value_of
from app.domain.loyalty.earning import RedemptionLimit, earn, redemption_limit
from app.domain.loyalty.ledger import REDEMPTIONS, Account
from app.domain.loyalty.members import Member
from app.domain.loyalty.points import BonusProgram
from app.domain.loyalty.programs import (
    ANY_FAMILY,
    DiscountCard,
    Program,
    RepeatRedeemerPerk,
    StackingMode,
    StackingRule,
    StampCard,
    TierLadder,
)
from app.domain.loyalty.stamps import StampPlan, plan_stamps
from app.domain.loyalty.tiers import TierStatus, tier_status
from app.domain.money import Money
from app.domain.phrase import Percent, Phrase, phrase

LOYALTY_SOURCES = ("program:", "coupon:")


@dataclass(frozen=True, slots=True)
class RejectedCoupon:
    code: str
    error: DomainError

    @property
    def explanation(self) -> Phrase:
        return phrase("Loyalty", "coupon {code}: {error}", code=self.code, error=self.error.phrase)


@dataclass(frozen=True, slots=True)
class Pricing:
    """The loyalty view of a sale at one moment.

    Attributes:
        base: the cart with the cashier's discounts only.
        priced: the cart with loyalty discounts too (what the customer pays).
        adjustments: the loyalty discounts, for ``Cart.set_program_adjustments``.
        applied: one entry per rule that gave a discount, with its plain-words explanation.
        notes: rules that did not apply and why ("coupon SPRING not combined: Gold 5% saves more").
        tiers: the member's standing on each tier ladder (current tier, "770 to Platinum").
        redemption: how much points may pay (``None`` without a bonus program for this card and currency).
        points_preview: points the sale earns if nothing is paid with points.
        stamp_plans: what each stamp card earns and spends in this sale.
        coupons: the coupons that gave a discount (``settle_sale`` spends one use of each).
        programs: the live programs that served this sale (settlement uses the same ones).
    """

    currency: str
    card_id: str | None
    now: datetime
    base: PricedCart
    priced: PricedCart
    adjustments: tuple[Adjustment, ...]
    applied: tuple[AppliedRule, ...]
    notes: tuple[Phrase, ...]
    rejected_coupons: tuple[RejectedCoupon, ...]
    tiers: tuple[TierStatus, ...]
    redemption: RedemptionLimit | None
    points_preview: int
    stamp_plans: tuple[StampPlan, ...]
    coupons: tuple[Coupon, ...]
    programs: tuple[Program, ...]

    @property
    def max_redeemable_points(self) -> int:
        return self.redemption.max_points if self.redemption else 0

    @property
    def explanations(self) -> tuple[Phrase, ...]:
        """Every line of words for the screen: applied rules, tiers, notes, refused coupons."""
        lines = [rule.explanation for rule in self.applied]
        lines += [status.explanation for status in self.tiers if status.program_id not in self._applied_ids]
        lines += [
            phrase("Loyalty", "{ladder}: {progress}", ladder=status.name, progress=status.progress)
            for status in self.tiers
        ]
        lines += list(self.notes)
        lines += [rejected.explanation for rejected in self.rejected_coupons]
        return tuple(lines)

    @property
    def _applied_ids(self) -> frozenset[str]:
        return frozenset(rule.program_id for rule in self.applied)

    def bonus_program(self) -> BonusProgram | None:
        return next((p for p in self.programs if isinstance(p, BonusProgram)), None)


def without_loyalty(cart: PricedCart) -> PricedCart:
    """The cart priced again with only the discounts no loyalty rule gave (the cashier's)."""
    manual = [a for a in cart.adjustments if not a.source.startswith(LOYALTY_SOURCES)]
    if len(manual) == len(cart.adjustments):
        return cart
    return price_lines(cart.currency, [p.line for p in cart.lines], manual)


def live_programs(programs: Iterable[Program], family: str | None, now: datetime) -> list[Program]:
    """Programs running now for this card family, in a fixed order (by kind, then priority and id).

    The till hands over the same tuple of programs for every scan, so for a tuple the answer is kept with the
    span of time it holds for: between the validity edges (``valid_from``, ``valid_until``) on either side of
    ``now`` no program starts or ends, so the same programs are live at every moment of that span.
    """
    if type(programs) is not tuple:
        return _live(programs, family, now)
    key = (id(programs), family)
    kept = _LIVE.get(key)
    if kept is None or kept.programs is not programs or not kept.holds(now):
        kept = _LiveSpan.of(programs, family, now)
        if len(_LIVE) >= _LIVE_KEPT:
            _LIVE.clear()
        _LIVE[key] = kept
    return list(kept.live)


def _live(programs: Iterable[Program], family: str | None, now: datetime) -> list[Program]:
    live = [p for p in programs if p.is_live(now) and p.serves(family)]
    return sorted(live, key=lambda p: (p.KIND, p.order_key()))


@dataclass(frozen=True, slots=True)
class _LiveSpan:
    """The live programs of one tuple for one family, true for every moment in [start, end) (``None``: open)."""

    programs: tuple[Program, ...]
    live: tuple[Program, ...]
    start: datetime | None
    end: datetime | None

    @classmethod
    def of(cls, programs: tuple[Program, ...], family: str | None, now: datetime) -> _LiveSpan:
        start: datetime | None = None
        end: datetime | None = None
        for program in programs:
            if not program.active or not program.serves(family):
                continue
            for edge in (program.valid_from, program.valid_until):
                if edge is None:
                    continue
                if edge <= now:
                    start = edge if start is None or edge > start else start
                elif end is None or edge < end:
                    end = edge
        return cls(programs, tuple(_live(programs, family, now)), start, end)

    def holds(self, now: datetime) -> bool:
        return (self.start is None or self.start <= now) and (self.end is None or now < self.end)


_LIVE_KEPT = 16
_LIVE: dict[tuple[int, str | None], _LiveSpan] = {}


def _one_per_currency(programs: Sequence[Program], cls: type[BonusProgram], currency: str) -> BonusProgram | None:
    candidates = [p for p in programs if isinstance(p, cls) and p.currency == currency]
    candidates.sort(key=lambda p: (p.family == ANY_FAMILY, p.id))
    return candidates[0] if candidates else None


def stacking_mode(programs: Sequence[Program]) -> StackingMode:
    rules = sorted((p for p in programs if isinstance(p, StackingRule)), key=lambda p: (p.family == ANY_FAMILY, p.id))
    return rules[0].mode if rules else StackingMode.ADDITIVE


def price_sale(
    cart: PricedCart,
    member: Member | None,
    programs: Iterable[Program],
    now: datetime,
    *,
    coupons: Sequence[PresentedCoupon] = (),
    redeem_limit: int | None = None,
) -> Pricing:
    """Price a sale for a member (or none) under the live programs and presented coupons.

    Args:
        cart: the cart priced by ``Cart.priced()``; loyalty discounts already in it are ignored.
        redeem_limit: an extra ceiling on points (hundredths) the service sets, e.g. the offline spend policy.

    Raises:
        CardBlocked: the member's card is blocked.
    """
    require_aware(now, "now")
    base = without_loyalty(cart)
    currency = base.currency
    if member is not None:
        member.require_usable()
    family = member.card.family if member else None
    state = member.state if member else None
    live = live_programs(programs, family, now)
    served = [p for p in live if member is not None or isinstance(p, StackingRule)]
    lines = base.lines
    nets = {p.line.line_id: p.net.minor for p in lines}

    basket = Basket(lines)
    rules: list[Rule] = []
    notes: list[Phrase] = []
    tiers: list[TierStatus] = []
    stamp_cards: list[_StampCardRun] = []  # each stamp card's plan with its reward, in program order
    for program in served:
        if isinstance(program, DiscountCard):
            eligible = basket.covered(program.scope)
            if eligible and program.percent_bp:
                title = phrase("Loyalty", "{name} {percent}", name=program.name, percent=Percent(program.percent_bp))
                reason = phrase("Loyalty", "{title} - member card", title=title)
                rules.append(_rule(program, title, reason, percent_of(eligible, program.percent_bp)))
        elif isinstance(program, TierLadder) and program.currency == currency:
            status = tier_status(program, state, now, base.total)
            tiers.append(status)
            eligible = basket.covered(program.scope)
            if status.tier is not None and status.tier.percent_bp > 0 and eligible:
                title = phrase(
                    "Loyalty", "{name} {percent}", name=status.tier.name, percent=Percent(status.tier.percent_bp)
                )
                rules.append(_rule(program, title, status.explanation, percent_of(eligible, status.tier.percent_bp)))
        elif isinstance(program, RepeatRedeemerPerk) and state is not None:
            count = state.counter(REDEMPTIONS)
            eligible = basket.covered(program.scope)
            if count > program.after_redemptions and eligible and program.percent_bp:
                title = phrase("Loyalty", "{name} {percent}", name=program.name, percent=Percent(program.percent_bp))
                reason = phrase(
                    "Loyalty",
                    "{title} - points spent in {count} sales (more than {after})",
                    title=title,
                    count=count,
                    after=program.after_redemptions,
                )
                rules.append(_rule(program, title, reason, percent_of(eligible, program.percent_bp)))
        elif isinstance(program, StampCard) and state is not None:
            stamps = state.balance(Account.stamps(program.id), now).available
            units = basket.qualifying_units(program.scope)
            plan = plan_stamps(program, lines, stamps, reward=True, units=units)
            stamp_cards.append(_StampCardRun(program, stamps, units, plan))
            if plan.free_count:
                title = phrase("Loyalty", "{name}: {count} free", name=program.name, count=plan.free_count)
                reason = phrase(
                    "Loyalty",
                    "{title} - {needed} stamps each (card had {had})",
                    title=title,
                    needed=program.stamps_needed,
                    had=max(stamps, 0),
                )
                rules.append(_rule(program, title, reason, units_free(lines, plan.free_units)))

    rejected: list[RejectedCoupon] = []
    by_source: dict[str, Coupon] = {}
    for presented in sorted(coupons, key=lambda c: c.coupon.code):
        coupon = presented.coupon
        try:
            if coupon.currency != currency:
                raise CurrencyMismatch(currency, coupon.currency)
            check_coupon(presented, now, base.total)
        except DomainError as error:
            rejected.append(RejectedCoupon(coupon.code, error))
            continue
        by_source[coupon.source] = coupon
        rules.append(_coupon_rule(coupon, basket))

    stacked = stack(rules, nets, stacking_mode(served), currency)
    sources = stacked.sources
    notes.extend(stacked.notes)
    adjustments = tuple(
        Adjustment(Money(amount, currency), rule.source, rule.explanation, line_id)
        for rule in stacked.applied
        for line_id, amount in rule.by_line.items()
    )
    priced = price_lines(currency, [p.line for p in lines], [*base.adjustments, *adjustments])
    plans = tuple(run.plan(lines, sources) for run in stamp_cards)
    bonus = _one_per_currency(served, BonusProgram, currency)
    redemption = redemption_limit(bonus, state, priced, now, redeem_limit) if bonus and state is not None else None
    preview = earn(bonus, priced.lines, now).total if bonus else 0
    return Pricing(
        currency=currency,
        card_id=member.card.id if member else None,
        now=now,
        base=base,
        priced=priced,
        adjustments=adjustments,
        applied=stacked.applied,
        notes=tuple(notes),
        rejected_coupons=tuple(rejected),
        tiers=tuple(tiers),
        redemption=redemption,
        points_preview=preview,
        stamp_plans=plans,
        coupons=tuple(by_source[s] for s in sorted(sources) if s in by_source),
        programs=tuple(p for p in served if not isinstance(p, BonusProgram) or p is bonus),
    )


def _rule(
    program: DiscountCard | TierLadder | RepeatRedeemerPerk | StampCard | Coupon,
    title: Phrase,
    explanation: Phrase,
    compute: Compute,
) -> Rule:
    return Rule(
        source=program.source,
        program_id=program.id,
        program_version=program.version,
        order=program.order_key(),
        combines=program.combines,
        title=title,
        explanation=explanation,
        compute=compute,
    )


def _coupon_rule(coupon: Coupon, basket: Basket) -> Rule:
    eligible = basket.covered(coupon.scope)
    if coupon.percent_bp:
        title = phrase("Loyalty", "Coupon {code} {percent}", code=coupon.code, percent=Percent(coupon.percent_bp))
        compute = percent_of(eligible, coupon.percent_bp)
    else:
        value = Money(coupon.value_minor, coupon.currency)
        title = phrase("Loyalty", "Coupon {code} {amount} off", code=coupon.code, amount=value)
        compute = value_of(eligible, coupon.value_minor)
    if coupon.min_receipt_minor:
        minimum = Money(coupon.min_receipt_minor, coupon.currency)
        reason = phrase(
            "Loyalty", "{title} - {name} (receipts from {minimum})", title=title, name=coupon.name, minimum=minimum
        )
    else:
        reason = phrase("Loyalty", "{title} - {name}", title=title, name=coupon.name)
    return _rule(coupon, title, reason, compute)


@dataclass(frozen=True, slots=True)
class _StampCardRun:
    """A stamp card in one pricing: the stamps the card held, the units that qualify and the plan with its reward."""

    card: StampCard
    stamps: int
    units: Mapping[str, int]
    rewarded: StampPlan

    def plan(self, lines: Sequence[PricedLine], applied: frozenset[str]) -> StampPlan:
        """The plan with its reward when its rule was applied, else without (the same plan when nothing was free)."""
        if self.card.source in applied or not self.rewarded.free_count:
            return self.rewarded
        return plan_stamps(self.card, lines, self.stamps, reward=False, units=self.units)
