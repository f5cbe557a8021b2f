"""A sale from first scan to payment, and the frozen record it leaves once completed (or voided)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.domain.cart import Cart, PricedCart
from app.domain.errors import EmptySale, InvalidPayment, SaleClosed
from app.domain.ids import new_id
from app.domain.money import Money, total
from app.domain.phrase import Phrase, phrase
from app.domain.tax import TaxLine, vat_breakdown
from app.domain.tender import Payment, check_payment, check_settled, paid, remaining_due


class SaleKind(StrEnum):
    SALE = "sale"
    RETURN = "return"


class SaleStatus(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    VOIDED = "voided"


@dataclass(frozen=True, slots=True)
class SaleLineRecord:
    """One line as sold. In a return every amount and the quantity are negative."""

    id: str
    position: int
    product_id: str
    sku: str
    name: str
    barcode: str | None
    qty_milli: int
    unit: str
    unit_price: Money
    gross: Money
    line_discount: Money
    order_share: Money
    net: Money
    tax_rate_bp: int
    category: str | None = None
    price_overridden: bool = False
    original_line_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain fields (amounts in minor units): the outbox document and the table row share them."""
        return {
            "id": self.id,
            "position": self.position,
            "product_id": self.product_id,
            "sku": self.sku,
            "name": self.name,
            "barcode": self.barcode,
            "category": self.category,
            "qty_milli": self.qty_milli,
            "unit": self.unit,
            "unit_price": self.unit_price.minor,
            "gross": self.gross.minor,
            "line_discount": self.line_discount.minor,
            "order_share": self.order_share.minor,
            "net": self.net.minor,
            "tax_rate_bp": self.tax_rate_bp,
            "price_overridden": self.price_overridden,
            "original_line_id": self.original_line_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[Any, Any], currency: str) -> SaleLineRecord:
        def money(key: str) -> Money:
            return Money(int(data[key]), currency)

        return cls(
            id=data["id"],
            position=int(data["position"]),
            product_id=data["product_id"],
            sku=data["sku"],
            name=data["name"],
            barcode=data["barcode"],
            qty_milli=int(data["qty_milli"]),
            unit=data["unit"],
            unit_price=money("unit_price"),
            gross=money("gross"),
            line_discount=money("line_discount"),
            order_share=money("order_share"),
            net=money("net"),
            tax_rate_bp=int(data["tax_rate_bp"]),
            category=data["category"],
            price_overridden=bool(data["price_overridden"]),
            original_line_id=data["original_line_id"],
        )


@dataclass(frozen=True, slots=True)
class AdjustmentRecord:
    id: str
    line_id: str | None
    source: str
    explanation: Phrase
    amount: Money

    def to_dict(self) -> dict[str, Any]:
        """Plain fields; the explanation as its English sentence (a stored sale keeps the phrases of its
        loyalty discounts with its loyalty data)."""
        return {
            "id": self.id,
            "line_id": self.line_id,
            "source": self.source,
            "explanation": str(self.explanation),
            "amount": self.amount.minor,
        }

    @classmethod
    def from_dict(cls, data: Mapping[Any, Any], currency: str) -> AdjustmentRecord:
        return cls(
            id=data["id"],
            line_id=data["line_id"],
            source=data["source"],
            explanation=Phrase.literal(data["explanation"]),
            amount=Money(int(data["amount"]), currency),
        )


@dataclass(frozen=True, slots=True)
class SaleRecord:
    """A completed or voided sale exactly as stored, synced and printed."""

    id: str
    number: str
    kind: SaleKind
    status: SaleStatus
    store_id: str
    till_id: str
    shift_id: str | None
    cashier_id: str
    currency: str
    lines: tuple[SaleLineRecord, ...]
    adjustments: tuple[AdjustmentRecord, ...]
    payments: tuple[Payment, ...]
    subtotal: Money
    discount_total: Money
    total: Money
    change: Money
    created_at: datetime
    completed_at: datetime
    card_id: str | None = None
    member_id: str | None = None
    original_sale_id: str | None = None
    approved_by: str | None = None
    program_versions: Mapping[str, int] = field(default_factory=dict)

    @property
    def taxes(self) -> tuple[TaxLine, ...]:
        return vat_breakdown(self.currency, ((line.tax_rate_bp, line.net) for line in self.lines))

    @property
    def tax_total(self) -> Money:
        return total((t.tax for t in self.taxes), self.currency)

    def header(self) -> dict[str, Any]:
        """The sale's own fields (amounts in minor units, times as datetimes), without lines and payments."""
        return {
            "id": self.id,
            "number": self.number,
            "kind": self.kind.value,
            "status": self.status.value,
            "store_id": self.store_id,
            "till_id": self.till_id,
            "shift_id": self.shift_id,
            "cashier_id": self.cashier_id,
            "currency": self.currency,
            "card_id": self.card_id,
            "member_id": self.member_id,
            "subtotal": self.subtotal.minor,
            "discount_total": self.discount_total.minor,
            "total": self.total.minor,
            "change": self.change.minor,
            "created_at": self.created_at,
            "completed_at": self.completed_at,
            "original_sale_id": self.original_sale_id,
            "approved_by": self.approved_by,
            "program_versions": dict(self.program_versions),
        }

    @classmethod
    def from_parts(
        cls,
        header: Mapping[str, Any],
        lines: Iterable[Mapping[Any, Any]],
        adjustments: Iterable[Mapping[Any, Any]],
        payments: Iterable[Mapping[Any, Any]],
    ) -> SaleRecord:
        """The inverse of ``header`` plus the lines', adjustments' and payments' ``to_dict`` forms."""
        cur = str(header["currency"])

        def money(key: str) -> Money:
            return Money(int(header[key]), cur)

        def moment(key: str) -> datetime:
            value = header[key]
            return value if isinstance(value, datetime) else datetime.fromisoformat(value)

        return cls(
            id=header["id"],
            number=header["number"],
            kind=SaleKind(header["kind"]),
            status=SaleStatus(header["status"]),
            store_id=header["store_id"],
            till_id=header["till_id"],
            shift_id=header["shift_id"],
            cashier_id=header["cashier_id"],
            currency=cur,
            lines=tuple(SaleLineRecord.from_dict(x, cur) for x in lines),
            adjustments=tuple(AdjustmentRecord.from_dict(a, cur) for a in adjustments),
            payments=tuple(Payment.from_dict(p, cur) for p in payments),
            subtotal=money("subtotal"),
            discount_total=money("discount_total"),
            total=money("total"),
            change=money("change"),
            created_at=moment("created_at"),
            completed_at=moment("completed_at"),
            card_id=header["card_id"],
            member_id=header["member_id"],
            original_sale_id=header["original_sale_id"],
            approved_by=header["approved_by"],
            program_versions={str(k): int(v) for k, v in dict(header.get("program_versions") or {}).items()},
        )


