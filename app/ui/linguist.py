"""Qt Linguist over Kupa's sources: extract every translatable string (lupdate), compile catalogues (lrelease).

lupdate finds the ``tr()`` and ``QCoreApplication.translate()`` calls itself. The domain's phrases
(``phrase(context, template, **values)``: loyalty explanations, reasons for a refusal) are read from the code
with ``ast`` and handed to lupdate as ``QT_TRANSLATE_NOOP`` lines, so they land in the same catalogues.
"""

from __future__ import annotations

import ast
import json
import logging
import os
import subprocess
import tempfile
from pathlib import Path

import PySide6

log = logging.getLogger(__name__)

PHRASE_FUNCTION = "phrase"
# The Qt locale each catalogue is for (the .ts header; lrelease and Linguist read it for plural rules).
TARGETS = {"he": "he_IL", "ka": "ka_GE", "sq": "sq_AL"}
TIMEOUT_S = 120


class LinguistError(RuntimeError):
    """lupdate or lrelease could not run, or failed."""


def tool(name: str) -> Path:
    """A Qt Linguist tool shipped inside the PySide6 wheel (``lupdate``, ``lrelease``)."""
    return Path(PySide6.__file__).resolve().parent / name


def _run(args: list[str]) -> str:
    try:
        done = subprocess.run(args, check=True, capture_output=True, text=True, timeout=TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as error:
        detail = getattr(error, "stderr", "") or ""
        raise LinguistError(f"{Path(args[0]).name} failed: {error} {detail}".strip()) from error
    return done.stdout


def source_files(root: Path) -> list[Path]:
    """The Python files whose strings go into the catalogues (the app; not migrations, tests or tools)."""
    app = root / "app"
    return sorted(p for p in app.rglob("*.py") if "migrations" not in p.relative_to(app).parts)


def phrases(path: Path) -> list[tuple[str, str, int]]:
    """Every ``phrase(context, template, ...)`` call in a file, as (context, template, line).

    Raises:
        LinguistError: a call whose context or template is not a plain string literal (it could not be
            translated, because no catalogue could hold it).
    """
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == PHRASE_FUNCTION):
            continue
        literal = [a.value for a in node.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if len(literal) != 2 or len(node.args) != 2:
            raise LinguistError(f"{path}:{node.lineno}: phrase() needs a literal context and template")
        found.append((literal[0], literal[1], node.lineno))
    return found


def phrase_listing(root: Path, target: Path) -> Path:
    """A Python file of ``QT_TRANSLATE_NOOP(context, template)`` lines, one per phrase in the sources."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for path in source_files(root):
        for context, template, _line in phrases(path):
            lines.append(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(template, ensure_ascii=False)})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def extract(root: Path, catalogue: Path, *, language: str | None = None, locations: str = "none") -> None:
    """Merge the strings of the sources under ``root`` into ``catalogue`` (made when missing); strings no
    longer in the code are dropped."""
    with tempfile.TemporaryDirectory(prefix="kupa-lupdate-") as tmp:
        listing = phrase_listing(root, Path(tmp) / "phrases.py")
        args = [str(tool("lupdate")), *(str(p) for p in source_files(root)), str(listing)]
        args += ["-no-obsolete", "-locations", locations, "-source-language", "en"]
        if language is not None:
            args += ["-target-language", TARGETS.get(language, language)]
        _run([*args, "-ts", str(catalogue)])


def update(root: Path, folder: Path, languages: list[str]) -> list[Path]:
    """Bring each ``kupa_<language>.ts`` in ``folder`` up to date with the sources (new strings unfinished)."""
    folder.mkdir(parents=True, exist_ok=True)
    updated = []
    for language in languages:
        catalogue = folder / f"kupa_{language}.ts"
        extract(root, catalogue, language=language)
        updated.append(catalogue)
    return updated


def release(source: Path, target: Path) -> Path:
    """Compile one catalogue; the .qm appears whole or not at all (safe with several processes at once)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=target.stem, suffix=".qm.part")
    os.close(handle)
    try:
        _run([str(tool("lrelease")), "-silent", "-nounfinished", str(source), "-qm", partial])
        os.chmod(partial, 0o644)  # mkstemp makes it private; every user of the till reads it
        os.replace(partial, target)
    finally:
        Path(partial).unlink(missing_ok=True)
    return target


def build(folder: Path, out: Path | None = None) -> list[Path]:
    """Compile every ``kupa_*.ts`` in ``folder`` into a .qm beside it (or in ``out``)."""
    made = [release(ts, (out or folder) / ts.with_suffix(".qm").name) for ts in sorted(folder.glob("kupa_*.ts"))]
    log.info("compiled %d translation catalogues into %s", len(made), out or folder)
    return made
