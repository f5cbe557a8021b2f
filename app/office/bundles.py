"""A till's bundle brought to the office by hand: checked, applied like a pushed batch, answered with a reply."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.ids import new_id
from app.office.apply import IdempotencyConflict
from app.office.ownership import ForeignRows
from app.office.publishers import NotAllowedToPublish
from app.office.service import Office
from app.sync.bundle import OFFICE_REPLY, TILL_BATCH, BundleRefused, read_bundle, write_bundle
from app.sync.wire import Ack, BadBatch, Batch, Change, ChangePage

log = logging.getLogger(__name__)

REPLY_CHANGES = 50_000


@dataclass(frozen=True, slots=True)
class ImportResult:
    till_id: str
    ack: Ack
    reply: bytes
    changes: int


def import_bundle(office: Office, data: bytes) -> ImportResult:
    """Apply a till's bundle with the same idempotency as a push; the reply confirms rows and carries changes.

    Raises:
        BundleRefused: damaged, truncated, altered or foreign (signed by no till registered here), or holding
            programs from a till that may not publish them; nothing applied.
    """

    def till_key(header: Mapping[str, Any]) -> str:
        key = office.till_public_key(str(header.get("till_id")))
        if key is None:
            raise BundleRefused(f"foreign bundle: till {header.get('till_id')} is not registered at this office")
        return key

    bundle = read_bundle(data, expected_kind=TILL_BATCH, key_for=till_key)
    try:
        batch = Batch.from_json(bundle.body.get("batch"))
    except BadBatch as exc:
        raise BundleRefused(f"the bundle's batch is malformed: {exc}") from exc
    if batch.till_id != bundle.till_id:
        raise BundleRefused("the batch inside belongs to another till than the one that signed it")
    try:
        ack = office.apply(bundle.till_id, batch, str(bundle.header["body_sha256"]))
    except (BadBatch, IdempotencyConflict, ForeignRows, NotAllowedToPublish) as exc:
        raise BundleRefused(f"the bundle cannot be applied: {exc}") from exc
    office.seen(bundle.till_id, office.clock())
    changes: list[Change] = []
    cursor, more, right = batch.pull_cursor, True, None
    while more and len(changes) < REPLY_CHANGES:
        page = office.changes(bundle.till_id, cursor, 2000)
        changes += page.changes
        cursor, more, right = page.cursor, page.more, page.publish_programs
    now = office.clock().isoformat()
    body = {"ack": ack.to_json(), "page": ChangePage(tuple(changes), cursor, more, now, right).to_json()}
    reply = write_bundle(
        kind=OFFICE_REPLY,
        till_id=bundle.till_id,
        bundle_id=new_id(),
        created_at=now,
        body=body,
        private_key=office.signing_key,
    )
    log.info("bundle %s from till %s applied: %d new rows", batch.id, bundle.till_id, ack.applied)
    return ImportResult(till_id=bundle.till_id, ack=ack, reply=reply, changes=len(changes))
