"""What the office publishes to every till: categories, products with their barcodes, programs, members."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.domain.catalog import Product
from app.domain.loyalty import LedgerEntry
from app.office.ledger import LedgerIntake
from app.office.writes import log_changes, take_write_lock
from app.store.models import Barcode, Category, ProductRow, ProgramRow
from app.sync.documents import to_doc
from app.sync.ledger import entry_values
from app.sync.members import apply_member_document


def publish_category(
    session: Session, category_id: str, name: str, now: datetime, parent_id: str | None = None
) -> None:
    take_write_lock(session)
    row = session.get(Category, category_id)
    if row is None:
        session.add(Category(id=category_id, name=name, parent_id=parent_id))
    else:
        row.name, row.parent_id = name, parent_id
    session.flush()
    log_changes(session, "category", [category_id], origin=None, now=now)


def publish_product(session: Session, product: Product, barcodes: Sequence[str], now: datetime, hlc: str = "") -> None:
    """Add or change a product (price, name, tax, active...) and its barcodes for every till."""
    take_write_lock(session)
    values = {
        "sku": product.sku,
        "name": product.name,
        "price": product.price.minor,
        "currency": product.price.currency,
        "tax_rate_bp": product.tax_rate_bp,
        "category_id": product.category,
        "unit": product.unit.value,
        "plu": product.plu,
        "active": product.active,
        "updated_at": now,
        "hlc": hlc,
    }
    row = session.get(ProductRow, product.id)
    if row is None:
        session.add(ProductRow(id=product.id, **values))
    else:
        for key, value in values.items():
            setattr(row, key, value)
    session.flush()
    session.execute(delete(Barcode).where(Barcode.product_id == product.id))
    session.add_all(Barcode(code=code, product_id=product.id) for code in barcodes)
    session.flush()
    log_changes(session, "product", [product.id], origin=None, now=now)


def publish_program(session: Session, version: Mapping[str, Any], now: datetime) -> None:
    """A new version of a loyalty program (versions are never edited: a sale records the one it used)."""
    take_write_lock(session)
    session.add(ProgramRow(**version))
    session.flush()
    log_changes(session, "program", [str(version["id"])], origin=None, now=now)


def publish_member(session: Session, document: Mapping[str, Any], now: datetime) -> str:
    """A member with cards made or edited at the office, merged like a till's edit and sent to every till."""
    take_write_lock(session)
    member_id = apply_member_document(session, document)
    log_changes(session, "member", [member_id], origin=None, now=now)
    return member_id


def publish_entries(session: Session, entries: Sequence[LedgerEntry], now: datetime) -> set[str]:
    """Ledger entries made at the office (opening balances, corrections): kept like a till's, sent to every till."""
    take_write_lock(session)
    intake = LedgerIntake(session, None, now)
    intake.add_many(
        [to_doc("ledger_entry", entry_values(e, store_id=None, till_id=None, hlc="")) for e in entries], defaults={}
    )
    return intake.commit()
