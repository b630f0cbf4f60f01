"""The one retry back-off: full jitter under a doubling ceiling, a server's floor respected."""

from __future__ import annotations

import random

import pytest

from services.runtime.backoff import FLOOR_JITTER_SECONDS, full_jitter


@pytest.mark.parametrize(
    ("attempt", "ceiling"), [(1, 0.1), (2, 0.2), (3, 0.4), (5, 1.0), (40, 1.0)]
)
def test_waits_spread_over_a_ceiling_that_doubles_each_attempt_up_to_the_cap(
    attempt: int, ceiling: float
) -> None:
    rng = random.Random(7)
    waits = [full_jitter(attempt, base=0.1, cap=1.0, rng=rng) for _ in range(2000)]
    assert 0.0 <= min(waits) and max(waits) <= ceiling
    assert max(waits) > 0.9 * ceiling and min(waits) < 0.1 * ceiling, "spread over all of it"


def test_a_servers_retry_after_is_a_floor_with_a_little_jitter_above_it() -> None:
    rng = random.Random(7)
    waits = [full_jitter(1, base=0.1, cap=1.0, floor=3.0, rng=rng) for _ in range(500)]
    assert all(3.0 <= w <= 3.0 + FLOOR_JITTER_SECONDS for w in waits)
    assert len(set(waits)) == len(waits), "callers told the same floor do not return together"


def test_a_floor_below_the_jitter_changes_nothing_of_the_spread() -> None:
    rng = random.Random(7)
    waits = [full_jitter(3, base=1.0, cap=10.0, floor=0.01, rng=rng) for _ in range(500)]
    assert max(waits) > 3.0 and min(waits) >= 0.01
