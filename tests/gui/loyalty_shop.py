"""A test shop with the Red Cube bonus, the tier ladder and gift cards, and a way to load a gift card."""

from __future__ import annotations

from pathlib import Path

from app.domain.ids import new_id
from app.domain.loyalty import fold, issue_gift_card, presets
from app.domain.members import Card, CardKind, CardStatus
from app.domain.money import Money
from tests.helpers.shop import DemoShop, build_shop


def loyalty_shop(path: Path) -> DemoShop:
    return build_shop(
        path,
        programs=(
            presets.red_cube_bonus("ILS"),
            presets.silver_gold_platinum("ILS", family=presets.RED_CUBE),
            presets.gift_certificates("ILS"),
        ),
        family=presets.RED_CUBE,
    )


def load_gift_card(shop: DemoShop, number: str, amount: Money) -> str:
    """Issue a gift card with ``amount`` on it, as the office would; returns the card's id."""
    now = shop.clock()
    card = Card(
        id=new_id(),
        number=number,
        member_id=None,
        family="gift",
        status=CardStatus.ACTIVE,
        issued_at=now,
        kind=CardKind.GIFT,
    )
    entry = issue_gift_card(card.id, amount, presets.gift_certificates(amount.currency), now)
    with shop.till.uow(write=True) as uow:
        uow.members.add_card(card)
        uow.session.flush()
        uow.ledger.add([entry], store_id=shop.till.context.store_id, till_id=shop.till.context.till_id)
        uow.ledger.save_projection(fold(card.id, [entry]), now=now)
        uow.commit()
    return card.id
