"""manager: member search words, merged members, NPS answers, indexes for the KPIs

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.domain.search_terms import name_words, phone_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.String(length=36)
TIME = sa.DateTime(timezone=True)
CHUNK = 20_000


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into_id", ID, nullable=True))

    words = op.create_table(
        "member_word",
        sa.Column("word", sa.String(length=80), nullable=False),
        sa.Column("member_id", ID, nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_member_word_member_id_member")),
        sa.PrimaryKeyConstraint("word", "member_id", name=op.f("pk_member_word")),
    )
    _index_existing_members(words)
    with op.batch_alter_table("member_word", schema=None) as batch_op:
        batch_op.create_index("ix_member_word_member", ["member_id", "word"], unique=False)

    op.create_table(
        "nps_answer",
        sa.Column("id", ID, nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("answered_at", TIME, nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("sale_id", ID, nullable=True),
        sa.Column("survey_code", sa.String(length=60), nullable=True),
        sa.Column("store_id", ID, nullable=True),
        sa.Column("till_id", ID, nullable=True),
        sa.Column("created_by", ID, nullable=True),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nps_answer")),
    )
    with op.batch_alter_table("nps_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nps_answer_answered_at"), ["answered_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_nps_answer_sale_id"), ["sale_id"], unique=False)

    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.create_index("ix_sale_store_completed", ["store_id", "completed_at"], unique=False)
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_entry_created", ["created_at"], unique=False)


def _index_existing_members(words: sa.Table) -> None:
    """Members already in the database get their search words (a till upgraded with its members)."""
    bind = op.get_bind()
    member = sa.table("member", sa.column("id", ID), sa.column("name", sa.String()), sa.column("phone", sa.String()))
    last = ""
    while True:
        rows = bind.execute(
            sa.select(member.c.id, member.c.name, member.c.phone)
            .where(member.c.id > last)
            .order_by(member.c.id)
            .limit(CHUNK)
        ).all()
        if not rows:
            return
        batch = []
        for member_id, name, phone in rows:
            terms = name_words(name or "")
            key = phone_key(phone)
            if key:
                terms.append("#" + key[:60])
            batch += [{"word": term, "member_id": member_id} for term in terms]
        if batch:
            bind.execute(sa.insert(words), batch)
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entry_created")
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_index("ix_sale_store_completed")
    with op.batch_alter_table("nps_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nps_answer_sale_id"))
        batch_op.drop_index(batch_op.f("ix_nps_answer_answered_at"))
    op.drop_table("nps_answer")
    with op.batch_alter_table("member_word", schema=None) as batch_op:
        batch_op.drop_index("ix_member_word_member")
    op.drop_table("member_word")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("merged_into_id")
