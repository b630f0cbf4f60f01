"""Calling the phase services without the orchestrator: for the LangGraph peer, and for the
direct chain that shows what the RPC path alone costs."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from google.protobuf.message import Message
from sitefarm.v1 import brief_pb2

from orchestrator.graph import GRAPH, Phase, PhaseGraph, node_name
from orchestrator.phase_clients import PhaseClients

# One fan-out item's result: the item it was made for, and its artifact.
ItemResult = tuple[Message, Message]


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
    stubs: PhaseClients,
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
