"""Sales, their lines, discounts and payments, and sales parked for later."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Currency, Id, JsonText, UtcDateTime


class SaleRow(Base):
    __tablename__ = "sale"
    __table_args__ = (
        Index("ix_sale_shift_kind", "shift_id", "kind"),
        Index("ix_sale_store_completed", "store_id", "completed_at"),
    )

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12))
    store_id: Mapped[str] = mapped_column(Id())
    till_id: Mapped[str] = mapped_column(Id())
    shift_id: Mapped[str | None] = mapped_column(Id())
    cashier_id: Mapped[str] = mapped_column(Id())
    currency: Mapped[str] = mapped_column(Currency())
    card_id: Mapped[str | None] = mapped_column(Id(), index=True)
    member_id: Mapped[str | None] = mapped_column(Id(), index=True)
    subtotal: Mapped[int] = mapped_column(BigInteger)
    discount_total: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(BigInteger)
    tax_total: Mapped[int] = mapped_column(BigInteger)
    change: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    completed_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    original_sale_id: Mapped[str | None] = mapped_column(Id(), index=True)
    approved_by: Mapped[str | None] = mapped_column(Id())
    program_versions: Mapped[Any] = mapped_column(JsonText(), nullable=True)
    loyalty: Mapped[Any] = mapped_column(JsonText(), nullable=True)
    hlc: Mapped[str] = mapped_column(String(64), default="")


class SaleLineRow(Base):
    __tablename__ = "sale_line"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str] = mapped_column(Id())
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    barcode: Mapped[str | None] = mapped_column(String(64))
    category: Mapped[str | None] = mapped_column(Id())
    qty_milli: Mapped[int] = mapped_column(BigInteger)
    unit: Mapped[str] = mapped_column(String(8))
    unit_price: Mapped[int] = mapped_column(BigInteger)
    gross: Mapped[int] = mapped_column(BigInteger)
    line_discount: Mapped[int] = mapped_column(BigInteger)
    order_share: Mapped[int] = mapped_column(BigInteger)
    net: Mapped[int] = mapped_column(BigInteger)
    tax_rate_bp: Mapped[int] = mapped_column(Integer)
    price_overridden: Mapped[bool] = mapped_column(default=False)
    original_line_id: Mapped[str | None] = mapped_column(Id(), index=True)


class AdjustmentRow(Base):
    __tablename__ = "sale_adjustment"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.id"), index=True)
    line_id: Mapped[str | None] = mapped_column(Id())
    source: Mapped[str] = mapped_column(String(100))
    explanation: Mapped[str] = mapped_column(String(400))
    amount: Mapped[int] = mapped_column(BigInteger)


class PaymentRow(Base):
    __tablename__ = "payment"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))
    amount: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str | None] = mapped_column(String(64))
    points: Mapped[int] = mapped_column(BigInteger, default=0)


class SuspendedSaleRow(Base):
    """A sale parked by the cashier (or in progress when the till stopped), kept whole as a document."""

    __tablename__ = "suspended_sale"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    till_id: Mapped[str] = mapped_column(Id(), index=True)
    cashier_id: Mapped[str] = mapped_column(Id())
    label: Mapped[str] = mapped_column(String(100))
    document: Mapped[Any] = mapped_column(JsonText())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    in_progress: Mapped[bool] = mapped_column(default=False)
