"""Numbers as a cashier reads them in explanations: "5,230", "37.70", "4.15 points", "5%"."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.loyalty.ledger import POINT_SCALE
from app.domain.money import Money, exponent


def amount(money: Money) -> str:
    """Grouped digits, decimals only when there are some: 5,230 / 37.70 / -0.05."""
    return minor_text(money.minor, money.currency)


def minor_text(minor: int, currency: str) -> str:
    places = exponent(currency)
    sign = "-" if minor < 0 else ""
    whole, fraction = divmod(abs(minor), 10**places)
    if places == 0 or fraction == 0:
        return f"{sign}{whole:,}"
    return f"{sign}{whole:,}.{fraction:0{places}d}"


def points(hundredths: int) -> str:
    """Points kept in hundredths as a person reads them: 415 -> "4.15", 1200 -> "12"."""
    sign = "-" if hundredths < 0 else ""
    whole, fraction = divmod(abs(hundredths), POINT_SCALE)
    return f"{sign}{whole:,}" if fraction == 0 else f"{sign}{whole:,}.{fraction:02d}"


def percent(basis_points: int) -> str:
    whole, fraction = divmod(basis_points, 100)
    return f"{whole}%" if fraction == 0 else f"{whole}.{fraction:02d}".rstrip("0") + "%"


def day(moment: datetime | date) -> str:
    return (moment.date() if isinstance(moment, datetime) else moment).isoformat()
