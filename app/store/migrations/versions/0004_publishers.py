"""publishers: which tills may publish loyalty programs (office tills, enrollment codes; the till's link)

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-12 10:00:00

Tills that already pushed a program to this office keep the right: they are the ones the chain has been
managing its programs from, and taking it away on upgrade would silently stop that. Every other till loses a
right it never used.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_till", schema=None) as batch_op:
        batch_op.add_column(sa.Column("publish_programs", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("sync_enrollment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("publish_programs", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("sync_link", schema=None) as batch_op:
        batch_op.add_column(sa.Column("publish_programs", sa.Boolean(), nullable=True))

    tills = sa.table("sync_till", sa.column("till_id", sa.String()), sa.column("publish_programs", sa.Boolean()))
    received = sa.table("sync_received", sa.column("till_id", sa.String()), sa.column("topic", sa.String()))
    published = sa.select(received.c.till_id).where(received.c.topic == "program").distinct()
    op.get_bind().execute(sa.update(tills).where(tills.c.till_id.in_(published)).values(publish_programs=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("sync_link", schema=None) as batch_op:
        batch_op.drop_column("publish_programs")
    with op.batch_alter_table("sync_enrollment", schema=None) as batch_op:
        batch_op.drop_column("publish_programs")
    with op.batch_alter_table("sync_till", schema=None) as batch_op:
        batch_op.drop_column("publish_programs")
