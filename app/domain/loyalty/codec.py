"""Plain JSON-able dicts to and from frozen dataclasses of loyalty data, checked field by field."""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from app.domain.loyalty.calendar import iso, parse_required
from app.domain.loyalty.errors import InvalidProgram
from app.domain.phrase import phrase

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """A dataclass (or a value inside one) as dicts, lists, strings, numbers, booleans and ``None``."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(to_plain(item) for item in value)
    if isinstance(value, tuple):
        return [to_plain(item) for item in value]
    return value


def from_plain(cls: type[T], data: Any, what: str) -> T:
    """Build ``cls`` from its plain form; a wrong or missing field raises ``InvalidProgram`` naming it."""
    return typing.cast(T, _read(cls, data, what, ""))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _read(tp: Any, data: Any, what: str, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        if data is None and len(options) < len(typing.get_args(tp)):
            return None
        return _read(options[0], data, what, path)
    if origin is frozenset:
        (item,) = typing.get_args(tp)
        return frozenset(_read(item, x, what, path) for x in _list(data, what, path))
    if origin is tuple:
        item = typing.get_args(tp)[0]
        return tuple(_read(item, x, what, f"{path}[{i}]") for i, x in enumerate(_list(data, what, path)))
    if isinstance(tp, type) and is_dataclass(tp):
        return _read_dataclass(tp, data, what, path)
    if tp is datetime:
        try:
            return parse_required(_typed(data, str, what, path))
        except ValueError as error:
            raise InvalidProgram(what, path, phrase("Errors", "must be a date and time with its timezone")) from error
    if tp is date:
        try:
            return date.fromisoformat(_typed(data, str, what, path))
        except ValueError as error:
            raise InvalidProgram(what, path, phrase("Errors", "must be a date (YYYY-MM-DD)")) from error
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError as error:
            allowed = ", ".join(str(member.value) for member in tp)
            raise InvalidProgram(what, path, phrase("Errors", "must be one of {allowed}", allowed=allowed)) from error
    if tp in (int, str, bool):
        return _typed(data, tp, what, path)
    raise TypeError(f"cannot read {tp!r}")


def _read_dataclass(cls: type, data: Any, what: str, path: str) -> Any:
    if not isinstance(data, Mapping):
        raise InvalidProgram(what, path or cls.__name__, phrase("Errors", "must be an object"))
    hints = _hints(cls)
    known = {f.name for f in fields(cls)}
    extra = sorted(set(data) - known - {"kind", "schema"})
    if extra:
        raise InvalidProgram(what, f"{path}{'.' if path else ''}{extra[0]}", phrase("Errors", "is not a known field"))
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        where = f"{path}.{f.name}" if path else f.name
        if f.name in data:
            kwargs[f.name] = _read(hints[f.name], data[f.name], what, where)
        elif f.default is MISSING and f.default_factory is MISSING:
            raise InvalidProgram(what, where, phrase("Errors", "is missing"))
    return cls(**kwargs)


def _list(data: Any, what: str, path: str) -> list[Any]:
    if not isinstance(data, list | tuple):
        raise InvalidProgram(what, path, phrase("Errors", "must be a list"))
    return list(data)


def _typed(data: Any, tp: type[T], what: str, path: str) -> T:
    if type(data) is not tp:
        if tp is int:
            raise InvalidProgram(what, path, phrase("Errors", "must be a whole number"))
        if tp is str:
            raise InvalidProgram(what, path, phrase("Errors", "must be text"))
        raise InvalidProgram(what, path, phrase("Errors", "must be yes/no"))
    return data
