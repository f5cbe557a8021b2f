"""Returns by receipt: choose lines, see the refund per tender and the points reversed, then confirm.

Every amount of a returned line is taken in proportion to what is still returnable on that line, so a
partial return followed by returning the rest gives back exactly what was paid -- never a cent more. The
refund is spread over the original tenders in proportion to what each can still give back (cash net of
change), so the card gets back what the card paid and points go back as points.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.errors import DomainError, InvalidQuantity, UnknownLine
from app.domain.ids import new_id
from app.domain.loyalty import ReturnResult
from app.domain.money import Money, allocate, round_half_up, total
from app.domain.phrase import Phrase, Quantity, phrase
from app.domain.sale import SaleKind, SaleLineRecord, SaleRecord, SaleStatus
from app.domain.tender import Payment, TenderKind
from app.services.context import Clock, TillContext
from app.services.documents import sale_document
from app.services.loyalty_returns import LoyaltyReversal
from app.services.permissions import Act, require
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


class ReceiptNotFound(DomainError):
    def __init__(self, number: str) -> None:
        super().__init__(phrase("Errors", "no sale with receipt number {number}", number=number), number=number)


class NothingToReturn(DomainError):
    def __init__(self) -> None:
        super().__init__(phrase("Errors", "choose at least one line to return"))


class NotReturnable(DomainError):
    def __init__(self, reason: Phrase) -> None:
        super().__init__(phrase("Errors", "this receipt cannot be returned: {reason}", reason=reason), reason=reason)


@dataclass(frozen=True, slots=True)
class Returnable:
    """A line of the original sale and how much of it is left to return."""

    line: SaleLineRecord
    qty_left: int
    gross_left: Money
    line_discount_left: Money
    order_share_left: Money

    @property
    def net_left(self) -> Money:
        return self.gross_left - self.line_discount_left - self.order_share_left


@dataclass(frozen=True, slots=True)
class TenderLeft:
    payment: Payment
    amount_left: Money
    points_left: int


@dataclass(frozen=True, slots=True)
class ReturnPlan:
    """What a return will do, shown before it is confirmed: lines, refunds per tender, points reversed."""

    id: str
    original: SaleRecord
    lines: tuple[SaleLineRecord, ...]
    refunds: tuple[Payment, ...]
    total: Money
    loyalty: ReturnResult | None = None

    @property
    def points_back(self) -> int:
        """Points (hundredths) given back to the card for the part paid with points."""
        return self.loyalty.points_given_back if self.loyalty else 0

    @property
    def points_taken(self) -> int:
        """Points (hundredths) taken back because the returned goods had earned them."""
        return self.loyalty.points_taken_back if self.loyalty else 0

    @property
    def explanations(self) -> tuple[Phrase, ...]:
        return self.loyalty.explanations if self.loyalty else ()


def _shape(plan: ReturnPlan) -> list[tuple[str | None, int, int]]:
    return (
        [(x.original_line_id, x.qty_milli, x.net.minor) for x in plan.lines]
        + [(p.reference, p.points, p.amount.minor) for p in plan.refunds]
        + [(f"{e.card_id}/{e.account}/{e.lot_id}", e.amount, 0) for e in (plan.loyalty.entries if plan.loyalty else ())]
    )


def _share(amount_left: int, qty: int, qty_left: int) -> int:
    return amount_left if qty == qty_left else round_half_up(amount_left * qty, qty_left)


class ReturnService:
    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, loyalty: LoyaltyReversal) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._loyalty = loyalty

    def find(self, number: str) -> tuple[SaleRecord, tuple[Returnable, ...]]:
        """The original sale by receipt number (as scanned from its barcode) and what is left to return."""
        with self._uow() as uow:
            original = uow.sales.by_number(number.strip())
            if original is None:
                raise ReceiptNotFound(number.strip())
            if original.kind is not SaleKind.SALE or original.status is not SaleStatus.COMPLETED:
                raise NotReturnable(
                    phrase("Reasons", "it is a return receipt")
                    if original.kind is not SaleKind.SALE
                    else phrase("Reasons", "the sale was voided")
                )
            earlier = uow.sales.returns_of(original.id)
        returned: dict[str, list[SaleLineRecord]] = {}
        for record in earlier:
            for line in record.lines:
                if line.original_line_id:
                    returned.setdefault(line.original_line_id, []).append(line)
        cur = original.currency
        left = []
        for line in original.lines:
            done = returned.get(line.id, [])
            left.append(
                Returnable(
                    line=line,
                    qty_left=line.qty_milli + sum(r.qty_milli for r in done),
                    gross_left=line.gross + total((r.gross for r in done), cur),
                    line_discount_left=line.line_discount + total((r.line_discount for r in done), cur),
                    order_share_left=line.order_share + total((r.order_share for r in done), cur),
                )
            )
        return original, tuple(left)

    def plan(self, number: str, quantities: Mapping[str, int], *, return_id: str | None = None) -> ReturnPlan:
        """What returning ``quantities`` (original line id -> thousandths) would refund, without writing."""
        return_id = return_id or new_id()
        original, left = self.find(number)
        chosen = {k: v for k, v in quantities.items() if v}
        if not chosen:
            raise NothingToReturn()
        by_id = {r.line.id: r for r in left}
        lines: list[SaleLineRecord] = []
        for position, (line_id, qty) in enumerate(chosen.items(), start=1):
            item = by_id.get(line_id)
            if item is None:
                raise UnknownLine(line_id)
            if qty < 0 or qty > item.qty_left:
                left_qty = Quantity(item.qty_left, item.line.unit)
                raise InvalidQuantity(
                    phrase("Reasons", "{product}: {quantity} left to return", product=item.line.name, quantity=left_qty)
                )
            if item.line.unit == "pc" and qty % 1000:
                raise InvalidQuantity(phrase("Reasons", "{product} is returned by the piece", product=item.line.name))
            gross = _share(item.gross_left.minor, qty, item.qty_left)
            line_discount = _share(item.line_discount_left.minor, qty, item.qty_left)
            order_share = _share(item.order_share_left.minor, qty, item.qty_left)
            cur = original.currency
            lines.append(
                SaleLineRecord(
                    id=new_id(),
                    position=position,
                    product_id=item.line.product_id,
                    sku=item.line.sku,
                    name=item.line.name,
                    barcode=item.line.barcode,
                    qty_milli=-qty,
                    unit=item.line.unit,
                    unit_price=item.line.unit_price,
                    gross=Money(-gross, cur),
                    line_discount=Money(-line_discount, cur),
                    order_share=Money(-order_share, cur),
                    net=Money(-(gross - line_discount - order_share), cur),
                    tax_rate_bp=item.line.tax_rate_bp,
                    category=item.line.category,
                    price_overridden=item.line.price_overridden,
                    original_line_id=item.line.id,
                )
            )
        refund = -total((line.net for line in lines), original.currency)
        returned_before = {r.line.id: r.line.qty_milli - r.qty_left for r in left if r.line.qty_milli != r.qty_left}
        with self._uow() as uow:
            result = self._loyalty.reversal(
                uow, original, {x.original_line_id or "": -x.qty_milli for x in lines}, returned_before, return_id, None
            )
        return ReturnPlan(
            id=return_id,
            original=original,
            lines=tuple(lines),
            refunds=self._refunds(original, refund, result),
            total=-refund,
            loyalty=result,
        )

    def _refunds(self, original: SaleRecord, refund: Money, result: ReturnResult | None) -> tuple[Payment, ...]:
        tenders = self._tenders_left(original)
        if result is None:
            return self._spread(tenders, refund)
        cur = original.currency
        loyalty_kinds = (TenderKind.POINTS, TenderKind.GIFT)
        refunds: list[Payment] = []
        points_tenders = [t for t in tenders if t.payment.kind is TenderKind.POINTS]
        points_money = [result.refunds.get(t.payment.id, Money.zero(cur)) for t in points_tenders]
        points_parts = allocate(result.points_given_back, [m.minor for m in points_money])
        for tender, money, points in zip(points_tenders, points_money, points_parts, strict=True):
            if money.minor:
                refunds.append(Payment(TenderKind.POINTS, -money, reference=tender.payment.id, points=-points))
        for tender in tenders:
            back = result.refunds.get(tender.payment.id)
            if tender.payment.kind is TenderKind.GIFT and back is not None and back.minor:
                refunds.append(Payment(TenderKind.GIFT, -back, reference=tender.payment.id))
        rest = refund - total((-p.amount for p in refunds), cur)
        others = [t for t in tenders if t.payment.kind not in loyalty_kinds]
        if rest.minor > 0 and not any(t.amount_left.minor for t in others):
            refunds.append(Payment(TenderKind.CASH, -rest))
        elif rest.minor:
            refunds += self._spread(others, rest)
        return tuple(refunds)

    def _spread(self, tenders: list[TenderLeft], refund: Money) -> tuple[Payment, ...]:
        parts = refund.allocate([t.amount_left.minor for t in tenders])
        refunds = []
        for tender, part in zip(tenders, parts, strict=True):
            if not part:
                continue
            points = 0
            if tender.payment.kind is TenderKind.POINTS:
                points = (
                    tender.points_left
                    if part == tender.amount_left
                    else tender.points_left * part.minor // tender.amount_left.minor
                )
            refunds.append(Payment(kind=tender.payment.kind, amount=-part, reference=tender.payment.id, points=-points))
        return tuple(refunds)

    def _tenders_left(self, original: SaleRecord) -> list[TenderLeft]:
        with self._uow() as uow:
            earlier = uow.sales.returns_of(original.id)
        cash_seen = Money.zero(original.currency)
        result = []
        for payment in original.payments:
            amount = payment.amount
            if payment.kind is TenderKind.CASH:
                # Change came out of the cash: the first cash tenders absorb it.
                keep = (original.change - cash_seen).min(amount).max(Money.zero(original.currency))
                cash_seen = cash_seen + keep
                amount = amount - keep
            refunded = [p for r in earlier for p in r.payments if p.reference == payment.id]
            amount_left = amount + total((p.amount for p in refunded), original.currency)
            points_left = payment.points + sum(p.points for p in refunded)
            result.append(TenderLeft(payment=payment, amount_left=amount_left, points_left=points_left))
        return result

    def execute(self, plan: ReturnPlan, *, cashier_id: str, approved_by: str) -> SaleRecord:
        """Write the return (negative lines and refunds, loyalty reversal) in one transaction."""
        now = self._clock()
        cur = plan.original.currency
        with self._uow(write=True) as uow:
            require(uow, approved_by, Act.REFUND)
            shift = uow.shifts.open_shift(self._context.till_id)
            if shift is None:
                raise NotReturnable(phrase("Reasons", "no shift is open on this till"))
            # Re-plan inside the transaction: another till may have returned the same lines meanwhile.
            fresh = self.plan(
                plan.original.number, {x.original_line_id or "": -x.qty_milli for x in plan.lines}, return_id=plan.id
            )
            if _shape(fresh) != _shape(plan):
                raise NotReturnable(phrase("Reasons", "the receipt changed while the return was prepared; start again"))
            gross = -total((line.gross for line in plan.lines), cur)
            record = SaleRecord(
                id=plan.id,
                number=uow.sales.next_number(self._context.till_id, self._context.store_code),
                kind=SaleKind.RETURN,
                status=SaleStatus.COMPLETED,
                store_id=self._context.store_id,
                till_id=self._context.till_id,
                shift_id=shift.id,
                cashier_id=cashier_id,
                currency=cur,
                lines=plan.lines,
                adjustments=(),
                payments=plan.refunds,
                subtotal=-gross,
                discount_total=-(gross + plan.total),
                total=plan.total,
                change=Money.zero(cur),
                created_at=now,
                completed_at=now,
                card_id=plan.original.card_id,
                member_id=plan.original.member_id,
                original_sale_id=plan.original.id,
                approved_by=approved_by,
            )
            uow.sales.add(record)
            entries = self._loyalty.write_reversal(uow, fresh.loyalty, record)
            uow.audit.record(
                "sale.return",
                now=now,
                actor_id=cashier_id,
                approver_id=approved_by,
                subject=record.id,
                details={"original": plan.original.number, "total": plan.total.minor},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            uow.outbox.add("sale", record.id, sale_document(record, entries), now=now)
            uow.commit()
        log.info("return %s of %s: %s", record.number, plan.original.number, record.total)
        return record
