"""Opening and closing a shift: counted float in, X report any time, Z report at close."""

from __future__ import annotations

import logging

from app.domain.errors import DomainError, InvalidAmount
from app.domain.ids import new_id
from app.domain.money import Money
from app.domain.shift import ShiftReport
from app.services.context import Clock, TillContext
from app.store.models import CashMovementRow, ShiftRow
from app.store.repositories.shifts import ShiftRepository
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


class ShiftAlreadyOpen(DomainError):
    def __init__(self) -> None:
        super().__init__("a shift is already open on this till")


class NoShift(DomainError):
    def __init__(self) -> None:
        super().__init__("no shift is open on this till")


class ShiftService:
    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock

    def current(self) -> str | None:
        with self._uow() as uow:
            row = uow.shifts.open_shift(self._context.till_id)
            return row.id if row else None

    def open(self, cashier_id: str, opening_float: Money) -> str:
        if opening_float.currency != self._context.currency or opening_float.is_negative:
            raise InvalidAmount("the float must be a non-negative amount in the shop's currency")
        now = self._clock()
        with self._uow(write=True) as uow:
            if uow.shifts.open_shift(self._context.till_id) is not None:
                raise ShiftAlreadyOpen()
            shift_id = new_id()
            uow.shifts.add(
                ShiftRow(
                    id=shift_id,
                    store_id=self._context.store_id,
                    till_id=self._context.till_id,
                    cashier_id=cashier_id,
                    currency=self._context.currency,
                    opened_at=now,
                    opening_float=opening_float.minor,
                )
            )
            uow.audit.record(
                "shift.open",
                now=now,
                actor_id=cashier_id,
                subject=shift_id,
                details={"float": opening_float.minor},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            uow.outbox.add(
                "shift",
                shift_id,
                {
                    "id": shift_id,
                    "event": "open",
                    "float": opening_float.minor,
                    "cashier_id": cashier_id,
                    "at": now.isoformat(),
                    "till_id": self._context.till_id,
                    "store_id": self._context.store_id,
                },
                now=now,
            )
            uow.commit()
        log.info("shift %s opened", shift_id)
        return shift_id

    def move_cash(self, amount: Money, reason: str, *, by: str) -> None:
        """Cash put in (positive) or taken out (negative) of the drawer during the shift."""
        if amount.currency != self._context.currency or not amount:
            raise InvalidAmount("give a non-zero amount in the shop's currency")
        now = self._clock()
        with self._uow(write=True) as uow:
            shift = uow.shifts.open_shift(self._context.till_id)
            if shift is None:
                raise NoShift()
            uow.shifts.add_cash_movement(
                CashMovementRow(
                    id=new_id(),
                    shift_id=shift.id,
                    amount=amount.minor,
                    currency=amount.currency,
                    reason=reason,
                    created_at=now,
                    created_by=by,
                )
            )
            uow.audit.record(
                "cash.move",
                now=now,
                actor_id=by,
                subject=shift.id,
                details={"amount": amount.minor, "reason": reason},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            uow.commit()

    def x_report(self) -> ShiftReport:
        """Running figures of the open shift; changes nothing."""
        with self._uow() as uow:
            shift = uow.shifts.open_shift(self._context.till_id)
            if shift is None:
                raise NoShift()
            return uow.shifts.report(shift.id)

    def report(self, shift_id: str) -> ShiftReport:
        with self._uow() as uow:
            return uow.shifts.report(shift_id)

    def close(self, counted_cash: Money, *, by: str) -> ShiftReport:
        """Close the open shift with the cash counted in the drawer; returns the numbered Z report."""
        if counted_cash.currency != self._context.currency or counted_cash.is_negative:
            raise InvalidAmount("the counted cash must be a non-negative amount in the shop's currency")
        now = self._clock()
        with self._uow(write=True) as uow:
            shift = uow.shifts.open_shift(self._context.till_id)
            if shift is None:
                raise NoShift()
            shift.closed_at = now
            shift.closed_by = by
            shift.counted_cash = counted_cash.minor
            shift.z_number = uow.shifts.next_z_number(self._context.till_id)
            uow.flush()
            report = uow.shifts.report(shift.id)
            shift.expected_cash = report.expected_cash.minor
            shift.z_report = ShiftRepository.report_to_json(report)
            uow.audit.record(
                "shift.close",
                now=now,
                actor_id=by,
                subject=shift.id,
                details={"z": shift.z_number, "counted": counted_cash.minor, "expected": report.expected_cash.minor},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            uow.outbox.add(
                "shift",
                shift.id,
                {
                    "id": shift.id,
                    "event": "close",
                    "z_report": shift.z_report,
                    "closed_by": by,
                    "at": now.isoformat(),
                    "till_id": self._context.till_id,
                    "store_id": self._context.store_id,
                },
                now=now,
            )
            uow.commit()
        log.info("shift %s closed with Z %s", report.shift_id, report.z_number)
        return report
