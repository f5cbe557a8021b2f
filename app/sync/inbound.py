"""Applying a page of the office's changes on the till: catalog and programs as sent, members merged, ledger union."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.domain.ids import Hlc, HlcClock
from app.store.models import Barcode, Category, LedgerEntryRow, ProductRow, ProgramRow, TillLinkRow
from app.sync.documents import BadDocument, from_doc
from app.sync.members import CARD_DEFAULTS, apply_member_document, merge_card_row
from app.sync.wire import ChangePage

log = logging.getLogger(__name__)


class PageApplier:
    """Applies one page in the caller's transaction; remembers which cards' ledgers changed."""

    def __init__(self, session: Session, clock: HlcClock | None) -> None:
        self._session = session
        self._clock = clock
        self.cards: set[str] = set()
        self.programs_changed = False
        self.programs_released = False
        self._handlers: dict[str, Callable[[Mapping[str, Any]], None]] = {
            "category": self._category,
            "product": self._product,
            "program": self._program,
            "member": self._member,
            "ledger": self._ledger,
            "card": self._card,
        }

    def apply(self, page: ChangePage) -> int:
        for change in page.changes:
            handler = self._handlers.get(change.topic)
            if handler is None:
                log.info("skipping change %s of unknown topic %s", change.seq, change.topic)
                continue
            handler(change.data)
        return len(page.changes)

    def _observe(self, stamp: str | None) -> None:
        if self._clock is not None and stamp:
            try:
                self._clock.observe(Hlc.decode(stamp))
            except ValueError:
                log.info("ignoring a malformed HLC stamp from the office")

    def _category(self, doc: Mapping[str, Any]) -> None:
        values = from_doc("category", doc)
        row = self._session.get(Category, values["id"])
        if row is None:
            self._session.add(Category(**values))
        else:
            row.name, row.parent_id = values["name"], values["parent_id"]
        self._session.flush()

    def _product(self, doc: Mapping[str, Any]) -> None:
        values = from_doc("product", doc)
        codes = [str(code) for code in doc.get("barcodes", ())]
        row = self._session.get(ProductRow, values["id"])
        if row is None:
            self._session.add(ProductRow(**values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
        self._session.flush()
        condition = Barcode.product_id == values["id"]
        self._session.execute(delete(Barcode).where(or_(condition, Barcode.code.in_(codes)) if codes else condition))
        self._session.add_all(Barcode(code=code, product_id=values["id"]) for code in codes)
        self._session.flush()
        self._observe(values["hlc"])

    def _program(self, doc: Mapping[str, Any]) -> None:
        """Versions as the office holds them: one this till made offline under a number another till took
        first is replaced by the office's (the office's is the one every till has)."""
        self.programs_changed = True
        for version in doc.get("versions", ()):
            values = from_doc("program", version)
            if self._session.get(ProgramRow, (values["id"], values["version"])) is None:
                self._session.add(ProgramRow(**values))
            else:
                changes = {k: v for k, v in values.items() if k not in ("id", "version")}
                self._session.execute(
                    update(ProgramRow)
                    .where(ProgramRow.id == values["id"], ProgramRow.version == values["version"])
                    .values(**changes)
                )
        self._session.flush()

    def _card(self, doc: Mapping[str, Any]) -> None:
        values = from_doc("card", doc, defaults=CARD_DEFAULTS)
        merge_card_row(self._session, values)
        self._session.flush()
        self._observe(values["hlc"])

    def _member(self, doc: Mapping[str, Any]) -> None:
        apply_member_document(self._session, doc)
        member = doc.get("member") or {}
        self._observe(member.get("hlc"))

    def _ledger(self, doc: Mapping[str, Any]) -> None:
        values = from_doc("ledger_entry", doc)
        stmt = (
            sqlite_insert(LedgerEntryRow)
            .on_conflict_do_nothing(index_elements=[LedgerEntryRow.id])
            .returning(LedgerEntryRow.id)
        )
        if self._session.execute(stmt, values).first() is not None:
            self.cards.add(values["card_id"])
        self._observe(values["hlc"])


def apply_page(
    session: Session, till_id: str, page: ChangePage, now: datetime, clock: HlcClock | None = None
) -> PageApplier:
    """Apply ``page`` and move the pull cursor in the same transaction; a page read to the end confirms the till.

    Raises:
        BadDocument: a change does not fit its table (the page is refused whole).
    """
    applier = PageApplier(session, clock)
    try:
        applier.apply(page)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, BadDocument):
            raise
        raise BadDocument(f"a change from the office does not fit: {exc!r}") from exc
    values: dict[str, object] = {"pull_cursor": page.cursor, "last_pull_at": now}
    if not page.more:
        values["confirmed_at"] = now
    if page.publish_programs is not None:
        link = session.get(TillLinkRow, till_id)
        if link is not None and link.publish_programs != page.publish_programs:
            applier.programs_released = link.publish_programs is False and page.publish_programs
            values["publish_programs"] = page.publish_programs
            log.info("the office says this till may publish programs: %s", page.publish_programs)
    session.execute(update(TillLinkRow).where(TillLinkRow.till_id == till_id).values(**values))
    return applier
