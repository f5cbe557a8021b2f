"""Every kind of program (and coupons) read back from its stored dict by its ``kind``."""

from __future__ import annotations

from typing import Any

from app.domain.loyalty.coupons import Coupon
from app.domain.loyalty.errors import InvalidProgram
from app.domain.loyalty.points import BirthdayBonus, BonusProgram, WelcomeBonus
from app.domain.loyalty.programs import (
    SCHEMA,
    DiscountCard,
    GiftCardProgram,
    Program,
    RepeatRedeemerPerk,
    StackingRule,
    StampCard,
    TierLadder,
)
from app.domain.phrase import phrase

AnyProgram = (
    DiscountCard
    | TierLadder
    | BonusProgram
    | StampCard
    | WelcomeBonus
    | BirthdayBonus
    | RepeatRedeemerPerk
    | GiftCardProgram
    | StackingRule
    | Coupon
)

PROGRAM_KINDS: dict[str, type[Program]] = {
    cls.KIND: cls
    for cls in (
        DiscountCard,
        TierLadder,
        BonusProgram,
        StampCard,
        WelcomeBonus,
        BirthdayBonus,
        RepeatRedeemerPerk,
        GiftCardProgram,
        StackingRule,
        Coupon,
    )
}


def program_from_dict(data: dict[str, Any]) -> Program:
    """Read any program from its ``to_dict`` form, choosing the class by ``kind``.

    Raises:
        InvalidProgram: unknown kind, a missing or wrong field, or a rule that cannot work.
    """
    kind = data.get("kind")
    cls = PROGRAM_KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        what = str(data.get("name") or data.get("id") or "program")
        raise InvalidProgram(what, "kind", phrase("Errors", "{kind} is not a kind of program", kind=repr(kind)))
    if data.get("schema", SCHEMA) != SCHEMA:
        raise InvalidProgram(
            str(data.get("name") or data.get("id")), "schema", phrase("Errors", "must be {expected}", expected=SCHEMA)
        )
    return cls.from_dict(data)
