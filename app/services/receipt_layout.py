"""A receipt or a shift report laid out as the hardware layer's print document (text, pairs, rules, barcode).

The words and amounts come from ``Wording``, which the till fills from its translations and its one money
formatter, so paper and screen read alike. Hebrew (and other right-to-left languages) print right to left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from app.domain.money import Money
from app.domain.phrase import Phrase
from app.domain.receipt import Receipt
from app.domain.shift import ShiftReport
from app.domain.tender import TenderKind
from app.services.print_queue import JobKind, PrintJob
from hardware.printers.document import Align, Barcode, Block, Feed, Pair, PrintDocument, Rule, Text

RIGHT_TO_LEFT = frozenset({"he", "ar", "fa", "ur", "yi"})


@dataclass(frozen=True, slots=True)
class Wording:
    """How printed words, amounts, quantities and points read in the shop's language."""

    language: str
    label: Callable[[str], str]
    money: Callable[[Money], str]
    amount: Callable[[Money], str]
    quantity: Callable[[int, str], str]
    points: Callable[[int], str]
    tender: Callable[[TenderKind], str]
    percent: Callable[[int], str]
    phrase: Callable[[Phrase], str]

    @property
    def direction(self) -> str:
        return "rtl" if self.language in RIGHT_TO_LEFT else "ltr"


def _local(moment: datetime, zone: str) -> str:
    return f"{moment.astimezone(ZoneInfo(zone)):%d.%m.%Y %H:%M}"


def _document(blocks: list[Block], words: Wording) -> PrintDocument:
    return PrintDocument(tuple(blocks), direction="rtl" if words.direction == "rtl" else "ltr")


def receipt_document(receipt: Receipt, words: Wording) -> PrintDocument:
    t = words.label
    blocks: list[Block] = [Text(receipt.shop_name, Align.CENTER, bold=True, double=True)]
    if receipt.shop_address:
        blocks.append(Text(receipt.shop_address, Align.CENTER))
    if receipt.kind == "return":
        blocks.append(Text(t("RETURN"), Align.CENTER, bold=True, double=True))
    blocks += [
        Feed(),
        Pair(t("Receipt"), receipt.number),
        Pair(t("Date"), _local(receipt.completed_at, receipt.timezone)),
        Pair(t("Till"), receipt.till_code),
        Pair(t("Cashier"), receipt.cashier),
    ]
    if receipt.original_number:
        blocks.append(Pair(t("Original receipt"), receipt.original_number))
    blocks.append(Rule())
    for line in receipt.lines:
        if line.qty_milli == 1000 and line.unit != "kg":
            blocks.append(Pair(line.name, words.amount(line.gross)))
        else:
            blocks.append(Text(line.name))
            qty = words.quantity(line.qty_milli, line.unit)
            blocks.append(Pair(f"  {qty} x {words.amount(line.unit_price)}", words.amount(line.gross)))
        blocks += [Pair("  " + words.phrase(d.explanation), words.amount(-d.amount)) for d in line.discounts]
    blocks.append(Rule())
    if receipt.discount_total:
        blocks.append(Pair(t("Subtotal"), words.amount(receipt.subtotal)))
        blocks += [Pair(words.phrase(d.explanation), words.amount(-d.amount)) for d in receipt.order_discounts]
        blocks.append(Pair(t("You saved"), words.amount(receipt.discount_total)))
    blocks.append(Pair(t("TOTAL"), words.money(receipt.total), bold=True))
    blocks += [
        Pair(t("VAT {rate} included").format(rate=words.percent(tax.rate_bp)), words.amount(tax.tax))
        for tax in receipt.taxes
    ]
    blocks.append(Rule())
    for tender in receipt.tenders:
        name = words.tender(tender.kind) + (f" {tender.reference}" if tender.reference else "")
        if tender.points:
            name += " " + t("({points} points)").format(points=words.points(abs(tender.points)))
        blocks.append(Pair(name, words.amount(tender.amount)))
    if receipt.change:
        blocks.append(Pair(t("Change"), words.money(receipt.change), bold=True))
    blocks += _loyalty(receipt, words)
    if receipt.footer:
        blocks.append(Feed())
        blocks += [Text(text, Align.CENTER) for text in receipt.footer]
    if receipt.survey_code:
        blocks += [
            Feed(),
            Text(t("How did we do? Answer with this survey code:"), Align.CENTER),
            Text(receipt.survey_code, Align.CENTER, bold=True),
        ]
    blocks += [Feed(), Barcode(receipt.barcode), Feed()]
    return _document(blocks, words)


