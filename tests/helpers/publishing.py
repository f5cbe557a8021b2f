"""Programs made at a till for tests of who may publish them: a coupon saved in the editor, and tried at a sale."""

from __future__ import annotations

from sqlalchemy import update

from app.bootstrap import Till
from app.domain.loyalty import Coupon
from app.domain.loyalty.errors import UnknownCoupon
from app.services.auth import Role
from app.services.program_editor import ProgramEditor
from app.services.setup import add_staff
from app.store.models import TillLinkRow
from tests.helpers.chain import BARCODES


def save_coupon(till: Till, code: str) -> Coupon:
    """A manager of ``till`` makes a new coupon in the program editor (it works on this till at once)."""
    manager_id = add_staff(till.uow, f"Manager {code}", Role.MANAGER, "4321")
    editor = ProgramEditor(till.uow, till.context, till.clock, till.hlc, on_saved=till.loyalty.reload_programs)
    template = next(p for p in editor.templates() if isinstance(p, Coupon))
    saved = editor.save({**template.to_dict(), "id": f"coupon-{code.lower()}", "code": code}, by=manager_id)
    assert isinstance(saved, Coupon)
    return saved


def coupon_works(till: Till, cashier_id: str, code: str) -> bool:
    """Whether a cashier can take the coupon on a sale (the sale is left unfinished: it lives in memory only)."""
    sale = till.checkout.start_sale(cashier_id)
    till.checkout.scan(sale, BARCODES[3])
    try:
        till.checkout.present_coupon(sale, code.lower())
    except UnknownCoupon:
        return False
    priced = sale.priced()
    return priced.total < priced.subtotal


def forget_right(till: Till) -> None:
    """As a till registered with an office that did not say whether it may publish programs."""
    with till.uow(write=True) as uow:
        uow.session.execute(update(TillLinkRow).values(publish_programs=None))
        uow.commit()
