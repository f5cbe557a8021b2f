"""Shop, tills, staff, shifts, settings, the sync outbox and the append-only audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, BigInt, Currency, Id, JsonText, UtcDateTime


class StoreRow(Base):
    __tablename__ = "store"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(400), default="")
    currency: Mapped[str] = mapped_column(Currency())
    timezone: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))


class TillRow(Base):
    __tablename__ = "till"
    __table_args__ = (UniqueConstraint("store_id", "code"),)

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.id"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100), default="")
    receipt_seq: Mapped[int] = mapped_column(Integer, default=0)


class StaffRow(Base):
    __tablename__ = "staff"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    active: Mapped[bool] = mapped_column(default=True)


class ShiftRow(Base):
    __tablename__ = "shift"
    __table_args__ = (Index("ix_shift_till_open", "till_id", "closed_at"),)

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.id"))
    till_id: Mapped[str] = mapped_column(ForeignKey("till.id"))
    cashier_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    currency: Mapped[str] = mapped_column(Currency())
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime())
    opening_float: Mapped[int] = mapped_column(BigInteger)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    counted_cash: Mapped[int | None] = mapped_column(BigInteger)
    expected_cash: Mapped[int | None] = mapped_column(BigInteger)
    z_number: Mapped[int | None] = mapped_column(Integer)
    z_report: Mapped[Any] = mapped_column(JsonText(), nullable=True)


class CashMovementRow(Base):
    """Cash put into or taken out of the drawer outside a sale (float top-up, bank drop)."""

    __tablename__ = "cash_movement"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(Currency())
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText())


class OutboxRow(Base):
    """Everything the head office must learn, in the order it happened; ``seq`` is the order."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_unsent", "sent_at", "seq"),)

    seq: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(Id(), unique=True)
    topic: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(Id())
    payload: Mapped[Any] = mapped_column(JsonText())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    batch_id: Mapped[str | None] = mapped_column(Id())


class AuditRow(Base):
    """Who did what, and who approved it. Rows are never updated or deleted (a trigger enforces it)."""

    __tablename__ = "audit"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    store_id: Mapped[str | None] = mapped_column(Id())
    till_id: Mapped[str | None] = mapped_column(Id())
    actor_id: Mapped[str | None] = mapped_column(Id())
    approver_id: Mapped[str | None] = mapped_column(Id())
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[Any] = mapped_column(JsonText(), nullable=True)
