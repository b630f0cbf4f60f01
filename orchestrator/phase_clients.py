"""The orchestrator's way to the phase services: one channel and stub per service, shared by
every job, each phase's RPC handed out as an awaitable callable."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol

import grpc
from google.protobuf.message import Message
from sitefarm.v1 import phases_pb2_grpc

from orchestrator.graph import GRAPH, Phase, PhaseGraph
from services.runtime.channels import open_channel
from services.runtime.settings import Settings

# A phase's RPC: called as (request, timeout=..., metadata=...), answers its response.
PhaseCall = Callable[..., Awaitable[Message]]


class PhaseCaller(Protocol):
    """What a job run calls phases through: the services over gRPC, or a test's fake."""

    def call(self, phase: Phase) -> PhaseCall:
        """The phase's RPC."""
        ...


class PhaseClients:
    """One channel per phase service, shared by every job of this orchestrator (and by the
    benchmark's callers that run the graph without it)."""

    def __init__(self, settings: Settings, graph: PhaseGraph = GRAPH) -> None:
        self._channels: dict[str, grpc.aio.Channel] = {}
        self._stubs: dict[str, object] = {}
        for phase in graph.phases.values():
            if phase.service not in self._channels:
                channel = open_channel(getattr(settings, phase.address_setting), settings)
                self._channels[phase.service] = channel
                stub = getattr(phases_pb2_grpc, f"{phase.service}Stub")
                self._stubs[phase.service] = stub(channel)

    def call(self, phase: Phase) -> PhaseCall:
        """The phase's RPC as an awaitable callable taking (request, timeout=...)."""
        return getattr(self._stubs[phase.service], phase.method)  # type: ignore[no-any-return]

    async def close(self) -> None:
        await asyncio.gather(*(c.close() for c in self._channels.values()))
