"""Loyalty engine: programs as data, a ledger as the truth, pure pricing, settlement and returns.

The service calls ``price_sale`` while the cart changes, ``settle_sale`` when the sale completes,
``reverse_sale`` on a return, and the card-life functions (``issue_card``, ``birthday_bonus``, ``adjust``,
``issue_gift_card``, ``top_up_gift_card``, ``expire_lots``, ``issue_coupon``/``check_coupon``). A card's state
is ``fold(entries)`` (full) or ``apply(state, new_entries)`` (incremental); both give equal projections.
"""

from app.domain.loyalty.cards import (
    adjust,
    birthday_bonus,
    issue_card,
    issue_gift_card,
    top_up_gift_card,
    transfer_card,
    welcome_bonus,
)
from app.domain.loyalty.coupons import Coupon, PresentedCoupon, check_coupon, issue_coupon
from app.domain.loyalty.earning import RedemptionLimit, points_cost, points_worth
from app.domain.loyalty.expiry import expire_lots
from app.domain.loyalty.ledger import POINT_SCALE, Account, AccountKind, EntryKind, LedgerEntry, fact_id
from app.domain.loyalty.members import Card, Member
from app.domain.loyalty.points import BirthdayBonus, BonusProgram, CategoryMultiplier, PromoRate, WelcomeBonus
from app.domain.loyalty.pricing import Pricing, price_sale
from app.domain.loyalty.programs import (
    DiscountCard,
    GiftCardProgram,
    Program,
    RepeatRedeemerPerk,
    Scope,
    SpendBasis,
    StackingMode,
    StackingRule,
    StampCard,
    Tier,
    TierLadder,
    UpgradeFrom,
)
from app.domain.loyalty.projection import Balance, CardProjection, Lot, apply, fold
from app.domain.loyalty.receipt import LoyaltyReceipt
from app.domain.loyalty.registry import program_from_dict
from app.domain.loyalty.returns import ReturnResult, reverse_sale
from app.domain.loyalty.settlement import LineShare, Settlement, settle_sale
from app.domain.loyalty.tiers import TierStatus, tier_status

__all__ = [
    "POINT_SCALE",
    "Account",
    "AccountKind",
    "Balance",
    "BirthdayBonus",
    "BonusProgram",
    "Card",
    "CardProjection",
    "CategoryMultiplier",
    "Coupon",
    "DiscountCard",
    "EntryKind",
    "GiftCardProgram",
    "LedgerEntry",
    "LineShare",
    "Lot",
    "LoyaltyReceipt",
    "Member",
    "PresentedCoupon",
    "Pricing",
    "Program",
    "PromoRate",
    "RedemptionLimit",
    "RepeatRedeemerPerk",
    "ReturnResult",
    "Scope",
    "Settlement",
    "SpendBasis",
    "StackingMode",
    "StackingRule",
    "StampCard",
    "Tier",
    "TierLadder",
    "TierStatus",
    "UpgradeFrom",
    "WelcomeBonus",
    "adjust",
    "apply",
    "birthday_bonus",
    "check_coupon",
    "expire_lots",
    "fact_id",
    "fold",
    "issue_card",
    "issue_coupon",
    "issue_gift_card",
    "points_cost",
    "points_worth",
    "price_sale",
    "program_from_dict",
    "reverse_sale",
    "settle_sale",
    "tier_status",
    "top_up_gift_card",
    "transfer_card",
    "welcome_bonus",
]
