"""Loyalty programs as data a manager configures: versioned, validated on construction, JSON-able.

Every program has an ``id``, a ``version`` (raised on each edit; ledger entries record it), a ``name``, the
``family`` of cards it serves (``"*"`` serves every card) and an optional validity window. Percentages are in
basis points (5% = 500), money in minor units, points in hundredths of a point. Programs that give discounts
also have a ``priority`` (lower applies first; ties by id) and ``combines`` (``False``: "does not combine").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, Self

from app.domain.catalog import Product
from app.domain.loyalty.codec import from_plain, to_plain
from app.domain.loyalty.errors import InvalidProgram
from app.domain.money import Money
from app.domain.phrase import Percent, Phrase, phrase

ANY_FAMILY = "*"
SCHEMA = 1
MAX_BP = 10_000


class SpendBasis(StrEnum):
    LIFETIME = "lifetime"
    ROLLING = "rolling"


class UpgradeFrom(StrEnum):
    NEXT_SALE = "next_sale"
    THIS_SALE = "this_sale"


class StackingMode(StrEnum):
    ADDITIVE = "additive"
    BEST_OF = "best_of"


def check(condition: bool, what: str, field: str, reason: Phrase) -> None:
    """Refuse the program unless ``condition``: ``reason`` follows the field's key on the manager's screen."""
    if not condition:
        raise InvalidProgram(what, field, reason)


def must_be_given() -> Phrase:
    """The reason for an empty field (the member profile says it too, so it is translated once)."""
    return phrase("Errors", "must be given")


def not_negative() -> Phrase:
    return phrase("Errors", "must not be negative")


def more_than_zero() -> Phrase:
    return phrase("Errors", "must be more than zero")


def between(lowest: object, highest: object) -> Phrase:
    """The reason for a value out of its range; the ends are values (numbers, percentages, a field's key), so
    each language writes them its own way."""
    return phrase("Errors", "must be {lowest}-{highest}", lowest=lowest, highest=highest)


def check_percent(value: int, what: str, field: str, *, maximum: int = MAX_BP) -> None:
    check(
        type(value) is int and 0 <= value <= maximum,
        what,
        field,
        phrase("Errors", "must be 0-{maximum} in basis points", maximum=Percent(maximum)),
    )


def check_currency(value: str, what: str) -> None:
    check(
        len(value) == 3 and value.isupper() and value.isalpha(),
        what,
        "currency",
        phrase("Errors", "must be an ISO 4217 code"),
    )
    Money.zero(value)


@dataclass(frozen=True, slots=True)
class Scope:
    """Which goods a rule covers: all goods unless products or categories are listed; exclusions always win."""

    products: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    exclude_products: frozenset[str] = frozenset()
    exclude_categories: frozenset[str] = frozenset()

    def covers(self, product: Product) -> bool:
        if product.id in self.exclude_products or (product.category in self.exclude_categories):
            return False
        if not self.products and not self.categories:
            return True
        return product.id in self.products or product.category in self.categories


@dataclass(frozen=True, slots=True, kw_only=True)
class Program:
    """What every program has; subclasses add their rule."""

    KIND: ClassVar[str] = ""

    id: str
    version: int = 1
    name: str
    family: str
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    active: bool = True

    def __post_init__(self) -> None:
        what = self.name or self.id or self.KIND
        check(bool(self.id) and type(self.id) is str, what, "id", must_be_given())
        check(bool(self.name.strip()), what, "name", must_be_given())
        check(bool(self.family.strip()), what, "family", must_be_given())
        check(
            type(self.version) is int and self.version >= 1,
            what,
            "version",
            phrase("Errors", "must be {lowest} or more", lowest=1),
        )
        for field_name in ("valid_from", "valid_until"):
            moment = getattr(self, field_name)
            check(
                moment is None or moment.utcoffset() is not None, what, field_name, phrase("Errors", "needs a timezone")
            )
        if self.valid_from is not None and self.valid_until is not None:
            check(
                self.valid_from < self.valid_until,
                what,
                "valid_until",
                phrase("Errors", "must be after {field}", field="valid_from"),
            )
        self.validate(what)

    def validate(self, what: str) -> None:
        """Checks of the subclass's own fields (raise ``InvalidProgram``)."""

    @property
    def source(self) -> str:
        return f"program:{self.id}"

    def is_live(self, now: datetime) -> bool:
        if not self.active:
            return False
        if self.valid_from is not None and now < self.valid_from:
            return False
        return self.valid_until is None or now < self.valid_until

    def serves(self, family: str | None) -> bool:
        return self.family == ANY_FAMILY or (family is not None and self.family == family)

    def order_key(self) -> tuple[int, str]:
        return (0, self.id)

    def to_dict(self) -> dict[str, Any]:
        plain: dict[str, Any] = to_plain(self)
        return {"kind": self.KIND, "schema": SCHEMA, **plain}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        if data.get("kind", cls.KIND) != cls.KIND:
            found = repr(data.get("kind"))
            raise InvalidProgram(
                cls.KIND, "kind", phrase("Errors", "is {found}, not {expected}", found=found, expected=repr(cls.KIND))
            )
        return from_plain(cls, data, str(data.get("name") or data.get("id") or cls.KIND))


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscountRule(Program):
    """A program that takes money off: applied in ``priority`` order; ``combines=False`` stands alone."""

    priority: int = 100
    combines: bool = True

    def order_key(self) -> tuple[int, str]:
        return (self.priority, self.id)


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscountCard(DiscountRule):
    """A fixed percentage off all goods or off an eligible list, with exclusions."""

    KIND: ClassVar[str] = "discount"
    percent_bp: int
    scope: Scope = Scope()

    def validate(self, what: str) -> None:
        check_percent(self.percent_bp, what, "percent_bp")


@dataclass(frozen=True, slots=True)
class Tier:
    name: str
    threshold_minor: int
    percent_bp: int


@dataclass(frozen=True, slots=True, kw_only=True)
class TierLadder(DiscountRule):
    """Named tiers reached by spend for life or over a rolling window of months.

    A tier is reached at once when spend crosses its threshold (from this sale or the next, ``upgrade_from``);
    with rolling spend a tier is kept until the end of the review period (``review_months``, counted from
    January) in which the window last qualified for it, so downgrades happen only at a period end.
    """

    KIND: ClassVar[str] = "tiers"
    currency: str
    tiers: tuple[Tier, ...]
    basis: SpendBasis = SpendBasis.LIFETIME
    window_months: int = 12
    review_months: int = 12
    upgrade_from: UpgradeFrom = UpgradeFrom.NEXT_SALE
    scope: Scope = Scope()

    def validate(self, what: str) -> None:
        check_currency(self.currency, what)
        check(bool(self.tiers), what, "tiers", phrase("Errors", "must list at least one tier"))
        names = [tier.name.strip() for tier in self.tiers]
        check(all(names) and len(set(names)) == len(names), what, "tiers", phrase("Errors", "need distinct names"))
        for index, tier in enumerate(self.tiers):
            check_percent(tier.percent_bp, what, f"tiers[{index}].percent_bp")
            check(tier.threshold_minor >= 0, what, f"tiers[{index}].threshold_minor", not_negative())
            if index:
                check(
                    tier.threshold_minor > self.tiers[index - 1].threshold_minor,
                    what,
                    f"tiers[{index}].threshold_minor",
                    phrase("Errors", "must be higher than the tier before"),
                )
        check(1 <= self.window_months <= 36, what, "window_months", between(1, 36))
        check(self.review_months in (1, 2, 3, 4, 6, 12), what, "review_months", phrase("Errors", "must divide a year"))


@dataclass(frozen=True, slots=True, kw_only=True)
class StampCard(DiscountRule):
    """Buy ``stamps_needed`` qualifying items, get the next one free (the cheapest qualifying unit in the sale)."""

    KIND: ClassVar[str] = "stamps"
    scope: Scope
    stamps_needed: int
    stamps_per_item: int = 1
    expiry_months: int | None = None

    def validate(self, what: str) -> None:
        check(1 <= self.stamps_needed <= 1000, what, "stamps_needed", between(1, 1000))
        check(1 <= self.stamps_per_item <= self.stamps_needed, what, "stamps_per_item", between(1, "stamps_needed"))
        check(self.expiry_months is None or 1 <= self.expiry_months <= 120, what, "expiry_months", between(1, 120))


@dataclass(frozen=True, slots=True, kw_only=True)
class RepeatRedeemerPerk(DiscountRule):
    """An extra discount, costing no points, for members who spent points in more than ``after_redemptions`` sales."""

    KIND: ClassVar[str] = "perk"
    after_redemptions: int
    percent_bp: int
    scope: Scope = Scope()

    def validate(self, what: str) -> None:
        check(self.after_redemptions >= 0, what, "after_redemptions", not_negative())
        check_percent(self.percent_bp, what, "percent_bp")


@dataclass(frozen=True, slots=True, kw_only=True)
class GiftCardProgram(Program):
    """Gift cards and certificates: a money balance in one currency, loaded, topped up, spent in parts."""

    KIND: ClassVar[str] = "gift"
    currency: str
    validity_months: int | None = 12
    min_load_minor: int = 1
    max_load_minor: int | None = None
    top_up: bool = True

    def validate(self, what: str) -> None:
        check_currency(self.currency, what)
        check(self.min_load_minor >= 1, what, "min_load_minor", more_than_zero())
        check(
            self.max_load_minor is None or self.max_load_minor >= self.min_load_minor,
            what,
            "max_load_minor",
            phrase("Errors", "must not be below {field}", field="min_load_minor"),
        )
        check(
            self.validity_months is None or 1 <= self.validity_months <= 120,
            what,
            "validity_months",
            between(1, 120),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class StackingRule(Program):
    """How the family's discounts combine: all in priority order (additive) or only the best one (best-of)."""

    KIND: ClassVar[str] = "stacking"
    mode: StackingMode = StackingMode.ADDITIVE
