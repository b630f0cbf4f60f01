"""Calling the phase services without the orchestrator: for the LangGraph peer, and for the
direct chain that shows what the RPC path alone costs."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import grpc
from google.protobuf.message import Message
from sitefarm.v1 import brief_pb2, phases_pb2_grpc

from orchestrator.graph import GRAPH, Phase, PhaseGraph, node_name
from services.runtime.channels import open_channel
from services.runtime.settings import Settings

# One fan-out item's result: the item it was made for, and its artifact.
ItemResult = tuple[Message, Message]


class PhaseStubs:
    """One channel per phase service, with the orchestrator's own channel options."""

    def __init__(self, settings: Settings, graph: PhaseGraph = GRAPH) -> None:
        self._channels: dict[str, grpc.aio.Channel] = {}
        self._stubs: dict[str, Any] = {}
        for phase in graph.phases.values():
            if phase.service not in self._channels:
                channel = open_channel(getattr(settings, phase.address_setting), settings)
                self._channels[phase.service] = channel
                self._stubs[phase.service] = getattr(phases_pb2_grpc, f"{phase.service}Stub")(
                    channel
                )

    def call(self, phase: Phase) -> Callable[..., Awaitable[Message]]:
        """The phase's RPC, taking (request, timeout=...)."""
        return getattr(self._stubs[phase.service], phase.method)  # type: ignore[no-any-return]

    async def close(self) -> None:
        for channel in self._channels.values():
            await channel.close()


def build_request(phase: Phase, state: Mapping[str, Any], item: Message | None = None) -> Message:
    """The phase's request from a state of artifacts, exactly as the orchestrator builds it:
    whole inputs by name, fan-out items' results as (item, artifact) lists."""
    artifacts = {name: state[name] for name in phase.inputs}
    gathered = {
        g.phase: [
            artifact
            for theirs, artifact in state.get(g.phase, [])
            if g.match is None or g.match(theirs, item)  # type: ignore[arg-type]
        ]
        for g in phase.gathers
    }
    return phase.build_request(state["brief"], artifacts, item, gathered)


async def direct_chain(
    stubs: PhaseStubs,
    brief: brief_pb2.ProjectConfig,
    call_seconds: float,
    graph: PhaseGraph = GRAPH,
) -> dict[str, float]:
    """Every node of one job called one after another, nothing else: each node's RPC time."""
    state: dict[str, Any] = {"brief": brief}
    seconds: dict[str, float] = {}
    for level in graph.waves():
        for name in level:
            phase = graph.phases[name]
            call = stubs.call(phase)
            if phase.fan_out is None:
                request = build_request(phase, state)
                started = time.perf_counter()
                response = await call(request, timeout=call_seconds)
                seconds[name] = time.perf_counter() - started
                state[name] = phase.artifact(response)
                continue
            state[name] = []
            for item in phase.fan_out.items(state[phase.fan_out.source]):
                request = build_request(phase, state, item)
                started = time.perf_counter()
                response = await call(request, timeout=call_seconds)
                seconds[node_name(name, phase.fan_out.key(item))] = time.perf_counter() - started
                state[name].append((item, phase.artifact(response)))
    return seconds
