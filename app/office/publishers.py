"""Programs and coupons reach every store, so the office takes them only from a till it lets publish programs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.store.models import OfficeTillRow, TillRow
from app.sync.wire import PROGRAM_TOPIC, Item, RawJson

NAMED = 5


class NotAllowedToPublish(Exception):
    """A till that may not publish programs sent some; its batch is refused whole and nothing of it is written."""

    def __init__(self, till: str, programs: list[str]) -> None:
        shown = ", ".join(programs[:NAMED]) + (f" and {len(programs) - NAMED} more" if len(programs) > NAMED else "")
        super().__init__(
            f"till {till} may not publish loyalty programs to the chain ({shown}); nothing of the batch was written"
        )
        self.till = till
        self.programs = tuple(programs)


def program_label(item: Item) -> str:
    """``coupon "Spring coupon" (coupon-spring)``: what a refusal names, from the newest version in the row."""
    payload: Any = json.loads(item.payload) if isinstance(item.payload, RawJson) else item.payload
    versions = payload.get("versions") if isinstance(payload, Mapping) else None
    newest = next((v for v in reversed(versions) if isinstance(v, Mapping)), {}) if isinstance(versions, list) else {}
    kind = "coupon" if newest.get("kind") == "coupon" else "program"
    name = str(newest.get("name") or "")[:80]
    program_id = str(newest.get("id") or item.entity_id)
    return f'{kind} "{name}" ({program_id})' if name else f"{kind} {program_id}"


def check_publisher(session: Session, owner: OfficeTillRow, items: Iterable[Item]) -> None:
    """Refuse program rows from a till whose enrollment did not grant it the right to publish programs.

    Raises:
        NotAllowedToPublish: naming the till and every program among ``items``.
    """
    if owner.publish_programs:
        return
    programs = [program_label(item) for item in items if item.topic == PROGRAM_TOPIC]
    if programs:
        till = session.get(TillRow, owner.till_id)
        raise NotAllowedToPublish(till.code if till is not None else owner.till_id, programs)
