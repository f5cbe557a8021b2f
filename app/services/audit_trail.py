"""The audit trail as a manager reads it: newest first, with the names of who did it and who approved it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.store.uow import UnitOfWorkFactory

# Detail keys that may carry personal data are never shown in the trail (they are not written there either).
HIDDEN = frozenset({"phone", "email", "birthday"})


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: datetime
    action: str
    actor: str
    approver: str
    details: str


def details_text(details: Any) -> str:
    """``{"card": "•••• 0015", "amount": 500}`` -> ``card •••• 0015 · amount 500``."""
    if not isinstance(details, dict):
        return "" if details is None else str(details)
    parts = []
    for key, value in details.items():
        if key in HIDDEN or value in (None, "", [], {}):
            continue
        shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        parts.append(f"{key} {shown}")
    return " · ".join(parts)


class AuditTrail:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def recent(self, limit: int = 300) -> list[AuditLine]:
        with self._uow() as uow:
            rows = uow.audit.recent(limit)
            names = uow.history.staff_names([r.actor_id or "" for r in rows] + [r.approver_id or "" for r in rows])
            return [
                AuditLine(
                    at=row.at,
                    action=row.action,
                    actor=names.get(row.actor_id or "", row.actor_id or ""),
                    approver=names.get(row.approver_id or "", row.approver_id or ""),
                    details=details_text(row.details),
                )
                for row in rows
            ]
