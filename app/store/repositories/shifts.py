"""Shifts: open, find the open one, add up their figures with SQL, close with a Z number."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.domain.shift import ShiftReport, TenderFigures, tax_lines
from app.domain.tender import TenderKind
from app.store.models import CashMovementRow, PaymentRow, SaleLineRow, SaleRow, ShiftRow, StaffRow, TillRow


class ShiftRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def open_shift(self, till_id: str) -> ShiftRow | None:
        return self._session.scalar(
            select(ShiftRow).where(ShiftRow.till_id == till_id, ShiftRow.closed_at.is_(None)).limit(1)
        )

    def get(self, shift_id: str) -> ShiftRow | None:
        return self._session.get(ShiftRow, shift_id)

    def add(self, row: ShiftRow) -> None:
        self._session.add(row)
        self._session.flush()

    def add_cash_movement(self, row: CashMovementRow) -> None:
        self._session.add(row)

    def next_z_number(self, till_id: str) -> int:
        top = self._session.scalar(select(func.max(ShiftRow.z_number)).where(ShiftRow.till_id == till_id))
        return int(top or 0) + 1

    def report(self, shift_id: str) -> ShiftReport:
        """Add up every completed sale and return of the shift, by tender and by tax rate."""
        shift = self._session.get(ShiftRow, shift_id)
        if shift is None:
            raise KeyError(shift_id)
        cur = shift.currency
        completed = (SaleRow.shift_id == shift_id) & (SaleRow.status == "completed")
        kinds = self._session.execute(
            select(
                SaleRow.kind,
                func.count(),
                func.coalesce(func.sum(SaleRow.total), 0),
                func.coalesce(func.sum(SaleRow.discount_total), 0),
                func.coalesce(func.sum(SaleRow.change), 0),
            )
            .where(completed)
            .group_by(SaleRow.kind)
        ).all()
        by_kind: dict[str, tuple[int, int, int, int]] = {k: (int(n), int(t), int(d), int(c)) for k, n, t, d, c in kinds}
        voided = self._session.scalar(
            select(func.count()).where(SaleRow.shift_id == shift_id, SaleRow.status == "voided")
        )
        tender_rows = self._session.execute(
            select(
                PaymentRow.kind,
                func.coalesce(func.sum(case((PaymentRow.amount > 0, PaymentRow.amount), else_=0)), 0),
                func.coalesce(func.sum(case((PaymentRow.amount < 0, PaymentRow.amount), else_=0)), 0),
                func.coalesce(func.sum(PaymentRow.points), 0),
            )
            .join(SaleRow, SaleRow.id == PaymentRow.sale_id)
            .where(completed)
            .group_by(PaymentRow.kind)
        ).all()
        tenders = tuple(
            TenderFigures(TenderKind(kind), Money(int(taken), cur), Money(int(refunded), cur))
            for kind, taken, refunded, _points in sorted(tender_rows, key=lambda r: list(TenderKind).index(r[0]))
        )
        points_spent = sum(int(points) for kind, _t, _r, points in tender_rows if kind == TenderKind.POINTS.value)
        net_by_rate = {
            int(rate): int(net)
            for rate, net in self._session.execute(
                select(SaleLineRow.tax_rate_bp, func.sum(SaleLineRow.net))
                .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
                .where(completed)
                .group_by(SaleLineRow.tax_rate_bp)
            ).all()
        }
        movements = self._session.scalar(
            select(func.coalesce(func.sum(CashMovementRow.amount), 0)).where(CashMovementRow.shift_id == shift_id)
        )
        till_code = self._session.scalar(select(TillRow.code).where(TillRow.id == shift.till_id)) or ""
        cashier = self._session.scalar(select(StaffRow.name).where(StaffRow.id == shift.cashier_id)) or ""
        sales = by_kind.get("sale", (0, 0, 0, 0))
        returns = by_kind.get("return", (0, 0, 0, 0))
        return ShiftReport(
            shift_id=shift.id,
            till_code=till_code,
            cashier=cashier,
            currency=cur,
            opened_at=shift.opened_at,
            closed_at=shift.closed_at,
            z_number=shift.z_number,
            sales_count=sales[0],
            sales_total=Money(sales[1], cur),
            returns_count=returns[0],
            returns_total=Money(returns[1], cur),
            voided_count=int(voided or 0),
            discount_total=Money(sales[2] + returns[2], cur),
            taxes=tax_lines(cur, net_by_rate),
            tenders=tenders,
            opening_float=Money(shift.opening_float, cur),
            change_given=Money(sales[3] + returns[3], cur),
            cash_movements=Money(int(movements or 0), cur),
            counted_cash=Money(shift.counted_cash, cur) if shift.counted_cash is not None else None,
            points_spent=points_spent,
        )

    @staticmethod
    def report_to_json(report: ShiftReport) -> dict[str, Any]:
        """The Z report as stored with the closed shift (minor units, ISO times)."""
        return {
            "shift_id": report.shift_id,
            "z_number": report.z_number,
            "currency": report.currency,
            "sales": [report.sales_count, report.sales_total.minor],
            "returns": [report.returns_count, report.returns_total.minor],
            "voided": report.voided_count,
            "discounts": report.discount_total.minor,
            "taxes": [[t.rate_bp, t.gross.minor, t.tax.minor] for t in report.taxes],
            "tenders": {t.kind.value: [t.taken.minor, t.refunded.minor] for t in report.tenders},
            "opening_float": report.opening_float.minor,
            "change_given": report.change_given.minor,
            "cash_movements": report.cash_movements.minor,
            "expected_cash": report.expected_cash.minor,
            "counted_cash": None if report.counted_cash is None else report.counted_cash.minor,
        }
