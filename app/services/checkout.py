"""Ringing up a sale: scan items, change quantities, attach a card, take payments, complete or void.

A sale in progress lives in memory (``Sale``); every refused action leaves it exactly as it was. Completion
writes the sale, its lines, payments, ledger entries, audit and outbox rows in ONE transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.domain.barcodes import MeasureKind, ScanKind
from app.domain.cart import Adjustment, CartLine
from app.domain.catalog import Product
from app.domain.errors import DomainError, InvalidQuantity, MalformedBarcode, UnknownBarcode
from app.domain.ids import HlcClock
from app.domain.money import Money
from app.domain.phrase import Phrase, phrase
from app.domain.receipt import LoyaltyBlock
from app.domain.sale import Sale, SaleRecord
from app.domain.tender import Payment
from app.services.context import Clock, TillContext
from app.services.documents import sale_document
from app.services.loyalty_gateway import LoyaltyGateway, Settled
from app.services.loyalty_views import MemberView
from app.store.uow import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)


class NoOpenShift(DomainError):
    def __init__(self) -> None:
        super().__init__("open a shift before selling")


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    """What a scan did: added or increased a line, or attached a member card."""

    line: CartLine | None = None
    member: MemberView | None = None


@dataclass(frozen=True, slots=True)
class Completed:
    """A completed sale, with the card's view after it and the receipt's loyalty block."""

    record: SaleRecord
    member: MemberView | None
    loyalty: LoyaltyBlock | None = None


class CheckoutService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        context: TillContext,
        clock: Clock,
        loyalty: LoyaltyGateway,
        hlc: HlcClock | None = None,
    ) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._loyalty = loyalty
        self._hlc = hlc

    @property
    def context(self) -> TillContext:
        return self._context

    def start_sale(self, cashier_id: str) -> Sale:
        with self._uow() as uow:
            shift = uow.shifts.open_shift(self._context.till_id)
            if shift is None:
                raise NoOpenShift()
            shift_id = shift.id
        return Sale(
            store_id=self._context.store_id,
            till_id=self._context.till_id,
            cashier_id=cashier_id,
            currency=self._context.currency,
            created_at=self._clock(),
            shift_id=shift_id,
        )

    def scan(self, sale: Sale, raw: str) -> ScanOutcome:
        """A scanned or typed code: a member card attaches the member, anything else is looked up as an item."""
        code = raw.strip()
        if self._context.numbering.is_card_number(code):
            return ScanOutcome(member=self.attach_card(sale, code))
        try:
            return ScanOutcome(line=self.add_item(sale, code))
        except UnknownBarcode:
            with self._uow() as uow:
                is_card = uow.members.card_by_number(code) is not None
            if is_card:
                return ScanOutcome(member=self.attach_card(sale, code))
            raise

    def add_item(self, sale: Sale, raw: str, qty_milli: int = 1000) -> CartLine:
        """Add the product with this barcode; scale labels carry their own price or weight.

        Raises:
            UnknownBarcode: no product has it (the cart is unchanged).
            MalformedBarcode: a misread or a label whose item is not sold by weight/price here.
        """
        sale.check_editable()
        scanned = self._context.barcodes.read(raw)
        with self._uow() as uow:
            if scanned.kind is ScanKind.VARIABLE_MEASURE:
                product = uow.catalog.by_plu(scanned.lookup)
                if product is None:
                    raise UnknownBarcode(scanned.raw)
            else:
                product = uow.catalog.by_barcode(scanned.lookup)
                if product is None:
                    raise UnknownBarcode(scanned.raw)
        if not product.active:
            raise UnknownBarcode(scanned.raw)
        if scanned.kind is ScanKind.VARIABLE_MEASURE:
            return self._add_measured(sale, product, scanned.raw, scanned.measure, scanned.value or 0)
        line = sale.cart.add(product, qty_milli, barcode=scanned.raw)
        self._reprice(sale)
        return line

    def add_product(self, sale: Sale, product: Product, qty_milli: int = 1000) -> CartLine:
        """Add a product chosen from price lookup rather than scanned."""
        sale.check_editable()
        line = sale.cart.add(product, qty_milli)
        self._reprice(sale)
        return line

    def _add_measured(
        self, sale: Sale, product: Product, raw: str, measure: MeasureKind | None, value: int
    ) -> CartLine:
        if value <= 0:
            raise MalformedBarcode(raw, phrase("Reasons", "the label carries no amount"))
        if measure is MeasureKind.WEIGHT:
            if not product.sold_by_weight:
                raise MalformedBarcode(raw, phrase("Reasons", "{product} is not sold by weight", product=product.name))
            line = sale.cart.add(product, value, barcode=raw)
        else:
            price = Money(value, self._context.currency)
            line = sale.cart.add(product, 1000, unit_price=price, barcode=raw)
        self._reprice(sale)
        return line

    def set_quantity(self, sale: Sale, line_id: str, qty_milli: int) -> CartLine:
        sale.check_editable()
        if qty_milli <= 0:
            raise InvalidQuantity(
                phrase("Reasons", "the quantity must be more than zero (use remove to take a line off)")
            )
        line = sale.cart.set_quantity(line_id, qty_milli)
        self._reprice(sale)
        return line

    def remove_line(self, sale: Sale, line_id: str) -> CartLine:
        sale.check_editable()
        line = sale.cart.remove(line_id)
        self._reprice(sale)
        return line

    def override_price(self, sale: Sale, line_id: str, unit_price: Money, *, approved_by: str) -> CartLine:
        sale.check_editable()
        before = sale.cart.line(line_id)
        line = sale.cart.override_price(line_id, unit_price)
        self._reprice(sale)
        with self._uow(write=True) as uow:
            uow.audit.record(
                "price.override",
                now=self._clock(),
                actor_id=sale.cashier_id,
                approver_id=approved_by,
                subject=sale.id,
                details={"sku": line.product.sku, "from": before.unit_price.minor, "to": unit_price.minor},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            uow.commit()
        return line

    def add_manual_discount(self, sale: Sale, adjustment: Adjustment, *, approved_by: str) -> None:
        sale.check_editable()
        sale.cart.add_manual_discount(adjustment)
        self._reprice(sale)
        with self._uow(write=True) as uow:
            uow.audit.record(
                "discount.manual",
                now=self._clock(),
                actor_id=sale.cashier_id,
                approver_id=approved_by,
                subject=sale.id,
                details={"amount": adjustment.amount.minor, "line": adjustment.line_id},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            uow.commit()

    def attach_card(self, sale: Sale, number: str) -> MemberView:
        """Attach a member card to the sale and re-price it; a blocked or unknown card raises, sale unchanged."""
        sale.check_editable()
        return self._loyalty.attach(sale, number)

    def detach_card(self, sale: Sale) -> None:
        sale.check_editable()
        self._loyalty.detach(sale)

    def present_coupon(self, sale: Sale, code: str) -> Phrase:
        """Add a coupon code; returns its discount in plain words, or raises why it does not apply."""
        sale.check_editable()
        return self._loyalty.present_coupon(sale, code)

    def points_payment(self, sale: Sale, amount: Money) -> Payment:
        """A payment of ``amount`` with the member's points (its cost in points filled in)."""
        return self._loyalty.points_payment(sale, amount)

    def gift_payment(self, sale: Sale, number: str, amount: Money) -> Payment:
        """A payment of ``amount`` from the gift card with this number."""
        return self._loyalty.gift_payment(sale, number, amount)

    def add_payment(self, sale: Sale, payment: Payment) -> None:
        """Take a payment; points and gift cards are checked against the card's balance and limits first."""
        sale.check_open()
        self._loyalty.check_tender(sale, payment)
        sale.add_payment(payment)

    def remove_payment(self, sale: Sale, payment_id: str) -> Payment:
        return sale.remove_payment(payment_id)

    def member_view(self, sale: Sale) -> MemberView | None:
        return self._loyalty.view_for_sale(sale) if sale.card_id else None

    def complete(self, sale: Sale) -> Completed:
        """Complete the sale atomically: sale, lines, payments, ledger entries, audit and outbox in one commit."""
        now = self._clock()
        with self._uow(write=True) as uow:
            record = sale.complete(
                number=uow.sales.next_number(self._context.till_id, self._context.store_code), now=now
            )
            try:
                settled = self._persist(uow, record, sale)
                uow.commit()
            except BaseException:
                sale.status = sale.status.OPEN
                raise
        log.info("sale %s completed: %s, %d lines", record.number, record.total, len(record.lines))
        view = self._loyalty.view_for_sale(sale)
        self._loyalty.forget(sale)
        return Completed(record=record, member=view, loyalty=settled.block)

    def _persist(self, uow: UnitOfWork, record: SaleRecord, sale: Sale) -> Settled:
        stamp = self._hlc.now().encode() if self._hlc is not None else ""
        settled = self._loyalty.settle(uow, sale, record)
        uow.sales.add(record, loyalty=settled.stored, hlc=stamp)
        document = sale_document(record, settled.documents())
        document["hlc"] = stamp
        document["loyalty"] = settled.stored
        uow.outbox.add("sale", record.id, document, now=record.completed_at)
        return settled

    def void(self, sale: Sale, *, approved_by: str, reason: str = "") -> SaleRecord:
        """Cancel the sale (a manager approves); it is kept as a voided record for the Z report and audit."""
        now = self._clock()
        with self._uow(write=True) as uow:
            record = sale.void(
                number=uow.sales.next_number(self._context.till_id, self._context.store_code),
                now=now,
                approved_by=approved_by,
            )
            try:
                uow.sales.add(record)
                uow.audit.record(
                    "sale.void",
                    now=now,
                    actor_id=sale.cashier_id,
                    approver_id=approved_by,
                    subject=record.id,
                    details={"number": record.number, "total": record.total.minor, "reason": reason},
                    store_id=self._context.store_id,
                    till_id=self._context.till_id,
                )
                uow.outbox.add("sale", record.id, sale_document(record, []), now=now)
                uow.commit()
            except BaseException:
                sale.status = sale.status.OPEN
                raise
        self._loyalty.forget(sale)
        return record

    def _reprice(self, sale: Sale) -> None:
        self._loyalty.reprice(sale)
