"""The counts and sums behind the loyalty KPIs, for one store or all of them, in plain SQL both databases run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.kpis import Nps, nps
from app.domain.loyalty import Account, EntryKind
from app.store.models import CardRow, LedgerEntryRow, MemberRow, NpsAnswerRow, SaleRow

ACCRUING = (EntryKind.EARN.value, EntryKind.WELCOME.value, EntryKind.BIRTHDAY.value)


@dataclass(frozen=True, slots=True)
class Receipts:
    member_count: int
    member_total: int
    other_count: int
    other_total: int


class KpiRepository:
    """``store_id=None`` counts every store in the database (the office's chain view)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _sales(self, start: datetime, end: datetime, store_id: str | None) -> list[ColumnElement[bool]]:
        where = [
            SaleRow.kind == "sale",
            SaleRow.status == "completed",
            SaleRow.completed_at >= start,
            SaleRow.completed_at < end,
        ]
        if store_id is not None:
            where.append(SaleRow.store_id == store_id)
        return where

    def scores(self, start: datetime, end: datetime, store_id: str | None) -> Nps:
        """NPS answers in the period, one per sale (the first given) and every answer not tied to a sale."""
        query = select(NpsAnswerRow.sale_id, NpsAnswerRow.score).where(
            NpsAnswerRow.answered_at >= start, NpsAnswerRow.answered_at < end
        )
        if store_id is not None:
            query = query.where(NpsAnswerRow.store_id == store_id)
        seen: set[str] = set()
        kept: list[int] = []
        for sale_id, score in self._session.execute(query.order_by(NpsAnswerRow.answered_at, NpsAnswerRow.id)):
            if sale_id is not None:
                if sale_id in seen:
                    continue
                seen.add(sale_id)
            kept.append(int(score))
        return nps(kept)

    def receipts(self, start: datetime, end: datetime, store_id: str | None) -> Receipts:
        is_member = SaleRow.member_id.is_not(None)
        counts = {False: (0, 0), True: (0, 0)}
        rows = self._session.execute(
            select(is_member, func.count(), func.coalesce(func.sum(SaleRow.total), 0))
            .where(*self._sales(start, end, store_id))
            .group_by(is_member)
        )
        for member, count, total in rows:
            counts[bool(member)] = (int(count), int(total))
        return Receipts(counts[True][0], counts[True][1], counts[False][0], counts[False][1])

    def purchases_per_member(self, start: datetime, end: datetime, store_id: str | None) -> list[int]:
        rows = self._session.scalars(
            select(func.count())
            .where(*self._sales(start, end, store_id), SaleRow.member_id.is_not(None))
            .group_by(SaleRow.member_id)
        )
        return [int(n) for n in rows]

    def members(self, store_id: str | None) -> int:
        """Members of the scope: homed at the store (or with no home store), not merged into another."""
        query = select(func.count()).select_from(MemberRow).where(MemberRow.merged_into_id.is_(None))
        if store_id is not None:
            query = query.where(or_(MemberRow.store_id == store_id, MemberRow.store_id.is_(None)))
        return int(self._session.scalar(query) or 0)

    def active(self, start: datetime, end: datetime, store_id: str | None) -> tuple[int, int]:
        """Members who bought in the period, and how many purchases they made."""
        row = self._session.execute(
            select(func.count(func.distinct(SaleRow.member_id)), func.count(SaleRow.member_id)).where(
                *self._sales(start, end, store_id), SaleRow.member_id.is_not(None)
            )
        ).one()
        return int(row[0]), int(row[1])

    def retained(
        self, before: tuple[datetime, datetime], after: tuple[datetime, datetime], store_id: str | None
    ) -> tuple[int, int]:
        """Members who bought in ``before``, and how many of them bought again in ``after``."""
        later = aliased(SaleRow)
        again = exists().where(
            later.member_id == SaleRow.member_id,
            later.kind == "sale",
            later.status == "completed",
            later.completed_at >= after[0],
            later.completed_at < after[1],
            *([later.store_id == store_id] if store_id is not None else []),
        )
        where = [*self._sales(*before, store_id), SaleRow.member_id.is_not(None)]
        active = self._session.scalar(select(func.count(func.distinct(SaleRow.member_id))).where(*where)) or 0
        kept = self._session.scalar(select(func.count(func.distinct(SaleRow.member_id))).where(*where, again)) or 0
        return int(active), int(kept)

    def points(self, currency: str, start: datetime, end: datetime, store_id: str | None) -> tuple[int, int]:
        """Points accrued (earned, welcome, birthday) and redeemed in the period, in hundredths."""
        where = [
            LedgerEntryRow.account == str(Account.points(currency)),
            LedgerEntryRow.created_at >= start,
            LedgerEntryRow.created_at < end,
        ]
        if store_id is not None:
            where.append(LedgerEntryRow.store_id == store_id)
        accrued = self._session.scalar(
            select(func.coalesce(func.sum(LedgerEntryRow.amount), 0)).where(
                *where, LedgerEntryRow.kind.in_(ACCRUING), LedgerEntryRow.amount > 0
            )
        )
        redeemed = self._session.scalar(
            select(func.coalesce(func.sum(LedgerEntryRow.amount), 0)).where(
                *where, LedgerEntryRow.kind == EntryKind.REDEEM.value
            )
        )
        return int(accrued or 0), -int(redeemed or 0)

    def outstanding_points(self, currency: str, now: datetime) -> int:
        """Points on every card not expired at ``now`` (pending ones too): what the shop still owes."""
        total = self._session.scalar(
            select(func.coalesce(func.sum(LedgerEntryRow.amount), 0)).where(
                LedgerEntryRow.account == str(Account.points(currency)),
                or_(LedgerEntryRow.expires_at.is_(None), LedgerEntryRow.expires_at > now),
            )
        )
        return int(total or 0)

    def spends(self, family: str, currency: str, since: datetime | None) -> tuple[list[int], int]:
        """Qualifying spend of each active member card of a family that has any, and how many such cards there are."""
        cards = and_(CardRow.family == family, CardRow.status == "active", CardRow.kind == "member")
        count = int(self._session.scalar(select(func.count()).select_from(CardRow).where(cards)) or 0)
        where = [LedgerEntryRow.account == str(Account.spend(currency)), cards]
        if since is not None:
            where.append(LedgerEntryRow.created_at >= since)
        rows = self._session.scalars(
            select(func.sum(LedgerEntryRow.amount))
            .join(CardRow, CardRow.id == LedgerEntryRow.card_id)
            .where(*where)
            .group_by(LedgerEntryRow.card_id)
        )
        return [int(amount or 0) for amount in rows], count

    def new_members(self, start: datetime, end: datetime, store_id: str | None) -> int:
        query = (
            select(func.count()).select_from(MemberRow).where(MemberRow.created_at >= start, MemberRow.created_at < end)
        )
        if store_id is not None:
            query = query.where(MemberRow.store_id == store_id)
        return int(self._session.scalar(query) or 0)

    def store_ids(self) -> Sequence[str]:
        return list(self._session.scalars(select(func.distinct(SaleRow.store_id))))
