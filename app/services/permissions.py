"""Who may do what: each act names the least role it needs, and services check it against the staff record."""

from __future__ import annotations

from enum import StrEnum

from app.services.auth import NotAllowed, Role, StaffMember, to_staff
from app.store.uow import UnitOfWork


class Act(StrEnum):
    """Acts a till refuses to anyone below the role in ``NEEDED``; selling itself needs only a cashier."""

    SELL = "sell"
    VOID = "void"
    REFUND = "refund"
    PRICE_OVERRIDE = "price_override"
    MANUAL_DISCOUNT = "manual_discount"
    POINT_ADJUSTMENT = "point_adjustment"
    CARD_BLOCK = "card_block"
    MEMBER_MERGE = "member_merge"
    GIFT_CARD_ISSUE = "gift_card_issue"
    PROGRAM_EDIT = "program_edit"
    DATA_IMPORT = "data_import"


NEEDED: dict[Act, Role] = {
    Act.SELL: Role.CASHIER,
    Act.VOID: Role.MANAGER,
    Act.REFUND: Role.MANAGER,
    Act.PRICE_OVERRIDE: Role.MANAGER,
    Act.MANUAL_DISCOUNT: Role.MANAGER,
    Act.POINT_ADJUSTMENT: Role.MANAGER,
    Act.CARD_BLOCK: Role.MANAGER,
    Act.MEMBER_MERGE: Role.MANAGER,
    Act.GIFT_CARD_ISSUE: Role.MANAGER,
    Act.PROGRAM_EDIT: Role.MANAGER,
    Act.DATA_IMPORT: Role.MANAGER,
}


def require(uow: UnitOfWork, staff_id: str | None, act: Act) -> StaffMember:
    """The active member of staff ``staff_id`` if their role allows ``act``.

    Raises:
        NotAllowed: nobody, an unknown or inactive member of staff, or a role below the one the act needs.
    """
    needed = NEEDED[act]
    row = uow.shop.staff(staff_id) if staff_id else None
    if row is None or not row.active:
        raise NotAllowed(needed.value)
    staff = to_staff(row)
    if not staff.role.at_least(needed):
        raise NotAllowed(needed.value)
    return staff
