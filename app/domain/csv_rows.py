"""CSV files of products and members read row by row: every bad row reported with its line, nothing guessed."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from app.domain.barcodes import is_valid_gtin, normalize_gtin
from app.domain.catalog import Unit
from app.domain.errors import DomainError, InvalidAmount
from app.domain.loyalty import POINT_SCALE
from app.domain.member_profile import InvalidMember, MemberProfile, implausible_birthday, longer_than
from app.domain.money import Money
from app.domain.phrase import Phrase, phrase

PRODUCT_COLUMNS = ("sku", "name", "price", "tax_rate", "category", "unit", "plu", "barcodes", "active")
PRODUCT_REQUIRED = ("sku", "name", "price", "tax_rate")
MEMBER_COLUMNS = ("name", "phone", "email", "birthday", "consent", "card", "family", "points")
MEMBER_REQUIRED = ("name",)
MAX_ERRORS = 200
_YES = {"1", "yes", "y", "true", "כן"}
_NO = {"0", "no", "n", "false", "לא", ""}

T = TypeVar("T")


class BadRow(ValueError):
    """One field of one row that cannot be read; ``column`` names it, ``why`` says what is wrong as a phrase
    that follows the column's name ("must be pc or kg"), so the manager's screen says it in its language."""

    def __init__(self, column: str, why: Phrase) -> None:
        super().__init__(f"{column}: {why}")
        self.column = column
        self.why = why

    @property
    def reason(self) -> str:
        """The reason in English (logs, the command line)."""
        return str(self.why)


@dataclass(frozen=True, slots=True)
class RowError:
    """A bad row: its line in the file, the column at fault ("" for the row or the file as a whole) and why.

    ``why`` is a phrase for the screen; ``reason`` and ``str()`` are English, for logs and the command line.
    """

    line: int
    column: str
    why: Phrase

    @property
    def reason(self) -> str:
        return str(self.why)

    @property
    def phrase(self) -> Phrase:
        """The whole line of the report ("line 3: price 'nine' is not an amount") as a phrase."""
        if self.column:
            return phrase(
                "Import", "line {line}: {column} {reason}", line=str(self.line), column=self.column, reason=self.why
            )
        return phrase("Import", "line {line}: {reason}", line=str(self.line), reason=self.why)

    def __str__(self) -> str:
        return str(self.phrase)


class ImportRefused(DomainError):
    """The file has bad rows; nothing of it was imported."""

    def __init__(self, errors: Sequence[RowError], rows: int) -> None:
        first = errors[0] if errors else RowError(0, "", phrase("Import", "no reason was given"))
        super().__init__(
            phrase(
                "Import",
                "{errors} bad row(s) of {rows}, nothing imported; first: {first}",
                errors=len(errors),
                rows=rows,
                first=first.phrase,
            ),
            errors=len(errors),
            rows=rows,
            line=first.line,
            column=first.column,
            reason=first.why,
        )
        self.errors = tuple(errors)


@dataclass(frozen=True, slots=True)
class ProductLine:
    line: int
    sku: str
    name: str
    price: Money
    tax_rate_bp: int
    category: str | None
    unit: Unit
    plu: str | None
    barcodes: tuple[str, ...]
    active: bool


@dataclass(frozen=True, slots=True)
class MemberLine:
    line: int
    profile: MemberProfile
    card: str | None
    family: str | None
    points: int


@dataclass(frozen=True, slots=True)
class Parsed(Generic[T]):
    rows: tuple[T, ...]
    errors: tuple[RowError, ...]
    total: int


def records(
    text: str, columns: Sequence[str], required: Sequence[str]
) -> Iterator[tuple[int, dict[str, str] | Phrase]]:
    """(line, row by column name) for each data row, or why the row cannot be split into the header's columns;
    comma or semicolon separated, header first.

    Raises:
        ImportRefused: the header lacks a required column or names an unknown one.
    """
    body = text.removeprefix("\ufeff")
    first_line = body.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        raise ImportRefused([RowError(1, "", phrase("Import", "the file is empty"))], 0) from None
    unknown = [name for name in header if name not in columns]
    missing = [name for name in required if name not in header]
    if unknown or missing or len(set(header)) != len(header):
        reason = (
            phrase("Import", "unknown column '{name}'", name=unknown[0])
            if unknown
            else phrase("Import", "the column '{name}' is missing", name=missing[0])
            if missing
            else phrase("Import", "a column is named twice")
        )
        raise ImportRefused([RowError(1, "", reason)], 0)
    line = 1
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield (
                line,
                phrase(
                    "Import",
                    "the row has {count} fields; the header has {expected}",
                    count=len(row),
                    expected=len(header),
                ),
            )
            continue
        yield line, {name: cell.strip() for name, cell in zip(header, row, strict=True)}


def _parse_all(
    text: str,
    columns: Sequence[str],
    required: Sequence[str],
    read: Callable[[int, dict[str, str]], T],
) -> Parsed[T]:
    rows: list[T] = []
    errors: list[RowError] = []
    total = 0
    for line, fields in records(text, columns, required):
        total += 1
        if isinstance(fields, Phrase):
            errors.append(RowError(line, "", fields))
            continue
        try:
            rows.append(read(line, fields))
        except BadRow as bad:
            if len(errors) < MAX_ERRORS:
                errors.append(RowError(line, bad.column, bad.why))
    return Parsed(tuple(rows), tuple(errors), total)


def parse_products(text: str, currency: str) -> Parsed[ProductLine]:
    """Products, with duplicates of SKU, PLU or barcode inside the file reported on their second line."""
    seen: dict[str, dict[str, int]] = {"sku": {}, "plu": {}, "barcodes": {}}

    def read(line: int, f: dict[str, str]) -> ProductLine:
        sku = _required(f, "sku", 64)
        name = _required(f, "name", 200)
        price = _money(f["price"], currency, "price")
        unit_text = f.get("unit", "").lower() or Unit.PIECE.value
        if unit_text not in {u.value for u in Unit}:
            raise BadRow("unit", phrase("Import", "must be pc or kg"))
        plu = f.get("plu") or None
        if plu is not None and not (plu.isascii() and plu.isdigit() and len(plu) <= 16):
            raise BadRow("plu", phrase("Import", "must be digits"))
        codes = tuple(code for code in re.split(r"[\s;|]+", f.get("barcodes", "")) if code)
        for code in codes:
            if not is_valid_gtin(code):
                raise BadRow(
                    "barcodes", phrase("Import", "{code} is not a barcode with a right check digit", code=code)
                )
        codes = tuple(dict.fromkeys(normalize_gtin(code) for code in codes))
        _unique(seen["sku"], sku, line, "sku")
        if plu is not None:
            _unique(seen["plu"], plu, line, "plu")
        for code in codes:
            _unique(seen["barcodes"], code, line, "barcodes")
        return ProductLine(
            line=line,
            sku=sku,
            name=name,
            price=price,
            tax_rate_bp=_percent_bp(f["tax_rate"], "tax_rate"),
            category=f.get("category") or None,
            unit=Unit(unit_text),
            plu=plu,
            barcodes=codes,
            active=_yes_no(f.get("active", "yes") or "yes", "active"),
        )

    return _parse_all(text, PRODUCT_COLUMNS, PRODUCT_REQUIRED, read)


def parse_members(text: str, card_check: Callable[[str], bool] | None = None) -> Parsed[MemberLine]:
    """Members with optional card numbers (digits; a card number twice in the file is an error) and points.

    ``card_check`` tells whether a number printed on an old card may be taken over (digits, length, check digit).
    """
    cards: dict[str, int] = {}

    def read(line: int, f: dict[str, str]) -> MemberLine:
        try:
            profile = MemberProfile(
                name=f.get("name", ""),
                phone=f.get("phone") or None,
                email=f.get("email") or None,
                birthday=_birthday(f.get("birthday", "")),
                consent=_yes_no(f.get("consent", ""), "consent"),
            )
        except InvalidMember as error:
            raise BadRow(str(error.params["field"]), error.params["reason"]) from None
        card = f.get("card") or None
        if card is not None:
            if not (card.isascii() and card.isdigit() and 6 <= len(card) <= 24):
                raise BadRow("card", phrase("Import", "must be 6 to 24 digits"))
            if card_check is not None and not card_check(card):
                raise BadRow("card", phrase("Import", "has a wrong check digit"))
            _unique(cards, card, line, "card")
        points = _points(f.get("points", ""))
        if points and card is None:
            raise BadRow("points", phrase("Import", "need a card number to go on"))
        return MemberLine(
            line=line,
            profile=profile,
            card=card,
            family=f.get("family") or None,
            points=points,
        )

    return _parse_all(text, MEMBER_COLUMNS, MEMBER_REQUIRED, read)


def _required(fields: dict[str, str], column: str, longest: int) -> str:
    value = fields.get(column, "")
    if not value:
        raise BadRow(column, phrase("Import", "is empty"))
    if len(value) > longest:
        raise BadRow(column, longer_than(longest))
    return value


def _unique(seen: dict[str, int], value: str, line: int, column: str) -> None:
    earlier = seen.setdefault(value, line)
    if earlier != line:
        raise BadRow(
            column, phrase("Import", "{value} is already on line {earlier}", value=value, earlier=str(earlier))
        )


def _money(text: str, currency: str, column: str) -> Money:
    try:
        value = Money.parse(text, currency)
    except (InvalidAmount, ValueError):
        raise BadRow(column, phrase("Import", "'{text}' is not an amount", text=text)) from None
    if value.is_negative:
        raise BadRow(column, phrase("Import", "must not be negative"))
    return value


def _percent_bp(text: str, column: str) -> int:
    match = re.fullmatch(r"(\d{1,3})(?:[.,](\d{1,2}))?\s*%?", text)
    if match is None:
        raise BadRow(column, phrase("Import", "'{text}' is not a percentage", text=text))
    value = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if value > 10_000:
        raise BadRow(column, phrase("Import", "must be 100% or less"))
    return value


def _points(text: str) -> int:
    if not text:
        return 0
    match = re.fullmatch(r"(\d{1,9})(?:[.,](\d{1,2}))?", text)
    if match is None:
        raise BadRow("points", phrase("Import", "'{text}' is not a number of points", text=text))
    return int(match.group(1)) * POINT_SCALE + int((match.group(2) or "0").ljust(2, "0"))


def _yes_no(text: str, column: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise BadRow(column, phrase("Import", "must be yes or no"))


def _birthday(text: str) -> date | None:
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            day = datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        if not 1900 <= day.year <= 2100:
            raise BadRow("birthday", implausible_birthday())
        return day
    raise BadRow("birthday", phrase("Import", "must be a date (YYYY-MM-DD or DD.MM.YYYY)"))
