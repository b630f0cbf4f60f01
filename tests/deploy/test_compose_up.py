"""The image builds from deploy/Dockerfile and the compose file runs it on one machine: every
process reports healthy and a job through SiteFarm on localhost:50050 gives a whole site.

It needs a Docker engine (testcontainers drives `docker compose`); where none answers it is
skipped and says why. Building the image takes minutes, so make test runs it, test-fast not."""

from __future__ import annotations

from collections.abc import Iterator

import grpc
import pytest
from sitefarm.v1 import sitefarm_pb2, sitefarm_pb2_grpc
from testcontainers.compose import DockerCompose

from services.runtime.auth import bearer_interceptors
from testkit.briefs import example_brief
from testkit.deploy_checks import REPO
from testkit.redis_server import docker_engine

API_TOKEN = "compose-e2e-api-token-0123456789"
INTERNAL_TOKEN = "compose-e2e-internal-token-012345"
SITEFARM = "127.0.0.1:50050"  # where compose.yaml publishes the orchestrator

_no_engine = docker_engine()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(_no_engine is not None, reason=f"needs a Docker engine: {_no_engine}"),
]


@pytest.fixture(scope="module")
def compose() -> Iterator[DockerCompose]:
    """`docker compose -f deploy/compose.yaml up --build --wait`, then down with its volumes."""
    with pytest.MonkeyPatch.context() as env:
        # The compose file takes both tokens from the shell.
        env.setenv("SITEFARM_API_TOKENS", API_TOKEN)
        env.setenv("SITEFARM_INTERNAL_TOKEN", INTERNAL_TOKEN)
        env.setenv("SITEFARM_PROVIDER", "offline")
        with DockerCompose(
            REPO, compose_file_name="deploy/compose.yaml", build=True, wait=True
        ) as running:
            yield running


def test_every_process_of_the_compose_file_is_healthy(compose: DockerCompose) -> None:
    states = {c.Service: (c.State, c.Health) for c in compose.get_containers()}
    expected = {"orchestrator", "design", "layout", "planning", "images", "codegen", "redis"}
    assert expected <= set(states), states
    for service in expected:
        assert states[service] == ("running", "healthy"), (service, states[service])


async def test_a_job_through_the_published_port_gives_a_whole_site(compose: DockerCompose) -> None:
    brief = example_brief("bakery")
    options = sitefarm_pb2.JobOptions(no_cache=True)
    async with grpc.aio.insecure_channel(
        SITEFARM, interceptors=bearer_interceptors(API_TOKEN)
    ) as channel:
        stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
        request = sitefarm_pb2.GenerateRequest(brief=brief, options=options)
        events = [event async for event in stub.Generate(request, timeout=300)]
        job = (await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=events[-1].job_id))).job
        assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
        paths = {
            chunk.path
            async for chunk in stub.DownloadSite(
                sitefarm_pb2.DownloadSiteRequest(job_id=job.job_id), timeout=60
            )
        }
    assert "index.html" in paths
    assert len([p for p in paths if p.endswith(".html")]) >= len(brief.pages)
