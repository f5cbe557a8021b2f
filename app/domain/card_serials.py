"""Which serials a till may turn into new card numbers: its own block, each serial used once."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.cards import CardNumbering
from app.domain.errors import DomainError


class CardNumbersExhausted(DomainError):
    def __init__(self, last: int) -> None:
        super().__init__(f"every card number of this till's block (up to serial {last}) is used", last=last)


@dataclass(frozen=True, slots=True)
class SerialBlock:
    """Serials ``first..last`` (inclusive) of a numbering, owned by one till.

    A shop with one till owns the whole numbering. In a chain, each store has its own prefix digits
    (``0401``, ``0402``...) and tills of one store split its serials into blocks, so no two tills can ever
    hand out the same number, even offline.
    """

    first: int
    last: int

    def __post_init__(self) -> None:
        if not 0 <= self.first <= self.last:
            raise ValueError("a serial block runs from a first serial up to a last one, both 0 or more")

    @classmethod
    def whole(cls, numbering: CardNumbering) -> SerialBlock:
        return cls(1, numbering.capacity - 1)

    def fits(self, numbering: CardNumbering) -> bool:
        return self.last < numbering.capacity

    def next_serial(self, counter: int, highest_used: int | None) -> int:
        """The serial to use now: past the till's counter and past every number already seen in the block.

        Raises:
            CardNumbersExhausted: the block is used up.
        """
        serial = max(self.first, counter, (highest_used + 1) if highest_used is not None else 0)
        if serial > self.last:
            raise CardNumbersExhausted(self.last)
        return serial


def serial_of(numbering: CardNumbering, number: str) -> int | None:
    """The serial inside a card number of this numbering, or None for a number of another kind."""
    if not numbering.is_card_number(number):
        return None
    return int(number[len(numbering.prefix) : -1])
