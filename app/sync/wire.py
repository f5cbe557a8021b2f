"""What travels between a till and the office: a batch of outbox and audit rows, its answer, a page of changes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PROTOCOL = 1
TOPICS = frozenset({"sale", "shift", "member", "ledger", "audit", "card", "program", "nps"})
# Rows of this topic publish to every store; only a till the office lets publish programs may send them.
PROGRAM_TOPIC = "program"
# The ``reason`` of the office's 403 answer to a batch holding programs from a till that may not publish them.
PROGRAMS_REFUSED = "programs_not_allowed"


class BadBatch(ValueError):
    """A batch whose shape is wrong; nothing of it is applied."""


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()


class RawJson(str):
    """JSON text kept as is (an outbox payload read straight from the database), spliced into the batch."""


@dataclass(frozen=True, slots=True)
class Item:
    """One outbox (or audit) row of a till: ``id`` is the row's UUIDv7 and its identity at the office."""

    id: str
    topic: str
    entity_id: str
    created_at: str
    payload: Mapping[str, Any] | RawJson

    def to_json(self) -> dict[str, Any]:
        payload = json.loads(self.payload) if isinstance(self.payload, RawJson) else self.payload
        return {
            "id": self.id,
            "topic": self.topic,
            "entity_id": self.entity_id,
            "created_at": self.created_at,
            "payload": payload,
        }

    def encode(self) -> bytes:
        head = dumps({"id": self.id, "topic": self.topic, "entity_id": self.entity_id, "created_at": self.created_at})
        payload = self.payload.encode() if isinstance(self.payload, RawJson) else dumps(self.payload)
        return head[:-1] + b',"payload":' + payload + b"}"


@dataclass(frozen=True, slots=True)
class Batch:
    """Rows pushed together; ``id`` is the Idempotency-Key. ``staff`` names the till's staff for its shifts."""

    id: str
    till_id: str
    items: tuple[Item, ...]
    staff: tuple[Mapping[str, Any], ...] = ()
    pull_cursor: int = 0
    protocol: int = PROTOCOL

    def to_json(self) -> dict[str, Any]:
        return {**self.to_json_envelope(), "items": [item.to_json() for item in self.items]}

    def encode(self) -> bytes:
        """The batch as JSON bytes, raw payloads spliced in without parsing them."""
        head = dumps(self.to_json_envelope())
        return head[:-1] + b',"items":[' + b",".join(item.encode() for item in self.items) + b"]}"

    def to_json_envelope(self) -> dict[str, Any]:
        return {
            "protocol": self.protocol,
            "id": self.id,
            "till_id": self.till_id,
            "pull_cursor": self.pull_cursor,
            "staff": [dict(s) for s in self.staff],
        }

    @classmethod
    def from_json(cls, raw: Any) -> Batch:
        """Check the envelope (not the payloads: each topic's applier checks its own).

        Raises:
            BadBatch: a field is missing or of the wrong type, or a topic is unknown.
        """
        if not isinstance(raw, Mapping):
            raise BadBatch("a batch is a JSON object")
        try:
            if raw["protocol"] != PROTOCOL:
                raise BadBatch(f"protocol {raw['protocol']!r} is not {PROTOCOL}")
            items = []
            for entry in raw["items"]:
                item = Item(
                    id=_text(entry["id"]),
                    topic=_text(entry["topic"]),
                    entity_id=_text(entry["entity_id"]),
                    created_at=_text(entry["created_at"]),
                    payload=entry["payload"],
                )
                if item.topic not in TOPICS:
                    raise BadBatch(f"unknown topic {item.topic!r}")
                if not isinstance(item.payload, Mapping):
                    raise BadBatch(f"row {item.id}: the payload is not an object")
                items.append(item)
            staff = tuple(raw.get("staff", ()))
            if not all(isinstance(s, Mapping) for s in staff):
                raise BadBatch("staff entries must be objects")
            return cls(
                id=_text(raw["id"]),
                till_id=_text(raw["till_id"]),
                items=tuple(items),
                staff=staff,
                pull_cursor=_cursor(raw.get("pull_cursor", 0)),
            )
        except (KeyError, TypeError) as exc:
            raise BadBatch(f"malformed batch: {exc!r}") from exc


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise BadBatch(f"expected text, got {type(value).__name__}")
    return value


def _cursor(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**63:
        raise BadBatch(f"the pull cursor {value!r} is not a change sequence number")
    return value


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True, slots=True)
class Ack:
    """The office's answer to a batch: every row id it now holds (new or already known)."""

    batch_id: str
    acked: tuple[str, ...]
    applied: int
    duplicates: int
    office_time: str
    replayed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "batch_id": self.batch_id,
            "acked": list(self.acked),
            "applied": self.applied,
            "duplicates": self.duplicates,
            "office_time": self.office_time,
            "replayed": self.replayed,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Ack:
        return cls(
            batch_id=str(raw["batch_id"]),
            acked=tuple(str(x) for x in raw["acked"]),
            applied=int(raw["applied"]),
            duplicates=int(raw["duplicates"]),
            office_time=str(raw["office_time"]),
            replayed=bool(raw.get("replayed", False)),
        )


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the office's change feed: the entity's current state as a document."""

    seq: int
    topic: str
    id: str
    data: Mapping[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "topic": self.topic, "id": self.id, "data": self.data}


@dataclass(frozen=True, slots=True)
class ChangePage:
    """Changes after a cursor; ``cursor`` is where the next page starts, ``more`` whether one exists.

    ``publish_programs`` is the asking till's right to publish programs as the office holds it now (None: the
    office did not say), so a right granted or withdrawn at the office reaches the till with its next pull.
    """

    changes: tuple[Change, ...]
    cursor: int
    more: bool
    office_time: str
    publish_programs: bool | None = None

    def to_json(self) -> dict[str, Any]:
        page = {
            "changes": [c.to_json() for c in self.changes],
            "cursor": self.cursor,
            "more": self.more,
            "office_time": self.office_time,
        }
        if self.publish_programs is not None:
            page["publish_programs"] = self.publish_programs
        return page

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ChangePage:
        return cls(
            changes=tuple(
                Change(seq=int(c["seq"]), topic=str(c["topic"]), id=str(c["id"]), data=c["data"])
                for c in raw["changes"]
            ),
            cursor=int(raw["cursor"]),
            more=bool(raw["more"]),
            office_time=str(raw["office_time"]),
            publish_programs=right if isinstance(right := raw.get("publish_programs"), bool) else None,
        )
