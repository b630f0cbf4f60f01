"""The peer: the same phase graph run by LangGraph, calling the same phase services over gRPC.

How the graph maps onto LangGraph's own idiom, built from the same declaration
(orchestrator.graph.PHASES) the orchestrator runs, so phases, requests and edges are identical:

- each phase is a node that builds its request exactly as the orchestrator does
  (`Phase.build_request`) and calls the phase's RPC on the phase service;
- a phase with several inputs hangs off a waiting edge, `add_edge([inputs...], phase)`, which
  fires once all of them have written (START for the phases that need only the brief);
- a fan-out phase (copy, images, pages) is the map-reduce idiom: a router node waits for what
  the items need, its conditional edge returns one `Send(phase, item)` per item of the plan,
  and the items' results are gathered into the state by an `operator.add` reducer;
- LangGraph runs every node triggered in a superstep concurrently (its Pregel/BSP model) and
  starts the next superstep when all of them are done; it has no per-item dependencies between
  two fan-outs, so page p is sent once every page's copy is done (the orchestrator's dag sends
  it when p's own copy is). No checkpointer: state stays in memory, as the orchestrator's
  in-process store does.
"""

from __future__ import annotations

import operator
from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated, Any, TypedDict

from google.protobuf.message import Message
from langgraph.graph import END, START, StateGraph
from langgraph.types import Send
from sitefarm.v1 import artifacts_pb2, brief_pb2

from bench.phase_client import ItemResult, build_request
from orchestrator.graph import GRAPH, Phase, PhaseGraph
from orchestrator.phase_clients import PhaseClients


def _state_type(graph: PhaseGraph) -> type:
    """The state: the brief, one artifact per phase, a reduced list per fan-out phase."""
    fields: dict[str, Any] = {"brief": brief_pb2.ProjectConfig}
    for phase in graph.phases.values():
        fields[phase.name] = Annotated[list[ItemResult], operator.add] if phase.fan_out else Message
    return TypedDict("SiteState", fields, total=False)  # type: ignore[operator]


def build_graph(stubs: PhaseClients, timeout: float, graph: PhaseGraph = GRAPH) -> Any:
    """The compiled LangGraph of the phase graph."""
    builder: Any = StateGraph(_state_type(graph))

    for phase in graph.phases.values():
        node = (
            _fan_out_node(phase, stubs, timeout) if phase.fan_out else _node(phase, stubs, timeout)
        )
        builder.add_node(phase.name, node)
        needed = list(phase.depends_on())
        if phase.fan_out is None:
            builder.add_edge(needed or START, phase.name)  # type: ignore[arg-type]
            continue
        router = f"send_{phase.name}"
        builder.add_node(router, _no_op)
        builder.add_edge(needed, router)  # type: ignore[arg-type]
        builder.add_conditional_edges(router, _sender(phase), [phase.name])
    # Phases nothing depends on end the run; the site is the one that matters here.
    used = {n for p in graph.phases.values() for n in p.depends_on()}
    for name in graph.phases:
        if name not in used:
            builder.add_edge(name, END)
    return builder.compile()


async def _no_op(state: Mapping[str, Any]) -> dict[str, Any]:
    return {}


def _sender(phase: Phase) -> Callable[[Mapping[str, Any]], list[Send]]:
    fan_out = phase.fan_out
    assert fan_out is not None

    def send(state: Mapping[str, Any]) -> list[Send]:
        # The map-reduce idiom: each Send carries the state it needs plus its own item.
        return [
            Send(phase.name, {"state": state, "item": item})
            for item in fan_out.items(state[fan_out.source])
        ]

    return send


def _node(
    phase: Phase, stubs: PhaseClients, timeout: float
) -> Callable[[Mapping[str, Any]], Awaitable[dict[str, Any]]]:
    call = stubs.call(phase)

    async def run(state: Mapping[str, Any]) -> dict[str, Any]:
        response = await call(build_request(phase, state), timeout=timeout)
        return {phase.name: phase.artifact(response)}

    return run


def _fan_out_node(
    phase: Phase, stubs: PhaseClients, timeout: float
) -> Callable[[Mapping[str, Any]], Awaitable[dict[str, Any]]]:
    call = stubs.call(phase)

    async def run(sent: Mapping[str, Any]) -> dict[str, Any]:
        item = sent["item"]
        response = await call(build_request(phase, sent["state"], item), timeout=timeout)
        return {phase.name: [(item, phase.artifact(response))]}

    return run


async def generate_site(compiled: Any, brief: brief_pb2.ProjectConfig) -> artifacts_pb2.SiteBundle:
    """One site through the LangGraph graph."""
    state = await compiled.ainvoke({"brief": brief})
    site = state["site"]
    assert isinstance(site, artifacts_pb2.SiteBundle)
    return site
