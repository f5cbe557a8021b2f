"""The loyalty KPIs at the head office: every store of the chain together, or one store, from the pushed rows."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.errors import DomainError
from app.office.service import Office
from app.services.kpi_report import MONTHS, KpiReportData, build_report
from app.store.models import StoreRow
from app.store.repositories.kpis import KpiRepository
from app.store.repositories.programs import ProgramRepository


class UnknownStore(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__(f"no store has the code {code}", code=code)


class MixedCurrencies(DomainError):
    def __init__(self, currencies: list[str]) -> None:
        super().__init__(
            f"the stores sell in {', '.join(currencies)}: choose one store so amounts are not added across currencies",
            currencies=currencies,
        )


def chain_report(office: Office, *, store_code: str | None = None, months: int = MONTHS) -> KpiReportData:
    """The KPI report of one store (by code) or of every store, which must then share one currency.

    Raises:
        UnknownStore, MixedCurrencies.
    """
    with office.sessions() as session:
        stores = list(session.scalars(select(StoreRow).order_by(StoreRow.code)))
        if store_code is not None:
            stores = [s for s in stores if s.code == store_code]
            if not stores:
                raise UnknownStore(store_code)
        currencies = sorted({s.currency for s in stores})
        if len(currencies) > 1:
            raise MixedCurrencies(currencies)
        if not stores:
            raise UnknownStore(store_code or "(none registered yet)")
        return build_report(
            KpiRepository(session),
            currency=currencies[0],
            timezone=stores[0].timezone,
            programs=ProgramRepository(session).latest(),
            store_id=stores[0].id if store_code is not None else None,
            now=office.clock(),
            scope=store_code or f"all stores ({len(stores)})",
            months=months,
        )
