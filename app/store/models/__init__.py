"""All tables; importing this package registers every model on ``Base.metadata``."""

from app.store.models.catalog import Barcode, Category, ProductRow
from app.store.models.ledger import CardStateRow, LedgerEntryRow
from app.store.models.members import CardRow, MemberRow, ProgramRow
from app.store.models.ops import AuditRow, CashMovementRow, OutboxRow, SettingRow, ShiftRow, StaffRow, StoreRow, TillRow
from app.store.models.sales import AdjustmentRow, PaymentRow, SaleLineRow, SaleRow, SuspendedSaleRow
from app.store.models.search import MemberWordRow
from app.store.models.surveys import NpsAnswerRow
from app.store.models.sync import (
    BatchRow,
    ChangeRow,
    EnrollmentRow,
    OfficeTillRow,
    OverdraftRow,
    ReceivedRow,
    TillLinkRow,
)

__all__ = [
    "AdjustmentRow",
    "AuditRow",
    "Barcode",
    "BatchRow",
    "CardRow",
    "CardStateRow",
    "CashMovementRow",
    "Category",
    "ChangeRow",
    "EnrollmentRow",
    "LedgerEntryRow",
    "MemberRow",
    "MemberWordRow",
    "NpsAnswerRow",
    "OfficeTillRow",
    "OutboxRow",
    "OverdraftRow",
    "PaymentRow",
    "ProductRow",
    "ProgramRow",
    "ReceivedRow",
    "SaleLineRow",
    "SaleRow",
    "SettingRow",
    "ShiftRow",
    "StaffRow",
    "StoreRow",
    "SuspendedSaleRow",
    "TillLinkRow",
    "TillRow",
]
