"""Price lookup: find products by the start of their name, their SKU or a barcode, without loading the catalog."""

from __future__ import annotations

from app.domain.barcodes import is_valid_gtin, normalize_gtin
from app.domain.catalog import Product
from app.store.uow import UnitOfWorkFactory


class ProductLookup:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def search(self, text: str, limit: int = 40) -> list[Product]:
        """Products matching the text: a valid barcode first, then names starting with it or the exact SKU."""
        needle = text.strip()
        if not needle:
            return []
        with self._uow() as uow:
            found: list[Product] = []
            if needle.isdigit() and is_valid_gtin(needle):
                product = uow.catalog.by_barcode(normalize_gtin(needle))
                if product is not None and product.active:
                    found.append(product)
            for product in uow.catalog.search(needle, limit=limit):
                if all(product.id != p.id for p in found):
                    found.append(product)
            return found[:limit]
