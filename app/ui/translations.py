"""Kupa's translations at run time: the compiled catalogues (.qm) the build makes from resources/translations.

``make`` (``python -m app translations build``) compiles every ``kupa_<language>.ts`` into a ``.qm`` beside it,
and the bundle carries those. Run from a source tree where a ``.qm`` is missing or older than its ``.ts``, the
till compiles it once into the user's cache (named by the source's content) instead, so a fresh checkout works
without the build step.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTranslator

from app.resources import translations_dir
from app.ui.linguist import LinguistError, release

log = logging.getLogger(__name__)

# The languages the till speaks, each named in itself (the login page lists them so).
LANGUAGES: dict[str, str] = {"en": "English", "he": "עברית", "ka": "ქართული", "sq": "Shqip"}
SOURCE_LANGUAGE = "en"


def cache_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(location or tempfile.gettempdir()) / "kupa" / "translations"


def _fresh(target: Path, source: Path) -> bool:
    return target.exists() and (not source.exists() or target.stat().st_mtime >= source.stat().st_mtime)


def compiled(language: str) -> Path | None:
    """The .qm file for a language, or None when Kupa has no catalogue for it (English needs none)."""
    folder = translations_dir()
    source = folder / f"kupa_{language}.ts"
    built = source.with_suffix(".qm")
    if _fresh(built, source):
        return built
    if not source.exists():
        return None
    # Named by the source's content: two source trees (or two versions of one) never share a stale catalogue.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / f"{built.stem}-{digest}.qm"
    if cached.exists():
        return cached
    try:
        release(source, cached)
    except LinguistError as error:
        log.warning("the %s translation could not be compiled (%s); the till stays in English", language, error)
        return None
    return cached


class Catalogue:
    """One language's translations, looked up directly rather than through the installed translators, so a
    receipt prints in the shop's language whatever language the screen is in."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        path = compiled(language)
        self.loaded = bool(path and self._translator.load(str(path)))

    def translate(self, context: str, text: str) -> str:
        """The translation of ``text`` in ``context``, or ``text`` itself when the catalogue has none."""
        if not self.loaded or not context:
            return text
        return self._translator.translate(context, text) or text
