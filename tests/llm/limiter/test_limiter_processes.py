"""Several processes calling one provider through one key pool: the shared Redis count keeps the
whole fleet inside the pool's limits, however the provider counts, where per-process counts
overshoot.

Two kinds of fleet. Load processes: three OS processes, each with its own gateway and limiter
(what every phase-service pod holds), calling the fake provider over HTTP as fast as they are
let, sharing one Redis. Two stacks (issue 14's proof): an orchestrator and the five phase
services each, as production runs them, on one Redis and one pool of two keys, through jobs
while the fake counts each of its ways (testkit/limiter_stacks.py), and the same run with
per-process counts beside it.

Time is scaled so a run takes seconds: the limits count over a period of a few seconds, at the
fake (limit_period) and in every limiter (SITEFARM_LIMITER_PERIOD_SECONDS) alike.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import redis

from services.llm.gateway import Gateway
from services.runtime.settings import Settings
from testkit.fake_openai import Counting, FakeOpenAIThread, LatencyConfig
from testkit.limiter_load import Fleet, Run, load_task, served
from testkit.limiter_stacks import (
    KeyPool,
    Outcome,
    fake_provider,
    run_counting,
    stack_pair,
    table,
)

# Fleets of load processes and stacks for seconds each: make test runs them, make test-fast
# does not.
pytestmark = pytest.mark.load

log = logging.getLogger(__name__)

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
    fake = FakeOpenAIThread(latency=LatencyConfig(chat=0.02), limit_period=PERIOD)
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
    a period's limit for every period of the run (no period is charged more)."""

    requests: float
    tokens: float


def utilisation(pool: Pool, run: Run) -> Utilisation:
    # Over the whole run rather than a late window: a stall of this busy machine shifts calls
    # in time, but does not lose them.
    whole = served(pool.fake.calls(), run.started, run.started + run.seconds)
    periods = run.seconds / PERIOD
    return Utilisation(
        whole.requests / (len(KEYS) * REQUESTS_PER_PERIOD * periods),
        whole.tokens / (len(KEYS) * pool.tokens_per_period * periods),
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


def test_clock_skew_between_processes_changes_nothing(
    pool: Pool, fleet: Fleet, fake: FakeOpenAIThread, redis_url: str
) -> None:
    # An hour ahead, an hour and a half behind, and right: the buckets only read Redis TIME.
    outcome = run(fleet, fake, redis_url, seconds=6.0, skews=[3600.0, -5400.0, 0.0])
    assert fake.rate_limited == 0
    assert all(set(o) == {"ok"} for o in outcome.outcomes), outcome.outcomes
    used = utilisation(pool, outcome)
    assert used.requests >= 0.9, used


# --- two stacks of real processes, the fake counting each of its ways ----------------------------

JOBS = 8  # four a stack, all at once: every job asks faster than the pool admits
STACK_RUN_SECONDS = 600  # twelve processes started, then three runs of 30-45 s and quiet


@pytest.fixture(scope="module")
def stacks_fake() -> Iterator[FakeOpenAIThread]:
    fake = fake_provider()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture(scope="module")
def proof() -> Iterator[list[Outcome]]:
    """Every stack run of the module, logged as one table at the end."""
    outcomes: list[Outcome] = []
    yield outcomes
    log.info("two stacks, one key pool:\n%s", table(outcomes))


@pytest.mark.timeout(STACK_RUN_SECONDS)
def test_two_stacks_sharing_redis_stay_inside_the_pool_however_the_provider_counts(
    stacks_fake: FakeOpenAIThread,
    redis_server: str,
    tmp_path_factory: pytest.TempPathFactory,
    proof: list[Outcome],
) -> None:
    redis.Redis.from_url(redis_server).flushdb()
    pool = KeyPool()
    with stack_pair(stacks_fake, pool, redis_server, tmp_path_factory.mktemp("shared")) as pair:
        runs = [run_counting(pair, stacks_fake, pool, counting, JOBS) for counting in Counting]
    proof.extend(runs)
    shown = table(runs)
    for run in runs:
        assert run.rate_limited == 0, shown
        assert run.completed == JOBS, f"{run.states} {run.errors}\n{shown}"
        # The goal (>= 90% of the binding limit used) is measured by `make bench-limiter` on a
        # quiet machine (README's figures: 93.2/91.0/98.4%); here, on a shared CI machine whose
        # stalls shift calls in time, the test holds the pool to being kept busy.
        assert run.utilisation >= 0.8, shown
        # Never one key taking more in a minute than its limit (issue 14 saw 35,294 of 20,000)
        # where the provider counts by the minute. A quantized provider counts by the slice:
        # 0 429s above is its verdict; a sliding minute may then hold up to a slice more
        # (the limiter takes the room a slice report gives; see the README's limiter figures).
        if run.counting is not Counting.QUANTIZED:
            assert run.max_window <= run.limit, shown


@pytest.mark.timeout(STACK_RUN_SECONDS)
def test_per_process_counts_on_the_same_run_are_refused_by_the_provider(
    stacks_fake: FakeOpenAIThread, tmp_path_factory: pytest.TempPathFactory, proof: list[Outcome]
) -> None:
    pool = KeyPool()
    with stack_pair(stacks_fake, pool, None, tmp_path_factory.mktemp("alone")) as pair:
        runs = [run_counting(pair, stacks_fake, pool, counting, JOBS) for counting in Counting]
    proof.extend(runs)
    # Ten limiters, each sure it holds the whole pool, each learning of the others only from
    # the provider's headers: the provider refuses some of what they send.
    assert sum(run.rate_limited for run in runs) > 0, table(runs)
