"""The member search index: one row per word of a member's name and one for the phone, kept by the ORM itself."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, ForeignKey, Index, String, delete, event, insert, inspect
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from app.domain.search_terms import name_words, phone_key
from app.store.base import Base, table_of
from app.store.models.members import MemberRow

PHONE_MARK = "#"


class MemberWordRow(Base):
    """``word`` is a folded name word, or ``#`` + the phone's digits reversed (so a suffix is a prefix)."""

    __tablename__ = "member_word"
    __table_args__ = (Index("ix_member_word_member", "member_id", "word"),)

    word: Mapped[str] = mapped_column(String(80), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), primary_key=True)


def member_words(name: str, phone: str | None) -> list[str]:
    """Every search row of a member (what the demo generator and the ORM events write)."""
    words = name_words(name)
    key = phone_key(phone)
    if key:
        words.append(PHONE_MARK + key[:60])
    return words


def _write_words(connection: Connection, member: MemberRow, *, fresh: bool) -> None:
    table = table_of(MemberWordRow)
    if not fresh:
        connection.execute(delete(table).where(table.c.member_id == member.id))
    if member.merged_into_id is None:
        rows = [{"word": word, "member_id": member.id} for word in member_words(member.name, member.phone)]
        if rows:
            connection.execute(insert(table), rows)


@event.listens_for(MemberRow, "after_insert")
def _on_member_inserted(_mapper: Mapper[Any], connection: Connection, target: MemberRow) -> None:
    _write_words(connection, target, fresh=True)


@event.listens_for(MemberRow, "after_update")
def _on_member_updated(_mapper: Mapper[Any], connection: Connection, target: MemberRow) -> None:
    state = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in ("name", "phone", "merged_into_id")):
        _write_words(connection, target, fresh=False)
