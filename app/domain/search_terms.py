"""How names and phone numbers are kept for searching: words folded for case and accents, phones as reversed digits."""

from __future__ import annotations

import re
import unicodedata

WORD_LENGTH = 64
_SEPARATORS = re.compile(r"[^\w]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents or Hebrew points: "Zoë" -> "zoe", "שָׁלוֹם" -> "שלום"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_words(name: str) -> list[str]:
    """The distinct words of a name, folded, in order ("Noa Levi-Cohen" -> noa, levi, cohen)."""
    words: list[str] = []
    for piece in _SEPARATORS.split(fold(name)):
        word = piece.strip("_")[:WORD_LENGTH]
        if word and word not in words:
            words.append(word)
    return words


def digits(text: str) -> str:
    return "".join(char for char in text if char.isascii() and char.isdigit())


def phone_key(phone: str | None) -> str | None:
    """The phone's digits reversed, so "ends with" becomes an indexed "starts with": a number typed in local
    form (050...) finds the one stored in international form (+97250...)."""
    found = digits(phone or "")
    return found[::-1] if found else None


def phone_query(text: str) -> str:
    """The reversed-digits prefix to look up for a typed phone number (leading zeros of the local form dropped)."""
    return digits(text).lstrip("0")[::-1]
