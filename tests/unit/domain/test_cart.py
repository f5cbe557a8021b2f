"""Cart totals: integers only, discounts spread exactly, refused changes leave the cart as it was."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.cart import Adjustment, Cart, price_lines
from app.domain.catalog import Product, Unit
from app.domain.errors import (
    CurrencyMismatch,
    InvalidDiscount,
    InvalidPayment,
    InvalidQuantity,
    OverTender,
    UnknownLine,
)
from app.domain.money import Money
from app.domain.tax import included_tax
from app.domain.tender import Payment, TenderKind, change_due, check_payment, check_settled

RATES = [0, 500, 1700, 1800, 2000]


@st.composite
def products(draw: st.DrawFn) -> Product:
    unit = draw(st.sampled_from(list(Unit)))
    return Product(
        id=draw(st.uuids()).hex,
        sku=draw(st.text("ABCDEF0123", min_size=3, max_size=6)),
        name="item",
        price=Money(draw(st.integers(0, 10**7)), "ILS"),
        tax_rate_bp=draw(st.sampled_from(RATES)),
        unit=unit,
    )


@st.composite
def carts(draw: st.DrawFn) -> Cart:
    cart = Cart("ILS")
    for product in draw(st.lists(products(), min_size=1, max_size=12)):
        qty = draw(st.integers(1, 20_000)) if product.sold_by_weight else 1000 * draw(st.integers(1, 20))
        line = cart.add(product, qty)
        if draw(st.booleans()):
            share = draw(st.integers(0, 100))
            amount = line.gross.times(share, 100)
            cart.add_manual_discount(Adjustment(amount, "manual", f"{share}% off", line.line_id))
    remaining = cart.priced().total
    if draw(st.booleans()) and remaining.minor > 0:
        cart.add_manual_discount(
            Adjustment(Money(draw(st.integers(0, remaining.minor)), "ILS"), "manual", "order discount")
        )
    return cart


@given(carts())
def test_totals_are_integers_and_line_nets_add_up_to_the_total(cart: Cart) -> None:
    priced = cart.priced()
    for value in (priced.subtotal, priced.total, priced.discount_total, *[p.net for p in priced.lines]):
        assert type(value.minor) is int
    assert sum(p.net.minor for p in priced.lines) == priced.total.minor
    line_discounts = sum(a.amount.minor for a in priced.adjustments if a.line_id)
    order_discounts = sum(a.amount.minor for a in priced.adjustments if a.line_id is None)
    assert priced.subtotal.minor - line_discounts - order_discounts == priced.total.minor
    assert all(p.net.minor >= 0 for p in priced.lines)
    assert sum(t.gross.minor for t in priced.taxes) == priced.total.minor
    for tax in priced.taxes:
        assert tax.tax == included_tax(tax.gross, tax.rate_bp)


@given(carts(), st.lists(st.integers(1, 10**6), max_size=4), st.integers(0, 10**7))
def test_change_is_exact_and_only_from_cash(cart: Cart, card_parts: list[int], cash: int) -> None:
    due = cart.priced().total
    payments: list[Payment] = []
    for part in card_parts:
        payment = Payment(TenderKind.CARD, Money(part, "ILS"))
        try:
            check_payment(due, payments, payment)
        except (OverTender, InvalidPayment):
            assert part > due.minor - sum(p.amount.minor for p in payments)
        else:
            payments.append(payment)
    card_total = sum(p.amount.minor for p in payments)
    assert card_total <= due.minor
    if cash:
        cash_payment = Payment(TenderKind.CASH, Money(cash, "ILS"))
        if due.minor - card_total > 0:
            check_payment(due, payments, cash_payment)
            payments.append(cash_payment)
    paid = sum(p.amount.minor for p in payments)
    if paid >= due.minor:
        change = check_settled(due, payments)
        assert change.minor == paid - due.minor
        assert change.minor <= sum(p.amount.minor for p in payments if p.kind is TenderKind.CASH)
    assert change_due(due, payments).minor == max(0, paid - due.minor)


def milk() -> Product:
    return Product(id="p1", sku="MILK", name="Milk", price=Money(690, "ILS"), tax_rate_bp=1800)


def test_refused_changes_leave_the_cart_as_it_was() -> None:
    cart = Cart("ILS")
    line = cart.add(milk(), 2000)
    cart.add_manual_discount(Adjustment(Money(1000, "ILS"), "manual", "damaged", line.line_id))
    snapshot = (cart.lines, cart.manual_adjustments)
    with pytest.raises(InvalidQuantity):
        cart.set_quantity(line.line_id, 0)
    with pytest.raises(InvalidDiscount):
        cart.set_quantity(line.line_id, 1000)  # 10.00 discount on a 6.90 line
    with pytest.raises(InvalidDiscount):
        cart.add_manual_discount(Adjustment(Money(500, "ILS"), "manual", "too much"))
    with pytest.raises(CurrencyMismatch):
        cart.add(milk(), unit_price=Money(100, "USD"))
    with pytest.raises(UnknownLine):
        cart.remove("nope")
    with pytest.raises(InvalidDiscount):
        Adjustment(Money(-1, "ILS"), "manual", "negative")
    assert (cart.lines, cart.manual_adjustments) == snapshot


def test_order_discount_is_spread_by_value_and_vat_is_per_rate() -> None:
    cart = Cart("ILS")
    cart.add(milk(), 3000)  # 20.70 at 18%
    cart.add(Product(id="b", sku="BOOK", name="Book", price=Money(3000, "ILS"), tax_rate_bp=0))
    cart.add_manual_discount(Adjustment(Money(1000, "ILS"), "manual", "10 off"))
    priced = cart.priced()
    assert [p.order_share.minor for p in priced.lines] == [408, 592]
    assert priced.total == Money(4070, "ILS")
    assert [(t.rate_bp, t.gross.minor, t.tax.minor) for t in priced.taxes] == [(1800, 1662, 254), (0, 2408, 0)]


def _coffee(price: int = 1000) -> Product:
    return Product(id="p1", sku="S1", name="coffee", price=Money(price, "ILS"), tax_rate_bp=1800)


def test_the_program_pricing_given_is_used_only_when_it_is_of_these_lines_and_discounts() -> None:
    cart = Cart("ILS")
    line = cart.add(_coffee(), 2000)
    off = Adjustment(Money(100, "ILS"), "program:x", "10% off", line.line_id)
    base = cart.priced_without_program()
    stale = base  # priced without the discount: not what the cart will hold
    cart.set_program_adjustments([off], priced=stale)
    assert cart.priced().total == Money(1900, "ILS")
    assert cart.priced_without_program() is base
    cart.set_quantity(line.line_id, 3000)
    assert cart.priced_without_program().total == Money(3000, "ILS")
    assert cart.priced().total == Money(2900, "ILS")  # the program's discount stays until the engine prices again
    given = price_lines("ILS", cart.lines, [off])
    cart.set_program_adjustments([off], priced=given)
    assert cart.priced() is given
