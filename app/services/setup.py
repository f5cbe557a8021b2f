"""Creating a shop on a fresh database: the store, its till, the first staff and the settings."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.ids import new_id
from app.services.auth import Role, hash_pin
from app.services.context import Clock
from app.store.models import StaffRow, StoreRow, TillRow
from app.store.uow import UnitOfWorkFactory


@dataclass(frozen=True, slots=True)
class ShopSettings:
    name: str
    currency: str
    timezone: str
    language: str
    address: str = ""
    store_code: str = "S1"
    till_code: str = "T1"


def create_shop(uow: UnitOfWorkFactory, settings: ShopSettings, clock: Clock) -> tuple[str, str]:
    """Store and till rows plus ``till.id``; returns (store id, till id). Refuses a database already set up."""
    with uow() as work:
        if work.settings.get("till.id") is not None:
            raise RuntimeError("this database already has a till")
        store_id, till_id = new_id(), new_id()
        work.shop.add(
            StoreRow(
                id=store_id,
                code=settings.store_code,
                name=settings.name,
                address=settings.address,
                currency=settings.currency,
                timezone=settings.timezone,
                language=settings.language,
            )
        )
        work.session.flush()
        work.shop.add(TillRow(id=till_id, store_id=store_id, code=settings.till_code, name=settings.till_code))
        work.settings.set("till.id", till_id)
        work.audit.record("shop.created", now=clock(), actor_id=None, subject=store_id, store_id=store_id)
        work.commit()
    return store_id, till_id


def add_staff(uow: UnitOfWorkFactory, name: str, role: Role, pin: str, *, staff_id: str | None = None) -> str:
    staff_id = staff_id or new_id()
    with uow() as work:
        work.shop.add(StaffRow(id=staff_id, name=name, role=role.value, pin_hash=hash_pin(pin)))
        work.commit()
    return staff_id
