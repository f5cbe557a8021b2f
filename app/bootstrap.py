"""Wiring: one place builds the engine, the unit-of-work factory, the till context and the services."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from app.domain.barcodes import BarcodeReader, MeasureKind, VariableMeasureRule
from app.domain.cards import CardFormat, CardNumbering
from app.domain.ids import HlcClock
from app.services.auth import Authenticator
from app.services.checkout import CheckoutService
from app.services.context import Clock, TillContext, utc_now
from app.services.loyalty_gateway import LoyaltyGateway
from app.services.loyalty_returns import LoyaltyReversal
from app.services.returns import ReturnService
from app.services.shifts import ShiftService
from app.store.db import open_engine, session_factory
from app.store.migrate import upgrade
from app.store.uow import UnitOfWorkFactory
from app.sync.policy import OfflineSpendPolicy
from app.sync.worker import SyncWorker


class NotSetUp(RuntimeError):
    """The database has no shop and till yet (run the setup wizard or ``demo-db``)."""


@dataclass
class Till:
    """Everything a running till needs, built once."""

    engine: Engine
    uow: UnitOfWorkFactory
    context: TillContext
    clock: Clock
    auth: Authenticator
    checkout: CheckoutService
    shifts: ShiftService
    returns: ReturnService
    loyalty: LoyaltyGateway
    hlc: HlcClock
    sync: SyncWorker

    def close(self) -> None:
        self.sync.stop()
        self.uow.close()
        self.engine.dispose()


def load_context(uow: UnitOfWorkFactory) -> TillContext:
    with uow() as work:
        till_id = work.settings.get("till.id")
        if till_id is None:
            raise NotSetUp("this database has no till configured")
        till = work.shop.till(till_id)
        if till is None:
            raise NotSetUp(f"till {till_id} is missing")
        store = work.shop.store(till.store_id)
        if store is None:
            raise NotSetUp(f"store {till.store_id} is missing")
        numbering = work.settings.get("cards.numbering") or {}
        rules = work.settings.get("barcodes.variable_measure")
        footer = work.settings.get("receipt.footer") or []
        return TillContext(
            store_id=store.id,
            store_code=store.code,
            till_id=till.id,
            till_code=till.code,
            shop_name=store.name,
            shop_address=store.address,
            currency=store.currency,
            timezone=store.timezone,
            language=store.language,
            numbering=CardNumbering(
                format=CardFormat(numbering.get("format", CardFormat.EAN13.value)),
                prefix=numbering.get("prefix", "0400"),
                length=int(numbering.get("length", 13)),
            ),
            barcodes=BarcodeReader(
                tuple(
                    VariableMeasureRule(r["prefix"], MeasureKind(r["kind"]), int(r.get("item_digits", 5)))
                    for r in rules
                )
            )
            if rules is not None
            else BarcodeReader(),
            receipt_footer=tuple(footer),
        )


def open_database(path: str | Path) -> tuple[Engine, UnitOfWorkFactory]:
    """Open (creating or upgrading as needed) a till database."""
    engine = open_engine(path)
    upgrade(engine)
    return engine, UnitOfWorkFactory(session_factory(engine))


def open_till(path: str | Path, *, clock: Clock = utc_now) -> Till:
    engine, uow = open_database(path)
    try:
        context = load_context(uow)
    except NotSetUp:
        engine.dispose()
        raise
    policy = OfflineSpendPolicy(uow, till_id=context.till_id, currency=context.currency, timezone=context.timezone)
    hlc = HlcClock(context.till_id)
    loyalty = LoyaltyGateway(uow, context, clock, spend_limit=policy)
    return Till(
        engine=engine,
        uow=uow,
        context=context,
        clock=clock,
        auth=Authenticator(uow, clock),
        checkout=CheckoutService(uow, context, clock, loyalty, hlc),
        shifts=ShiftService(uow, context, clock),
        returns=ReturnService(uow, context, clock, LoyaltyReversal(clock, hlc)),
        loyalty=loyalty,
        hlc=hlc,
        sync=SyncWorker(uow, clock=clock, hlc=hlc, on_programs_changed=loyalty.reload_programs),
    )
