"""Importing products and members from CSV: every row checked first, then all of it in one commit, or none."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select

from app.domain import loyalty
from app.domain.catalog import Product
from app.domain.csv_rows import ImportRefused, MemberLine, ProductLine, RowError, parse_members, parse_products
from app.domain.ids import HlcClock, new_id
from app.domain.loyalty import Account, LedgerEntry
from app.domain.members import Card, CardKind, CardStatus, Member
from app.domain.phrase import phrase
from app.services.card_numbers import next_number
from app.services.context import Clock, TillContext
from app.services.member_outbox import queue_entries, queue_member
from app.services.permissions import Act, require
from app.store.models import Barcode, CardRow, ProductRow
from app.store.uow import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]
CHUNK = 500


@dataclass(frozen=True, slots=True)
class ImportResult:
    rows: int
    created: int
    updated: int


def _no_progress(_done: int, _total: int) -> None:
    return None


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class CatalogImport:
    """Products by SKU: a known SKU is updated (price, name, tax, barcodes...), a new one added."""

    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, hlc: HlcClock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc

    def run(self, text: str, *, by: str, progress: Progress = _no_progress) -> ImportResult:
        """Raises ImportRefused listing the bad rows (line, column, reason); then nothing was written."""
        parsed = parse_products(text, self._context.currency)
        if parsed.errors:
            raise ImportRefused(parsed.errors, parsed.total)
        rows = parsed.rows
        total = len(rows) * 2
        now = self._clock()
        stamp = self._hlc.now().encode()
        with self._uow(write=True) as uow:
            require(uow, by, Act.DATA_IMPORT)
            known = self._known(uow, rows)
            errors = self._conflicts(uow, rows, known)
            progress(len(rows), total)
            if errors:
                raise ImportRefused(errors, parsed.total)
            created = updated = 0
            for done, chunk in enumerate(_chunks(rows), 1):
                for line in chunk:
                    product_id = known.get(line.sku)
                    product = Product(
                        id=product_id or new_id(),
                        sku=line.sku,
                        name=line.name,
                        price=line.price,
                        tax_rate_bp=line.tax_rate_bp,
                        category=line.category,
                        unit=line.unit,
                        plu=line.plu,
                        active=line.active,
                    )
                    if product_id is None:
                        uow.catalog.add(product, line.barcodes, now=now, hlc=stamp)
                        created += 1
                    else:
                        self._update(uow, product, line.barcodes, stamp)
                        updated += 1
                uow.flush()
                progress(len(rows) + min(done * CHUNK, len(rows)), total)
            uow.audit.record(
                "catalog.imported",
                now=now,
                actor_id=by,
                details={"rows": len(rows), "created": created, "updated": updated},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            uow.commit()
        log.info("catalog import: %d created, %d updated", created, updated)
        return ImportResult(len(rows), created, updated)

    @staticmethod
    def _known(uow: UnitOfWork, rows: Sequence[ProductLine]) -> dict[str, str]:
        known: dict[str, str] = {}
        for chunk in _chunks([r.sku for r in rows]):
            found = uow.session.execute(select(ProductRow.sku, ProductRow.id).where(ProductRow.sku.in_(chunk)))
            known.update((sku, product_id) for sku, product_id in found)
        return known

    @staticmethod
    def _conflicts(uow: UnitOfWork, rows: Sequence[ProductLine], known: dict[str, str]) -> list[RowError]:
        """Rows whose category is unknown, or whose barcode or PLU belongs to another product."""
        categories = set(uow.catalog.categories())
        owners: dict[str, str] = {}
        codes = [code for row in rows for code in row.barcodes]
        for chunk in _chunks(codes):
            found = uow.session.execute(select(Barcode.code, Barcode.product_id).where(Barcode.code.in_(chunk)))
            owners.update((code, product_id) for code, product_id in found)
        plus: dict[str, str] = {}
        for chunk in _chunks([r.plu for r in rows if r.plu]):
            taken = uow.session.execute(select(ProductRow.plu, ProductRow.id).where(ProductRow.plu.in_(chunk)))
            plus.update((plu, product_id) for plu, product_id in taken if plu is not None)
        errors = []
        for row in rows:
            mine = known.get(row.sku)
            if row.category is not None and row.category not in categories:
                errors.append(
                    RowError(
                        row.line,
                        "category",
                        phrase("Import", "{category} is not a category of this shop", category=row.category),
                    )
                )
            for code in row.barcodes:
                if code in owners and owners[code] != mine:
                    errors.append(
                        RowError(row.line, "barcodes", phrase("Import", "{code} belongs to another product", code=code))
                    )
            if row.plu and row.plu in plus and plus[row.plu] != mine:
                errors.append(
                    RowError(row.line, "plu", phrase("Import", "{code} belongs to another product", code=row.plu))
                )
        return errors

    @staticmethod
    def _update(uow: UnitOfWork, product: Product, codes: Sequence[str], stamp: str) -> None:
        row = uow.session.get(ProductRow, product.id)
        assert row is not None
        row.name, row.price, row.currency = product.name, product.price.minor, product.price.currency
        row.tax_rate_bp, row.category_id, row.unit = product.tax_rate_bp, product.category, product.unit.value
        row.plu, row.active, row.hlc = product.plu, product.active, stamp
        current = set(uow.catalog.barcodes(product.id))
        for code in current - set(codes):
            found = uow.session.get(Barcode, code)
            if found is not None:
                uow.session.delete(found)
        uow.session.add_all(Barcode(code=code, product_id=product.id) for code in codes if code not in current)


class MemberImport:
    """New members, with the card number they already carry (an old card) or a new one, and opening points."""

    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, hlc: HlcClock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc

    def card_check(self, number: str) -> bool:
        """A number in this shop's own format must have its check digit right; an old card's is taken as is."""
        numbering = self._context.numbering
        if number.startswith(numbering.prefix) and len(number) == numbering.length:
            return numbering.is_card_number(number)
        return True

    def run(
        self, text: str, *, by: str, family: str, issue_cards: bool = False, progress: Progress = _no_progress
    ) -> ImportResult:
        """Raises ImportRefused listing the bad rows (line, column, reason); then nothing was written."""
        parsed = parse_members(text, self.card_check)
        if parsed.errors:
            raise ImportRefused(parsed.errors, parsed.total)
        rows = parsed.rows
        total = len(rows) * 2
        now = self._clock()
        stamp = self._hlc.now().encode()
        points = Account.points(self._context.currency)
        with self._uow(write=True) as uow:
            require(uow, by, Act.DATA_IMPORT)
            taken: set[str] = set()
            for numbers in _chunks([r.card for r in rows if r.card]):
                taken.update(uow.session.scalars(select(CardRow.number).where(CardRow.number.in_(numbers))))
            errors = [
                RowError(r.line, "card", phrase("Import", "{number} is already used", number=r.card))
                for r in rows
                if r.card is not None and r.card in taken
            ]
            progress(len(rows), total)
            if errors:
                raise ImportRefused(errors, parsed.total)
            entries: list[LedgerEntry] = []
            for done, chunk in enumerate(_chunks(rows), 1):
                for row in chunk:
                    entries += self._add(uow, row, family, issue_cards, by, now, stamp, points)
                uow.flush()
                progress(len(rows) + min(done * CHUNK, len(rows)), total)
            written = uow.ledger.append(
                entries, now=now, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp
            )
            for part in _chunks(written):
                queue_entries(
                    uow, part, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp, now=now
                )
            uow.audit.record(
                "members.imported",
                now=now,
                actor_id=by,
                details={"rows": len(rows), "points_entries": len(written)},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            uow.commit()
        log.info("member import: %d members", len(rows))
        return ImportResult(len(rows), len(rows), 0)

    def _add(
        self,
        uow: UnitOfWork,
        row: MemberLine,
        family: str,
        issue_cards: bool,
        by: str,
        now: datetime,
        stamp: str,
        points: Account,
    ) -> list[LedgerEntry]:
        profile = row.profile
        member = Member(new_id(), profile.name, profile.phone, profile.email, profile.birthday, profile.consent)
        uow.members.add_member(member, now=now, store_id=self._context.store_id, hlc=stamp)
        uow.session.flush()
        number = row.card or (next_number(uow, self._context.numbering) if issue_cards else None)
        entries: list[LedgerEntry] = []
        if number is not None:
            card = Card(new_id(), number, member.id, row.family or family, CardStatus.ACTIVE, now, kind=CardKind.MEMBER)
            uow.members.add_card(card, hlc=stamp)
            if row.points:
                holder = loyalty.Member.new(loyalty.Card(id=card.id, family=card.family))
                entries = loyalty.adjust(
                    holder, points, row.points, now, reason="opening balance from the member import", created_by=by
                )
        queue_member(uow, member.id, now)
        return entries
