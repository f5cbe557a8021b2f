"""Members, their cards, and the loyalty programs (versioned data)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Id, JsonText, UtcDateTime


class MemberRow(Base):
    __tablename__ = "member"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    birthday: Mapped[date | None] = mapped_column(Date)
    consent: Mapped[bool] = mapped_column(default=False)
    store_id: Mapped[str | None] = mapped_column(Id())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    hlc: Mapped[str] = mapped_column(String(64), default="")
    field_hlc: Mapped[Any] = mapped_column(JsonText(), nullable=True)
    merged_into_id: Mapped[str | None] = mapped_column(Id())


class CardRow(Base):
    """A member card, or a gift card (``kind`` = "gift", no member): both hold ledger accounts."""

    __tablename__ = "card"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="member")
    family: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="active")
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    blocked_reason: Mapped[str | None] = mapped_column(String(200))
    replaced_by_id: Mapped[str | None] = mapped_column(Id())
    hlc: Mapped[str] = mapped_column(String(64), default="")


class ProgramRow(Base):
    """One version of a loyalty program; a sale records the versions it used."""

    __tablename__ = "program"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    family: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(64), index=True)
    data: Mapped[Any] = mapped_column(JsonText())
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str | None] = mapped_column(Id())
