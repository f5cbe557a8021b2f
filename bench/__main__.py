"""Run benchmarks: ``python -m bench NAME|all [--quick] [--json]`` (with --json, one JSON object on the last line)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from bench import Result

# name -> module with ``run(quick: bool) -> Result``
BENCHMARKS: dict[str, str] = {
    "camera": "bench.camera",
    "commit": "bench.commit",
    "loyalty": "bench.loyalty",
    "rss": "bench.rss",
    "scan": "bench.scan",
    "search": "bench.search",
    "startup": "bench.startup",
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
        if args.name == "all":
            print(json.dumps({result.name: result.payload() for result in results}, sort_keys=True))
        else:
            print(results[0].as_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
