"""Exporting products and members as CSV in the same columns the import reads (so a file can go out and back)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select

from app.domain.csv_rows import MEMBER_COLUMNS, PRODUCT_COLUMNS
from app.domain.loyalty import Account, CardProjection
from app.domain.loyalty.explain import percent, points
from app.domain.money import Money
from app.services.context import Clock, TillContext
from app.store.models import Barcode, CardRow, CardStateRow, MemberRow, ProductRow
from app.store.uow import UnitOfWorkFactory

Progress = Callable[[int, int], None]
CHUNK = 2000


def _no_progress(_done: int, _total: int) -> None:
    return None


class CsvExport:
    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock

    def products(self, progress: Progress = _no_progress) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(PRODUCT_COLUMNS)
        with self._uow() as uow:
            total = int(uow.session.scalar(select(func.count()).select_from(ProductRow)) or 0)
            last, done = "", 0
            while True:
                rows = list(
                    uow.session.scalars(
                        select(ProductRow).where(ProductRow.sku > last).order_by(ProductRow.sku).limit(CHUNK)
                    )
                )
                if not rows:
                    break
                codes: dict[str, list[str]] = {}
                for code, product_id in uow.session.execute(
                    select(Barcode.code, Barcode.product_id).where(Barcode.product_id.in_([r.id for r in rows]))
                ):
                    codes.setdefault(product_id, []).append(code)
                for row in rows:
                    writer.writerow(
                        [
                            row.sku,
                            row.name,
                            Money(row.price, row.currency).amount_text(),
                            percent(row.tax_rate_bp).rstrip("%"),
                            row.category_id or "",
                            row.unit,
                            row.plu or "",
                            " ".join(sorted(codes.get(row.id, []))),
                            "yes" if row.active else "no",
                        ]
                    )
                done += len(rows)
                last = rows[-1].sku
                progress(done, total)
        return out.getvalue()

    def members(self, progress: Progress = _no_progress) -> str:
        """Each member not merged away, with their newest active card and its available points."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(MEMBER_COLUMNS)
        now: datetime = self._clock()
        account = Account.points(self._context.currency)
        with self._uow() as uow:
            total = int(
                uow.session.scalar(
                    select(func.count()).select_from(MemberRow).where(MemberRow.merged_into_id.is_(None))
                )
                or 0
            )
            last, done = "", 0
            while True:
                members = list(
                    uow.session.scalars(
                        select(MemberRow)
                        .where(MemberRow.id > last, MemberRow.merged_into_id.is_(None))
                        .order_by(MemberRow.id)
                        .limit(CHUNK)
                    )
                )
                if not members:
                    break
                cards: dict[str, CardRow] = {}
                for card in uow.session.scalars(
                    select(CardRow)
                    .where(CardRow.member_id.in_([m.id for m in members]), CardRow.status == "active")
                    .order_by(CardRow.issued_at)
                ):
                    if card.member_id is not None:
                        cards[card.member_id] = card
                states = {
                    row.card_id: row.data
                    for row in uow.session.scalars(
                        select(CardStateRow).where(CardStateRow.card_id.in_([c.id for c in cards.values()]))
                    )
                }
                for member in members:
                    held = cards.get(member.id)
                    balance = 0
                    if held is not None and held.id in states:
                        balance = CardProjection.from_dict(states[held.id]).balance(account, now).available
                    writer.writerow(
                        [
                            member.name,
                            member.phone or "",
                            member.email or "",
                            member.birthday.isoformat() if member.birthday else "",
                            "yes" if member.consent else "no",
                            held.number if held else "",
                            held.family if held else "",
                            points(balance).replace(",", "") if balance > 0 else "",
                        ]
                    )
                done += len(members)
                last = members[-1].id
                progress(done, total)
        return out.getvalue()
