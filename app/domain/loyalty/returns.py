"""Returns: take back what returned lines earned and give back what they were paid with, exactly.

For every entry the sale wrote, each line's share (``LineShare.parts``) is reversed in proportion to the
quantity returned, cumulatively: after a return the total reversed is ``Σ round(share × returned / sold)``
over the lines, so partial returns followed by the rest reverse exactly the whole entry, with no drift, and
never more than what is left of it (earlier reversals are read from the entries). Entries about the whole sale
(the coupon use, the redemption count) are reversed when the last item comes back.

What was earned is taken back from the lot it was credited to (if it was already spent, the account goes below
zero: an overdraft, recovered from later earns), unless that lot has reached its expiry date: then the points
are gone already and are not taken twice. What was paid with goes back into the lot it came from, with its
dates, so a return never extends a validity (given back into a lot that has expired, it shows as expired).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.errors import UnknownLine
from app.domain.ids import new_id
from app.domain.loyalty.calendar import require_aware
from app.domain.loyalty.errors import ReturnExceedsSale
from app.domain.loyalty.ledger import AccountKind, EntryKind, LedgerEntry
from app.domain.loyalty.settlement import LineShare
from app.domain.money import Money, round_half_up
from app.domain.phrase import Phrase, Points, phrase

PAYMENT = "payment:"


@dataclass(frozen=True, slots=True)
class ReturnResult:
    """Entries to write for a return, and how much of each loyalty payment goes back to its account.

    Attributes:
        refunds: per original payment id (points or gift tender), the money this return gives back to that
            tender's account; the service refunds the rest of the returned value in cash or to the bank card.
        points_taken_back / points_given_back: hundredths of a point.
    """

    entries: tuple[LedgerEntry, ...]
    points_taken_back: int = 0
    points_given_back: int = 0
    refunds: Mapping[str, Money] = field(default_factory=dict)
    explanations: tuple[Phrase, ...] = ()


def reverse_sale(
    entries: Sequence[LedgerEntry],
    shares: Sequence[LineShare],
    returning: Mapping[str, int],
    now: datetime,
    return_sale_id: str,
    *,
    returned_before: Mapping[str, int] | None = None,
    created_by: str | None = None,
) -> ReturnResult:
    """Reverse the loyalty side of returned quantities of a sale's lines, in proportion and exactly.

    Args:
        entries: the entries the sale wrote, plus every reversal made for it by earlier returns (their ``ref``
            is the id of the entry they reverse).
        shares: the sale's ``Settlement.shares``.
        returning: line id -> quantity (thousandths) returned now.
        returned_before: line id -> quantity returned by earlier returns of the same sale.

    Raises:
        UnknownLine: a line that is not in the sale.
        ReturnExceedsSale: more would have come back than was sold.
    """
    require_aware(now, "now")
    before = dict(returned_before or {})
    by_line = {share.line_id: share for share in shares}
    for line_id, qty in {**before, **returning}.items():
        if line_id not in by_line:
            raise UnknownLine(line_id)
        if qty < 0:
            raise ReturnExceedsSale(line_id, by_line[line_id].qty_milli, qty)
    after = {line_id: before.get(line_id, 0) + returning.get(line_id, 0) for line_id in by_line}
    for line_id, qty in after.items():
        if qty > by_line[line_id].qty_milli:
            raise ReturnExceedsSale(line_id, by_line[line_id].qty_milli, qty)
    everything_back = all(after[line_id] == share.qty_milli for line_id, share in by_line.items())

    def reversed_share(key: str) -> tuple[int, bool]:
        """(amount to reverse now by the quantity rule, whether any line has a share of ``key``)."""
        target_after = target_before = 0
        found = False
        for share in shares:
            part = share.parts.get(key, 0)
            if part:
                found = True
                target_after += round_half_up(part * after[share.line_id], share.qty_milli)
                target_before += round_half_up(part * before.get(share.line_id, 0), share.qty_milli)
        return target_after - target_before, found

    originals = [e for e in entries if e.kind is not EntryKind.REVERSE]
    done: dict[str, int] = {}
    for entry in entries:
        if entry.kind is EntryKind.REVERSE and entry.ref:
            done[entry.ref] = done.get(entry.ref, 0) + abs(entry.amount)

    made: list[LedgerEntry] = []
    taken = given = 0
    notes: list[Phrase] = []
    for entry in sorted(originals, key=lambda e: e.id):
        left = abs(entry.amount) - done.get(entry.id, 0)
        amount, split = reversed_share(entry.id)
        if everything_back:
            amount = left
        elif not split:
            amount = 0
        amount = min(max(amount, 0), left)
        if amount == 0:
            continue
        if entry.amount > 0 and _expired(entry, now):
            continue
        made.append(_reversal(entry, amount, now, return_sale_id, created_by))
        if entry.account.kind is AccountKind.POINTS:
            if entry.amount > 0:
                taken += amount
            else:
                given += amount
        notes.extend(_note(entry, amount))

    refunds: dict[str, Money] = {}
    currency = shares[0].net.currency if shares else None
    payment_keys = sorted({key for share in shares for key in share.parts if key.startswith(PAYMENT)})
    for key in payment_keys:
        amount, _ = reversed_share(key)
        if amount and currency is not None:
            refunds[key.removeprefix(PAYMENT)] = Money(amount, currency)
    if taken:
        notes.insert(
            0, phrase("Loyalty", "Points taken back: {points} (earned on the returned items)", points=Points(taken))
        )
    if given:
        notes.insert(0, phrase("Loyalty", "Points given back: {points}", points=Points(given)))
    return ReturnResult(
        entries=tuple(made),
        points_taken_back=taken,
        points_given_back=given,
        refunds=refunds,
        explanations=tuple(notes),
    )


def _expired(entry: LedgerEntry, now: datetime) -> bool:
    """Whether the entry's lot has expired: earnings in it are gone and are not taken back a second time."""
    return entry.expires_at is not None and now >= entry.expires_at


def _reversal(
    entry: LedgerEntry, amount: int, now: datetime, return_sale_id: str, created_by: str | None
) -> LedgerEntry:
    entry_id = new_id()
    credit_back = entry.amount < 0
    return LedgerEntry(
        id=entry_id,
        card_id=entry.card_id,
        account=entry.account,
        kind=EntryKind.REVERSE,
        amount=amount if credit_back else -amount,
        created_at=now,
        sale_id=return_sale_id,
        activates_at=entry.activates_at,
        expires_at=entry.expires_at,
        reason=f"return of sale {entry.sale_id}" if entry.sale_id else "return",
        created_by=created_by,
        program_id=entry.program_id,
        program_version=entry.program_version,
        ref=entry.id,
    )


def _note(entry: LedgerEntry, amount: int) -> list[Phrase]:
    kind = entry.account.kind
    if kind is AccountKind.GIFT:
        return [phrase("Loyalty", "Gift card: {amount} back on the card", amount=Money(amount, entry.account.unit))]
    if kind is AccountKind.STAMPS:
        if entry.amount < 0:
            return [phrase("Loyalty", "Stamps given back: {count}", count=amount)]
        return [phrase("Loyalty", "Stamps taken back: {count}", count=amount)]
    if kind is AccountKind.USES:
        return [phrase("Loyalty", "Coupon {code} can be used again", code=entry.account.unit)]
    return []
