"""Child process for crash tests: complete sales in a loop, printing each one after its commit returns."""

from __future__ import annotations

import sys
from pathlib import Path

from app.bootstrap import open_till
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind

BARCODES = ["7290000000015", "7290000000022", "7290000000039", "9780000000002"]


def main(db: str, cashier_id: str) -> None:
    till = open_till(Path(db))
    checkout = till.checkout
    n = 0
    while True:
        sale = checkout.start_sale(cashier_id)
        for i in range(1 + n % 4):
            checkout.scan(sale, BARCODES[(n + i) % len(BARCODES)])
        checkout.add_payment(sale, Payment(TenderKind.CASH, Money(sale.due.minor + 100, sale.currency)))
        done = checkout.complete(sale)
        print(f"committed {done.record.id} {len(done.record.lines)} {done.record.total.minor}", flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
