"""The loyalty ledger (append-only) and the per-card projection rebuilt from it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Id, JsonText, UtcDateTime


class LedgerEntryRow(Base):
    """A movement on an account of a card, gift card or coupon (``card_id`` names the holder); balances are
    the fold of these rows. Never updated or deleted."""

    __tablename__ = "ledger_entry"
    __table_args__ = (
        Index("ix_ledger_entry_card_account", "card_id", "account"),
        Index("ix_ledger_entry_created", "created_at"),
    )

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    card_id: Mapped[str] = mapped_column(Id())
    account: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(BigInteger)
    sale_id: Mapped[str | None] = mapped_column(Id(), index=True)
    lot_id: Mapped[str | None] = mapped_column(Id())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    activates_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    reason: Mapped[str | None] = mapped_column(String(400))
    created_by: Mapped[str | None] = mapped_column(Id())
    program_id: Mapped[str | None] = mapped_column(Id())
    program_version: Mapped[int | None] = mapped_column(Integer)
    store_id: Mapped[str | None] = mapped_column(Id())
    till_id: Mapped[str | None] = mapped_column(Id())
    ref: Mapped[str | None] = mapped_column(String(100))
    hlc: Mapped[str] = mapped_column(String(64), default="")


class CardStateRow(Base):
    """Cached projection of a card's ledger (balances, open lots, counters); rebuildable at any time."""

    __tablename__ = "card_state"

    card_id: Mapped[str] = mapped_column(Id(), primary_key=True)
    data: Mapped[Any] = mapped_column(JsonText())
    entries: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    confirmed_balance: Mapped[Any] = mapped_column(JsonText(), nullable=True)
