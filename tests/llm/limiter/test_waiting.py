"""The waiting loop on a virtual clock: it sleeps what the buckets say, gives up when the wait
would outlast its bound, and a caller that stops waiting leaves the queue at once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from services.llm.keys import ApiKey, ModelClass
from services.llm.limiter.buckets import Limits
from services.llm.limiter.local import LocalRateLimiter
from services.llm.limiter.waiting import MAX_JITTER_SECONDS
from services.runtime.errors import RateLimitedError
from testkit.virtual_clock import VirtualClock

KEY = ApiKey.of("sk-waiting-test-key-000000000000000")
CHAT = ModelClass.CHAT


@pytest.fixture
async def clock() -> AsyncIterator[VirtualClock]:
    with VirtualClock.installed() as clock:
        yield clock


def one_key(requests: int, max_wait: float, clock: VirtualClock) -> LocalRateLimiter:
    """One key of `requests` calls a second, that many at once, its waits on the virtual clock
    (limits over ten seconds, so the burst binds and not the window)."""
    limits = {(CHAT, KEY.id): Limits(10 * requests, 0), (ModelClass.IMAGES, KEY.id): Limits(0, 0)}
    return LocalRateLimiter(
        [KEY], limits, period=10.0, max_wait=max_wait, burst=0.1, clock=clock.time
    )


async def test_a_refused_caller_sleeps_the_wait_it_was_told_then_gets_its_key(
    clock: VirtualClock,
) -> None:
    limiter = one_key(requests=4, max_wait=10.0, clock=clock)
    for _ in range(4):
        await limiter.acquire(CHAT, 1)
    started = clock.time()
    grant = await limiter.acquire(CHAT, 1)
    assert grant.key == KEY
    assert 0.25 <= clock.time() - started <= 0.25 + MAX_JITTER_SECONDS


async def test_a_wait_beyond_the_limiters_bound_is_refused_at_once_saying_how_long(
    clock: VirtualClock,
) -> None:
    limiter = one_key(requests=1, max_wait=0.5, clock=clock)
    for _ in range(2):  # a full bucket holds two calls
        await limiter.acquire(CHAT, 1)
    started = clock.time()
    with pytest.raises(RateLimitedError, match="busy") as busy:
        await limiter.acquire(CHAT, 1)
    assert clock.time() == started, "no sleep first"
    assert busy.value.retry_after == pytest.approx(1.0)


async def test_a_cancelled_waiter_leaves_the_queue_and_holds_nobody_back(
    clock: VirtualClock,
) -> None:
    limiter = one_key(requests=1, max_wait=60.0, clock=clock)
    for _ in range(2):
        await limiter.acquire(CHAT, 1)
    urgent = asyncio.create_task(limiter.acquire(CHAT, 1, priority=9.0))
    await asyncio.sleep(0)  # it asks, is refused and queues
    assert limiter.buckets.decide(CHAT, 1, 0, "probe").ahead == 1
    limiter.buckets.leave(CHAT, "probe")
    urgent.cancel()
    with pytest.raises(asyncio.CancelledError):
        await urgent
    assert limiter.buckets.decide(CHAT, 1, 0, "probe").ahead == 0
