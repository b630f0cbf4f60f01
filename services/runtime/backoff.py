"""The one retry back-off of the code base: full jitter under an exponential ceiling."""

from __future__ import annotations

import random

# Added on top of a server's floor, so callers told the same Retry-After do not return together.
FLOOR_JITTER_SECONDS = 0.05


def full_jitter(
    attempt: int,
    *,
    base: float,
    cap: float,
    floor: float = 0.0,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait before retry `attempt` (1-based): uniform in
    [0, min(cap, base * 2**(attempt-1))] (full jitter, so many callers spread out), never below
    `floor` (a server's Retry-After / RetryInfo) plus a little jitter."""
    draw = rng or random
    ceiling = min(cap, base * 2 ** (attempt - 1))
    return max(draw.uniform(0, ceiling), floor + draw.uniform(0, FLOOR_JITTER_SECONDS))
