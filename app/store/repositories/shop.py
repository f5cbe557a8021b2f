"""The shop, its tills and its staff."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import StaffRow, StoreRow, TillRow


class ShopRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def store(self, store_id: str) -> StoreRow | None:
        return self._session.get(StoreRow, store_id)

    def stores(self) -> list[StoreRow]:
        return list(self._session.scalars(select(StoreRow).order_by(StoreRow.code)))

    def till(self, till_id: str) -> TillRow | None:
        return self._session.get(TillRow, till_id)

    def tills(self, store_id: str) -> list[TillRow]:
        return list(self._session.scalars(select(TillRow).where(TillRow.store_id == store_id).order_by(TillRow.code)))

    def staff(self, staff_id: str) -> StaffRow | None:
        return self._session.get(StaffRow, staff_id)

    def staff_list(self) -> list[StaffRow]:
        return list(self._session.scalars(select(StaffRow).where(StaffRow.active).order_by(StaffRow.name)))

    def add(self, row: StoreRow | TillRow | StaffRow) -> None:
        self._session.add(row)
