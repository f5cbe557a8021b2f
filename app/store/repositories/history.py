"""A member's sales and returns, newest first, with what each paid (for the member's history screen)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.store.models import SaleRow, StaffRow


@dataclass(frozen=True, slots=True)
class SaleSummary:
    id: str
    number: str
    kind: str
    status: str
    completed_at: datetime
    total: Money
    discount: Money


class HistoryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def sales_of(self, member_ids: Sequence[str], card_ids: Sequence[str], limit: int = 200) -> list[SaleSummary]:
        conditions = []
        if member_ids:
            conditions.append(SaleRow.member_id.in_(list(member_ids)))
        if card_ids:
            conditions.append(SaleRow.card_id.in_(list(card_ids)))
        if not conditions:
            return []
        rows = self._session.scalars(
            select(SaleRow).where(or_(*conditions)).order_by(SaleRow.completed_at.desc()).limit(limit)
        )
        return [
            SaleSummary(
                id=row.id,
                number=row.number,
                kind=row.kind,
                status=row.status,
                completed_at=row.completed_at,
                total=Money(row.total, row.currency),
                discount=Money(row.discount_total, row.currency),
            )
            for row in rows
        ]

    def numbers(self, sale_ids: Iterable[str]) -> dict[str, str]:
        wanted = list({s for s in sale_ids if s})
        if not wanted:
            return {}
        return dict(self._session.execute(select(SaleRow.id, SaleRow.number).where(SaleRow.id.in_(wanted))).all())

    def staff_names(self, staff_ids: Iterable[str]) -> dict[str, str]:
        wanted = list({s for s in staff_ids if s})
        if not wanted:
            return {}
        return dict(self._session.execute(select(StaffRow.id, StaffRow.name).where(StaffRow.id.in_(wanted))).all())
