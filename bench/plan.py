"""The benchmark's workload: the briefs, the plan's phase latencies and the token-aware ones,
what the fake answers each node, and the bounds of a graph over them."""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from google.protobuf import json_format
from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from orchestrator.graph import GRAPH, PhaseGraph, critical_path, node_name
from services.codegen import offline as codegen_offline
from services.planning import offline as planning_offline
from services.runtime.brief import load_brief
from testkit.fake_openai.latency import TokenLatency
from testkit.offline_chain import run_offline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# The plan's latencies, in plan seconds: design phases 10 s, layout and style 8 s, planning
# phases 10 s (copy 10 s a call), each image 5 s, each page 10 s, the site's code generation
# 20 s: the shell's model call. The site is then assembled in code, with no model call.
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
    "shell": 20.0,
    "site": 0.0,
}
# The plan's own estimate of its critical path, in plan seconds (issue 15).
PLAN_ESTIMATE_SECONDS = 63.0
IMAGE_COUNT = 10
PLAN_PAGES = ("Menu", "Visit")  # with the home page, the plan's three pages
TOKENS_PAGES = ("Menu", "Visit", "About", "Catering")  # five pages

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
    "SiteShell": "shell",
}
# Chat phases that answer one page: their calls say which in the inputs' "page".
_PER_PAGE = ("copy", "page")

# Every planned image's prompt starts with its id, so the fake can tell which node calls it.
_IMAGE_ID = re.compile(r"^([a-z0-9-]+):")


def bench_brief(job: int = 0, pages: Sequence[str] = PLAN_PAGES) -> brief_pb2.ProjectConfig:
    """The bakery example with the home page and `pages`.

    `job` > 0 renames the business, so concurrent jobs ask different questions."""
    brief = load_brief(EXAMPLES / "bakery.yaml")
    del brief.pages[:]
    brief.pages.extend(pages)
    if job:
        brief.business_name = f"{brief.business_name} {job}"
    return brief


@dataclass(frozen=True)
class ScriptedPlan:
    """What the fake answers each chat node with, by node name: the offline generators' answers
    for the brief (the copy both whole and per page, a composition per page, the shell), the
    image plan made exactly IMAGE_COUNT images. Every answer known, so every latency is."""

    answers: Mapping[str, Message]

    @property
    def page_plan(self) -> artifacts_pb2.PagePlan:
        plan = self.answers["page_plan"]
        assert isinstance(plan, artifacts_pb2.PagePlan)
        return plan

    @property
    def image_plan(self) -> artifacts_pb2.ImagePlan:
        plan = self.answers["image_plan"]
        assert isinstance(plan, artifacts_pb2.ImagePlan)
        return plan

    def answer_objects(self) -> dict[str, Any]:
        """Each answer as the JSON object the fake sends, by node."""
        return {
            node: json_format.MessageToDict(answer, preserving_proto_field_name=True)
            for node, answer in self.answers.items()
        }

    def output_tokens(self) -> dict[str, int]:
        """Each answer's length in tokens, as the fake counts them (4 characters a token)."""
        return {
            node: len(json.dumps(answer, ensure_ascii=False)) // 4
            for node, answer in self.answer_objects().items()
        }


def scripted_plan(brief: brief_pb2.ProjectConfig) -> ScriptedPlan:
    """The offline phase chain for `brief`, its image plan made exactly IMAGE_COUNT images."""
    site = run_offline(brief)
    answers: dict[str, Message] = {
        "design_strategy": site.strategy,
        "design_context": site.context,
        "style_system": site.style,
        "section_plan": site.sections,
        "layout": site.layout,
        "page_plan": site.pages,
        "image_plan": _exactly(site.images, IMAGE_COUNT),
        "seo": site.seo,
        "copy": site.copy,
        "shell": codegen_offline.site_shell(
            phases_pb2.AssembleSiteRequest(brief=brief, seo=site.seo)
        ),
    }
    for page in site.pages.pages:
        answers[node_name("copy", page.slug)] = planning_offline.page_copy(
            phases_pb2.WritePageCopyRequest(
                brief=brief,
                page=page,
                layout=site.layout,
                design_strategy=site.strategy,
                section_plan=site.sections,
            )
        )
        answers[node_name("page", page.slug)] = codegen_offline.page_composition(
            phases_pb2.GeneratePageRequest(brief=brief, page=page, section_plan=site.sections)
        )
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
    """The orchestrator's node name of a provider call, e.g. `layout`, `image[img-03]`,
    `copy[menu]` (a one-page copy call) or `copy` (the plan's one call for every page)."""
    if endpoint == "images":
        match = _IMAGE_ID.match(str(body.get("prompt") or ""))
        return node_name("image", match.group(1)) if match else "image"
    phase = PHASE_OF_SCHEMA.get(schema or "")
    if phase not in _PER_PAGE:
        return phase
    page = _inputs(body).get("page")
    if isinstance(page, dict) and page.get("slug"):
        return node_name(phase, str(page["slug"]))
    return phase


