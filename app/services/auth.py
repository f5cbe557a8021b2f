"""Staff PINs: scrypt hashes, constant-time checks, lockout after repeated failures, roles."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.errors import DomainError
from app.services.context import Clock
from app.store.models import StaffRow
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)


class Role(StrEnum):
    CASHIER = "cashier"
    MANAGER = "manager"
    ADMIN = "admin"

    def at_least(self, other: Role) -> bool:
        order = [Role.CASHIER, Role.MANAGER, Role.ADMIN]
        return order.index(self) >= order.index(other)


class WrongPin(DomainError):
    def __init__(self, attempts_left: int) -> None:
        super().__init__(f"wrong PIN ({attempts_left} attempts left)", attempts_left=attempts_left)


class AccountLocked(DomainError):
    def __init__(self, until: datetime) -> None:
        super().__init__("too many wrong PINs: try again later or ask a manager", until=until.isoformat())


class NotAllowed(DomainError):
    def __init__(self, needed: str) -> None:
        super().__init__(f"a {needed} PIN is needed for this", needed=needed)


class InvalidPin(DomainError):
    def __init__(self) -> None:
        super().__init__("a PIN is 4 to 12 digits")


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: str
    name: str
    role: Role


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = SCRYPT_N) -> str:
    """``scrypt$n$r$p$salt$hash`` for a PIN; a slow KDF so a stolen database does not give PINs away."""
    check_pin_format(pin)
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    return hmac.compare_digest(candidate.hex(), digest)


def check_pin_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        raise InvalidPin()


def to_staff(row: StaffRow) -> StaffMember:
    return StaffMember(id=row.id, name=row.name, role=Role(row.role))


class Authenticator:
    """Checks PINs against staff records; five wrong PINs lock that person out for five minutes."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def login(self, pin: str, *, staff_id: str | None = None, role: Role = Role.CASHIER) -> StaffMember:
        """The staff member whose PIN this is (and who has at least ``role``).

        With ``staff_id`` only that person's PIN is tried; without, every active member of staff is tried
        (PINs are unique per shop), and a lockout applies to the person whose record was locked.
        """
        now = self._clock()
        with self._uow(write=True) as uow:
            rows = [uow.shop.staff(staff_id)] if staff_id else uow.shop.staff_list()
            candidates = [r for r in rows if r is not None and r.active]
            for row in candidates:
                if row.locked_until is not None and row.locked_until > now:
                    if staff_id:
                        raise AccountLocked(row.locked_until)
                    continue
                if pin_matches(pin, row.pin_hash):
                    row.failed_attempts = 0
                    row.locked_until = None
                    uow.commit()
                    staff = to_staff(row)
                    if not staff.role.at_least(role):
                        raise NotAllowed(role.value)
                    return staff
            attempts_left = MAX_FAILURES
            if staff_id and candidates:
                row = candidates[0]
                row.failed_attempts += 1
                attempts_left = max(0, MAX_FAILURES - row.failed_attempts)
                if row.failed_attempts >= MAX_FAILURES:
                    row.locked_until = now + LOCKOUT
                    row.failed_attempts = 0
                    uow.audit.record("staff.locked", now=now, actor_id=row.id, subject=row.id)
                    uow.commit()
                    log.info("staff %s locked out after repeated wrong PINs", row.id)
                    raise AccountLocked(row.locked_until)
            uow.audit.record("login.failed", now=now, actor_id=staff_id, details={"role": role.value})
            uow.commit()
            raise WrongPin(attempts_left)

    def approve(self, pin: str, *, role: Role = Role.MANAGER) -> StaffMember:
        """A manager (or admin) approving an act with their PIN."""
        return self.login(pin, role=role)
