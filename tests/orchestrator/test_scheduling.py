"""The three scheduling modes, measured at the fake provider's call log, not assumed."""

from __future__ import annotations

from sitefarm.v1 import sitefarm_pb2

from orchestrator.graph import GRAPH
from testkit.fake_openai import CallRecord, FakeOpenAI, RequestInfo
from testkit.farm import farm_of
from testkit.jobs import generate, image_plan, nodes_by_name, page_plan, script_answer
from testkit.schemas import SCHEMA_OF_PHASE
from testkit.settings import fake_settings

# Each call's level in the graph, by what it asks for (image calls carry no schema).
LEVEL_OF_SCHEMA = {schema: GRAPH.levels[phase] for phase, schema in SCHEMA_OF_PHASE.items()}


def level_of(call: CallRecord) -> int:
    return (
        GRAPH.levels["image"] if call.endpoint == "images" else LEVEL_OF_SCHEMA[call.schema or ""]
    )


def only(fake: FakeOpenAI, schema: str) -> CallRecord:
    (call,) = fake.calls(schema=schema)
    return call


async def test_dag_starts_style_system_before_section_plan_ends(fake: FakeOpenAI) -> None:
    fake.set_route_latency("SectionPlan", 0.4)
    async with farm_of(fake_settings(fake)) as (farm,):
        job, _ = await generate(farm.stub)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    section_plan = only(fake, "SectionPlan")
    assert section_plan.end is not None
    # style_system needs design_context and design_strategy only.
    assert only(fake, "StyleSystem").start < section_plan.end
    # layout needs section_plan: it cannot start before it ends.
    assert only(fake, "Layout").start >= section_plan.end


async def test_dag_starts_a_page_before_unrelated_images_finish(fake: FakeOpenAI) -> None:
    script_answer(fake, "PagePlan", page_plan("index", "menu"))
    script_answer(
        fake,
        "ImagePlan",
        image_plan(("oven", "index", "a slow wood-fired oven"), ("loaf", "menu", "a quick loaf")),
    )

    def latency(info: RequestInfo) -> float | None:
        return 0.8 if "slow wood-fired oven" in str(info.body.get("prompt")) else None

    fake.latency_fn = latency
    async with farm_of(fake_settings(fake)) as (farm,):
        job, _ = await generate(farm.stub)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    nodes = nodes_by_name(job)
    assert list(nodes["page[menu]"].inputs).count("image[loaf]") == 1
    assert "image[oven]" not in nodes["page[menu]"].inputs
    (slow,) = [c for c in fake.calls(endpoint="images") if c.latency >= 0.8]
    assert slow.end is not None
    first_page, second_page = sorted(fake.calls(schema="PageComposition"), key=lambda c: c.start)
    assert first_page.start < slow.end  # page[menu] did not wait for the oven
    assert second_page.start >= slow.end  # page[index] did


async def test_waves_never_start_a_level_before_the_previous_one_ends(fake: FakeOpenAI) -> None:
    fake.set_route_latency("SectionPlan", 0.2)
    async with farm_of(fake_settings(fake)) as (farm,):
        job, _ = await generate(farm.stub, mode=sitefarm_pb2.SCHEDULE_MODE_WAVES)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    calls = fake.calls()
    levels = sorted({level_of(c) for c in calls})
    assert levels == list(range(1, GRAPH.depth + 1))
    for level in levels[1:]:
        previous_end = max(c.end or 0.0 for c in calls if level_of(c) == level - 1)
        assert min(c.start for c in calls if level_of(c) == level) >= previous_end


async def test_sequential_never_overlaps_calls(fake: FakeOpenAI) -> None:
    async with farm_of(fake_settings(fake)) as (farm,):
        job, _ = await generate(farm.stub, mode=sitefarm_pb2.SCHEDULE_MODE_SEQUENTIAL)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    assert fake.request_count() == len(job.nodes)  # one call per node, every node ran
    assert not fake.overlapped()


async def test_image_cap_holds_at_the_provider(fake: FakeOpenAI) -> None:
    script_answer(fake, "PagePlan", page_plan("index"))
    script_answer(
        fake, "ImagePlan", image_plan(*((f"photo-{i}", "index", f"photo {i}") for i in range(8)))
    )
    fake.set_latency(images=0.15)
    async with farm_of(fake_settings(fake, image_concurrency=3)) as (farm,):
        job, _ = await generate(farm.stub)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    assert fake.request_count(endpoint="images") == 8
    assert fake.max_in_flight(endpoint="images") == 3  # the cap, reached and never passed
