"""A job's budget: once spent, no new model call starts; the job ends FAILED saying so, and what
it finished stays checkpointed for a rerun with a larger budget."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sitefarm.v1 import sitefarm_pb2

from testkit.fake_openai import FakeOpenAI
from testkit.farm import locked_farm_of
from testkit.jobs import watched_generate
from testkit.schemas import SCHEMA_OF_PHASE
from testkit.settings import locked_fake_settings

WAVE_1 = ("design_strategy", "design_context", "section_plan")


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    async with FakeOpenAI(latency=0.01) as server:
        yield server


@pytest.mark.parametrize(
    ("budget", "says"),
    [({"job_token_budget": 1}, "job budget of 1 tokens reached"),
     ({"job_cost_budget_usd": 0.000001}, "job budget of $0.000001 reached")],
    ids=["tokens", "estimated cost"],
)  # fmt: skip
async def test_a_job_that_spent_its_budget_stops_failed_and_keeps_what_it_finished(
    fake: FakeOpenAI, redis_url: str, budget: dict[str, float], says: str
) -> None:
    async with locked_farm_of(locked_fake_settings(fake, redis_url=redis_url, **budget)) as farm:
        job, events = await watched_generate(farm.stub, no_cache=False)
    assert job.state == sitefarm_pb2.JOB_STATE_FAILED
    assert job.error.startswith(says), job.error
    assert "their checkpoints are kept" in job.error
    # The three calls in flight when the budget ran out finished; nothing else started.
    nodes = {n.node: n for n in job.nodes}
    assert all(nodes[n].state == sitefarm_pb2.NODE_STATE_DONE for n in WAVE_1)
    assert fake.request_count() == len(WAVE_1)
    stopped = [n for n in job.nodes if n.error.startswith(says)]
    assert stopped and all(n.state == sitefarm_pb2.NODE_STATE_SKIPPED for n in stopped)
    assert any(says in e.message for e in events if e.kind == sitefarm_pb2.EVENT_KIND_NODE_SKIPPED)
    assert says in events[-1].message  # the last event says why it ended
    # Run again with no budget: what was paid for comes from the checkpoints.
    async with locked_farm_of(locked_fake_settings(fake, redis_url=redis_url)) as farm:
        rerun, _ = await watched_generate(farm.stub, no_cache=False)
    assert rerun.state == sitefarm_pb2.JOB_STATE_COMPLETED, rerun.error
    assert all(n.cached for n in rerun.nodes if n.node in WAVE_1)
    for phase in WAVE_1:
        assert fake.request_count(schema=SCHEMA_OF_PHASE[phase]) == 1, phase


async def test_a_budget_the_job_stays_within_changes_nothing(fake: FakeOpenAI) -> None:
    async with locked_farm_of(locked_fake_settings(fake, job_token_budget=10_000_000)) as farm:
        job, _ = await watched_generate(farm.stub)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
