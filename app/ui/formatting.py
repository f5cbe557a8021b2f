"""How the till shows money, quantities, points, times and card numbers in the shop's language."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt

from app.domain.loyalty import POINT_SCALE
from app.domain.money import Money, exponent

# Numbers are right-aligned in both directions, so their decimal points line up (Hebrew reads digits LTR too).
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

LRI = "\u2066"
PDI = "\u2069"


def ltr(text: str) -> str:
    """Keep text left-to-right inside a right-to-left line (card numbers, codes, receipt numbers)."""
    return f"{LRI}{text}{PDI}"


@lru_cache(maxsize=64)
def currency_symbol(currency: str, language: str) -> str:
    """The symbol people write for a currency, taken from Qt's locale data (ISO code when none is known)."""
    every = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    )
    matches = [loc for loc in every if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency]
    if not matches:
        return currency
    same_language = [loc for loc in matches if loc.name().split("_")[0] == language]
    if same_language:
        return same_language[0].currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    symbols = Counter(loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol) for loc in matches)
    return symbols.most_common(1)[0][0]


class ShopFormat:
    """All display formatting of one shop: one place, so every number on the screen reads the same way.

    Money never passes through a float: the whole part is grouped by QLocale, the fraction is the currency's
    minor units written out, and the symbol goes where the locale puts it.
    """

    def __init__(self, language: str, currency: str, timezone: str, *, symbol: str | None = None) -> None:
        """``symbol`` replaces the currency's sign (a receipt printer without ₪ prints "ILS")."""
        self.language = language
        self.currency = currency
        self.timezone = timezone
        self.locale = QLocale(language)
        self.zone = ZoneInfo(timezone)
        self.symbol = symbol or currency_symbol(currency, language)
        self._pattern = self._spaced(self.locale.toCurrencyString(1, "¤"))
        negative = self._spaced(self.locale.toCurrencyString(-1, "¤"))
        # Accounting brackets "(¤1)" read badly at a till: those locales get a plain minus sign instead.
        self._negative = None if "(" in negative else negative

    def _spaced(self, pattern: str) -> str:
        """A letter code ("ILS", "Lekë") never touches the digits: "ILS 12.50", not "ILS12.50"."""
        if not self.symbol[-1:].isalpha():
            return pattern
        return pattern.replace("¤1", "¤\u00a01").replace("¤-1", "¤\u00a0-1").replace("1¤", "1\u00a0¤")

    def with_symbol(self, symbol: str) -> ShopFormat:
        return ShopFormat(self.language, self.currency, self.timezone, symbol=symbol)

    @property
    def right_to_left(self) -> bool:
        return self.locale.textDirection() == Qt.LayoutDirection.RightToLeft

    def amount(self, money: Money) -> str:
        """The number alone, grouped, with the currency's decimals ("1,234.50"); for table cells and fields."""
        places = exponent(money.currency)
        whole, fraction = divmod(abs(money.minor), 10**places)
        text = self.locale.toString(whole)
        if places:
            text += self.locale.decimalPoint() + f"{fraction:0{places}d}"
        return (self.locale.negativeSign() + text) if money.minor < 0 else text

    def money(self, money: Money) -> str:
        """The amount with the currency symbol placed as the locale writes it ("₪ 12.50", "$12.50", "12,50 ₾")."""
        symbol = self.symbol if money.currency == self.currency else money.currency
        if money.minor < 0 and self._negative is not None:
            return self._negative.replace("1", self.amount(abs(money)), 1).replace("¤", symbol)
        text = self._pattern.replace("1", self.amount(abs(money)), 1).replace("¤", symbol)
        return (self.locale.negativeSign() + text) if money.minor < 0 else text

    def short_amount(self, money: Money) -> str:
        """The number alone, decimals only when there are some ("5,230", "37.70"): amounts inside sentences."""
        if money.minor % 10 ** exponent(money.currency):
            return self.amount(money)
        whole = abs(money.minor) // 10 ** exponent(money.currency)
        text = self.locale.toString(whole)
        return (self.locale.negativeSign() + text) if money.minor < 0 else text

    def plain_amount(self, money: Money) -> str:
        """The amount as a person types it into a field ("12.50"), without grouping."""
        text = money.amount_text()
        return text.replace(".", self.locale.decimalPoint())

    def quantity(self, qty_milli: int, unit: str) -> str:
        """Pieces as a whole number, weights with three decimals and the unit ("2", "1.250 kg")."""
        if unit == "kg":
            whole, grams = divmod(qty_milli, 1000)
            return f"{self.locale.toString(whole)}{self.locale.decimalPoint()}{grams:03d} kg"
        whole, rest = divmod(qty_milli, 1000)
        if rest:
            return f"{self.locale.toString(whole)}{self.locale.decimalPoint()}{rest:03d}"
        return self.locale.toString(whole)

    def number(self, value: int) -> str:
        """A count (items, minutes, receipts waiting), grouped."""
        return self.locale.toString(value)

    def points(self, hundredths: int) -> str:
        """Loyalty points, kept in hundredths of a point: 1234 -> "12.34", 1200 -> "12"."""
        whole, rest = divmod(abs(hundredths), POINT_SCALE)
        text = self.locale.toString(whole) + (f"{self.locale.decimalPoint()}{rest:02d}" if rest else "")
        return (self.locale.negativeSign() + text) if hundredths < 0 else text

    def percent_bp(self, basis_points: int) -> str:
        whole, rest = divmod(basis_points, 100)
        text = self.locale.toString(whole) + (f"{self.locale.decimalPoint()}{rest:02d}" if rest else "")
        return f"{text}%"

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def time(self, moment: datetime) -> str:
        return self.local(moment).strftime("%H:%M")

    def day(self, day: date) -> str:
        """A calendar day as the shop writes it on receipts: 1.03.2025."""
        return f"{self.locale.toString(day.day)}.{day.month:02d}.{day.year}"

    def date_time(self, moment: datetime) -> str:
        local = self.local(moment)
        return f"{self.locale.toString(local.day)}.{local.month:02d}.{local.year} {local:%H:%M}"