def _inputs(body: Mapping[str, object]) -> dict[str, Any]:
    """The phase's inputs: the user message holding a JSON object (the brief's facts, when
    sent, are a message of plain text)."""
    messages = body.get("messages")
    for message in messages if isinstance(messages, list) else []:
        if not isinstance(message, dict) or message.get("role") != "user":
            continue
        try:
            inputs = json.loads(str(message.get("content")))
        except ValueError:
            continue
        if isinstance(inputs, dict):
            return inputs
    return {}


def node_seconds(node: str, time_scale: float, sigma: float = 0.0, seed: int = 0) -> float:
    """A node's provider latency in real seconds: the plan's, scaled, times log-normal noise.

    The noise is drawn from the node's name and the seed, not from a shared stream, so every
    mode (and LangGraph) meets the very same latency at the very same node."""
    seconds = PLAN_SECONDS[node.partition("[")[0]] * time_scale
    if sigma > 0 and seconds > 0:
        # Mean-preserving: E[exp(N(-s²/2, s))] = 1, so the plan's figure stays the average.
        seconds *= random.Random(f"{seed}|{node}").lognormvariate(-(sigma**2) / 2, sigma)
    return seconds


def image_sizes(plan: ScriptedPlan, size_of: Callable[[int, int], str]) -> dict[str, str]:
    """The size each image node asks the image model for, by the gateway's rule `size_of`."""
    return {node_name("image", i.id): size_of(i.width, i.height) for i in plan.image_plan.images}


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
            inputs[name] = tuple(dict.fromkeys(needed))
    return inputs


def critical_path_seconds(
    plan: ScriptedPlan, durations: Mapping[str, float], graph: PhaseGraph = GRAPH
) -> tuple[float, list[str]]:
    """The longest chain of provider latencies through one job's nodes: no schedule is faster."""
    inputs = node_inputs(plan, graph)
    missing = set(inputs) - set(durations)
    assert not missing, f"no duration for {sorted(missing)}"
    return critical_path({n: durations[n] for n in inputs}, inputs)


def plan_durations(
    plan: ScriptedPlan,
    time_scale: float,
    sigma: float = 0.0,
    seed: int = 0,
    graph: PhaseGraph = GRAPH,
) -> dict[str, float]:
    """Every node's provider latency as the fake serves it with the plan's latencies."""
    return {n: node_seconds(n, time_scale, sigma, seed) for n in node_inputs(plan, graph)}


def token_durations(
    plan: ScriptedPlan,
    latency: TokenLatency,
    sizes: Mapping[str, str],
    graph: PhaseGraph = GRAPH,
) -> dict[str, float]:
    """Every node's provider latency as the fake serves it with token-aware latency: a chat
    node by the tokens of its scripted answer, an image by its size, the site none."""
    tokens = plan.output_tokens()
    durations: dict[str, float] = {}
    for node in node_inputs(plan, graph):
        phase = node.partition("[")[0]
        if phase == "image":
            durations[node] = latency.image_seconds(sizes[node], node)
        elif node in tokens:
            durations[node] = latency.chat_seconds(tokens[node], node)
        else:
            durations[node] = 0.0  # assembled in code: no model call
    return durations


def rate_floor_seconds(
    plan: ScriptedPlan,
    durations: Mapping[str, float],
    limited_phase: str,
    burst: float,
    per_second: float,
    graph: PhaseGraph = GRAPH,
) -> float:
    """The floor the pool puts under one job when only `limited_phase`'s calls are limited.

    The pool holds `burst` calls and refills `per_second`, so by `t` after the first limited
    call could start, at most burst + per_second * t have started: the last one starts no
    sooner than (n - burst) / per_second after that, and what follows it still has to run."""
    inputs = node_inputs(plan, graph)
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
