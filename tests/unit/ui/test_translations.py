"""The Hebrew catalogue compiles and covers every string of the till window that lupdate finds."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator

from app.resources import translations_dir
from app.ui.translations import compiled


def test_hebrew_compiles_and_translates_the_keys_a_cashier_reads() -> None:
    path = compiled("he")
    assert path is not None
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate("SalePage", "Pay") == "תשלום"
    assert translator.translate("TotalsPanel", "To pay") == "לתשלום"
    assert translator.translate("Errors", "The sale has no items.") == "אין פריטים במכירה."


def test_every_hebrew_message_is_translated() -> None:
    tree = ET.parse(translations_dir() / "kupa_he.ts")  # noqa: S314 (our own catalogue, not untrusted input)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_a_language_without_a_catalogue_needs_none() -> None:
    assert compiled("en") is None
