"""All tables; importing this package registers every model on ``Base.metadata``."""

from app.store.models.catalog import Barcode, Category, ProductRow
from app.store.models.ledger import CardStateRow, LedgerEntryRow
from app.store.models.members import CardRow, MemberRow, ProgramRow
from app.store.models.ops import AuditRow, CashMovementRow, OutboxRow, SettingRow, ShiftRow, StaffRow, StoreRow, TillRow
from app.store.models.sales import AdjustmentRow, PaymentRow, SaleLineRow, SaleRow, SuspendedSaleRow

__all__ = [
    "AdjustmentRow",
    "AuditRow",
    "Barcode",
    "CardRow",
    "CardStateRow",
    "CashMovementRow",
    "Category",
    "LedgerEntryRow",
    "MemberRow",
    "OutboxRow",
    "PaymentRow",
    "ProductRow",
    "ProgramRow",
    "SaleLineRow",
    "SaleRow",
    "SettingRow",
    "ShiftRow",
    "StaffRow",
    "StoreRow",
    "SuspendedSaleRow",
    "TillRow",
]
