"""Phrases from the domain said in a language: the template from the catalogue, values as the locale writes them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.money import Money
from app.domain.phrase import Percent, Phrase, Points, Quantity
from app.ui.formatting import PDI, ShopFormat, ltr

FSI = "\u2068"

Translate = Callable[[str, str], str]


def _screen_translate(context: str, template: str) -> str:
    return QCoreApplication.translate(context, template) if context else template


@lru_cache(maxsize=32)
def _format(language: str, currency: str) -> ShopFormat:
    return ShopFormat(language, currency, "UTC")


def screen_language() -> str:
    """The language the till's screens speak now (the default locale the till set at login)."""
    return QLocale().name().split("_")[0]


def show_value(value: Any, fmt: ShopFormat, *, isolate: bool) -> str:
    """One value of a phrase as ``fmt``'s language writes it; with ``isolate`` numbers stay left to right."""
    if isinstance(value, Money):
        text = _format(fmt.language, value.currency).short_amount(value)
    elif isinstance(value, Points):
        text = fmt.points(value.hundredths)
    elif isinstance(value, Percent):
        text = fmt.percent_bp(value.basis_points)
    elif isinstance(value, Quantity):
        text = fmt.quantity(value.milli, value.unit)
    elif isinstance(value, date):
        text = fmt.day(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        text = fmt.number(value)
    else:
        # Names and codes ("****0015", "SPRING", "Gold") take their own direction inside the sentence, so a
        # card number in a Hebrew line keeps its stars on the left.
        return f"{FSI}{value}{PDI}" if isolate else str(value)
    return ltr(text) if isolate else text


def say(
    phrase: Phrase, fmt: ShopFormat | None = None, *, translate: Translate | None = None, isolate: bool | None = None
) -> str:
    """The phrase in the screen's language, or in ``fmt``'s with ``translate`` from that language's catalogue.

    ``isolate`` (default: in right-to-left languages) keeps each number left to right inside the sentence;
    receipts leave it off, because the printer's raster does the same for the whole line.
    """
    fmt = fmt or _format(screen_language(), "USD")
    keep_ltr = fmt.right_to_left if isolate is None else isolate
    return phrase.render(translate or _screen_translate, lambda value: show_value(value, fmt, isolate=keep_ltr))


def say_all(phrases: tuple[Phrase, ...], fmt: ShopFormat | None = None) -> list[str]:
    return [say(p, fmt) for p in phrases]


def screen_money(money: Money) -> str:
    """An amount with its currency sign in the screen's language (for messages built outside a page)."""
    return _format(screen_language(), money.currency).money(money)
