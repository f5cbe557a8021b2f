"""Find products by barcode, scale item code or text; add and update them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.catalog import Product, Unit
from app.domain.money import Money
from app.store.models import Barcode, Category, ProductRow


def to_product(row: ProductRow) -> Product:
    return Product(
        id=row.id,
        sku=row.sku,
        name=row.name,
        price=Money(row.price, row.currency),
        tax_rate_bp=row.tax_rate_bp,
        category=row.category_id,
        unit=Unit(row.unit),
        plu=row.plu,
        active=row.active,
    )


class CatalogRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def by_barcode(self, code: str) -> Product | None:
        row = self._session.scalar(
            select(ProductRow).join(Barcode, Barcode.product_id == ProductRow.id).where(Barcode.code == code)
        )
        return to_product(row) if row is not None else None

    def by_plu(self, plu: str) -> Product | None:
        row = self._session.scalar(select(ProductRow).where(ProductRow.plu == plu))
        return to_product(row) if row is not None else None

    def by_id(self, product_id: str) -> Product | None:
        row = self._session.get(ProductRow, product_id)
        return to_product(row) if row is not None else None

    def by_sku(self, sku: str) -> Product | None:
        row = self._session.scalar(select(ProductRow).where(ProductRow.sku == sku))
        return to_product(row) if row is not None else None

    def search(self, text: str, limit: int = 50) -> list[Product]:
        """Products whose name starts with, or SKU equals, the text (index-friendly prefix match)."""
        needle = text.strip()
        if not needle:
            return []
        rows = self._session.scalars(
            select(ProductRow)
            .where(ProductRow.active, or_(ProductRow.name.like(f"{needle}%"), ProductRow.sku == needle))
            .order_by(ProductRow.name)
            .limit(limit)
        )
        return [to_product(row) for row in rows]

    def barcodes(self, product_id: str) -> list[str]:
        return list(self._session.scalars(select(Barcode.code).where(Barcode.product_id == product_id)))

    def count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(ProductRow)) or 0)

    def add(self, product: Product, barcodes: Sequence[str] = (), *, now: datetime, hlc: str = "") -> None:
        self._session.add(
            ProductRow(
                id=product.id,
                sku=product.sku,
                name=product.name,
                price=product.price.minor,
                currency=product.price.currency,
                tax_rate_bp=product.tax_rate_bp,
                category_id=product.category,
                unit=product.unit.value,
                plu=product.plu,
                active=product.active,
                updated_at=now,
                hlc=hlc,
            )
        )
        self._session.flush()
        self._session.add_all(Barcode(code=code, product_id=product.id) for code in barcodes)

    def add_category(self, category_id: str, name: str, parent_id: str | None = None) -> None:
        self._session.add(Category(id=category_id, name=name, parent_id=parent_id))

    def categories(self) -> dict[str, str]:
        return {row.id: row.name for row in self._session.scalars(select(Category))}

    def products(self, ids: Iterable[str]) -> list[Product]:
        id_list = list(ids)
        if not id_list:
            return []
        return [to_product(r) for r in self._session.scalars(select(ProductRow).where(ProductRow.id.in_(id_list)))]
