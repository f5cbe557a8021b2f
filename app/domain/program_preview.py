"""What a program would do, before it is saved: "a 250.00 basket for a Gold member gives ..."."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.cart import CartLine, price_lines
from app.domain.catalog import Product
from app.domain.loyalty import (
    Account,
    BonusProgram,
    EntryKind,
    LedgerEntry,
    Member,
    Program,
    TierLadder,
    fact_id,
    fold,
    price_sale,
)
from app.domain.loyalty import Card as EngineCard
from app.domain.loyalty.programs import ANY_FAMILY
from app.domain.money import Money
from app.domain.phrase import Phrase

PREVIEW_CARD = "preview-card"
PREVIEW_FAMILY = "preview"


@dataclass(frozen=True, slots=True)
class PreviewCase:
    """The customer of the example: a basket, the tier they stand in (by name) and the points they hold."""

    basket: Money
    tier: str | None = None
    points: int = 0
    category: str | None = None


@dataclass(frozen=True, slots=True)
class ProgramPreview:
    basket: Money
    discount: Money
    to_pay: Money
    points_earned: int
    points_payable: int
    explanations: tuple[Phrase, ...]


def tier_names(program: Program) -> tuple[str, ...]:
    return tuple(t.name for t in program.tiers) if isinstance(program, TierLadder) else ()


def _spend_for(programs: Sequence[Program], tier: str | None) -> int:
    for program in programs:
        if isinstance(program, TierLadder):
            for found in program.tiers:
                if found.name == tier:
                    return found.threshold_minor
    return 0


def preview(program: Program, others: Sequence[Program], case: PreviewCase, now: datetime) -> ProgramPreview:
    """Price ``case`` with ``program`` in place of its saved version, among the other programs of its family.

    The example member's card belongs to the program's family; their lifetime spend is the threshold of
    ``case.tier`` (on a tier ladder) and their points are ``case.points`` (hundredths), both dated yesterday.
    """
    family = PREVIEW_FAMILY if program.family == ANY_FAMILY else program.family
    programs = [p for p in others if p.id != program.id and p.serves(family)]
    programs.append(program)
    currency = case.basket.currency
    yesterday = now - timedelta(days=1)
    entries = []
    spend = _spend_for(programs, case.tier)
    if spend:
        entries.append(
            LedgerEntry(
                id=fact_id(PREVIEW_CARD, "spend"),
                card_id=PREVIEW_CARD,
                account=Account.spend(currency),
                kind=EntryKind.SPEND,
                amount=spend,
                created_at=yesterday,
            )
        )
    if case.points:
        entries.append(
            LedgerEntry(
                id=fact_id(PREVIEW_CARD, "points"),
                card_id=PREVIEW_CARD,
                account=Account.points(currency),
                kind=EntryKind.ADJUST,
                amount=case.points,
                created_at=yesterday,
            )
        )
    member = Member(EngineCard(id=PREVIEW_CARD, family=family), fold(PREVIEW_CARD, entries))
    product = Product(
        id="preview-product",
        sku="PREVIEW",
        name="basket",
        price=case.basket,
        tax_rate_bp=0,
        category=case.category,
    )
    cart = price_lines(currency, [CartLine("preview-line", product, 1000, case.basket)], [])
    pricing = price_sale(cart, member, programs, now)
    bonus = pricing.bonus_program()
    payable = pricing.max_redeemable_points if isinstance(bonus, BonusProgram) else 0
    return ProgramPreview(
        basket=case.basket,
        discount=pricing.priced.discount_total,
        to_pay=pricing.priced.total,
        points_earned=pricing.points_preview,
        points_payable=payable,
        explanations=pricing.explanations,
    )
