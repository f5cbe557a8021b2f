"""A card as the engine sees it: its profile facts and the fold of its ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.loyalty.errors import CardBlocked
from app.domain.loyalty.projection import CardProjection


@dataclass(frozen=True, slots=True)
class Card:
    """Profile facts the rules need (the store keeps the rest of the member's profile).

    Attributes:
        family: the program family the card belongs to ("red-cube", "classic-discount", ...).
        birthday: for the birthday bonus; ``None`` when the member did not give it.
    """

    id: str
    family: str
    blocked: bool = False
    birthday: date | None = None


@dataclass(frozen=True, slots=True)
class Member:
    """A card with its projection, as handed to pricing and settlement (also used for gift cards)."""

    card: Card
    state: CardProjection

    def __post_init__(self) -> None:
        if self.state.card_id != self.card.id:
            raise ValueError(f"projection of card {self.state.card_id} given for card {self.card.id}")

    @classmethod
    def new(cls, card: Card) -> Member:
        return cls(card, CardProjection.empty(card.id))

    def require_usable(self) -> None:
        """Raise ``CardBlocked`` if the card may not earn or spend."""
        if self.card.blocked:
            raise CardBlocked(self.card.id)
