"""``demo-db PATH --products N --members M``: a demo shop database, fast enough for a million members."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.services.demo import DEMO_PINS, SHOPS, generate


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("demo-db", help="create a demo database")
    parser.add_argument("path", type=Path)
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--language", choices=sorted(SHOPS), default="he")
    parser.add_argument("--seed", type=int, default=7)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.products < 0 or args.members < 0:
        print("products and members must not be negative")
        return 2
    path: Path = args.path
    if path.exists():
        print(f"{path} already exists; remove it or choose another path")
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    summary = generate(path, products=args.products, members=args.members, language=args.language, seed=args.seed)
    print(
        f"demo database {summary.path}: {summary.products} products, {summary.members} members "
        f"in {summary.seconds:.1f} s"
    )
    print("PINs: " + ", ".join(f"{name} {pin}" for name, (pin, _role) in DEMO_PINS.items()))
    if summary.first_card:
        print(f"a member card to scan: {summary.first_card}; a product barcode: {summary.first_barcode}")
    return 0
