"""The benchmark's workload and bounds, computed without a run: the plan's graph kept as the
reference, the calls told apart by node, and the floors each graph puts under a job."""

from __future__ import annotations

import json

import pytest

from bench.plan import (
    PLAN_SECONDS,
    TOKENS_PAGES,
    bench_brief,
    critical_path_seconds,
    node_inputs,
    node_of_call,
    plan_durations,
    scripted_plan,
    token_durations,
)
from bench.plan_graph import PLAN_GRAPH
from orchestrator.graph import GRAPH
from testkit.fake_openai.latency import CHAT_SPEEDS, TokenLatency


@pytest.fixture(scope="module")
def plan():  # type: ignore[no-untyped-def]
    return scripted_plan(bench_brief())


def test_the_plans_graph_keeps_every_phase_and_only_its_own_edges() -> None:
    assert list(PLAN_GRAPH.phases) == list(GRAPH.phases)
    changed = {n for n, p in PLAN_GRAPH.phases.items() if p != GRAPH.phases[n]}
    assert changed == {"copy", "page", "shell"}
    assert PLAN_GRAPH.phases["copy"].fan_out is None  # one call writes every page
    assert "image" in PLAN_GRAPH.phases["page"].depends_on()
    assert {"page", "image"} <= set(PLAN_GRAPH.phases["shell"].depends_on())


def test_on_the_plans_latencies_the_graph_takes_40_plan_seconds_where_the_plan_took_65(
    plan,  # type: ignore[no-untyped-def]
) -> None:
    new, path = critical_path_seconds(plan, plan_durations(plan, 1.0))
    old, old_path = critical_path_seconds(
        plan, plan_durations(plan, 1.0, graph=PLAN_GRAPH), PLAN_GRAPH
    )
    assert (new, old) == (40.0, 65.0)
    assert path[-1] == old_path[-1] == "site"
    assert "shell" in old_path and old_path.index("shell") > old_path.index("page[index]")
    # One call after another: every node of the graph, the site taking none.
    assert sum(plan_durations(plan, 1.0).values()) == 206.0
    assert PLAN_SECONDS["site"] == 0.0


def test_a_page_waits_for_its_own_copy_and_no_image(plan) -> None:  # type: ignore[no-untyped-def]
    inputs = node_inputs(plan)
    assert "copy[menu]" in inputs["page[menu]"] and "copy[index]" not in inputs["page[menu]"]
    assert not [i for i in inputs["page[menu]"] if i.startswith("image[")]
    assert [i for i in node_inputs(plan, PLAN_GRAPH)["page[menu]"] if i.startswith("image[")]


def _body(schema: str, inputs: dict[str, object]) -> dict[str, object]:
    return {
        "messages": [
            {"role": "system", "content": "instructions"},
            {"role": "user", "content": "The brief's facts, in plain text."},
            {"role": "user", "content": json.dumps(inputs)},
        ],
        "response_format": {"type": "json_schema", "json_schema": {"name": schema}},
    }


def test_each_call_is_told_apart_by_its_node() -> None:
    page = {"page": {"slug": "menu"}}
    assert node_of_call("chat", "SiteCopy", _body("SiteCopy", page)) == "copy[menu]"
    assert node_of_call("chat", "SiteCopy", _body("SiteCopy", {"page_plan": {}})) == "copy"
    assert node_of_call("chat", "PageComposition", _body("x", page)) == "page[menu]"
    assert node_of_call("chat", "SiteShell", _body("x", {})) == "shell"
    assert node_of_call("images", None, {"prompt": "img-03: bread"}) == "image[img-03]"


def test_token_aware_latency_grows_with_what_a_node_writes() -> None:
    plan = scripted_plan(bench_brief(pages=TOKENS_PAGES))
    speed = CHAT_SPEEDS["gpt-4.1-mini"]
    sizes = {f"image[{i.id}]": "1024x1024" for i in plan.image_plan.images}
    durations = token_durations(plan, TokenLatency(speed), sizes)
    tokens = plan.output_tokens()
    assert durations["copy[menu]"] == pytest.approx(speed.seconds(tokens["copy[menu]"]))
    assert durations["site"] == 0.0
    whole = token_durations(plan, TokenLatency(speed), sizes, PLAN_GRAPH)["copy"]
    assert whole > max(durations[f"copy[{p.slug}]"] for p in plan.page_plan.pages)
