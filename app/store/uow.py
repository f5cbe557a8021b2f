"""The unit of work: one session, one transaction; nothing is kept unless ``commit()`` is called."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from app.store.db import WRITE_OPTION
from app.store.repositories.catalog import CatalogRepository
from app.store.repositories.history import HistoryRepository
from app.store.repositories.kpis import KpiRepository
from app.store.repositories.ledger import LedgerRepository
from app.store.repositories.member_search import MemberSearch
from app.store.repositories.members import MemberRepository
from app.store.repositories.ops import AuditRepository, OutboxRepository, SettingsRepository
from app.store.repositories.programs import ProgramRepository
from app.store.repositories.sales import SaleRepository
from app.store.repositories.shifts import ShiftRepository
from app.store.repositories.shop import ShopRepository
from app.store.repositories.surveys import SurveyRepository


class UnitOfWork:
    """Use as ``with uow_factory() as uow: ...; uow.commit()``; leaving the block without commit rolls back."""

    session: Session

    def __init__(self, sessions: sessionmaker[Session], *, write: bool = False) -> None:
        self._sessions = sessions
        self._write = write

    def __enter__(self) -> UnitOfWork:
        self.session = self._sessions()
        if self._write:
            self.session.connection(execution_options={WRITE_OPTION: True})
        self.catalog = CatalogRepository(self.session)
        self.members = MemberRepository(self.session)
        self.ledger = LedgerRepository(self.session)
        self.programs = ProgramRepository(self.session)
        self.sales = SaleRepository(self.session)
        self.shifts = ShiftRepository(self.session)
        self.shop = ShopRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        self.audit = AuditRepository(self.session)
        self.settings = SettingsRepository(self.session)
        self.search = MemberSearch(self.session)
        self.history = HistoryRepository(self.session)
        self.kpis = KpiRepository(self.session)
        self.surveys = SurveyRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


class UnitOfWorkFactory:
    """Makes units of work on one engine's sessions; built once in bootstrap."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def __call__(self, *, write: bool = False) -> UnitOfWork:
        """A unit of work; ``write=True`` takes the database's write lock at the start (for a use case that
        reads and then writes, so no other writer can slip in between)."""
        return UnitOfWork(self._sessions, write=write)
