"""A farm for each test: the five phase services and SiteFarm on loopback, and a fake provider."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
from sitefarm.v1 import brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.server import running_orchestrator
from orchestrator.settings import OrchestratorSettings
from services.stack import in_process_stack
from testkit.fake_openai import FakeOpenAI, LatencyConfig

# The JSON schema name the gateway sends for each chat phase (the answer message's name).
SCHEMA_OF_PHASE = {
    "design_strategy": "DesignStrategy",
    "design_context": "DesignContext",
    "section_plan": "SectionPlan",
    "layout": "Layout",
    "style_system": "StyleSystem",
    "page_plan": "PagePlan",
    "image_plan": "ImagePlan",
    "seo": "SeoStrategy",
    "copy": "SiteCopy",
    "page": "PageComposition",
    "site": "SiteShell",
}

BRIEF = brief_pb2.ProjectConfig(
    business_name="Crumb & Co.",
    description="A family-run sourdough bakery in Leith.",
    audience="Families and early risers.",
    tone=brief_pb2.TONE_WARM,
    industry="bakery",
    brand_colors=["#c8743a", "#3b2a20"],
    pages=["Menu", "Visit"],
    phone="+44 131 555 0142",
    contact_email="hello@crumbandco.example",
    site_url="https://crumbandco.example",
)


@dataclass
class Farm:
    """A running SiteFarm and what a test needs to talk to it."""

    stub: sitefarm_pb2_grpc.SiteFarmStub
    settings: OrchestratorSettings
    address: str


@asynccontextmanager
async def farm_of(settings: OrchestratorSettings, replicas: int = 1) -> AsyncIterator[list[Farm]]:
    """The phase services and `replicas` SiteFarm servers sharing them, all on loopback."""
    async with in_process_stack(settings) as stack:
        farm_settings = stack.settings
        assert isinstance(farm_settings, OrchestratorSettings)
        async with _replicas(farm_settings, replicas) as farms:
            yield farms


@asynccontextmanager
async def _replicas(settings: OrchestratorSettings, count: int) -> AsyncIterator[list[Farm]]:
    if count == 0:
        yield []
        return
    async with running_orchestrator(settings) as server, _replicas(settings, count - 1) as rest:
        address = f"127.0.0.1:{server.port}"
        async with grpc.aio.insecure_channel(address) as channel:
            yield [Farm(sitefarm_pb2_grpc.SiteFarmStub(channel), settings, address), *rest]


def fake_settings(fake: FakeOpenAI, **overrides: Any) -> OrchestratorSettings:
    """The openai provider pointed at the fake, with retries and backoffs scaled down."""
    values: dict[str, Any] = {
        "provider": "openai",
        "openai_base_url": fake.base_url,
        "openai_api_key": "sk-test-orchestrator-0001",
        "redis_url": None,
        "retry_attempts": 1,  # the gateway's own loop; the orchestrator's is under test
        "retry_base_seconds": 0.01,
        "node_retry_attempts": 2,
        "node_retry_base_seconds": 0.01,
        "node_retry_max_seconds": 0.05,
        "grace_seconds": 1.0,
        **overrides,
    }
    return OrchestratorSettings(**values)


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    """The fake OpenAI server in this event loop, 50 ms per call unless a test says more."""
    async with FakeOpenAI(latency=LatencyConfig(chat=0.05, images=0.05)) as server:
        yield server


def script_answer(fake: FakeOpenAI, schema: str, answer: dict[str, Any], times: int = 1) -> None:
    """Make the fake answer the next `times` calls for `schema` with exactly `answer`."""
    # The fake's content override (made for broken answers) returns any content verbatim.
    fake.add_fault("schema_break", schema=schema, content=json.dumps(answer), times=times)


def page_plan(*slugs: str) -> dict[str, Any]:
    return {
        "pages": [
            {"slug": s, "title": s.title(), "nav_label": s.title(), "purpose": s, "section_ids": []}
            for s in slugs
        ]
    }


def image_plan(*images: tuple[str, str, str]) -> dict[str, Any]:
    """An image plan of (id, page slug, prompt) items."""
    return {
        "images": [
            {
                "id": image_id,
                "page_slug": page,
                "section_id": "hero",
                "prompt": prompt,
                "alt": prompt,
                "width": 640,
                "height": 480,
                "role": "IMAGE_ROLE_FEATURE",
            }
            for image_id, page, prompt in images
        ]
    }


async def generate(
    stub: sitefarm_pb2_grpc.SiteFarmStub,
    brief: brief_pb2.ProjectConfig = BRIEF,
    mode: int = sitefarm_pb2.SCHEDULE_MODE_DAG,
    no_cache: bool = False,
) -> tuple[sitefarm_pb2.Job, list[sitefarm_pb2.JobEvent]]:
    """Run a job through Generate; its final state and every event."""
    options = sitefarm_pb2.JobOptions(mode=mode, no_cache=no_cache)  # type: ignore[arg-type]
    events = [
        event
        async for event in stub.Generate(
            sitefarm_pb2.GenerateRequest(brief=brief, options=options), timeout=30
        )
    ]
    job = (await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=events[-1].job_id))).job
    return job, events


def nodes_by_name(job: sitefarm_pb2.Job) -> dict[str, sitefarm_pb2.NodeStatus]:
    return {n.node: n for n in job.nodes}


def states(job: sitefarm_pb2.Job, names: Iterable[str]) -> dict[str, str]:
    """The named nodes' states, e.g. {"layout": "FAILED"}."""
    nodes = nodes_by_name(job)
    return {
        n: sitefarm_pb2.NodeState.Name(nodes[n].state).removeprefix("NODE_STATE_") for n in names
    }
