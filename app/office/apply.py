"""Applying a till's batch at the office: once per batch id, once per row id, all of it or nothing."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.money import round_half_up
from app.office.ledger import LedgerIntake
from app.office.loyalty_intake import apply_answers, apply_card, apply_program_versions
from app.office.ownership import ForeignRows, check_owner
from app.office.publishers import check_publisher
from app.office.writes import insert_ignore, insert_ignore_many, log_changes, take_write_lock
from app.services.auth import Role
from app.store.models import BatchRow, OfficeTillRow, ShiftRow, StaffRow, StoreRow
from app.sync.documents import BadDocument, from_doc, parse_time, table
from app.sync.members import apply_member_document
from app.sync.wire import Ack, BadBatch, Batch, Item, RawJson

log = logging.getLogger(__name__)

STAFF_ROLES = frozenset(role.value for role in Role)

SALE_COLUMNS = (
    "id", "number", "kind", "status", "store_id", "till_id", "shift_id", "cashier_id", "currency", "card_id",
    "member_id", "subtotal", "discount_total", "total", "change", "original_sale_id", "approved_by",
)  # fmt: skip
LINE_COLUMNS = (
    "id", "position", "product_id", "sku", "name", "barcode", "category", "qty_milli", "unit", "unit_price", "gross",
    "line_discount", "order_share", "net", "tax_rate_bp", "price_overridden", "original_line_id",
)  # fmt: skip
_PICK_SALE = itemgetter(*SALE_COLUMNS)
_PICK_LINE = itemgetter(*LINE_COLUMNS)


class IdempotencyConflict(Exception):
    """The Idempotency-Key was used before for a different body or by another till."""


class _Collected:
    """Rows of one batch grouped by table, inserted in an order that satisfies the foreign keys."""

    def __init__(self) -> None:
        self.sales: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.adjustments: list[dict[str, Any]] = []
        self.payments: list[dict[str, Any]] = []
        self.shifts: list[dict[str, Any]] = []
        self.shift_closes: list[Mapping[str, Any]] = []
        self.audit: list[dict[str, Any]] = []


def apply_batch(session: Session, till_id: str, batch: Batch, digest: str, now: datetime) -> Ack:
    """Apply ``batch`` from till ``till_id`` inside the caller's transaction and return the answer to give.

    A batch id seen before returns the answer given then (nothing is written); rows seen before in any batch
    are skipped. The caller commits.

    Raises:
        IdempotencyConflict: the batch id was used for a different body or by another till.
        BadBatch: a row's payload does not fit its table.
        ForeignRows: the batch, or a row in it, belongs to another till or store (nothing of it is kept).
        NotAllowedToPublish: it holds new programs, and this till may not publish them (nothing of it is kept).
    """
    take_write_lock(session)
    previous = session.get(BatchRow, batch.id)
    if previous is not None:
        if previous.till_id != till_id or previous.body_hash != digest:
            raise IdempotencyConflict(f"batch {batch.id} was already used for other content")
        answer = Ack.from_json(previous.response)
        return Ack(answer.batch_id, answer.acked, 0, len(answer.acked), answer.office_time, replayed=True)
    if batch.till_id != till_id:
        raise ForeignRows("the batch belongs to another till")
    owner = session.get(OfficeTillRow, till_id)
    if owner is None:
        raise ForeignRows(f"till {till_id} is not registered at this office")
    received = [{"id": i.id, "till_id": till_id, "topic": i.topic, "batch_id": batch.id} for i in batch.items]
    new_ids = insert_ignore(session, table("sync_received"), received)
    fresh = [item for item in batch.items if item.id in new_ids]
    check_publisher(session, owner, fresh)
    try:
        _apply_items(session, till_id, owner.store_id, batch.staff, fresh, now)
    except BadDocument as exc:
        raise BadBatch(str(exc)) from exc
    ack = Ack(
        batch_id=batch.id,
        acked=tuple(item.id for item in batch.items),
        applied=len(fresh),
        duplicates=len(batch.items) - len(fresh),
        office_time=now.isoformat(),
    )
    session.add(
        BatchRow(
            id=batch.id,
            till_id=till_id,
            body_hash=digest,
            received_at=now,
            rows=len(batch.items),
            applied=len(fresh),
            response=ack.to_json(),
        )
    )
    log.info("batch %s from till %s: %d rows, %d new", batch.id, till_id, len(batch.items), len(fresh))
    return ack


def _apply_items(
    session: Session,
    till_id: str,
    store_id: str,
    staff: Sequence[Mapping[str, Any]],
    items: Sequence[Item],
    now: datetime,
) -> None:
    collected = _Collected()
    ledger = LedgerIntake(session, till_id, now)
    members: list[str] = []
    cards: list[str] = []
    programs: list[str] = []
    answers: list[Mapping[str, Any]] = []
    for item in items:
        payload = json.loads(item.payload) if isinstance(item.payload, RawJson) else item.payload
        check_owner(item.topic, payload, store_id=store_id, till_id=till_id)
        if item.topic == "sale":
            _collect_sale(collected, ledger, payload)
        elif item.topic == "shift":
            _collect_shift(session, collected, payload)
        elif item.topic == "member":
            members.append(apply_member_document(session, payload))
        elif item.topic == "ledger":
            ledger.add_many(payload.get("entries", ()), defaults={"till_id": till_id})
        elif item.topic == "audit":
            collected.audit.append(from_doc("audit", payload))
        elif item.topic == "card":
            cards.append(apply_card(session, payload))
        elif item.topic == "program":
            program_id = apply_program_versions(session, payload)
            if program_id is not None:
                programs.append(program_id)
        elif item.topic == "nps":
            answers.append(payload)
    if members:
        log_changes(session, "member", dict.fromkeys(members), origin=None, now=now)
    if cards:
        log_changes(session, "card", dict.fromkeys(cards), origin=None, now=now)
    if programs:
        log_changes(session, "program", dict.fromkeys(programs), origin=None, now=now)
    _upsert_staff(session, staff)
    insert_ignore_many(session, table("shift"), collected.shifts)
    insert_ignore_many(session, table("sale"), collected.sales)
    insert_ignore_many(session, table("sale_line"), collected.lines)
    insert_ignore_many(session, table("sale_adjustment"), collected.adjustments)
    insert_ignore_many(session, table("payment"), collected.payments)
    insert_ignore_many(session, table("audit"), collected.audit)
    for close in collected.shift_closes:
        _close_shift(session, close)
    apply_answers(session, answers)
    ledger.commit()


def _collect_sale(collected: _Collected, ledger: LedgerIntake, doc: Mapping[str, Any]) -> None:
    try:
        sale = dict(zip(SALE_COLUMNS, _PICK_SALE(doc), strict=True))
        sale["created_at"] = parse_time(doc["created_at"])
        sale["completed_at"] = parse_time(doc["completed_at"])
        sale["program_versions"] = dict(doc.get("program_versions") or {})
        sale["hlc"] = str(doc.get("hlc") or "")
        sale["loyalty"] = doc.get("loyalty")
        sale["tax_total"] = tax_total(doc["lines"])
        sale_id = sale["id"]
        collected.sales.append(sale)
        for line in doc["lines"]:
            row = dict(zip(LINE_COLUMNS, _PICK_LINE(line), strict=True))
            row["sale_id"] = sale_id
            collected.lines.append(row)
        for adj in doc["adjustments"]:
            collected.adjustments.append(
                {
                    "id": adj["id"],
                    "sale_id": sale_id,
                    "line_id": adj["line_id"],
                    "source": adj["source"],
                    "explanation": adj["explanation"],
                    "amount": adj["amount"],
                }
            )
        for position, pay in enumerate(doc["payments"]):
            collected.payments.append(
                {
                    "id": pay["id"],
                    "sale_id": sale_id,
                    "position": position,
                    "kind": pay["kind"],
                    "amount": pay["amount"],
                    "reference": pay["reference"],
                    "points": pay["points"],
                }
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise BadDocument(f"sale {doc.get('id')}: {exc!r}") from exc
    entries = doc.get("ledger") or ()
    if entries:
        defaults = {"sale_id": sale["id"], "store_id": sale["store_id"], "till_id": sale["till_id"]}
        ledger.add_many(entries, defaults=defaults)


def tax_total(lines: Sequence[Mapping[str, Any]]) -> int:
    """VAT inside the lines' net amounts, computed once per rate as the till does (``vat_breakdown``)."""
    by_rate: dict[int, int] = {}
    for line in lines:
        rate = int(line["tax_rate_bp"])
        by_rate[rate] = by_rate.get(rate, 0) + int(line["net"])
    return sum(round_half_up(gross * rate, 10_000 + rate) for rate, gross in by_rate.items() if gross)


