"""The scheduling modes over real gRPC, measured at the fake provider's call log: each mode
builds the site, a page gathers only its own images, the image cap holds at the provider.
When each node starts is tested on a virtual clock, in test_run_loop.py."""

from __future__ import annotations

import pytest
from sitefarm.v1 import sitefarm_pb2

from orchestrator.graph import GRAPH
from testkit.fake_openai import CallRecord, FakeOpenAI
from testkit.farm import farm_of
from testkit.jobs import (
    generate,
    image_plan,
    nodes_by_name,
    page_plan,
    script_answer,
    site_files,
)
from testkit.schemas import SCHEMA_OF_PHASE
from testkit.settings import fake_settings

S = sitefarm_pb2

# Each call's level in the graph, by what it asks for (image calls carry no schema).
LEVEL_OF_SCHEMA = {schema: GRAPH.levels[phase] for phase, schema in SCHEMA_OF_PHASE.items()}


def level_of(call: CallRecord) -> int:
    return (
        GRAPH.levels["image"] if call.endpoint == "images" else LEVEL_OF_SCHEMA[call.schema or ""]
    )


@pytest.mark.parametrize(
    "mode", [S.SCHEDULE_MODE_DAG, S.SCHEDULE_MODE_WAVES, S.SCHEDULE_MODE_SEQUENTIAL]
)
async def test_every_mode_builds_the_site_with_one_call_per_node(
    fake: FakeOpenAI, mode: int
) -> None:
    async with farm_of(fake_settings(fake)) as (farm,):
        job, _ = await generate(farm.stub, mode=mode)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    # One call per node that asks a model (every node ran); the site is assembled in code.
    asking = [n for n in job.nodes if GRAPH.phases[n.phase].model_setting is not None]
    assert fake.request_count() == len(asking) == len(job.nodes) - 1
    assert sorted({level_of(c) for c in fake.calls()}) == list(range(1, GRAPH.depth))


async def test_a_page_links_its_own_images_without_waiting_for_them(fake: FakeOpenAI) -> None:
    script_answer(fake, "PagePlan", page_plan("index", "menu"))
    script_answer(
        fake, "ImagePlan", image_plan(("oven", "index", "an oven"), ("loaf", "menu", "a loaf"))
    )
    async with farm_of(fake_settings(fake)) as (farm,):
        job, _ = await generate(farm.stub)
        files = await site_files(farm.stub, job.job_id)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    nodes = nodes_by_name(job)
    assert "image_plan" in nodes["page[menu]"].inputs
    assert not [i for i in nodes["page[menu]"].inputs if i.startswith("image[")]
    # The images reach the site beside the pages, under the names the plan gave them.
    assert files["images/loaf.png"].startswith(b"\x89PNG")
    assert files["images/oven.png"].startswith(b"\x89PNG")
    assert fake.request_count(endpoint="images") == 2


async def test_image_cap_holds_at_the_provider(fake: FakeOpenAI) -> None:
    script_answer(fake, "PagePlan", page_plan("index"))
    script_answer(
        fake, "ImagePlan", image_plan(*((f"photo-{i}", "index", f"photo {i}") for i in range(8)))
    )
    fake.set_latency(images=0.15)
    async with farm_of(fake_settings(fake, image_concurrency=3)) as (farm,):
        job, _ = await generate(farm.stub)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    assert fake.request_count(endpoint="images") == 8
    assert fake.max_in_flight(endpoint="images") == 3  # the cap, reached and never passed
