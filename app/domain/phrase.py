"""Words for people as data: an English template with typed values, translated and formatted where shown.

The domain says *what* to tell the cashier or the customer ("{tier} {percent} - lifetime spend {spend} >=
{threshold}" with a tier name, a percentage and two amounts); the screen and the receipt say it in the shop's
language, with numbers and money written the way that language writes them. ``str(phrase)`` is the English
sentence, so logs, ledger reasons and tests read as before.

``phrase(context, template, **values)`` is also the marker that ``lupdate`` looks for (it is declared to it as
an alias of ``QT_TRANSLATE_NOOP``), so every template is extracted into the translation catalogues: templates
must therefore be plain string literals.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.domain.slots import setters

if TYPE_CHECKING:
    pass


@dataclass(frozen=True, slots=True)
class Points:
    """A number of loyalty points, kept in hundredths of a point (415 is 4.15 points)."""

    hundredths: int


@dataclass(frozen=True, slots=True)
class Percent:
    """A percentage in basis points (550 is 5.5%)."""

    basis_points: int


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity in thousandths of its unit (``pc`` pieces or ``kg``)."""

    milli: int
    unit: str


Translate = Callable[[str, str], str]
Show = Callable[[Any], str]


@dataclass(frozen=True, slots=True, init=False)
class Phrase:
    """A sentence to show a person: ``template`` (English, with ``{name}`` fields) and the values to fill in.

    Attributes:
        context: the catalogue section the template is translated in ("Loyalty", "Reasons"...).
        template: the English template; its translation keeps the same ``{name}`` fields.
        values: (name, value) pairs; a value is text (a name, a code), an int count, ``Money``, ``Points``,
            ``Percent``, ``Quantity``, a ``date`` or another ``Phrase``.
    """

    context: str
    template: str
    values: tuple[tuple[str, Any], ...] = ()

    def __init__(self, context: str, template: str, values: tuple[tuple[str, Any], ...] = ()) -> None:
        """Set the fields through their slots (see ``app.domain.slots``: pricing a card scan makes dozens)."""
        _PHRASE_CONTEXT(self, context)
        _PHRASE_TEMPLATE(self, template)
        _PHRASE_VALUES(self, values)

    def __str__(self) -> str:
        return self.render(_same, english_value)

    def render(self, translate: Translate, show: Show) -> str:
        """The sentence in a language: ``translate(context, template)`` gives the template to fill, ``show``
        writes each value that is not itself a phrase. A translation with broken fields falls back to English."""
        filled = {
            name: value.render(translate, show) if isinstance(value, Phrase) else show(value)
            for name, value in self.values
        }
        try:
            return translate(self.context, self.template).format(**filled)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**filled)

    @property
    def is_literal(self) -> bool:
        """True for text that was never a template (typed by a person, or stored before phrases existed)."""
        return self.context == ""

    @classmethod
    def literal(cls, text: str) -> Phrase:
        """Text shown as it is, in whatever language it was written."""
        return cls("", text.replace("{", "{{").replace("}", "}}"))

    def to_data(self) -> dict[str, Any]:
        """A JSON-safe form, so a stored receipt can be printed again in any language."""
        return {
            "context": self.context,
            "template": self.template,
            "values": {name: _encode(value) for name, value in self.values},
        }

    @classmethod
    def from_data(cls, data: Any) -> Phrase:
        """From ``to_data`` (or plain text, as older records kept it)."""
        if isinstance(data, str):
            return cls.literal(data)
        values: Mapping[str, Any] = data.get("values", {})
        return cls(
            str(data["context"]),
            str(data["template"]),
            tuple((str(name), _decode(value)) for name, value in values.items()),
        )


_PHRASE_CONTEXT, _PHRASE_TEMPLATE, _PHRASE_VALUES = setters(Phrase, "context", "template", "values")


def phrase(context: str, template: str, /, **values: Any) -> Phrase:
    """A phrase in the catalogue section ``context``; ``template`` must be a string literal (lupdate reads it)."""
    return Phrase(context, template, tuple(values.items()))


def _same(_context: str, template: str) -> str:
    return template


def english_value(value: Any) -> str:
    """A value as the English sentences write it: "5,230", "37.70", "4.15", "5%", "1.250 kg", "2025-03-01"."""
    # Imported here: money's errors and the loyalty package import this module while they load.
    from app.domain.loyalty import explain  # noqa: PLC0415
    from app.domain.money import Money  # noqa: PLC0415

    if isinstance(value, Money):
        return explain.amount(value)
    if isinstance(value, Points):
        return explain.points(value.hundredths)
    if isinstance(value, Percent):
        return explain.percent(value.basis_points)
    if isinstance(value, Quantity):
        whole, rest = divmod(value.milli, 1000)
        number = f"{whole}.{rest:03d}".rstrip("0").rstrip(".") if rest else str(whole)
        return f"{number} kg" if value.unit == "kg" else number
    if isinstance(value, date):
        return explain.day(value)
    return str(value)


def _encode(value: Any) -> list[Any]:
    from app.domain.money import Money  # noqa: PLC0415

    if isinstance(value, Phrase):
        return ["phrase", value.to_data()]
    if isinstance(value, Money):
        return ["money", value.minor, value.currency]
    if isinstance(value, Points):
        return ["points", value.hundredths]
    if isinstance(value, Percent):
        return ["percent", value.basis_points]
    if isinstance(value, Quantity):
        return ["quantity", value.milli, value.unit]
    if isinstance(value, date):
        return ["date", value.isoformat()]
    if isinstance(value, bool) or not isinstance(value, int | str):
        return ["text", str(value)]
    return ["int", value] if isinstance(value, int) else ["text", value]


def _decode(data: Any) -> Any:
    from app.domain.money import Money  # noqa: PLC0415

    kind, *rest = data
    decoders: dict[str, Callable[[], Any]] = {
        "phrase": lambda: Phrase.from_data(rest[0]),
        "money": lambda: Money(int(rest[0]), str(rest[1])),
        "points": lambda: Points(int(rest[0])),
        "percent": lambda: Percent(int(rest[0])),
        "quantity": lambda: Quantity(int(rest[0]), str(rest[1])),
        "date": lambda: date.fromisoformat(str(rest[0])),
        "int": lambda: int(rest[0]),
    }
    return decoders.get(kind, lambda: str(rest[0]))()
