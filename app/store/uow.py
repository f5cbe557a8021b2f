"""The unit of work: one session, one transaction; nothing is kept unless ``commit()`` is called."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from types import TracebackType

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.store.db import WRITE_OPTION
from app.store.errors import storage_error
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
    """Use as ``with uow_factory() as uow: ...; uow.commit()``; leaving the block without commit rolls back.

    A database error caused by the disk (full, read-only, failing) leaves the block as a ``StorageUnavailable``
    that the person at the till can act on.
    """

    session: Session

    def __init__(self, sessions: sessionmaker[Session], *, write: bool = False) -> None:
        self._sessions = sessions
        self._write = write

    def __enter__(self) -> UnitOfWork:
        for made in [name for name in vars(self) if not name.startswith("_")]:
            del self.__dict__[made]  # repositories of an earlier session, when this unit is entered again
        self.session = self._sessions()
        if self._write:
            try:
                self.session.connection(execution_options={WRITE_OPTION: True})
            except DBAPIError as exc:
                self.session.close()
                translated = storage_error(exc)
                if translated is None:
                    raise
                raise translated from exc
        return self

    # Repositories are made on first use: a unit of work touches two or three of them (a card scan, a sale).

    @cached_property
    def catalog(self) -> CatalogRepository:
        return CatalogRepository(self.session)

    @cached_property
    def members(self) -> MemberRepository:
        return MemberRepository(self.session)

    @cached_property
    def ledger(self) -> LedgerRepository:
        return LedgerRepository(self.session)

    @cached_property
    def programs(self) -> ProgramRepository:
        return ProgramRepository(self.session)

    @cached_property
    def sales(self) -> SaleRepository:
        return SaleRepository(self.session)

    @cached_property
    def shifts(self) -> ShiftRepository:
        return ShiftRepository(self.session)

    @cached_property
    def shop(self) -> ShopRepository:
        return ShopRepository(self.session)

    @cached_property
    def outbox(self) -> OutboxRepository:
        return OutboxRepository(self.session)

    @cached_property
    def audit(self) -> AuditRepository:
        return AuditRepository(self.session)

    @cached_property
    def settings(self) -> SettingsRepository:
        return SettingsRepository(self.session)

    @cached_property
    def search(self) -> MemberSearch:
        return MemberSearch(self.session)

    @cached_property
    def history(self) -> HistoryRepository:
        return HistoryRepository(self.session)

    @cached_property
    def kpis(self) -> KpiRepository:
        return KpiRepository(self.session)

    @cached_property
    def surveys(self) -> SurveyRepository:
        return SurveyRepository(self.session)

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
        translated = storage_error(exc) if exc is not None else None
        if translated is not None:
            raise translated from exc

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


class UnitOfWorkFactory:
    """Makes units of work on one engine's sessions; built once in bootstrap."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._reads_lock = threading.Lock()
        self._reads: Connection | None = None

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A short read transaction on a connection kept open for it: the card scan's hot path, without a session
        or a trip through the pool (``python -m bench scan``). One at a time; do not nest.

        Raises:
            StorageError: as a unit of work raises it (the disk or the file went away).
        """
        with self._reads_lock:
            if self._reads is None or self._reads.closed:
                bind = self._sessions.kw["bind"]
                self._reads = bind.connect()
            connection = self._reads
            transaction = connection.begin()
            try:
                yield connection
            except Exception as exc:
                translated = storage_error(exc)
                if translated is not None:
                    raise translated from exc
                raise
            finally:
                transaction.rollback()

    def close(self) -> None:
        """Give back the kept read connection (before the engine is disposed)."""
        with self._reads_lock:
            if self._reads is not None:
                self._reads.close()
                self._reads = None

    def __call__(self, *, write: bool = False) -> UnitOfWork:
        """A unit of work; ``write=True`` takes the database's write lock at the start (for a use case that
        reads and then writes, so no other writer can slip in between)."""
        return UnitOfWork(self._sessions, write=write)
