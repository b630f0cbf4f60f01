"""Per-node failure: skips only what depends on it, degrades what may degrade, and cancels."""

from __future__ import annotations

import re

import grpc
from sitefarm.v1 import sitefarm_pb2

from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI
from testkit.farm import farm_of
from testkit.jobs import generate, image_plan, nodes_by_name, page_plan, script_answer, states
from testkit.settings import fake_settings


async def test_failing_layout_skips_its_dependants_while_independent_branches_finish(
    fake: FakeOpenAI,
) -> None:
    fake.add_fault("status", status=500, schema="Layout", times=1000)
    async with farm_of(fake_settings(fake, node_retry_attempts=2)) as (farm,):
        job, events = await generate(farm.stub)
    assert job.state == sitefarm_pb2.JOB_STATE_FAILED
    assert job.error.startswith("layout failed")
    assert states(job, ["layout"]) == {"layout": "FAILED"}
    assert nodes_by_name(job)["layout"].attempts == 2  # transient: retried, then given up
    finished = ["design_strategy", "design_context", "section_plan", "style_system", "page_plan"]
    assert set(states(job, finished).values()) == {"DONE"}
    skipped = [n.node for n in job.nodes if n.state == sitefarm_pb2.NODE_STATE_SKIPPED]
    assert {"image_plan", "seo", "shell", "site"} <= set(skipped)
    assert [n for n in skipped if n.startswith("copy[")]  # every page's copy needs the layout
    assert all(
        n.startswith(("page[", "copy[", "image_plan", "seo", "shell", "site")) for n in skipped
    )
    # The independent branch really ran at the provider.
    assert [c.outcome for c in fake.calls(schema="StyleSystem")] == ["ok"]
    assert fake.request_count(schema="SiteCopy") == 0
    kinds = [e.kind for e in events]
    assert sitefarm_pb2.EVENT_KIND_NODE_RETRYING in kinds
    assert sitefarm_pb2.EVENT_KIND_NODE_FAILED in kinds
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))


async def test_failing_image_degrades_to_a_placeholder_and_the_site_is_built(
    fake: FakeOpenAI,
) -> None:
    script_answer(fake, "PagePlan", page_plan("index", "menu"))
    script_answer(
        fake, "ImagePlan", image_plan(("oven", "index", "an oven"), ("loaf", "menu", "a loaf"))
    )
    # A permanent refusal (400) for one image call: no retry can help, the fallback must.
    fake.add_fault("status", status=400, endpoint="images", times=1)
    async with farm_of(fake_settings(fake, image_concurrency=1)) as (farm,):
        job, events = await generate(farm.stub)
        files = {
            chunk.path
            async for chunk in farm.stub.DownloadSite(
                sitefarm_pb2.DownloadSiteRequest(job_id=job.job_id)
            )
        }
    assert job.state == sitefarm_pb2.JOB_STATE_DEGRADED
    assert len(job.degraded) == 1 and job.degraded[0] in ("image[oven]", "image[loaf]")
    degraded = nodes_by_name(job)[job.degraded[0]]
    assert (
        degraded.state == sitefarm_pb2.NODE_STATE_DEGRADED
        and "FAILED_PRECONDITION" in degraded.error
    )
    assert sitefarm_pb2.EVENT_KIND_NODE_DEGRADED in [e.kind for e in events]
    assert "index.html" in files and job.site_file_count == len(files)


async def test_cancel_job_stops_calls_in_flight_at_the_provider(fake: FakeOpenAI) -> None:
    fake.set_latency(chat=5.0)
    async with farm_of(fake_settings(fake)) as (farm,):
        started = await farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
        assert await fake.wait_for_async(lambda f: f.in_flight == 3, max_wait=5)
        answer = await farm.stub.CancelJob(sitefarm_pb2.CancelJobRequest(job_id=started.job.job_id))
        assert answer.job.state == sitefarm_pb2.JOB_STATE_CANCELLED
        assert await fake.wait_for_async(lambda f: f.in_flight == 0, max_wait=2)
        assert [c.outcome for c in fake.calls()] == ["cancelled"] * 3
        assert all(n.state == sitefarm_pb2.NODE_STATE_SKIPPED for n in answer.job.nodes)
        # Cancelling again is harmless; the job stays cancelled.
        again = await farm.stub.CancelJob(sitefarm_pb2.CancelJobRequest(job_id=started.job.job_id))
        assert again.job.state == sitefarm_pb2.JOB_STATE_CANCELLED
        assert fake.request_count() == 3


async def test_generate_caller_leaving_cancels_the_job(fake: FakeOpenAI) -> None:
    fake.set_latency(chat=5.0)
    async with farm_of(fake_settings(fake)) as (farm,):
        call = farm.stub.Generate(sitefarm_pb2.GenerateRequest(brief=BRIEF), timeout=0.5)
        try:
            async for _ in call:
                pass
        except grpc.aio.AioRpcError as error:
            assert error.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        assert await fake.wait_for_async(lambda f: f.in_flight == 0, max_wait=3)
        jobs = (await farm.stub.ListJobs(sitefarm_pb2.ListJobsRequest())).jobs
        assert [j.state for j in jobs] == [sitefarm_pb2.JOB_STATE_CANCELLED]


async def test_rate_limited_node_waits_as_long_as_retry_info_asks(fake: FakeOpenAI) -> None:
    fake.add_fault("status", status=429, retry_after=0.4, schema="DesignStrategy", times=1)
    async with farm_of(fake_settings(fake)) as (farm,):
        job, events = await generate(farm.stub)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    assert nodes_by_name(job)["design_strategy"].attempts == 2
    refused, _ = fake.calls(schema="DesignStrategy")
    assert refused.status == 429
    # The provider's Retry-After reached the scheduler as RetryInfo: its wait is the floor.
    (retry,) = [e for e in events if e.kind == sitefarm_pb2.EVENT_KIND_NODE_RETRYING]
    waited = re.search(r"retry in ([0-9.]+)s$", retry.message)
    assert waited is not None and float(waited.group(1)) >= 0.4, retry.message


async def test_schema_breaking_answers_are_retried_as_transient(fake: FakeOpenAI) -> None:
    # The gateway re-asks once; two broken answers make the phase answer INTERNAL.
    fake.add_fault("schema_break", schema="Layout", times=2)
    async with farm_of(fake_settings(fake)) as (farm,):
        job, _ = await generate(farm.stub)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    assert nodes_by_name(job)["layout"].attempts == 2
    assert fake.request_count(schema="Layout") == 3


async def test_an_attempt_past_its_deadline_is_cancelled_and_retried(fake: FakeOpenAI) -> None:
    fake.add_fault("hang", seconds=3.0, schema="SectionPlan", times=1)
    async with farm_of(fake_settings(fake, node_attempt_seconds=0.4)) as (farm,):
        job, _ = await generate(farm.stub)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    assert nodes_by_name(job)["section_plan"].attempts == 2
    assert [c.outcome for c in fake.calls(schema="SectionPlan")] == ["cancelled", "ok"]
