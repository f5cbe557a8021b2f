"""sync: office tills, enrollments, batches, received rows, change log, overdrafts; the till's link

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(length=36)
TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sync_till",
        sa.Column("till_id", ID, nullable=False),
        sa.Column("store_id", ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("registered_at", TIME, nullable=False),
        sa.Column("revoked_at", TIME, nullable=True),
        sa.Column("last_seen_at", TIME, nullable=True),
        sa.PrimaryKeyConstraint("till_id", name=op.f("pk_sync_till")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sync_till_token_hash")),
    )
    op.create_table(
        "sync_enrollment",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("store_id", ID, nullable=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("expires_at", TIME, nullable=False),
        sa.Column("used_at", TIME, nullable=True),
        sa.Column("used_by", ID, nullable=True),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_sync_enrollment")),
    )
    op.create_table(
        "sync_batch",
        sa.Column("id", ID, nullable=False),
        sa.Column("till_id", ID, nullable=False),
        sa.Column("body_hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", TIME, nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_batch")),
    )
    with op.batch_alter_table("sync_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_batch_till_id"), ["till_id"], unique=False)

    op.create_table(
        "sync_received",
        sa.Column("id", ID, nullable=False),
        sa.Column("till_id", ID, nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("batch_id", ID, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_received")),
    )
    op.create_table(
        "sync_change",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=80), nullable=False),
        sa.Column("origin_till_id", ID, nullable=True),
        sa.Column("at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_change")),
    )
    op.create_table(
        "sync_overdraft",
        sa.Column("id", ID, nullable=False),
        sa.Column("card_id", ID, nullable=False),
        sa.Column("account", sa.String(length=32), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("detected_at", TIME, nullable=False),
        sa.Column("till_id", ID, nullable=True),
        sa.Column("sale_id", ID, nullable=True),
        sa.Column("entry_ids", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_overdraft")),
    )
    with op.batch_alter_table("sync_overdraft", schema=None) as batch_op:
        batch_op.create_index("ix_sync_overdraft_card", ["card_id", "account"], unique=False)

    op.create_table(
        "sync_link",
        sa.Column("till_id", ID, nullable=False),
        sa.Column("office_url", sa.String(length=400), nullable=True),
        sa.Column("token", sa.String(length=100), nullable=True),
        sa.Column("private_key", sa.String(length=64), nullable=False),
        sa.Column("office_public_key", sa.String(length=64), nullable=False),
        sa.Column("registered_at", TIME, nullable=False),
        sa.Column("pull_cursor", sa.BigInteger(), nullable=False),
        sa.Column("audit_cursor", sa.BigInteger(), nullable=False),
        sa.Column("confirmed_at", TIME, nullable=True),
        sa.Column("last_push_at", TIME, nullable=True),
        sa.Column("last_pull_at", TIME, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("till_id", name=op.f("pk_sync_link")),
    )


def downgrade() -> None:
    op.drop_table("sync_link")
    with op.batch_alter_table("sync_overdraft", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_overdraft_card")
    op.drop_table("sync_overdraft")
    op.drop_table("sync_change")
    op.drop_table("sync_received")
    with op.batch_alter_table("sync_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_batch_till_id"))
    op.drop_table("sync_batch")
    op.drop_table("sync_enrollment")
    op.drop_table("sync_till")
