"""The benchmark's workload: the brief, the plan's phase latencies, scripted plans, the bounds."""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from google.protobuf import json_format
from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2, brief_pb2

from orchestrator.graph import GRAPH, PhaseGraph, critical_path, node_name
from services.runtime.brief import load_brief
from testkit.offline_chain import run_offline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# The plan's latencies, in plan seconds: design phases 10 s, layout and style 8 s, planning
# phases 10 s, each image 5 s, each page 10 s, code generation (the site) 20 s.
PLAN_SECONDS: Mapping[str, float] = {
    "design_strategy": 10.0,
    "design_context": 10.0,
    "section_plan": 10.0,
    "layout": 8.0,
    "style_system": 8.0,
    "page_plan": 10.0,
    "image_plan": 10.0,
    "seo": 10.0,
    "copy": 10.0,
    "image": 5.0,
    "page": 10.0,
    "site": 20.0,
}
IMAGE_COUNT = 10

# The json_schema name the gateway sends for each chat phase (the message the model answers);
# image calls carry none. Codegen asks for a composition and a shell, not the artifacts.
PHASE_OF_SCHEMA: Mapping[str, str] = {
    "DesignStrategy": "design_strategy",
    "DesignContext": "design_context",
    "SectionPlan": "section_plan",
    "Layout": "layout",
    "StyleSystem": "style_system",
    "PagePlan": "page_plan",
    "ImagePlan": "image_plan",
    "SeoStrategy": "seo",
    "SiteCopy": "copy",
    "PageComposition": "page",
    "SiteShell": "site",
}

# Every planned image's prompt starts with its id, so the fake can tell which node calls it.
_IMAGE_ID = re.compile(r"^([a-z0-9-]+):")


def bench_brief(job: int = 0) -> brief_pb2.ProjectConfig:
    """The bakery example with the home page and two more (the plan's three pages).

    `job` > 0 renames the business, so concurrent jobs ask different questions."""
    brief = load_brief(EXAMPLES / "bakery.yaml")
    del brief.pages[:]
    brief.pages.extend(["Menu", "Visit"])
    if job:
        brief.business_name = f"{brief.business_name} {job}"
    return brief


@dataclass(frozen=True)
class ScriptedPlan:
    """What the fake answers for each single-node chat phase: the offline generator's answer
    for the brief, so the plan has the brief's pages and exactly IMAGE_COUNT images."""

    answers: Mapping[str, Message]  # by json_schema name

    def fault_config(self, times: int = 1_000_000) -> list[dict[str, object]]:
        """The fake's content override (a schema_break fault that answers verbatim), per schema."""
        return [
            {
                "kind": "schema_break",
                "schema": schema,
                "times": times,
                "content": json_format.MessageToJson(
                    answer, preserving_proto_field_name=True, indent=None
                ),
            }
            for schema, answer in self.answers.items()
        ]

    @property
    def page_plan(self) -> artifacts_pb2.PagePlan:
        plan = self.answers["PagePlan"]
        assert isinstance(plan, artifacts_pb2.PagePlan)
        return plan

    @property
    def image_plan(self) -> artifacts_pb2.ImagePlan:
        plan = self.answers["ImagePlan"]
        assert isinstance(plan, artifacts_pb2.ImagePlan)
        return plan


def scripted_plan(brief: brief_pb2.ProjectConfig) -> ScriptedPlan:
    """The offline phase chain for `brief`, its image plan made exactly IMAGE_COUNT images."""
    site = run_offline(brief)
    answers: dict[str, Message] = {
        "DesignStrategy": site.strategy,
        "DesignContext": site.context,
        "StyleSystem": site.style,
        "SectionPlan": site.sections,
        "Layout": site.layout,
        "PagePlan": site.pages,
        "ImagePlan": _exactly(site.images, IMAGE_COUNT),
        "SeoStrategy": site.seo,
        "SiteCopy": site.copy,
    }
    return ScriptedPlan(answers)


def _exactly(plan: artifacts_pb2.ImagePlan, count: int) -> artifacts_pb2.ImagePlan:
    """`count` images: the offline plan's, repeated over its pages when it has fewer."""
    planned = list(plan.images)
    assert planned, "the offline planner planned no images"
    exact = artifacts_pb2.ImagePlan()
    for index in range(count):
        image = exact.images.add()
        image.CopyFrom(planned[index % len(planned)])
        image.id = f"img-{index + 1:02d}"
        image.prompt = f"{image.id}: {image.prompt}"
    return exact


# --- which node a provider call belongs to, and how long it takes ------------------------------


def node_of_call(endpoint: str, schema: str | None, body: Mapping[str, object]) -> str | None:
    """The orchestrator's node name of a provider call, e.g. `layout`, `image[img-03]`."""
    if endpoint == "images":
        match = _IMAGE_ID.match(str(body.get("prompt") or ""))
        return node_name("image", match.group(1)) if match else "image"
    phase = PHASE_OF_SCHEMA.get(schema or "")
    if phase != "page":
        return phase
    # The page's own inputs are the user message: {"page": {"slug": ...}, ...}.
    messages = body.get("messages")
    try:
        inputs = json.loads(messages[1]["content"])  # type: ignore[index]
        return node_name("page", inputs["page"]["slug"])
    except (TypeError, KeyError, IndexError, ValueError):
        return "page"


