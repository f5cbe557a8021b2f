"""New card numbers from this till's serial block, never reused; or a pre-printed card's number, checked."""

from __future__ import annotations

from typing import Any

from app.domain.card_serials import SerialBlock, serial_of
from app.domain.cards import CardNumbering
from app.domain.member_errors import CardNumberTaken, NotACardNumber
from app.store.uow import UnitOfWork

BLOCK_SETTING = "cards.serials"
COUNTER_SETTING = "cards.next_serial"


def serial_block(uow: UnitOfWork, numbering: CardNumbering) -> SerialBlock:
    """This till's block (``cards.serials`` = {"first": .., "last": ..}); the whole numbering when not set."""
    raw: Any = uow.settings.get(BLOCK_SETTING)
    if not raw:
        return SerialBlock.whole(numbering)
    block = SerialBlock(int(raw["first"]), int(raw["last"]))
    if not block.fits(numbering):
        raise ValueError(f"the card serial block {block} does not fit the numbering {numbering.prefix}")
    return block


def set_serial_block(uow: UnitOfWork, numbering: CardNumbering, block: SerialBlock) -> None:
    """Give this till its own serials (a store with several tills splits the store's numbers between them)."""
    if not block.fits(numbering):
        raise ValueError("the block does not fit the card numbering")
    uow.settings.set(BLOCK_SETTING, {"first": block.first, "last": block.last})


def next_number(uow: UnitOfWork, numbering: CardNumbering) -> str:
    """Take the next serial of the block (in the caller's write transaction) and return its card number.

    The counter only moves forward; numbers already in the database (issued here, at the office or at another
    till of the block before a reinstall) are skipped, so a number is never handed out twice.

    Raises:
        CardNumbersExhausted: the block is used up.
    """
    block = serial_block(uow, numbering)
    highest = uow.members.highest_number(numbering.number(block.first), numbering.number(block.last))
    serial = block.next_serial(int(uow.settings.get(COUNTER_SETTING) or 0), serial_of(numbering, highest or ""))
    uow.settings.set(COUNTER_SETTING, serial + 1)
    return numbering.number(serial)


def claim_number(uow: UnitOfWork, numbering: CardNumbering, number: str) -> str:
    """A number read from a pre-printed card: it must be this shop's and never used before.

    Raises:
        NotACardNumber: wrong prefix, length or check digit.
        CardNumberTaken: a card (of any status) already has it.
    """
    number = number.strip()
    if not numbering.is_card_number(number):
        raise NotACardNumber(number)
    if uow.members.card_by_number(number) is not None:
        raise CardNumberTaken(number)
    return number
