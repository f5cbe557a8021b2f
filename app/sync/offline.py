"""Sync without a line: export the outbox as a signed bundle, import the office's signed reply."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from app.domain.ids import HlcClock, new_id
from app.services.context import Clock, utc_now
from app.store.uow import UnitOfWorkFactory
from app.sync.bundle import OFFICE_REPLY, TILL_BATCH, BundleRefused, read_bundle, write_bundle
from app.sync.documents import BadDocument
from app.sync.inbound import apply_page
from app.sync.ledger import CardProjector
from app.sync.link import load_link
from app.sync.outbound import acknowledge, held_count, next_batch
from app.sync.wire import Ack, Batch, ChangePage

log = logging.getLogger(__name__)

EXPORT_ALL = 10_000_000


@dataclass(frozen=True, slots=True)
class Exported:
    data: bytes
    rows: int
    batch_id: str
    held: int = 0


@dataclass(frozen=True, slots=True)
class Imported:
    acked: int
    changes: int


def export_bundle(uow: UnitOfWorkFactory, *, clock: Clock = utc_now) -> Exported:
    """Everything still queued, signed with the till's key (rows stay queued until the reply confirms them);
    programs the office does not take from this till are left out and counted in ``held``."""
    with uow() as work:
        link = load_link(work.session)
        outgoing = next_batch(work.session, link, EXPORT_ALL)
        held = held_count(work.session, link)
        batch = (
            outgoing.batch
            if outgoing
            else Batch(id=new_id(), till_id=link.till_id, items=(), pull_cursor=link.pull_cursor)
        )
    data = write_bundle(
        kind=TILL_BATCH,
        till_id=link.till_id,
        bundle_id=batch.id,
        created_at=clock().isoformat(),
        body={"batch": batch.to_json()},
        private_key=link.private_key,
    )
    log.info("exported bundle %s with %d rows", batch.id, len(batch.items))
    return Exported(data=data, rows=len(batch.items), batch_id=batch.id, held=held)


def import_reply(
    uow: UnitOfWorkFactory,
    data: bytes,
    *,
    clock: Clock = utc_now,
    hlc: HlcClock | None = None,
    projector: CardProjector | None = None,
) -> Imported:
    """Check the office's reply and apply it whole: confirmed rows leave the queue, changes are applied.

    Raises:
        BundleRefused: the reply is damaged, altered, not from this till's office, or made for another till.
    """
    with uow(write=True) as work:
        link = load_link(work.session)

        def office_key(header: Mapping[str, Any]) -> str:
            if header.get("till_id") != link.till_id:
                raise BundleRefused("this reply was made for another till")
            return link.office_public_key

        bundle = read_bundle(data, expected_kind=OFFICE_REPLY, key_for=office_key)
        try:
            ack = Ack.from_json(bundle.body["ack"])
            page = ChangePage.from_json(bundle.body["page"])
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleRefused(f"the reply's content is damaged: {exc!r}") from exc
        now = clock()
        acked = acknowledge(work.session, link.till_id, ack.batch_id, ack, now)
        # Changes this till already pulled online since the export are not applied again (they may be older).
        fresh = replace(
            page,
            changes=tuple(c for c in page.changes if c.seq > link.pull_cursor),
            cursor=max(page.cursor, link.pull_cursor),
        )
        try:
            applier = apply_page(work.session, link.till_id, fresh, now, hlc)
        except BadDocument as exc:
            raise BundleRefused(f"the reply holds a change that does not fit: {exc}") from exc
        (projector or CardProjector()).rebuild(work.session, applier.cards, now)
        work.commit()
    log.info("imported reply %s: %d rows confirmed, %d changes", bundle.bundle_id, acked, len(fresh.changes))
    return Imported(acked=acked, changes=len(fresh.changes))