def _collect_shift(session: Session, collected: _Collected, doc: Mapping[str, Any]) -> None:
    try:
        event = doc["event"]
        if event == "open":
            store = session.get(StoreRow, doc["store_id"])
            if store is None:
                raise BadDocument(f"shift {doc['id']}: unknown store")
            collected.shifts.append(
                {
                    "id": doc["id"],
                    "store_id": doc["store_id"],
                    "till_id": doc["till_id"],
                    "cashier_id": doc["cashier_id"],
                    "currency": store.currency,
                    "opened_at": parse_time(doc["at"]),
                    "opening_float": int(doc["float"]),
                    "closed_at": None,
                    "closed_by": None,
                    "counted_cash": None,
                    "expected_cash": None,
                    "z_number": None,
                    "z_report": None,
                }
            )
        elif event == "close":
            collected.shift_closes.append(doc)
        else:
            raise BadDocument(f"shift {doc['id']}: unknown event {event!r}")
    except (KeyError, TypeError, ValueError) as exc:
        raise BadDocument(f"shift {doc.get('id')}: {exc!r}") from exc


def _close_shift(session: Session, doc: Mapping[str, Any]) -> None:
    row = session.get(ShiftRow, doc["id"])
    if row is None:
        raise BadDocument(f"shift {doc['id']} is closed before it was opened")
    report = doc.get("z_report") or {}
    row.closed_at = parse_time(doc["at"])
    row.closed_by = doc.get("closed_by")
    row.counted_cash = report.get("counted_cash")
    row.expected_cash = report.get("expected_cash")
    row.z_number = report.get("z_number")
    row.z_report = report


