"""Benchmarks of Kupa, run as ``python -m bench NAME [--quick] [--json]``.

Each benchmark measures our code and, in the same run, the nearest physical limit (raw sqlite3, COPY, a bare
decoder call...), and reports the ratio, which holds on a noisy machine where absolute figures do not.
"""

from __future__ import annotations

import json
import os
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# Set (to 1) by the tests: the smallest data and fewest samples that still run every step, to check the output's
# shape; the figures it gives mean nothing.
SMOKE_ENV = "KUPA_BENCH_SMOKE"


def smoke() -> bool:
    return os.environ.get(SMOKE_ENV, "") not in ("", "0")


def scaled(count: int, floor: int = 1) -> int:
    """``count`` samples, or a tenth of them (at least ``floor``) in a smoke run."""
    return max(floor, count // 10) if smoke() else count


@dataclass
class Result:
    """What one benchmark found: a readable table, the headline figures, and how they compare to targets."""

    name: str
    rows: list[tuple[str, str]] = field(default_factory=list)
    figures: dict[str, float] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)
    met: dict[str, bool] = field(default_factory=dict)

    def add(self, label: str, value: float, unit: str = "", *, key: str | None = None) -> None:
        self.rows.append((label, f"{value:,.3f} {unit}".strip() if isinstance(value, float) else f"{value} {unit}"))
        if key:
            self.figures[key] = value

    def target(self, key: str, text: str, ok: bool) -> None:
        self.targets[key] = text
        self.met[key] = ok

    def render(self) -> str:
        width = max((len(label) for label, _ in self.rows), default=10) + 2
        lines = [f"== {self.name}"]
        lines += [f"  {label:<{width}}{value}" for label, value in self.rows]
        for key, text in self.targets.items():
            lines.append(f"  target {text}: {'met' if self.met[key] else 'NOT met'}")
        return "\n".join(lines)

    def payload(self) -> dict[str, Any]:
        """The headline figures and which targets were met, as plain JSON values."""
        return {"name": self.name, **self.figures, "targets_met": self.met}

    def as_json(self) -> str:
        return json.dumps(self.payload(), sort_keys=True)


def percentile(samples: Sequence[float], pct: float) -> float:
    """The pct-th percentile (0-100) by nearest rank of the sorted samples."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)
