"""Discount rules and how they stack: additive in priority order, or best-of; "does not combine" stands alone.

Additive: rules apply one after another in ``(priority, id)`` order, each to what the lines still cost after
the rules before it. A rule that does not combine competes, alone, against the stack of all rules that do; the
customer gets whichever saves more (ties go to the rule that comes first in the order). Best-of: every rule
competes alone. A percentage is taken on the eligible lines together, rounded half up once, and split over
them by largest remainder, so it never drifts with the number of lines. The order programs are listed in
never matters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from app.domain.cart import PricedLine
from app.domain.loyalty.programs import MAX_BP, Scope, StackingMode
from app.domain.money import Money, allocate, round_half_up
from app.domain.phrase import Phrase, phrase

Remaining = Mapping[str, int]
Compute = Callable[[Remaining], dict[str, int]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One discount a program or coupon offers for this sale, not yet stacked."""

    source: str
    program_id: str
    program_version: int
    order: tuple[int, str]
    combines: bool
    title: Phrase
    explanation: Phrase
    compute: Compute = field(compare=False)


@dataclass(frozen=True, slots=True)
class AppliedRule:
    """A rule that gave a discount (or, with ``discount`` zero, a rule that informs only)."""

    source: str
    program_id: str
    program_version: int
    title: Phrase
    explanation: Phrase
    discount: Money
    by_line: Mapping[str, int] = field(default_factory=dict)


def percent_off(lines: Sequence[PricedLine], scope: Scope, percent_bp: int) -> Compute:
    return percent_of([p.line.line_id for p in lines if scope.covers(p.line.product)], percent_bp)


def percent_of(eligible: Sequence[str], percent_bp: int) -> Compute:
    """``percent_bp`` off the lines ``eligible`` names (their ids, in cart order), taken on them together."""

    def compute(remaining: Remaining) -> dict[str, int]:
        amounts = [max(remaining[line_id], 0) for line_id in eligible]
        total = round_half_up(sum(amounts) * percent_bp, MAX_BP)
        return _spread(eligible, amounts, total)

    return compute


def value_off(lines: Sequence[PricedLine], scope: Scope, value_minor: int) -> Compute:
    return value_of([p.line.line_id for p in lines if scope.covers(p.line.product)], value_minor)


def value_of(eligible: Sequence[str], value_minor: int) -> Compute:
    """``value_minor`` off the lines ``eligible`` names, at most what they still cost."""

    def compute(remaining: Remaining) -> dict[str, int]:
        amounts = [max(remaining[line_id], 0) for line_id in eligible]
        return _spread(eligible, amounts, min(value_minor, sum(amounts)))

    return compute


def units_free(lines: Sequence[PricedLine], free_units: Mapping[str, int]) -> Compute:
    qty = {p.line.line_id: p.line.qty_milli for p in lines}

    def compute(remaining: Remaining) -> dict[str, int]:
        return {
            line_id: round_half_up(max(remaining[line_id], 0) * units * 1000, qty[line_id])
            for line_id, units in free_units.items()
            if units
        }

    return compute


def _spread(line_ids: Sequence[str], amounts: list[int], total: int) -> dict[str, int]:
    if total <= 0 or not line_ids:
        return {}
    return {line_id: part for line_id, part in zip(line_ids, allocate(total, amounts), strict=True) if part}


@dataclass(frozen=True, slots=True)
class Stacked:
    applied: tuple[AppliedRule, ...]
    notes: tuple[Phrase, ...]

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(rule.source for rule in self.applied)


def stack(rules: Sequence[Rule], base: Mapping[str, int], mode: StackingMode, currency: str) -> Stacked:
    """Choose and apply the rules for lines that cost ``base`` (line id -> minor units) before discounts."""
    ordered = sorted(rules, key=lambda rule: rule.order)
    if not ordered:
        return Stacked((), ())
    if mode is StackingMode.BEST_OF:
        groups = [[rule] for rule in ordered]
    else:
        together = [rule for rule in ordered if rule.combines]
        groups = ([together] if together else []) + [[rule] for rule in ordered if not rule.combines]
    outcomes = [_run(group, base, currency) for group in groups]
    results = [outcome for outcome in outcomes if outcome]
    if not results:
        return Stacked((), ())
    best = min(results, key=lambda applied: (-_saving(applied), _first_order(applied, ordered)))
    notes = []
    chosen = {rule.source for rule in best}
    for other in results:
        if other is best:
            continue
        for rule in other:
            if rule.source not in chosen:
                notes.append(
                    phrase(
                        "Loyalty",
                        "{rule} not combined: {chosen} saves more ({saving} vs {other})",
                        rule=rule.title,
                        chosen=_titles(best),
                        saving=Money(_saving(best), currency),
                        other=Money(_saving(other), currency),
                    )
                )
    return Stacked(tuple(best), tuple(notes))


def _run(group: Sequence[Rule], base: Mapping[str, int], currency: str) -> list[AppliedRule]:
    remaining = dict(base)
    applied: list[AppliedRule] = []
    for rule in group:
        by_line: dict[str, int] = {}
        for line_id, wanted in rule.compute(remaining).items():
            left = remaining[line_id]
            amount = wanted if wanted <= left else left
            if amount > 0:
                by_line[line_id] = amount
        if not by_line:
            continue
        for line_id, amount in by_line.items():
            remaining[line_id] -= amount
        applied.append(
            AppliedRule(
                source=rule.source,
                program_id=rule.program_id,
                program_version=rule.program_version,
                title=rule.title,
                explanation=rule.explanation,
                discount=Money(sum(by_line.values()), currency),
                by_line=by_line,
            )
        )
    return applied


def _saving(applied: Sequence[AppliedRule]) -> int:
    return sum(rule.discount.minor for rule in applied)


def _first_order(applied: Sequence[AppliedRule], ordered: Sequence[Rule]) -> int:
    sources = {rule.source for rule in applied}
    return next(index for index, rule in enumerate(ordered) if rule.source in sources)


def _titles(applied: Sequence[AppliedRule]) -> Phrase:
    titles = applied[0].title
    for rule in applied[1:]:
        titles = phrase("Loyalty", "{first} + {second}", first=titles, second=rule.title)
    return titles
