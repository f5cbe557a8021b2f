"""Every string lupdate finds in app/ has a finished translation in Hebrew, Georgian and Albanian that keeps its
placeholders; the catalogues compile and translate what a cashier reads."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.resources import resource_dir, translations_dir
from app.ui.linguist import extract
from app.ui.translations import LANGUAGES, compiled

CATALOGUES = ("he", "ka", "sq")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%[0-9]")
SCRIPTS = {"he": "\u0590-\u05ff", "ka": "\u10a0-\u10ff"}

Message = tuple[str, str]


def messages(path: Path) -> dict[Message, ET.Element]:
    tree = ET.parse(path)  # noqa: S314 (our own catalogues, not untrusted input)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def translation_of(message: ET.Element) -> str | None:
    element = message.find("translation")
    if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    forms = [form.text or "" for form in element.iter("numerusform")]
    return " ".join(forms) if forms else (element.text or None)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, ET.Element]:
    """The strings of the code as lupdate extracts them now (tr(), translate(), QT_TRANSLATE_NOOP, phrase())."""
    target = tmp_path_factory.mktemp("lupdate") / "kupa_source.ts"
    extract(resource_dir().parent, target)
    found = messages(target)
    assert len(found) > 300, "lupdate found too few strings: is the extraction broken?"
    return found


@pytest.mark.parametrize("language", CATALOGUES)
def test_every_string_of_the_code_is_translated(language: str, extracted: dict[Message, ET.Element]) -> None:
    catalogue = messages(translations_dir() / f"kupa_{language}.ts")
    missing = [key for key in extracted if key not in catalogue or translation_of(catalogue[key]) is None]
    assert missing == [], f"run `python -m app translations update` and translate these in kupa_{language}.ts"


@pytest.mark.parametrize("language", CATALOGUES)
def test_translations_keep_every_placeholder_of_their_source(language: str) -> None:
    broken = []
    for (context, source), message in messages(translations_dir() / f"kupa_{language}.ts").items():
        text = translation_of(message)
        if text is not None and sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            broken.append((context, source, text))
    assert broken == []


@pytest.mark.parametrize("language", ("he", "ka"))
def test_hebrew_and_georgian_are_written_in_their_own_script(language: str) -> None:
    script = re.compile(f"[{SCRIPTS[language]}]")
    catalogue = messages(translations_dir() / f"kupa_{language}.ts")
    worded = [key for key in catalogue if re.search("[A-Za-z]{3}", re.sub(r"\{[a-z_]+\}", "", key[1]))]
    latin_only = [key for key in worded if not script.search(translation_of(catalogue[key]) or "")]
    assert len(latin_only) < len(worded) // 20, latin_only[:10]


@pytest.mark.parametrize(
    ("language", "context", "source", "expected"),
    [
        ("he", "SalePage", "Pay", "תשלום"),
        ("he", "TotalsPanel", "To pay", "לתשלום"),
        ("ka", "SalePage", "Pay", "გადახდა"),
        ("ka", "Receipt", "Change", "ხურდა"),
        ("sq", "SalePage", "Pay", "Paguaj"),
        ("sq", "Receipt", "Change", "Kusuri"),
        ("sq", "Loyalty", "{amount} to {tier}", "edhe {amount} deri në {tier}"),
    ],
)
def test_the_compiled_catalogue_translates_what_a_cashier_reads(
    language: str, context: str, source: str, expected: str
) -> None:
    path = compiled(language)
    assert path is not None and path.suffix == ".qm"
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate(context, source) == expected


def test_the_till_offers_exactly_the_languages_it_has_catalogues_for() -> None:
    assert set(LANGUAGES) == {"en", *CATALOGUES}
    assert compiled("en") is None
