"""Parking a sale and taking it up again later, on this till, surviving a restart (the ``suspended_sale`` table)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from app.domain.cart import Adjustment
from app.domain.errors import DomainError
from app.domain.money import Money
from app.domain.phrase import Phrase, phrase
from app.domain.sale import Sale
from app.services.checkout import CheckoutService, NoOpenShift
from app.services.context import Clock, TillContext
from app.services.loyalty_gateway import LoyaltyGateway
from app.services.loyalty_views import MemberView
from app.store.models import SuspendedSaleRow
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


class CannotSuspend(DomainError):
    def __init__(self, reason: Phrase) -> None:
        super().__init__(phrase("Errors", "this sale cannot be parked: {reason}", reason=reason), reason=reason)


class NothingSuspended(DomainError):
    def __init__(self) -> None:
        super().__init__("that parked sale is no longer there")


@dataclass(frozen=True, slots=True)
class ParkedSale:
    """One parked sale as the resume list shows it."""

    id: str
    label: str
    cashier_id: str
    created_at: datetime
    items: int
    total: Money
    has_card: bool
    in_progress: bool


@dataclass(frozen=True, slots=True)
class Resumed:
    """A sale taken up again; ``dropped`` names items no longer sold and coupons no longer good (with why),
    ``card_problem`` a card refused now."""

    sale: Sale
    member: MemberView | None
    dropped: tuple[str, ...] = ()
    card_problem: DomainError | None = None


def sale_to_document(sale: Sale) -> dict[str, Any]:
    """A sale in progress as JSON: lines by product id with their prices, manual discounts and the card."""
    return {
        "sale_id": sale.id,
        "created_at": sale.created_at.isoformat(),
        "currency": sale.currency,
        "card_id": sale.card_id,
        "total": sale.due.minor,
        "lines": [
            {
                "line_id": line.line_id,
                "product_id": line.product.id,
                "name": line.product.name,
                "qty_milli": line.qty_milli,
                "unit_price": line.unit_price.minor,
                "barcode": line.barcode,
                "price_overridden": line.price_overridden,
                "measured": line.barcode is not None and line.unit_price != line.product.price,
            }
            for line in sale.cart.lines
        ],
        "manual": [
            {
                "amount": a.amount.minor,
                "source": a.source,
                "explanation": a.explanation.to_data(),
                "line_id": a.line_id,
            }
            for a in sale.cart.manual_adjustments
        ],
    }


class SuspendedSales:
    """Park and resume sales of this till. A parked sale keeps its id, lines, prices, discounts and card."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        context: TillContext,
        clock: Clock,
        checkout: CheckoutService,
        loyalty: LoyaltyGateway,
    ) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._checkout = checkout
        self._loyalty = loyalty

    def park(self, sale: Sale, label: str, *, in_progress: bool = False) -> str:
        """Store the sale for later; the caller drops its copy. Refused once a payment is taken."""
        sale.check_open()
        if sale.cart.is_empty():
            raise CannotSuspend(phrase("Reasons", "it has no items"))
        if sale.payments:
            raise CannotSuspend(phrase("Reasons", "remove the payments first"))
        with self._uow(write=True) as uow:
            uow.session.execute(delete(SuspendedSaleRow).where(SuspendedSaleRow.id == sale.id))
            uow.session.add(
                SuspendedSaleRow(
                    id=sale.id,
                    till_id=self._context.till_id,
                    cashier_id=sale.cashier_id,
                    label=label[:100],
                    document={**sale_to_document(sale), "coupons": self._loyalty.coupon_codes(sale)},
                    created_at=self._clock(),
                    in_progress=in_progress,
                )
            )
            uow.commit()
        if not in_progress:
            self._loyalty.forget(sale)
        log.info("sale %s parked (%d lines)", sale.id, len(sale.cart.lines))
        return sale.id

    def parked(self) -> list[ParkedSale]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(SuspendedSaleRow)
                .where(SuspendedSaleRow.till_id == self._context.till_id)
                .order_by(SuspendedSaleRow.created_at)
            ).all()
            return [
                ParkedSale(
                    id=row.id,
                    label=row.label,
                    cashier_id=row.cashier_id,
                    created_at=row.created_at,
                    items=len(row.document.get("lines", [])),
                    total=Money(int(row.document.get("total", 0)), self._context.currency),
                    has_card=bool(row.document.get("card_id")),
                    in_progress=row.in_progress,
                )
                for row in rows
            ]

    def resume(self, parked_id: str, cashier_id: str) -> Resumed:
        """Rebuild the parked sale for ``cashier_id`` and remove it from the list, in one transaction.

        Raises:
            NothingSuspended: it was resumed already (or never existed on this till).
            NoOpenShift: no shift is open to sell in.
        """
        with self._uow(write=True) as uow:
            row = uow.session.get(SuspendedSaleRow, parked_id)
            if row is None or row.till_id != self._context.till_id:
                raise NothingSuspended()
            doc = dict(row.document)
            shift = uow.shifts.open_shift(self._context.till_id)
            if shift is None:
                raise NoOpenShift()
            products = {p.id: p for p in uow.catalog.products(line["product_id"] for line in doc["lines"])}
            card = uow.members.card(doc["card_id"]) if doc.get("card_id") else None
            sale = Sale(
                store_id=self._context.store_id,
                till_id=self._context.till_id,
                cashier_id=cashier_id,
                currency=self._context.currency,
                created_at=datetime.fromisoformat(doc["created_at"]),
                shift_id=shift.id,
                sale_id=doc["sale_id"],
            )
            dropped: list[str] = []
            currency = self._context.currency
            for line in doc["lines"]:
                product = products.get(line["product_id"])
                if product is None or not product.active:
                    dropped.append(str(line["name"]))
                    continue
                price = Money(int(line["unit_price"]), currency)
                keep_price = bool(line.get("measured")) or bool(line["price_overridden"])
                sale.cart.add(
                    product,
                    int(line["qty_milli"]),
                    unit_price=price if line.get("measured") else None,
                    barcode=line["barcode"],
                    line_id=line["line_id"],
                )
                if keep_price and line["price_overridden"]:
                    sale.cart.override_price(line["line_id"], price)
            kept = {line.line_id for line in sale.cart.lines}
            for item in doc.get("manual", []):
                if item["line_id"] is None or item["line_id"] in kept:
                    amount = Money(int(item["amount"]), currency)
                    explanation = Phrase.from_data(item["explanation"])
                    adjustment = Adjustment(amount, item["source"], explanation, item["line_id"])
                    sale.cart.add_manual_discount(adjustment)
            uow.session.delete(row)
            uow.commit()
        member: MemberView | None = None
        problem: DomainError | None = None
        if card is not None:
            try:
                member = self._checkout.attach_card(sale, card.number)
            except DomainError as error:
                problem = error
        if member is None:
            self._loyalty.reprice(sale)
        for code in doc.get("coupons", []):
            try:
                self._checkout.present_coupon(sale, str(code))
            except DomainError as error:
                dropped.append(f"{code}: {error.message}")
        log.info("sale %s resumed (%d lines, %d dropped)", sale.id, len(sale.cart.lines), len(dropped))
        return Resumed(sale=sale, member=member, dropped=tuple(dropped), card_problem=problem)
