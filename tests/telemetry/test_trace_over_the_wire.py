"""One trace per job, as a tracing backend receives it over OTLP from the real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from sitefarm.v1 import sitefarm_pb2

from orchestrator.graph import GRAPH
from testkit.briefs import EXAMPLES
from testkit.fake_openai import FakeOpenAIThread
from testkit.jobs import DONE
from testkit.otlp_receiver import OtlpReceiver, ReceivedSpan
from testkit.traced_farm import (
    API_KEY,
    CLIENT,
    MODEL_FREE,
    SECRETS,
    SERVER,
    Farm,
    node_spans,
    otlp_env,
    run_job,
    wait_for_job_trace,
)


def children(spans: list[ReceivedSpan]) -> dict[str, list[ReceivedSpan]]:
    tree: dict[str, list[ReceivedSpan]] = defaultdict(list)
    for span in spans:
        tree[span.parent_span_id].append(span)
    return tree


def process_of(phase: str) -> str:
    """The process serving a phase, e.g. `design` for design_strategy."""
    return GRAPH.phases[phase].served_by.name


async def test_a_job_is_one_trace_from_the_job_down_to_each_model_call(
    farm: Farm, receiver: OtlpReceiver
) -> None:
    job = await run_job(farm)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    spans = wait_for_job_trace(receiver, job)
    tree = children(spans)

    # The job id is the trace id, and the root span says what the job was.
    (root,) = [s for s in spans if not s.parent_span_id]
    assert root.name == "job" and root.service == "sitefarm-orchestrator"
    assert root.attributes["sitefarm.job.id"] == job.job_id
    assert root.attributes["sitefarm.mode"] == "dag"
    assert root.attributes["sitefarm.outcome"] == "completed"
    assert root.attributes["sitefarm.brief.name"] == "Crumb & Co."

    nodes = node_spans(spans)
    assert set(nodes) == {n.node for n in job.nodes}
    for status in job.nodes:
        node = nodes[status.node]
        assert node.parent_span_id == root.span_id, status.node
        assert node.name == status.node  # image[hero], page[menu]: told apart in any list
        assert node.attributes["sitefarm.phase"] == status.phase
        assert node.attributes["sitefarm.wave"] == GRAPH.levels[status.phase]
        assert node.attributes["sitefarm.attempt"] == status.attempts == 1
        assert node.attributes["sitefarm.cache_hit"] is False
        assert node.attributes["sitefarm.degraded"] is False
        assert node.attributes["sitefarm.outcome"] == "done"
        assert node.attributes["sitefarm.job.id"] == job.job_id

        # job -> node -> gRPC client -> gRPC server in the phase's own process -> model call
        (client,) = [s for s in tree[node.span_id] if s.kind == CLIENT]
        assert client.attributes["sitefarm.attempt"] == 1
        (server,) = tree[client.span_id]
        assert server.kind == SERVER
        assert server.service == f"sitefarm-{process_of(status.phase)}", status.node
        method = f"{client.attributes['rpc.service'].rsplit('.', 1)[1]}/"
        method += client.attributes["rpc.method"]
        assert (client.name, server.name) == (f"{method} client", f"{method} server")
        assert server.attributes["sitefarm.job.id"] == job.job_id
        assert server.attributes["sitefarm.node"] == status.node

        below = tree[server.span_id]
        if status.phase in MODEL_FREE:
            assert not below  # assembled in code
            continue
        (wait,) = [s for s in below if s.name == "rate_limit.wait"]
        (call,) = [s for s in below if s.kind == CLIENT]
        assert wait.end_ns <= call.start_ns
        assert wait.attributes["sitefarm.rate_limit.key_id"].startswith("k-")
        assert "sitefarm.rate_limit.wait_ms" in wait.attributes

        attributes = call.attributes
        assert attributes["gen_ai.provider.name"] == "openai"
        assert attributes["sitefarm.phase"] == status.phase
        if status.phase == "image":
            assert call.name == "generate_content gpt-image-1"
            assert attributes["gen_ai.operation.name"] == "generate_content"
            assert attributes["gen_ai.request.model"] == "gpt-image-1"
            # Tokens and cost as a chat call has them: on the model call and on the node.
            assert attributes["gen_ai.usage.input_tokens"] > 0
            assert node.attributes["sitefarm.usage.input_tokens"] > 0
            assert node.attributes["sitefarm.cost_usd"] == 0.042  # gpt-image-1, one image
        else:
            assert call.name == "chat gpt-4o-mini"
            assert attributes["gen_ai.operation.name"] == "chat"
            assert attributes["gen_ai.request.model"] == "gpt-4o-mini"
            assert attributes["gen_ai.response.model"]
            assert attributes["gen_ai.usage.input_tokens"] > 0
            assert attributes["gen_ai.usage.output_tokens"] > 0
            assert "error.type" not in attributes

    # Every span says which process sent it, for backends that drop the resource.
    assert all(s.attributes["sitefarm.process"] == s.service for s in spans)

    # Metrics beside the traces, from the orchestrator and from the phase services.
    wanted = {
        "sitefarm.phase.duration",
        "sitefarm.jobs",
        "gen_ai.client.token.usage",
        "gen_ai.client.operation.duration",
        "sitefarm.rate_limit.wait",
    }
    assert receiver.wait_for(lambda r: wanted <= r.metric_names, timeout=10), receiver.metric_names


def levels(spans: list[ReceivedSpan]) -> dict[int, list[ReceivedSpan]]:
    by_level: dict[int, list[ReceivedSpan]] = defaultdict(list)
    for span in node_spans(spans).values():
        by_level[int(span.attributes["sitefarm.wave"])].append(span)
    return by_level


async def test_waves_mode_shows_the_barrier_in_span_times(
    farm: Farm, receiver: OtlpReceiver, fake_provider: FakeOpenAIThread
) -> None:
    fake_provider.set_route_latency("DesignStrategy", 0.4)
    try:
        job = await run_job(farm, sitefarm_pb2.SCHEDULE_MODE_WAVES)
    finally:
        fake_provider.set_route_latency("DesignStrategy", None)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    by_level = levels(wait_for_job_trace(receiver, job))
    assert sorted(by_level) == list(range(1, GRAPH.depth + 1))
    for level in sorted(by_level)[1:]:
        earlier_end = max(s.end_ns for s in by_level[level - 1])
        assert min(s.start_ns for s in by_level[level]) >= earlier_end, f"level {level}"


async def test_dag_mode_starts_a_later_level_before_an_earlier_one_ends(
    farm: Farm, receiver: OtlpReceiver, fake_provider: FakeOpenAIThread
) -> None:
    # design_strategy (level 1) is slow; layout and page_plan (level 2) need only the others.
    fake_provider.set_route_latency("DesignStrategy", 0.6)
    try:
        job = await run_job(farm, sitefarm_pb2.SCHEDULE_MODE_DAG)
    finally:
        fake_provider.set_route_latency("DesignStrategy", None)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    by_level = levels(wait_for_job_trace(receiver, job))
    (strategy,) = [s for s in by_level[1] if s.name == "design_strategy"]
    (layout,) = [s for s in by_level[2] if s.name == "layout"]
    assert layout.start_ns < strategy.end_ns


async def test_no_span_or_metric_carries_the_api_key_or_a_bearer_token(
    farm: Farm, receiver: OtlpReceiver, fake_provider: FakeOpenAIThread
) -> None:
    # The provider quotes the key back in an error, as OpenAI does for a bad key: the phase
    # fails once (SEO falls back), its error travels through statuses, events and spans.
    fake_provider.add_fault(
        "status", status=400, schema="SeoStrategy", message=f"bad key {API_KEY} for seo"
    )
    job = await run_job(farm)
    assert job.state in DONE, job.error
    spans = wait_for_job_trace(receiver, job)
    seo = node_spans(spans)["seo"]
    assert seo.attributes["sitefarm.outcome"] == "degraded"
    assert "[redacted]" in seo.attributes["sitefarm.reason"]
    failed_calls = [s for s in spans if s.attributes.get("error.type")]
    assert failed_calls and failed_calls[0].attributes["http.response.status_code"] == 400
    assert receiver.wait_for(lambda r: "sitefarm.jobs" in r.metric_names, timeout=10)
    exported = b"".join(receiver.raw_requests)
    for secret in SECRETS:
        assert secret.encode() not in exported, "a secret left the process in telemetry"


def test_the_cli_exports_its_trace_before_it_exits(receiver: OtlpReceiver, tmp_path: Path) -> None:
    """The in-process stack with the offline provider; a schedule delay longer than the run,
    so only the flush at exit can deliver the spans."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SITEFARM_")},
        **otlp_env(receiver, schedule_delay_ms=600_000),
        "OTEL_METRIC_EXPORT_INTERVAL": "600000",
        "SITEFARM_PROVIDER": "offline",
    }
    before = {s.trace_id for s in receiver.snapshot()}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from orchestrator.cli import app; app()",
            "generate",
            str(EXAMPLES / "bakery.yaml"),
            "--out",
            str(tmp_path / "site"),
        ],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    new = [s for s in receiver.snapshot() if s.trace_id not in before]
    (root,) = [s for s in new if s.name == "job"]
    assert root.service == "sitefarm-cli"
    assert f"Trace id: {root.trace_id}".encode() in result.stdout
    trace = [s for s in new if s.trace_id == root.trace_id]
    calls = [s for s in trace if s.attributes.get("gen_ai.provider.name") == "offline"]
    assert {s.name for s in calls} == {"chat rules", "generate_content rules"}
    assert all(s.attributes["gen_ai.request.model"] == "rules" for s in calls)
    assert len(node_spans(trace, "sitefarm-cli")) == root.attributes["sitefarm.nodes"]
    assert ("sitefarm-cli", "sitefarm.jobs") in receiver.metrics
