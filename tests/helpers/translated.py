"""Whether phrases read in a language's own words: the check the reason tests share."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.phrase import Phrase
from app.ui.formatting import ShopFormat
from app.ui.phrases import say
from app.ui.translations import Catalogue

SCRIPTS = {"he": "[\u0590-\u05ff]", "ka": "[\u10a0-\u10ff]"}  # languages whose words are in their own script


def untranslated(phrases: Iterable[tuple[str, Phrase]], language: str) -> list[str]:
    """The names (or, when said in the wrong script, the saying) of ``phrases`` not translated into ``language``."""
    fmt = ShopFormat(language, "ILS", "UTC")
    catalogue = Catalogue(language)
    missing = []
    for name, phrase in phrases:
        said = say(phrase, fmt, translate=catalogue.translate)
        if said == say(phrase, fmt, translate=lambda _context, template: template):
            missing.append(name)
        elif language in SCRIPTS and not re.search(SCRIPTS[language], said):
            missing.append(said)
    return missing
