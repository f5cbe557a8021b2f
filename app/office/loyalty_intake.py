"""Gift cards, program versions (coupons among them) and NPS answers at the office: from tills, and published."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.survey import InvalidSurveyCode, check_characters, parse_survey_code
from app.office.writes import insert_ignore, log_changes, take_write_lock
from app.store.models import CardRow, ProgramRow, SaleRow
from app.sync.documents import BadDocument, from_doc, table, to_doc
from app.sync.members import CARD_DEFAULTS, merge_card_row

log = logging.getLogger(__name__)

ANSWER_DEFAULTS: Mapping[str, Any] = {
    "sale_id": None,
    "survey_code": None,
    "store_id": None,
    "till_id": None,
    "created_by": None,
    "hlc": "",
}


def apply_card(session: Session, doc: Mapping[str, Any]) -> str:
    """A card without a member (a gift card), merged like a member's card; returns its id.

    Raises:
        BadDocument: the document does not fit, or names a member (member cards travel with their member).
    """
    values = from_doc("card", doc, defaults=CARD_DEFAULTS)
    if values["member_id"] is not None:
        raise BadDocument(f"card {values['id']} belongs to a member: it travels in the member's document")
    merge_card_row(session, values)
    session.flush()
    return str(values["id"])


def apply_program_versions(session: Session, doc: Mapping[str, Any]) -> str | None:
    """Versions of a program or coupon made at a till; a version the office has already is kept as it is
    (versions never change, and the first to arrive is the one every till gets). Returns the program id."""
    program_id = None
    for version in doc.get("versions", ()):
        values = from_doc("program", version)
        program_id = str(values["id"])
        if session.get(ProgramRow, (values["id"], values["version"])) is None:
            session.add(ProgramRow(**values))
    session.flush()
    return program_id


def answer_values(session: Session, doc: Mapping[str, Any]) -> dict[str, Any]:
    """An NPS answer's row; one brought back with a survey code is tied to its sale when the office has it."""
    values = from_doc("nps_answer", doc, defaults=ANSWER_DEFAULTS)
    if not 0 <= int(values["score"]) <= 10:
        raise BadDocument(f"nps answer {values['id']}: score {values['score']} is not 0-10")
    code = values["survey_code"]
    if values["sale_id"] is None and code:
        try:
            number, check = parse_survey_code(code)
        except InvalidSurveyCode:
            return values
        sale = session.scalar(select(SaleRow.id).where(SaleRow.number == number))
        if sale is not None and check_characters(sale) == check:
            values["sale_id"] = sale
    return values


def apply_answers(session: Session, docs: Iterable[Mapping[str, Any]]) -> None:
    rows = [answer_values(session, doc) for doc in docs]
    insert_ignore(session, table("nps_answer"), rows)


def publish_card(session: Session, document: Mapping[str, Any], now: datetime) -> str:
    """A gift card made at the office, sent to every till."""
    take_write_lock(session)
    card_id = apply_card(session, document)
    log_changes(session, "card", [card_id], origin=None, now=now)
    return card_id


def cards(session: Session, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The change feed's loader for cards without a member."""
    rows = session.scalars(select(CardRow).where(CardRow.id.in_(ids), CardRow.member_id.is_(None)))
    return {row.id: to_doc("card", row) for row in rows}
