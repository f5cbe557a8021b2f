"""Setting the fields of frozen, slotted dataclasses quickly, for the few made in bulk on every card scan.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__`` (frozen classes refuse
ordinary assignment), and Python passes keyword arguments slowly. A class that a card scan makes by the hundred
(amounts, discounts, priced lines, phrases) instead writes its ``__init__`` by hand and sets each field through its
slot's descriptor, which is about twice as fast. Such a class keeps every check its ``__post_init__`` made, in
its ``__init__``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Setter = Callable[[Any, Any], None]


def setters(cls: type, *names: str) -> tuple[Setter, ...]:
    """The slot setters of ``cls``'s fields ``names``, in that order (call once, after the class is made)."""
    return tuple(cls.__dict__[name].__set__ for name in names)
