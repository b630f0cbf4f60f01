"""Checkpoints: a repeated brief costs nothing, a changed brief re-runs only what it touches."""

from __future__ import annotations

import pytest
from sitefarm.v1 import brief_pb2, sitefarm_pb2

from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI
from testkit.farm import farm_of
from testkit.jobs import generate
from testkit.settings import fake_settings


@pytest.fixture(params=["memory", "redis"])
def store_url(request: pytest.FixtureRequest) -> str | None:
    """Checkpoints in process, then in the suite's Redis."""
    if request.param == "memory":
        return None
    return str(request.getfixturevalue("redis_url"))


async def test_repeated_brief_calls_the_provider_zero_times(
    fake: FakeOpenAI, store_url: str | None
) -> None:
    async with farm_of(fake_settings(fake, redis_url=store_url)) as (farm,):
        first, _ = await generate(farm.stub)
        paid = fake.request_count()
        fake.reset_stats()
        again, _ = await generate(farm.stub)
        assert fake.request_count() == 0
        assert again.state == sitefarm_pb2.JOB_STATE_COMPLETED
        assert all(n.cached and n.attempts == 0 for n in again.nodes)
        assert [n.node for n in again.nodes] == [n.node for n in first.nodes]
        # no_cache: every phase is called again.
        fresh, _ = await generate(farm.stub, no_cache=True)
        assert fake.request_count() == paid
        assert not any(n.cached for n in fresh.nodes)


async def test_changed_brief_reruns_only_the_phases_whose_inputs_changed(
    fake: FakeOpenAI,
) -> None:
    changed = brief_pb2.ProjectConfig()
    changed.CopyFrom(BRIEF)
    changed.phone = "+44 131 555 0199"
    async with farm_of(fake_settings(fake)) as (farm,):
        await generate(farm.stub)
        fake.reset_stats()
        job, _ = await generate(farm.stub, brief=changed)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    # The phone number shows in the copy and on the pages, nowhere upstream: the shell's
    # words are reused, the site is assembled again in code.
    called = {c.schema for c in fake.calls()}
    assert called == {"SiteCopy", "PageComposition"}
    rerun = {n.phase for n in job.nodes if not n.cached}
    assert rerun == {"copy", "page", "site"}
