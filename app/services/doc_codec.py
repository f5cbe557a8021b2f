"""Frozen document dataclasses (receipts, shift reports) to JSON and back, exactly: money as minor units."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from app.domain.money import Money
from app.domain.phrase import Phrase


def to_json(value: Any) -> Any:
    """Plain JSON data for a document: dataclasses become objects, Money ``{"minor", "currency"}``."""
    if isinstance(value, Money):
        return {"minor": value.minor, "currency": value.currency}
    if isinstance(value, Phrase):
        return value.to_data()  # its values typed, so a reprint says it in any language
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | str):
        return value
    raise TypeError(f"cannot store {type(value).__name__} in a document")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_json(cls: Any, data: Any) -> Any:
    """Rebuild a value of type ``cls`` from ``to_json`` output."""
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(cls) if a is not type(None)]
        if data is None:
            return None
        return from_json(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        (item, *_rest) = typing.get_args(cls)
        return tuple(from_json(item, v) for v in data)
    if origin in (dict, typing.get_origin(typing.Mapping[str, Any])):
        return dict(data)
    if cls is Any:
        return data
    if cls is Money:
        return Money(int(data["minor"]), str(data["currency"]))
    if cls is Phrase:
        return Phrase.from_data(data)
    if cls is datetime:
        return datetime.fromisoformat(data)
    if cls is date:
        return date.fromisoformat(data)
    if isinstance(cls, type) and issubclass(cls, Enum):
        return cls(data)
    if dataclasses.is_dataclass(cls) and isinstance(cls, type):
        hints = _hints(cls)
        return cls(
            **{f.name: from_json(hints[f.name], data[f.name]) for f in dataclasses.fields(cls) if f.name in data}
        )
    return data
