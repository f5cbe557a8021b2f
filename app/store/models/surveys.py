"""Answers to "how likely are you to recommend us?" (0-10), tied to a sale by id or by its receipt's survey code."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Id, UtcDateTime


class NpsAnswerRow(Base):
    """No personal data: the sale (when known) is the only link to a customer."""

    __tablename__ = "nps_answer"

    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    sale_id: Mapped[str | None] = mapped_column(Id(), index=True)
    survey_code: Mapped[str | None] = mapped_column(String(60))
    store_id: Mapped[str | None] = mapped_column(Id())
    till_id: Mapped[str | None] = mapped_column(Id())
    created_by: Mapped[str | None] = mapped_column(Id())
    hlc: Mapped[str] = mapped_column(String(64), default="")
