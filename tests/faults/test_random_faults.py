"""Under 10% random transient provider faults, at least 99 of 100 jobs still end COMPLETED or
DEGRADED: retries, re-asks and fallbacks absorb what one bad call does."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

import pytest

from testkit.fake_openai import FakeOpenAI, Fault, RandomFaults
from testkit.farm import locked_farm_of
from testkit.jobs import state_name, watched_generate
from testkit.settings import locked_fake_settings

# A hundred jobs under random faults: make test runs it, make test-fast does not.
pytestmark = pytest.mark.slow

log = logging.getLogger(__name__)

JOBS = 100
AT_ONCE = 20
TRANSIENT = [
    Fault("status", status=429, retry_after=0.05),
    Fault("status", status=500),
    Fault("status", status=503),
    Fault("reset"),
    Fault("timeout", seconds=4.0),  # past the 1.5 s attempt deadline below
    Fault("malformed_json"),
    Fault("schema_break"),
    Fault("empty"),
]


async def test_ninety_nine_of_a_hundred_jobs_finish_under_ten_percent_random_faults(
    caplog: pytest.LogCaptureFixture,
) -> None:
    faults = RandomFaults(rate=0.10, seed=8, faults=TRANSIENT)
    async with FakeOpenAI(latency=0, random_faults=faults) as fake:
        settings = locked_fake_settings(
            fake,
            node_attempt_seconds=1.5,
            max_running_jobs=JOBS,
            max_jobs_per_caller=JOBS,
        )
        async with locked_farm_of(settings) as farm:
            slots = asyncio.Semaphore(AT_ONCE)

            failures: Counter[str] = Counter()

            async def one() -> str:
                async with slots:
                    job, _ = await watched_generate(farm.stub, deadline=120)
                    if job.error:
                        failures[job.error[:160]] += 1
                    return state_name(job)

            states = Counter(await asyncio.gather(*(one() for _ in range(JOBS))))
        stats = fake.stats()
    finished = sum(states[s] for s in ("COMPLETED", "DEGRADED"))
    delivered = sum(stats["faults_delivered"].values())
    total = stats["requests"]["total"]
    log.info("random faults: %s; %d of %d calls faulted", dict(states), delivered, total)
    assert sum(states.values()) == JOBS and set(states) <= {"COMPLETED", "DEGRADED", "FAILED"}
    assert finished >= 99, (states, failures)
    # The faults really flew: about one call in ten, of every kind.
    assert 0.05 < delivered / total < 0.15, (delivered, total)
    assert set(stats["faults_delivered"]) == {f.kind for f in TRANSIENT}
    # Every fault was an expected one: none surfaced as an error of ours.
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors[:5]
