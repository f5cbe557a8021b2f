"""Exponential backoff with jitter between failed sync attempts."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Delays of ``base`` × 2ⁿ seconds (n = failures so far), capped; each is drawn from [bound / 2, bound]."""

    base: float = 1.0
    cap: float = 300.0
    failures: int = 0
    _random: random.Random = field(default_factory=random.Random, repr=False)

    def next_delay(self) -> float:
        bound = min(self.cap, self.base * (2**self.failures))
        self.failures = min(self.failures + 1, 32)
        return self._random.uniform(bound / 2, bound)

    def reset(self) -> None:
        self.failures = 0
