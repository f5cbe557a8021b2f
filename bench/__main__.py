"""Run a benchmark by name: ``python -m bench NAME [--quick] [--json]`` (``all`` runs every one)."""

from __future__ import annotations

import argparse
import importlib
import sys

from bench import Result

# name -> module with ``run(quick: bool) -> Result``
BENCHMARKS: dict[str, str] = {
    "camera": "bench.camera",
    "commit": "bench.commit",
    "loyalty": "bench.loyalty",
    "search": "bench.search",
    "sync": "bench.sync",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("name", choices=[*BENCHMARKS, "all"])
    parser.add_argument("--quick", action="store_true", help="small data, under 30 s")
    parser.add_argument("--json", action="store_true", help="print one JSON object on the last line")
    args = parser.parse_args(argv)
    names = list(BENCHMARKS) if args.name == "all" else [args.name]
    results: list[Result] = []
    for name in names:
        module = importlib.import_module(BENCHMARKS[name])
        result: Result = module.run(quick=args.quick)
        results.append(result)
        print(result.render(), flush=True)
    if args.json:
        for result in results:
            print(result.as_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
