"""Loyalty programs as versioned data: every edit is a new version, sales record the versions they used."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.loyalty import Coupon, Program, program_from_dict
from app.store.models import ProgramRow


class ProgramRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, program: Program, *, now: datetime, created_by: str | None = None) -> None:
        """Store a program version (its ``version`` must be new for its id)."""
        self._session.add(
            ProgramRow(
                id=program.id,
                version=program.version,
                family=program.family,
                kind=program.KIND,
                name=program.name,
                code=program.code if isinstance(program, Coupon) else None,
                data=program.to_dict(),
                active=program.active,
                created_at=now,
                created_by=created_by,
            )
        )

    def next_version(self, program_id: str) -> int:
        top = self._session.scalar(select(func.max(ProgramRow.version)).where(ProgramRow.id == program_id))
        return int(top or 0) + 1

    def latest(self, *, include_coupons: bool = False) -> list[Program]:
        """The newest version of every program (inactive ones too: ``Program.is_live`` decides)."""
        newest = select(ProgramRow.id, func.max(ProgramRow.version).label("version")).group_by(ProgramRow.id).subquery()
        query = select(ProgramRow).join(
            newest, (ProgramRow.id == newest.c.id) & (ProgramRow.version == newest.c.version)
        )
        if not include_coupons:
            query = query.where(ProgramRow.kind != Coupon.KIND)
        return [program_from_dict(row.data) for row in self._session.scalars(query.order_by(ProgramRow.id))]

    def version(self, program_id: str, version: int) -> Program | None:
        row = self._session.get(ProgramRow, (program_id, version))
        return program_from_dict(row.data) if row else None

    def history(self, program_id: str) -> list[Program]:
        rows = self._session.scalars(select(ProgramRow).where(ProgramRow.id == program_id).order_by(ProgramRow.version))
        return [program_from_dict(row.data) for row in rows]

    def coupon(self, code: str) -> Coupon | None:
        """The newest version of the coupon with this code (codes are matched without regard to case)."""
        row = self._session.scalar(
            select(ProgramRow)
            .where(ProgramRow.kind == Coupon.KIND, func.upper(ProgramRow.code) == code.strip().upper())
            .order_by(ProgramRow.version.desc())
            .limit(1)
        )
        if row is None:
            return None
        program = program_from_dict(row.data)
        return program if isinstance(program, Coupon) else None
