"""Several processes calling one provider through one key pool: the shared Redis bucket keeps the
whole fleet inside the pool's limits, where per-process buckets overshoot.

The cheapest real fleet: three OS processes, each with its own gateway and limiter (what every
phase-service pod holds), calling the fake provider over HTTP and sharing one Redis. The
orchestrators in front of them never touch a key, so they add nothing the limiter can see.

Time is scaled so a test takes seconds: the limits count over a 3-second period, and the fake's
buckets run on a clock 20 times faster than the wall, so its minute is that same period.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from services.llm.gateway import Gateway
from services.llm.limiter.pool import burst_share
from services.runtime.settings import Settings
from testkit.fake_openai import FakeOpenAIThread, LatencyConfig
from testkit.limiter_load import Fleet, Run, load_task, served

# Fleets of load processes for seconds each: make test runs them, make test-fast does not.
pytestmark = pytest.mark.load

PERIOD = 3.0
REQUESTS_PER_PERIOD = 60  # per key: 20 requests a second, 40 for the pool of two
KEYS = ("sk-fleet-key-a-0000000000000000", "sk-fleet-key-b-0000000000000000")
PROCESSES = 3  # eight callers each: far more than the pool admits


@dataclass(frozen=True)
class Pool:
    """The fake provider, and what one call costs at it."""

    fake: FakeOpenAIThread
    tokens_per_call: int
    max_output_tokens: int

    @property
    def tokens_per_period(self) -> int:
        # Tokens bind exactly as tightly as requests, so the test shows both rates near 100%.
        return REQUESTS_PER_PERIOD * self.tokens_per_call


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    fake = FakeOpenAIThread(
        latency=LatencyConfig(chat=0.02), clock=lambda: time.monotonic() * 60 / PERIOD
    )
    fake.start()
    try:
        settings = Settings(
            provider="openai", openai_base_url=fake.base_url, openai_api_key=KEYS[0]
        )
        answer = asyncio.run(_one_call(settings))
        call = fake.calls()[0]
        assert call.prompt_tokens + call.completion_tokens == answer
        yield Pool(fake, answer, max_output_tokens=2 * call.completion_tokens)
    finally:
        fake.stop()


async def _one_call(settings: Settings) -> int:
    gateway = Gateway(settings)
    try:
        result = await gateway.chat(load_task())
    finally:
        await gateway.aclose()
    return result.usage.input_tokens + result.usage.output_tokens


@pytest.fixture
def fake(pool: Pool) -> FakeOpenAIThread:
    """The fake with fresh buckets and counters, each key limited to its share of the pool."""
    fake = pool.fake
    fake.reset_buckets()
    fake.reset_stats()
    for key in KEYS:
        fake.set_limits(key, rpm=REQUESTS_PER_PERIOD, tpm=pool.tokens_per_period)
    return fake


@pytest.fixture(scope="module")
def fleet(pool: Pool) -> Iterator[Fleet]:
    """The load processes, started once for the module; each test orders a run of them all."""
    fleet = Fleet(
        PROCESSES,
        {
            "SITEFARM_PROVIDER": "openai",
            "OPENAI_BASE_URL": pool.fake.base_url,
            "SITEFARM_OPENAI_API_KEYS": ",".join(KEYS),
            "SITEFARM_CHAT_RPM": str(REQUESTS_PER_PERIOD),
            "SITEFARM_CHAT_TPM": str(pool.tokens_per_period),
            "SITEFARM_LIMITER_PERIOD_SECONDS": str(PERIOD),
            "SITEFARM_LIMITER_MAX_WAIT_SECONDS": "5",
            "SITEFARM_MAX_OUTPUT_TOKENS": str(pool.max_output_tokens),
            "SITEFARM_RETRY_ATTEMPTS": "1",  # every refusal counted, none hidden by a retry
            "SITEFARM_LOG_LEVEL": "WARNING",
        },
    )
    try:
        yield fleet
    finally:
        fleet.close()


def run(fleet: Fleet, fake: FakeOpenAIThread, redis_url: str | None, **options: Any) -> Run:
    """A run of the fleet's shared (Redis) or per-process limiters; the warm-up is not counted."""
    return fleet.run({"redis_url": redis_url}, before_start=fake.reset_stats, **options)


@dataclass(frozen=True)
class Utilisation:
    """What the provider served over a run, as shares of what the pool's limits allow over it:
    a full bucket at the start plus the refill of every second of the run."""

    requests: float
    tokens: float


def utilisation(pool: Pool, run: Run) -> Utilisation:
    # Over the whole run rather than a late window: a stall of this busy machine shifts calls
    # in time (the buckets hold what was not used), but does not lose them.
    fill = burst_share(Settings(limiter_period_seconds=PERIOD))
    allowed_seconds = PERIOD * fill + run.seconds
    whole = served(pool.fake.calls(), run.started, run.started + run.seconds)
    return Utilisation(
        whole.requests / (len(KEYS) * REQUESTS_PER_PERIOD / PERIOD * allowed_seconds),
        whole.tokens / (len(KEYS) * pool.tokens_per_period / PERIOD * allowed_seconds),
    )


def test_three_replicas_sharing_redis_never_exceed_the_key_pool_limit(
    pool: Pool, fleet: Fleet, fake: FakeOpenAIThread, redis_url: str
) -> None:
    outcome = run(fleet, fake, redis_url, seconds=6.0)
    stats = fake.stats()
    assert stats["status_429"] == 0 and fake.rate_limited == 0
    assert all(set(o) == {"ok"} for o in outcome.outcomes), outcome.outcomes
    assert set(stats["requests"]["by_key"]) == set(KEYS)
    used = utilisation(pool, outcome)
    assert used.requests >= 0.9 and used.tokens >= 0.9, used


def test_per_process_buckets_each_given_the_full_limit_overshoot(
    fleet: Fleet, fake: FakeOpenAIThread
) -> None:
    run(fleet, fake, None, seconds=3.0)
    # Three processes, each sure it owns the whole pool: the provider refuses the surplus.
    assert fake.rate_limited > 0


def test_clock_skew_between_processes_changes_nothing(
    pool: Pool, fleet: Fleet, fake: FakeOpenAIThread, redis_url: str
) -> None:
    # An hour ahead, an hour and a half behind, and right: the buckets only read Redis TIME.
    outcome = run(fleet, fake, redis_url, seconds=6.0, skews=[3600.0, -5400.0, 0.0])
    assert fake.rate_limited == 0
    assert all(set(o) == {"ok"} for o in outcome.outcomes), outcome.outcomes
    used = utilisation(pool, outcome)
    assert used.requests >= 0.9, used