def _staff_values(entry: Mapping[str, Any]) -> tuple[str, str, str, bool]:
    """(id, name, role, active) of one staff entry of a batch.

    Raises:
        BadDocument: a field is missing or the role is not one the till knows.
    """
    try:
        values = str(entry["id"]), str(entry["name"]), str(entry["role"]), bool(entry.get("active", True))
    except (KeyError, TypeError, ValueError) as exc:
        raise BadDocument(f"staff {entry.get('id')}: {exc!r}") from exc
    if values[2] not in STAFF_ROLES:
        raise BadDocument(f"staff {values[0]}: unknown role {values[2]!r}")
    return values


def _upsert_staff(session: Session, staff: Sequence[Mapping[str, Any]]) -> None:
    """Staff named by the till's shifts (no PIN hash travels: the office keeps its own logins)."""
    if not staff:
        return
    entries = [_staff_values(entry) for entry in staff]
    ids = [entry[0] for entry in entries]
    known = {row.id: row for row in session.scalars(select(StaffRow).where(StaffRow.id.in_(ids)))}
    for staff_id, name, role, active in entries:
        row = known.get(staff_id)
        if row is None:
            row = known[staff_id] = StaffRow(id=staff_id, name=name, role=role, pin_hash="", active=active)
            session.add(row)
        else:
            row.name, row.role, row.active = name, role, active
    session.flush()