class Sale:
    """A sale being rung up: its cart, the member card attached, and the payments taken so far."""

    def __init__(
        self,
        *,
        store_id: str,
        till_id: str,
        cashier_id: str,
        currency: str,
        created_at: datetime,
        shift_id: str | None = None,
        sale_id: str | None = None,
    ) -> None:
        self.id = sale_id or new_id()
        self.store_id = store_id
        self.till_id = till_id
        self.shift_id = shift_id
        self.cashier_id = cashier_id
        self.currency = currency
        self.created_at = created_at
        self.cart = Cart(currency)
        self.payments: list[Payment] = []
        self.card_id: str | None = None
        self.member_id: str | None = None
        self.status = SaleStatus.OPEN
        self.program_versions: dict[str, int] = {}

    def priced(self) -> PricedCart:
        return self.cart.priced()

    def check_open(self) -> None:
        if self.status is not SaleStatus.OPEN:
            raise SaleClosed(self.status.value)

    def check_editable(self) -> None:
        """Lines may change only before the first payment is taken (a payment is for a known total)."""
        self.check_open()
        if self.payments:
            raise InvalidPayment(phrase("Reasons", "remove the payments before changing the items"))

    @property
    def due(self) -> Money:
        return self.priced().total

    @property
    def remaining(self) -> Money:
        return remaining_due(self.due, self.payments)

    @property
    def paid(self) -> Money:
        return paid(self.payments, self.currency)

    def add_payment(self, payment: Payment) -> None:
        self.check_open()
        if self.cart.is_empty():
            raise EmptySale()
        check_payment(self.due, self.payments, payment)
        self.payments.append(payment)

    def remove_payment(self, payment_id: str) -> Payment:
        self.check_open()
        for index, payment in enumerate(self.payments):
            if payment.id == payment_id:
                return self.payments.pop(index)
        raise InvalidPayment(phrase("Reasons", "that payment is not part of this sale"))

    def complete(self, *, number: str, now: datetime) -> SaleRecord:
        """Close the sale; raises ``EmptySale`` or ``NotFullyPaid`` and leaves it open when it cannot."""
        self.check_open()
        if self.cart.is_empty():
            raise EmptySale()
        priced = self.priced()
        change = check_settled(priced.total, self.payments)
        record = self._record(priced, number=number, status=SaleStatus.COMPLETED, now=now, change=change)
        self.status = SaleStatus.COMPLETED
        return record

    def void(self, *, number: str, now: datetime, approved_by: str | None) -> SaleRecord:
        self.check_open()
        record = self._record(
            self.priced(),
            number=number,
            status=SaleStatus.VOIDED,
            now=now,
            change=Money.zero(self.currency),
            approved_by=approved_by,
        )
        self.status = SaleStatus.VOIDED
        return record

    def _record(
        self,
        priced: PricedCart,
        *,
        number: str,
        status: SaleStatus,
        now: datetime,
        change: Money,
        approved_by: str | None = None,
    ) -> SaleRecord:
        lines = tuple(
            SaleLineRecord(
                id=p.line.line_id,
                position=i + 1,
                product_id=p.line.product.id,
                sku=p.line.product.sku,
                name=p.line.product.name,
                barcode=p.line.barcode,
                qty_milli=p.line.qty_milli,
                unit=p.line.product.unit.value,
                unit_price=p.line.unit_price,
                gross=p.gross,
                line_discount=p.line_discount,
                order_share=p.order_share,
                net=p.net,
                tax_rate_bp=p.line.product.tax_rate_bp,
                category=p.line.product.category,
                price_overridden=p.line.price_overridden,
            )
            for i, p in enumerate(priced.lines)
        )
        adjustments = tuple(
            AdjustmentRecord(
                id=new_id(), line_id=a.line_id, source=a.source, explanation=a.explanation, amount=a.amount
            )
            for a in priced.adjustments
        )
        return SaleRecord(
            id=self.id,
            number=number,
            kind=SaleKind.SALE,
            status=status,
            store_id=self.store_id,
            till_id=self.till_id,
            shift_id=self.shift_id,
            cashier_id=self.cashier_id,
            currency=self.currency,
            lines=lines,
            adjustments=adjustments,
            payments=tuple(self.payments) if status is SaleStatus.COMPLETED else (),
            subtotal=priced.subtotal,
            discount_total=priced.discount_total,
            total=priced.total,
            change=change,
            created_at=self.created_at,
            completed_at=now,
            card_id=self.card_id,
            member_id=self.member_id,
            approved_by=approved_by,
            program_versions=dict(self.program_versions),
        )
