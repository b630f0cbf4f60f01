"""Jobs through a farm's SiteFarm API: run one and read it back, and answers scripted for the
fake provider so a job takes the shape a test wants."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import grpc
from sitefarm.v1 import brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI
from testkit.watch import SEEN_BY_CALLERS, seen

DONE = (sitefarm_pb2.JOB_STATE_COMPLETED, sitefarm_pb2.JOB_STATE_DEGRADED)
TERMINAL = (*DONE, sitefarm_pb2.JOB_STATE_FAILED, sitefarm_pb2.JOB_STATE_CANCELLED)


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


async def watched_generate(
    stub: sitefarm_pb2_grpc.SiteFarmStub,
    brief: brief_pb2.ProjectConfig = BRIEF,
    no_cache: bool = True,
    deadline: float = 60,
) -> tuple[sitefarm_pb2.Job, list[sitefarm_pb2.JobEvent]]:
    """Run a job through Generate, its final state and events; everything the caller was told
    (errors included) is kept for the fault suite's secrets scan."""
    options = sitefarm_pb2.JobOptions(no_cache=no_cache)
    request = sitefarm_pb2.GenerateRequest(brief=brief, options=options)
    try:
        events = [e async for e in stub.Generate(request, timeout=deadline)]
        job = (await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=events[-1].job_id))).job
    except grpc.aio.AioRpcError as error:
        raise seen(error) from None
    SEEN_BY_CALLERS.extend(e.message for e in events)
    SEEN_BY_CALLERS.append(job.error)
    SEEN_BY_CALLERS.extend(n.error for n in job.nodes)
    return job, events


async def site_files(stub: sitefarm_pb2_grpc.SiteFarmStub, job_id: str) -> dict[str, bytes]:
    """A finished job's files, reassembled from DownloadSite's chunks."""
    files: dict[str, bytearray] = {}
    async for chunk in stub.DownloadSite(sitefarm_pb2.DownloadSiteRequest(job_id=job_id)):
        files.setdefault(chunk.path, bytearray()).extend(chunk.chunk)
    return {path: bytes(content) for path, content in files.items()}


def state_name(job: sitefarm_pb2.Job) -> str:
    return sitefarm_pb2.JobState.Name(job.state).removeprefix("JOB_STATE_")


def nodes_by_name(job: sitefarm_pb2.Job) -> dict[str, sitefarm_pb2.NodeStatus]:
    return {n.node: n for n in job.nodes}


def states(job: sitefarm_pb2.Job, names: Iterable[str]) -> dict[str, str]:
    """The named nodes' states, e.g. {"layout": "FAILED"}."""
    nodes = nodes_by_name(job)
    return {
        n: sitefarm_pb2.NodeState.Name(nodes[n].state).removeprefix("NODE_STATE_") for n in names
    }


def script_answer(fake: FakeOpenAI, schema: str, answer: dict[str, Any], times: int = 1) -> None:
    """Make the fake answer the next `times` calls for `schema` with exactly `answer`."""
    # The fake's content override (made for broken answers) returns any content verbatim.
    fake.add_fault("schema_break", schema=schema, content=json.dumps(answer), times=times)


def page_plan(*slugs: str) -> dict[str, Any]:
    """A page plan answer with one page per slug."""
    return {
        "pages": [
            {"slug": s, "title": s.title(), "nav_label": s.title(), "purpose": s, "section_ids": []}
            for s in slugs
        ]
    }


def image_plan(*images: tuple[str, str, str]) -> dict[str, Any]:
    """An image plan answer of (id, page slug, prompt) items."""
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
