"""A locked farm on loopback for the fault suite: phase services requiring the internal token,
SiteFarm requiring API tokens, and callers whose every answer is kept for the secrets scan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import grpc
from pydantic import SecretStr
from sitefarm.v1 import brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.server import running_orchestrator
from orchestrator.settings import OrchestratorSettings
from services.runtime.auth import bearer_interceptors
from services.runtime.gateway import Gateway
from services.stack import in_process_stack
from testkit.fake_openai import FakeOpenAI
from tests.faults.conftest import API_KEY, API_TOKEN, API_TOKENS, INTERNAL_TOKEN, SEEN_BY_CALLERS
from tests.orchestrator.conftest import BRIEF

DONE = (sitefarm_pb2.JOB_STATE_COMPLETED, sitefarm_pb2.JOB_STATE_DEGRADED)
TERMINAL = (*DONE, sitefarm_pb2.JOB_STATE_FAILED, sitefarm_pb2.JOB_STATE_CANCELLED)


def locked(settings: OrchestratorSettings, **overrides: Any) -> OrchestratorSettings:
    """`settings` with the suite's API tokens and internal token."""
    return settings.model_copy(
        update={
            "api_tokens": SecretStr(API_TOKENS),
            "internal_token": SecretStr(INTERNAL_TOKEN),
            **overrides,
        }
    )


def offline_settings(**overrides: Any) -> OrchestratorSettings:
    return locked(
        OrchestratorSettings(provider="offline", redis_url=None, host="127.0.0.1"), **overrides
    )


def fake_settings(fake: FakeOpenAI, **overrides: Any) -> OrchestratorSettings:
    """The openai provider against the fake, retries and backoffs scaled down."""
    values: dict[str, Any] = {
        "provider": "openai",
        "openai_base_url": fake.base_url,
        "openai_api_keys": SecretStr(API_KEY),
        "redis_url": None,
        "host": "127.0.0.1",
        "retry_attempts": 2,
        "retry_base_seconds": 0.01,
        "retry_max_seconds": 0.05,
        "node_retry_attempts": 3,
        "node_retry_base_seconds": 0.02,
        "node_retry_max_seconds": 0.1,
        "grace_seconds": 1.0,
        # The key pool's limits are another suite's subject: here the provider is never slowed.
        "chat_rpm": 0,
        "chat_tpm": 0,
        "images_ipm": 0,
    }
    values.update(overrides)
    return locked(OrchestratorSettings(**values))


@dataclass
class Farm:
    """A running SiteFarm: a stub sending the API token, and its address."""

    stub: sitefarm_pb2_grpc.SiteFarmStub
    address: str
    settings: OrchestratorSettings
    channel: grpc.aio.Channel


@asynccontextmanager
async def farm_of(
    settings: OrchestratorSettings,
    token: str = API_TOKEN,
    gateway: Gateway | None = None,
    addresses: dict[str, str] | None = None,
) -> AsyncIterator[Farm]:
    """The phase services (sharing `gateway`, if given) and one SiteFarm on loopback, and a
    caller holding `token`; `addresses` points SiteFarm at services running elsewhere."""
    async with in_process_stack(settings, gateway) as stack:
        farm_settings = stack.settings.model_copy(update=addresses or {})
        assert isinstance(farm_settings, OrchestratorSettings)
        async with running_orchestrator(farm_settings) as server:
            address = f"127.0.0.1:{server.port}"
            async with grpc.aio.insecure_channel(
                address, interceptors=bearer_interceptors(token)
            ) as channel:
                stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
                yield Farm(stub, address, farm_settings, channel)


def seen(error: grpc.aio.AioRpcError) -> grpc.aio.AioRpcError:
    """Keep what a caller was told, for the secrets scan."""
    SEEN_BY_CALLERS.append(f"{error.code().name}: {error.details()}")
    SEEN_BY_CALLERS.extend(repr(v) for _, v in error.trailing_metadata() or ())
    return error


async def generate(
    stub: sitefarm_pb2_grpc.SiteFarmStub,
    brief: brief_pb2.ProjectConfig = BRIEF,
    no_cache: bool = True,
    deadline: float = 60,
) -> tuple[sitefarm_pb2.Job, list[sitefarm_pb2.JobEvent]]:
    """Run a job through Generate; its final state and events (kept for the scan)."""
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
