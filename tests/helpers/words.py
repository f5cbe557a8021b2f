"""Domain phrases as the English sentences tests compare against (``str(phrase)``)."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.phrase import Phrase


def english(phrases: Iterable[Phrase | str]) -> list[str]:
    """Each phrase in English, in order."""
    return [str(p) for p in phrases]