def node_seconds(node: str, time_scale: float, sigma: float = 0.0, seed: int = 0) -> float:
    """A node's provider latency in real seconds: the plan's, scaled, times log-normal noise.

    The noise is drawn from the node's name and the seed, not from a shared stream, so every
    mode (and LangGraph) meets the very same latency at the very same node."""
    seconds = PLAN_SECONDS[node.partition("[")[0]] * time_scale
    if sigma > 0:
        # Mean-preserving: E[exp(N(-s²/2, s))] = 1, so the plan's figure stays the average.
        seconds *= random.Random(f"{seed}|{node}").lognormvariate(-(sigma**2) / 2, sigma)
    return seconds


# --- the bounds ----------------------------------------------------------------------------


def node_inputs(plan: ScriptedPlan, graph: PhaseGraph = GRAPH) -> dict[str, tuple[str, ...]]:
    """Every node of one job and the nodes it waits for, fan-out items expanded from `plan`."""
    artifacts: dict[str, Message] = {"page_plan": plan.page_plan, "image_plan": plan.image_plan}
    items: dict[str, list[tuple[str, Message]]] = {}
    for phase in graph.phases.values():
        if phase.fan_out is not None:
            source = artifacts[phase.fan_out.source]
            items[phase.name] = [
                (node_name(phase.name, phase.fan_out.key(item)), item)
                for item in phase.fan_out.items(source)
            ]
    inputs: dict[str, tuple[str, ...]] = {}
    for phase in graph.phases.values():
        whole = [*phase.inputs, *([phase.fan_out.source] if phase.fan_out else [])]
        owners = items[phase.name] if phase.fan_out else [(phase.name, None)]
        for name, own in owners:
            needed = list(whole)
            for gather in phase.gathers:
                needed += [
                    other
                    for other, theirs in items[gather.phase]
                    if gather.match is None or gather.match(theirs, own)  # type: ignore[arg-type]
                ]
            inputs[name] = tuple(needed)
    return inputs


def critical_path_seconds(
    plan: ScriptedPlan, durations: Mapping[str, float]
) -> tuple[float, list[str]]:
    """The longest chain of provider latencies through one job's nodes: no schedule is faster."""
    inputs = node_inputs(plan)
    missing = set(inputs) - set(durations)
    assert not missing, f"no duration for {sorted(missing)}"
    return critical_path({n: durations[n] for n in inputs}, inputs)


def plan_durations(
    plan: ScriptedPlan, time_scale: float, sigma: float = 0.0, seed: int = 0
) -> dict[str, float]:
    """Every node's provider latency as the fake will serve it."""
    return {n: node_seconds(n, time_scale, sigma, seed) for n in node_inputs(plan)}


def rate_floor_seconds(
    plan: ScriptedPlan,
    durations: Mapping[str, float],
    limited_phase: str,
    burst: float,
    per_second: float,
) -> float:
    """The floor the pool puts under one job when only `limited_phase`'s calls are limited.

    The pool holds `burst` calls and refills `per_second`, so by `t` after the first limited
    call could start, at most burst + per_second * t have started: the last one starts no
    sooner than (n - burst) / per_second after that, and what follows it still has to run."""
    inputs = node_inputs(plan)
    limited = [n for n in inputs if n.partition("[")[0] == limited_phase]
    if len(limited) <= burst:
        return 0.0
    starts, tails = earliest_starts(durations, inputs), longest_tails(durations, inputs)
    first_start = min(starts[n] for n in limited)
    last_start = first_start + (len(limited) - burst) / per_second
    return last_start + min(durations[n] + tails[n] for n in limited)


def earliest_starts(
    durations: Mapping[str, float], inputs: Mapping[str, Sequence[str]]
) -> dict[str, float]:
    """When each node could start at the earliest: the longest chain of its inputs."""
    finish: dict[str, float] = {}

    def finish_of(name: str) -> float:
        if name not in finish:
            finish[name] = durations[name] + max((finish_of(i) for i in inputs[name]), default=0)
        return finish[name]

    return {n: max((finish_of(i) for i in inputs[n]), default=0.0) for n in inputs}


def longest_tails(
    durations: Mapping[str, float], inputs: Mapping[str, Sequence[str]]
) -> dict[str, float]:
    """What must still run after each node ends: the longest chain through its dependants."""
    dependants: dict[str, list[str]] = {n: [] for n in inputs}
    for name, needed in inputs.items():
        for i in needed:
            dependants[i].append(name)
    tail: dict[str, float] = {}

    def tail_of(name: str) -> float:
        if name not in tail:
            tail[name] = max((durations[d] + tail_of(d) for d in dependants[name]), default=0)
        return tail[name]

    return {n: tail_of(n) for n in inputs}


def lognormal_sigma_note(sigma: float) -> str:
    """How wide the noise is, for the README: the 10th and 90th percentile factors."""
    z = 1.2815515655446004
    low, high = (math.exp(-(sigma**2) / 2 + s * z * sigma) for s in (-1, 1))
    return f"x{low:.2f}..x{high:.2f} (p10..p90)"
