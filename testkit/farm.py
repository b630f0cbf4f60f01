"""In-process farms: the five phase services and SiteFarm as real gRPC servers on loopback, in
the test's event loop.

An open farm (`farm_of`) takes any caller; a locked one (`locked_farm_of`, the fault suite's,
with settings from testkit.settings.locked) wants an API token from its callers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import grpc
from sitefarm.v1 import sitefarm_pb2_grpc

from orchestrator.server import running_orchestrator
from orchestrator.settings import OrchestratorSettings
from services.llm.gateway import Gateway
from services.runtime.auth import bearer_interceptors
from services.stack import in_process_stack
from testkit.watch import API_TOKEN


@dataclass
class Farm:
    """A running SiteFarm and what a test needs to talk to it."""

    stub: sitefarm_pb2_grpc.SiteFarmStub
    address: str
    settings: OrchestratorSettings
    channel: grpc.aio.Channel


@asynccontextmanager
async def farm_of(settings: OrchestratorSettings, replicas: int = 1) -> AsyncIterator[list[Farm]]:
    """The phase services and `replicas` SiteFarm servers sharing them, all on loopback."""
    async with in_process_stack(settings) as stack:
        farm_settings = stack.settings
        assert isinstance(farm_settings, OrchestratorSettings)
        async with _replicas(farm_settings, replicas, ()) as farms:
            yield farms


@asynccontextmanager
async def locked_farm_of(
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
        async with _replicas(farm_settings, 1, bearer_interceptors(token)) as (farm,):
            yield farm


@asynccontextmanager
async def _replicas(
    settings: OrchestratorSettings, count: int, interceptors: Sequence[Any]
) -> AsyncIterator[list[Farm]]:
    if count == 0:
        yield []
        return
    async with (
        running_orchestrator(settings) as server,
        _replicas(settings, count - 1, interceptors) as rest,
    ):
        address = f"127.0.0.1:{server.port}"
        async with grpc.aio.insecure_channel(address, interceptors=interceptors) as channel:
            stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
            yield [Farm(stub, address, settings, channel), *rest]
