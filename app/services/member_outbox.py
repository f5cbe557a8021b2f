"""What the office must learn about members, cards, programs and ledger entries changed outside a sale.

Each function adds an outbox row in the caller's transaction, so the change and its journey are one commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from app.domain.loyalty import LedgerEntry
from app.store.models import CardRow, NpsAnswerRow, ProgramRow
from app.store.uow import UnitOfWork
from app.sync.documents import to_doc
from app.sync.ledger import entry_values
from app.sync.members import member_document


def queue_member(uow: UnitOfWork, member_id: str, now: datetime) -> None:
    """The member with all their cards, as the office merges it field by field."""
    uow.session.flush()
    document = member_document(uow.session, member_id)
    if document is None:
        raise KeyError(member_id)
    uow.outbox.add("member", member_id, document, now=now)


def queue_card(uow: UnitOfWork, card_id: str, now: datetime) -> None:
    """A card without a member (a gift card); a member's card travels inside its member's document."""
    uow.session.flush()
    row = uow.session.get(CardRow, card_id)
    if row is None:
        raise KeyError(card_id)
    if row.member_id is not None:
        queue_member(uow, row.member_id, now)
        return
    uow.outbox.add("card", card_id, to_doc("card", row), now=now)


def queue_entries(
    uow: UnitOfWork,
    entries: Sequence[LedgerEntry],
    *,
    store_id: str | None,
    till_id: str | None,
    hlc: str,
    now: datetime,
) -> None:
    """Ledger entries written outside a sale (welcome bonus, adjustment, card transfer, gift card load)."""
    if not entries:
        return
    documents = [to_doc("ledger_entry", entry_values(e, store_id=store_id, till_id=till_id, hlc=hlc)) for e in entries]
    uow.outbox.add("ledger", entries[0].id, {"entries": documents}, now=now)


def queue_program(uow: UnitOfWork, program_id: str, now: datetime) -> None:
    """Every version of a program or coupon (versions are never edited, so sending all is idempotent)."""
    uow.session.flush()
    rows = uow.session.scalars(select(ProgramRow).where(ProgramRow.id == program_id).order_by(ProgramRow.version))
    versions = [to_doc("program", row) for row in rows]
    if not versions:
        raise KeyError(program_id)
    uow.outbox.add("program", program_id, {"versions": versions}, now=now)


def queue_answer(uow: UnitOfWork, answer: NpsAnswerRow, now: datetime) -> None:
    uow.outbox.add("nps", answer.id, to_doc("nps_answer", answer), now=now)