def _loyalty(receipt: Receipt, words: Wording) -> list[Block]:
    block = receipt.loyalty
    if block is None:
        return []
    t = words.label
    blocks: list[Block] = [Rule(), Pair(block.member_name or t("Member"), block.card_masked)]
    if block.tier:
        blocks.append(Pair(t("Tier"), block.tier))
    if block.next_tier and block.to_next_tier is not None:
        blocks.append(Pair(t("To {tier}").format(tier=block.next_tier), words.money(block.to_next_tier)))
    if block.earned:
        blocks.append(Pair(t("Points earned"), words.points(block.earned)))
    if block.spent:
        blocks.append(Pair(t("Points spent"), words.points(block.spent)))
    blocks.append(Pair(t("Points balance"), words.points(block.balance), bold=True))
    if block.pending:
        blocks.append(Pair(t("Points pending"), words.points(block.pending)))
    if block.gift_balance is not None:
        blocks.append(Pair(t("Gift card balance"), words.money(block.gift_balance)))
    if block.expiring_points and block.expiring_on is not None:
        blocks.append(
            Pair(t("Expiring {date}").format(date=f"{block.expiring_on:%d.%m.%Y}"), words.points(block.expiring_points))
        )
    if not block.balance_confirmed:
        blocks.append(Text(t("Balance as of last sync")))
    blocks += [Text(words.phrase(text)) for text in block.explanations]
    return blocks


def report_document(report: ShiftReport, title: str, zone: str, words: Wording) -> PrintDocument:
    t = words.label
    money = words.money
    blocks: list[Block] = [
        Text(title, Align.CENTER, bold=True, double=True),
        Pair(t("Till"), report.till_code),
        Pair(t("Cashier"), report.cashier),
        Pair(t("Opened"), _local(report.opened_at, zone)),
    ]
    if report.closed_at is not None:
        blocks.append(Pair(t("Closed"), _local(report.closed_at, zone)))
    blocks += [
        Rule(),
        Pair(t("Sales ({count})").format(count=report.sales_count), money(report.sales_total)),
        Pair(t("Returns ({count})").format(count=report.returns_count), money(report.returns_total)),
        Pair(t("Voided sales"), str(report.voided_count)),
        Pair(t("Discounts given"), money(report.discount_total)),
        Pair(t("Net total"), money(report.net_total), bold=True),
    ]
    blocks += [
        Pair(t("VAT {rate} included").format(rate=words.percent(tax.rate_bp)), money(tax.tax)) for tax in report.taxes
    ]
    blocks.append(Rule())
    blocks += [Pair(words.tender(f.kind), money(f.net)) for f in report.tenders]
    if report.points_spent:
        blocks.append(Pair(t("Points spent"), words.points(report.points_spent)))
    blocks += [
        Rule(),
        Pair(t("Float"), money(report.opening_float)),
        Pair(t("Change given"), money(-report.change_given)),
        Pair(t("Cash in / out"), money(report.cash_movements)),
        Pair(t("Cash expected"), money(report.expected_cash), bold=True),
    ]
    if report.counted_cash is not None:
        blocks.append(Pair(t("Cash counted"), money(report.counted_cash)))
        difference = report.difference or Money.zero(report.currency)
        blocks.append(Pair(t("Difference"), money(difference), bold=True))
    blocks.append(Feed(2))
    return _document(blocks, words)


def job_layout(words: Wording, zone: str) -> Callable[[PrintJob], PrintDocument]:
    """The layout the print service uses: receipts and shift reports, each as it was queued."""

    def layout(job: PrintJob) -> PrintDocument:
        if job.kind is JobKind.RECEIPT:
            return receipt_document(job.receipt, words)
        return report_document(job.report, job.title, zone, words)

    return layout
