"""``translations build|update``: compile the Qt Linguist catalogues, or bring them up to date with the code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.resources import resource_dir, translations_dir


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("translations", help="build or update the translations")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser("build", help="compile resources/translations/*.ts into .qm files")
    build.add_argument("--out", type=Path, help="where to write the .qm files (default: beside the .ts files)")
    build.set_defaults(func=run_build)
    update = actions.add_parser("update", help="add new strings from the code to the .ts files (as unfinished)")
    update.add_argument("--languages", default="", help="comma-separated (default: every existing catalogue)")
    update.set_defaults(func=run_update)


def run_build(args: argparse.Namespace) -> int:
    from app.ui.linguist import LinguistError, build  # noqa: PLC0415 (PySide6 only for this command)

    try:
        made = build(translations_dir(), args.out)
    except LinguistError as error:
        print(error, file=sys.stderr)
        return 1
    for path in made:
        print(path)
    return 0


def run_update(args: argparse.Namespace) -> int:
    from app.ui.linguist import LinguistError, update  # noqa: PLC0415

    folder = translations_dir()
    chosen = [lang.strip() for lang in str(args.languages).split(",") if lang.strip()]
    languages = chosen or sorted(p.stem.removeprefix("kupa_") for p in folder.glob("kupa_*.ts"))
    try:
        updated = update(resource_dir().parent, folder, languages)
    except LinguistError as error:
        print(error, file=sys.stderr)
        return 1
    for path in updated:
        print(path)
    return 0
