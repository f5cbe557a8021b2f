"""The till's database cannot be written (disk full, read-only or failing): errors a cashier can act on."""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError

from app.domain.errors import DomainError

log = logging.getLogger(__name__)

FULL = ("SQLITE_FULL",)
NOT_WRITABLE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM")


class StorageUnavailable(DomainError):
    """Nothing was saved; whatever was being done (a sale in progress) is kept in memory to try again."""


class DiskFull(StorageUnavailable):
    def __init__(self) -> None:
        super().__init__(
            "the till's disk is full, so nothing was saved. The sale stays open: "
            "ask a manager to free some space, then complete it again"
        )


class DatabaseNotWritable(StorageUnavailable):
    def __init__(self) -> None:
        super().__init__(
            "the till cannot write to its database (the disk is read-only or failing), so nothing was saved. "
            "The sale stays open: call for help, then complete it again"
        )


def storage_error(error: BaseException) -> StorageUnavailable | None:
    """The business error for a database error caused by the disk, or None for any other error."""
    if not isinstance(error, DBAPIError):
        return None
    name = str(getattr(error.orig, "sqlite_errorname", ""))
    found: StorageUnavailable | None = None
    if name.startswith(FULL):
        found = DiskFull()
    elif name.startswith(NOT_WRITABLE):
        found = DatabaseNotWritable()
    if found is not None:
        log.warning("the till database cannot be written (%s)", name)
    return found
