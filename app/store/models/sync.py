"""Sync state: the office's registered tills, batches, received rows, change log and overdrafts; the till's link."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, BigInt, Id, JsonText, UtcDateTime


class OfficeTillRow(Base):
    """A till the head office knows: its token (hashed), the public key that signs its bundles, and whether it
    may publish loyalty programs to every store (granted by the enrollment code it registered with)."""

    __tablename__ = "sync_till"

    till_id: Mapped[str] = mapped_column(Id(), primary_key=True)
    store_id: Mapped[str] = mapped_column(Id())
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    publish_programs: Mapped[bool] = mapped_column(default=False, server_default=false())


class EnrollmentRow(Base):
    """A one-time code an office administrator hands to a till so that it can register."""

    __tablename__ = "sync_enrollment"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str | None] = mapped_column(Id())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    used_by: Mapped[str | None] = mapped_column(Id())
    publish_programs: Mapped[bool] = mapped_column(default=False, server_default=false())


class BatchRow(Base):
    """A batch applied at the office, keyed by its Idempotency-Key, with the answer given (replayed on retry)."""

    __tablename__ = "sync_batch"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    till_id: Mapped[str] = mapped_column(Id(), index=True)
    body_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    rows: Mapped[int] = mapped_column(Integer)
    applied: Mapped[int] = mapped_column(Integer)
    response: Mapped[Any] = mapped_column(JsonText())


class ReceivedRow(Base):
    """Every outbox or audit row id the office has applied: a row seen twice is skipped, whatever its batch."""

    __tablename__ = "sync_received"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    till_id: Mapped[str] = mapped_column(Id())
    topic: Mapped[str] = mapped_column(String(32))
    batch_id: Mapped[str] = mapped_column(Id())


class ChangeRow(Base):
    """The office's change log: what tills pull, in commit order (writers hold the office write lock)."""

    __tablename__ = "sync_change"

    seq: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    topic: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(80))
    origin_till_id: Mapped[str | None] = mapped_column(Id())
    at: Mapped[datetime] = mapped_column(UtcDateTime())


class OverdraftRow(Base):
    """A card account found below zero at the office after offline redemptions at several tills."""

    __tablename__ = "sync_overdraft"
    __table_args__ = (Index("ix_sync_overdraft_card", "card_id", "account"),)

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    card_id: Mapped[str] = mapped_column(Id())
    account: Mapped[str] = mapped_column(String(32))
    amount: Mapped[int] = mapped_column(BigInteger)
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime())
    till_id: Mapped[str | None] = mapped_column(Id())
    sale_id: Mapped[str | None] = mapped_column(Id())
    entry_ids: Mapped[Any] = mapped_column(JsonText())


class TillLinkRow(Base):
    """The till's side of the link: where the office is, the till's credentials and how far it has synced."""

    __tablename__ = "sync_link"

    till_id: Mapped[str] = mapped_column(Id(), primary_key=True)
    office_url: Mapped[str | None] = mapped_column(String(400))
    token: Mapped[str | None] = mapped_column(String(100))
    private_key: Mapped[str] = mapped_column(String(64))
    office_public_key: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime())
    pull_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    audit_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_push_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_pull_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    # What the office said at registration: None when it did not say (an older office, an older link).
    publish_programs: Mapped[bool | None] = mapped_column()
