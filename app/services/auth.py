"""Staff PINs: scrypt hashes, constant-time checks, per-person lockout and a till-wide pause, roles."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from app.domain.errors import DomainError
from app.services.context import Clock
from app.store.models import AuditRow, StaffRow
from app.store.uow import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
# A PIN typed without choosing a person is tried against everyone, so it gets a till-wide limit of its own.
PIN_ONLY_FAILURES = 5
PIN_ONLY_WINDOW = timedelta(minutes=10)
PIN_ONLY_PAUSE = timedelta(minutes=5)
FAILED = "login.failed"
PAUSED = "pin.paused"
REFUSED = "pin.refused"


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


class PinEntryPaused(DomainError):
    def __init__(self, until: datetime) -> None:
        super().__init__(
            "too many wrong PINs at this till: PIN entry is paused for a few minutes", until=until.isoformat()
        )


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
    """Checks PINs against staff records.

    Five wrong PINs for a chosen person lock that person out for five minutes. A PIN typed without choosing a
    person (a manager's approval, the login screen) is tried against everyone: five wrong ones at this till
    within ten minutes pause all such entry for five minutes. Every failure and pause is in the audit.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def login(self, pin: str, *, staff_id: str | None = None, role: Role = Role.CASHIER) -> StaffMember:
        """The staff member whose PIN this is (and who has at least ``role``).

        With ``staff_id`` only that person's PIN is tried; without, every active member of staff is tried
        (PINs are unique per shop).

        Raises:
            WrongPin, AccountLocked (that person), PinEntryPaused (PIN-only entry at this till), NotAllowed.
        """
        now = self._clock()
        with self._uow(write=True) as uow:
            if staff_id is None:
                paused_until = self._paused_until(uow, now)
                if paused_until is not None:
                    uow.audit.record(REFUSED, now=now, actor_id=None, details={"role": role.value})
                    uow.commit()
                    raise PinEntryPaused(paused_until)
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
            uow.audit.record(FAILED, now=now, actor_id=staff_id, details={"role": role.value})
            attempts_left = MAX_FAILURES
            if staff_id is None:
                attempts_left = self._count_pin_only_failure(uow, now)
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
            uow.commit()
            raise WrongPin(attempts_left)

    def approve(self, pin: str, *, role: Role = Role.MANAGER) -> StaffMember:
        """A manager (or admin) approving an act with their PIN."""
        return self.login(pin, role=role)

    @staticmethod
    def _last_pause(uow: UnitOfWork) -> datetime | None:
        return uow.session.scalar(select(func.max(AuditRow.at)).where(AuditRow.action == PAUSED))

    def _paused_until(self, uow: UnitOfWork, now: datetime) -> datetime | None:
        started = self._last_pause(uow)
        if started is None or started + PIN_ONLY_PAUSE <= now:
            return None
        return started + PIN_ONLY_PAUSE

    def _count_pin_only_failure(self, uow: UnitOfWork, now: datetime) -> int:
        """After the failure just recorded: how many PIN-only attempts are left before the till pauses them.

        Raises:
            PinEntryPaused: this failure reached the limit (the pause is recorded and committed first).
        """
        since = now - PIN_ONLY_WINDOW
        last_pause = self._last_pause(uow)
        if last_pause is not None:
            since = max(since, last_pause + PIN_ONLY_PAUSE)
        failures = (
            uow.session.scalar(
                select(func.count())
                .select_from(AuditRow)
                .where(AuditRow.action == FAILED, AuditRow.actor_id.is_(None), AuditRow.at >= since)
            )
            or 0
        )
        if failures < PIN_ONLY_FAILURES:
            return PIN_ONLY_FAILURES - failures
        until = now + PIN_ONLY_PAUSE
        uow.audit.record(PAUSED, now=now, actor_id=None, details={"failures": failures, "until": until.isoformat()})
        uow.commit()
        log.info("PIN entry paused until %s after %d wrong PINs", until.isoformat(), failures)
        raise PinEntryPaused(until)
