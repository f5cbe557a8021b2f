"""Points programs: bonus points earned and spent as payment, welcome and birthday bonuses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from app.domain.loyalty.calendar import zone
from app.domain.loyalty.errors import InvalidProgram
from app.domain.loyalty.programs import (
    MAX_BP,
    Program,
    Scope,
    between,
    check,
    check_currency,
    check_percent,
    more_than_zero,
    not_negative,
)
from app.domain.money import exponent
from app.domain.phrase import Percent, Phrase, phrase


def unknown_zone() -> Phrase:
    return phrase("Errors", "is not a known timezone")


@dataclass(frozen=True, slots=True)
class CategoryMultiplier:
    """Points on a category multiplied: 200 doubles them, 0 gives none."""

    category: str
    multiplier_pct: int


@dataclass(frozen=True, slots=True)
class PromoRate:
    """A promotional earn rate replacing the usual one inside its window (shop-local dates, weekdays, hours)."""

    name: str
    rate_bp: int
    starts_on: date | None = None
    ends_on: date | None = None
    weekdays: frozenset[int] = frozenset()
    from_hour: int = 0
    to_hour: int = 24
    categories: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class BonusProgram(Program):
    """Points earned on what is paid and spent as payment, in one currency's points account.

    ``point_value_minor`` is what one whole point pays, in minor units (``None``: one unit of the currency,
    e.g. 100 for ILS -- 1 point = 1 shekel). ``cap_bp`` limits the points payment to a share of the receipt;
    ``min_balance`` (hundredths of a point) and ``min_receipt_minor`` must be reached before points can pay.
    Earned points wait ``pending_days`` (the return window) and expire ``expiry_months`` after earning.
    """

    KIND: ClassVar[str] = "bonus"
    currency: str
    earn_rate_bp: int
    multipliers: tuple[CategoryMultiplier, ...] = ()
    promotions: tuple[PromoRate, ...] = ()
    earn_scope: Scope = field(default_factory=Scope)
    points_paid_part_earns: bool = False
    gift_paid_part_earns: bool = True
    point_value_minor: int | None = None
    redeem_scope: Scope = field(default_factory=Scope)
    cap_bp: int = MAX_BP
    min_balance: int = 0
    min_receipt_minor: int = 0
    pending_days: int = 0
    expiry_months: int | None = None
    timezone: str = "UTC"

    def validate(self, what: str) -> None:
        check_currency(self.currency, what)
        check_percent(self.earn_rate_bp, what, "earn_rate_bp")
        check_percent(self.cap_bp, what, "cap_bp")
        categories = [m.category for m in self.multipliers]
        check(
            len(set(categories)) == len(categories),
            what,
            "multipliers",
            phrase("Errors", "list each category once"),
        )
        for index, multiplier in enumerate(self.multipliers):
            check(0 <= multiplier.multiplier_pct <= 1000, what, f"multipliers[{index}]", between(0, Percent(100_000)))
        for index, promo in enumerate(self.promotions):
            field = f"promotions[{index}]"
            check_percent(promo.rate_bp, what, f"{field}.rate_bp")
            check(
                0 <= promo.from_hour < promo.to_hour <= 24,
                what,
                f"{field}.hours",
                phrase("Errors", "must be within {lowest}-{highest}", lowest=0, highest=24),
            )
            check(
                all(0 <= day <= 6 for day in promo.weekdays),
                what,
                f"{field}.weekdays",
                phrase("Errors", "are 0 (Mon)-6 (Sun)"),
            )
            if promo.starts_on and promo.ends_on:
                check(
                    promo.starts_on <= promo.ends_on,
                    what,
                    f"{field}.ends_on",
                    phrase("Errors", "must not be before {field}", field="starts_on"),
                )
        check(self.point_value_minor is None or self.point_value_minor > 0, what, "point_value_minor", more_than_zero())
        check(self.min_balance >= 0, what, "min_balance", not_negative())
        check(self.min_receipt_minor >= 0, what, "min_receipt_minor", not_negative())
        check(0 <= self.pending_days <= 366, what, "pending_days", between(0, 366))
        check(self.expiry_months is None or 1 <= self.expiry_months <= 120, what, "expiry_months", between(1, 120))
        if self.expiry_months is not None:
            check(
                self.pending_days < self.expiry_months * 28,
                what,
                "pending_days",
                phrase("Errors", "must end before points expire"),
            )
        try:
            zone(self.timezone)
        except ValueError:
            raise InvalidProgram(what, "timezone", unknown_zone()) from None

    def point_value(self) -> int:
        """Minor units of the currency that one whole point pays."""
        return self.point_value_minor if self.point_value_minor is not None else 10 ** exponent(self.currency)


@dataclass(frozen=True, slots=True, kw_only=True)
class WelcomeBonus(Program):
    """Points credited once when a card is issued."""

    KIND: ClassVar[str] = "welcome"
    currency: str
    points: int
    expiry_months: int | None = None

    def validate(self, what: str) -> None:
        check_currency(self.currency, what)
        check(self.points > 0, what, "points", more_than_zero())


@dataclass(frozen=True, slots=True, kw_only=True)
class BirthdayBonus(Program):
    """Points once a year, on a sale or visit within ``window_days`` of the member's birthday."""

    KIND: ClassVar[str] = "birthday"
    currency: str
    points: int
    window_days: int = 7
    expiry_months: int | None = None
    timezone: str = "UTC"

    def validate(self, what: str) -> None:
        check_currency(self.currency, what)
        check(self.points > 0, what, "points", more_than_zero())
        check(0 <= self.window_days <= 60, what, "window_days", between(0, 60))
        try:
            zone(self.timezone)
        except ValueError:
            raise InvalidProgram(what, "timezone", unknown_zone()) from None
