"""Bonus points: how many a sale earns and how many may pay for it.

Earning: each earning line contributes ``amount × rate × category multiplier``; the sale's points are the exact
sum converted at the point's value and rounded once, to the nearest hundredth of a point, halves up. So 11% of
37.70 at 1 point = 1 unit earns 4.15 points (4.147 exactly), and splitting a sale into lines never loses
fractions. Per-line shares are the largest-remainder split of that total (kept for returns).

Paying: a points payment of ``M`` costs ``ceil(M × 100 / point_value)`` hundredths of a point (exactly
``M`` when one point is one unit of the currency); points are worth ``floor(P × point_value / 100)``.
The payment may not exceed the lowest of: the goods payable with points, the cap (a share of the receipt,
rounded down), what the available points are worth, and an optional limit the service passes (offline policy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.cart import PricedCart, PricedLine
from app.domain.catalog import Product
from app.domain.errors import InvalidPayment
from app.domain.loyalty.calendar import local
from app.domain.loyalty.errors import BelowMinimumBalance, CapExceeded, InsufficientPoints, ReceiptTooSmall
from app.domain.loyalty.ledger import POINT_SCALE, Account
from app.domain.loyalty.points import BonusProgram, PromoRate
from app.domain.loyalty.programs import MAX_BP
from app.domain.loyalty.projection import CardProjection
from app.domain.money import Money, allocate, round_half_up
from app.domain.phrase import Percent, Phrase, Points, phrase
from app.domain.tender import Payment


def points_cost(program: BonusProgram, value: Money) -> int:
    """Hundredths of a point a payment of ``value`` spends (rounded up: points never pay more than they are worth)."""
    return -(-value.minor * POINT_SCALE // program.point_value())


def points_worth(program: BonusProgram, points: int) -> Money:
    """What ``points`` hundredths of a point pay, rounded down to a minor unit."""
    return Money(max(points, 0) * program.point_value() // POINT_SCALE, program.currency)


def active_promotion(program: BonusProgram, category: str | None, now: datetime) -> PromoRate | None:
    """The best promotional rate running now (shop-local time) for a category, if any."""
    return _best_promotion(program, category, local(now, program.timezone))


def _best_promotion(program: BonusProgram, category: str | None, moment: datetime) -> PromoRate | None:
    best: PromoRate | None = None
    for promo in program.promotions:
        if promo.starts_on is not None and moment.date() < promo.starts_on:
            continue
        if promo.ends_on is not None and moment.date() > promo.ends_on:
            continue
        if promo.weekdays and moment.weekday() not in promo.weekdays:
            continue
        if not promo.from_hour <= moment.hour < promo.to_hour:
            continue
        if promo.categories and category not in promo.categories:
            continue
        if best is None or (promo.rate_bp, promo.name) > (best.rate_bp, best.name):
            best = promo
    return best


def line_rate(program: BonusProgram, priced: PricedLine, now: datetime) -> tuple[int, int, PromoRate | None]:
    """(rate in bp, multiplier in %, promotion) for a line; rate 0 when the line does not earn."""
    return _Rates(program, now).of(priced.line.product)


class _Rates:
    """Earn rates of one bonus program at one moment, worked out once per category: a sale's lines share a few
    categories, and the shop-local time and the promotions running then are the same for all of them."""

    __slots__ = ("_by_category", "_moment", "_multipliers", "_now", "_program")

    def __init__(self, program: BonusProgram, now: datetime) -> None:
        self._program = program
        self._moment: datetime | None = None
        self._now = now
        # Categories are listed once each (``BonusProgram.validate``), so the first match is the only one.
        self._multipliers: dict[str | None, int] = {m.category: m.multiplier_pct for m in program.multipliers}
        self._by_category: dict[str | None, tuple[int, int, PromoRate | None]] = {}

    def of(self, product: Product) -> tuple[int, int, PromoRate | None]:
        """(rate in bp, multiplier in %, promotion) for a product; rate 0 when it does not earn."""
        program = self._program
        if not program.earn_scope.covers(product):
            return 0, 100, None
        category = product.category
        found = self._by_category.get(category)
        if found is None:
            if self._moment is None:
                self._moment = local(self._now, program.timezone)
            promo = _best_promotion(program, category, self._moment)
            rate = promo.rate_bp if promo else program.earn_rate_bp
            found = self._by_category[category] = (rate, self._multipliers.get(category, 100), promo)
        return found


@dataclass(frozen=True, slots=True)
class Earning:
    """Points a sale earns, split by line, with the words that explain it."""

    total: int
    by_line: dict[str, int]
    explanation: Phrase


def earn(
    program: BonusProgram, lines: Sequence[PricedLine], now: datetime, not_earning: dict[str, int] | None = None
) -> Earning:
    """Points earned by ``lines``; ``not_earning`` is, per line, the part paid in a way that earns nothing."""
    not_earning = not_earning or {}
    weights: list[int] = []
    base = 0
    rates: set[tuple[int, int]] = set()
    promos: set[str] = set()
    line_rates = _Rates(program, now)
    for priced in lines:
        rate, multiplier, promo = line_rates.of(priced.line.product)
        earning_minor = max(priced.net.minor - not_earning.get(priced.line.line_id, 0), 0)
        weight = earning_minor * rate * multiplier
        weights.append(weight)
        if weight:
            base += earning_minor
            rates.add((rate, multiplier))
            if promo:
                promos.add(promo.name)
    total = round_half_up(sum(weights) * POINT_SCALE, MAX_BP * 100 * program.point_value())
    by_line = dict(zip((p.line.line_id for p in lines), allocate(total, weights) if lines else [], strict=True))
    base_money = Money(base, program.currency)
    if total == 0:
        explanation = phrase("Loyalty", "{name}: no points on this sale", name=program.name)
    elif len(rates) == 1:
        rate, multiplier = next(iter(rates))
        effective = Percent(rate * multiplier // 100)
        if promos:
            explanation = phrase(
                "Loyalty",
                "{name}: {points} points - {percent} ({promotions}) of {amount}",
                name=program.name,
                points=Points(total),
                percent=effective,
                promotions=", ".join(sorted(promos)),
                amount=base_money,
            )
        else:
            explanation = phrase(
                "Loyalty",
                "{name}: {points} points - {percent} of {amount}",
                name=program.name,
                points=Points(total),
                percent=effective,
                amount=base_money,
            )
    elif promos:
        explanation = phrase(
            "Loyalty",
            "{name}: {points} points on {amount} (rates by category: {promotions})",
            name=program.name,
            points=Points(total),
            amount=base_money,
            promotions=", ".join(sorted(promos)),
        )
    else:
        explanation = phrase(
            "Loyalty",
            "{name}: {points} points on {amount} (rates by category)",
            name=program.name,
            points=Points(total),
            amount=base_money,
        )
    return Earning(total=total, by_line=by_line, explanation=explanation)


@dataclass(frozen=True, slots=True)
class RedemptionLimit:
    """How much of this sale points may pay, and which rule sets that limit (in plain words)."""

    program_id: str
    program_version: int
    account: Account
    available: int
    max_points: int
    max_value: Money
    payable: Money
    cap: Money
    reason: Phrase


def redemption_limit(
    program: BonusProgram,
    state: CardProjection,
    priced: PricedCart,
    now: datetime,
    extra_limit: int | None = None,
) -> RedemptionLimit:
    """The most points may pay for ``priced`` now; zero with the reason when points cannot pay at all."""
    currency = program.currency
    account = Account.points(currency)
    available = state.balance(account, now).available
    payable = Money(
        sum(p.net.minor for p in priced.lines if program.redeem_scope.covers(p.line.product)), priced.currency
    )
    cap = Money(priced.total.minor * program.cap_bp // MAX_BP, currency)
    zero = Money.zero(currency)

    def limit(value: Money, reason: Phrase) -> RedemptionLimit:
        return RedemptionLimit(
            program_id=program.id,
            program_version=program.version,
            account=account,
            available=available,
            max_points=points_cost(program, value),
            max_value=value,
            payable=payable,
            cap=cap,
            reason=reason,
        )

    if priced.currency != currency:
        return limit(
            zero, phrase("Loyalty", "{name} points are for sales in {currency}", name=program.name, currency=currency)
        )
    if priced.total.minor < program.min_receipt_minor:
        minimum = Money(program.min_receipt_minor, currency)
        return limit(zero, phrase("Loyalty", "points can pay for receipts from {minimum}", minimum=minimum))
    if available <= 0:
        return limit(zero, phrase("Loyalty", "no points available"))
    if available < program.min_balance:
        minimum_points = Points(program.min_balance)
        return limit(zero, phrase("Loyalty", "points can be spent from a balance of {minimum}", minimum=minimum_points))
    # The words are made only for the limit that wins (the lowest, the first listed on a tie).
    candidates: list[tuple[Money, Callable[[], Phrase]]] = [
        (
            points_worth(program, available),
            lambda: phrase("Loyalty", "{points} points available", points=Points(available)),
        ),
        (payable, lambda: phrase("Loyalty", "goods payable with points")),
        (cap, lambda: phrase("Loyalty", "up to {percent} of the receipt", percent=Percent(program.cap_bp))),
    ]
    if extra_limit is not None:
        offline = extra_limit
        candidates.append(
            (
                points_worth(program, offline),
                lambda: phrase("Loyalty", "offline limit {points} points", points=Points(offline)),
            )
        )
    value, reason = min(candidates, key=lambda candidate: candidate[0].minor)
    return limit(value, reason())


def check_points_payment(
    bonus: BonusProgram,
    priced: PricedCart,
    payments: Sequence[Payment],
    state: CardProjection,
    now: datetime,
    *,
    redeem_limit: int | None = None,
) -> int:
    """Check points payments for a sale against every limit; return the points they spend (hundredths).

    Raises:
        InvalidPayment: a payment's ``points`` is not what its amount costs.
        ReceiptTooSmall, BelowMinimumBalance, InsufficientPoints, CapExceeded (payable goods, cap, offline limit).
    """
    currency = bonus.currency
    for payment in payments:
        if payment.points != points_cost(bonus, payment.amount):
            cost = Points(points_cost(bonus, payment.amount))
            raise InvalidPayment(
                phrase("Reasons", "{amount} costs {points} points", amount=payment.amount, points=cost)
            )
    value = Money(sum(p.amount.minor for p in payments), currency)
    points = sum(p.points for p in payments)
    total = priced.total
    limit = redemption_limit(bonus, state, priced, now)
    if total.minor < bonus.min_receipt_minor:
        minimum = Money(bonus.min_receipt_minor, currency)
        raise ReceiptTooSmall(phrase("Reasons", "paying with points"), total, minimum)
    if 0 < limit.available < bonus.min_balance:
        raise BelowMinimumBalance(limit.available, bonus.min_balance)
    if limit.available < points:
        raise InsufficientPoints(points, limit.available)
    if value > limit.payable:
        raise CapExceeded(value, limit.payable, phrase("Reasons", "goods payable with points"))
    if value > limit.cap:
        raise CapExceeded(value, limit.cap, phrase("Reasons", "{percent} cap", percent=Percent(bonus.cap_bp)))
    if redeem_limit is not None and points > redeem_limit:
        raise CapExceeded(Points(points), Points(redeem_limit), phrase("Reasons", "offline limit"))
    return points
