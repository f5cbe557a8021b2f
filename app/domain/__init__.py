"""Pure shop logic: money, catalog, cart, tenders, receipts and loyalty (no Qt, no SQLAlchemy)."""
