"""Traces a person can read in any backend, as an OTLP receiver gets them from real processes:
API calls about a job carry its id and join its trace, a failed call's server span says why,
a retry's wait is a span, and the CLI traces its own calls."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import grpc
import pytest
from sitefarm.v1 import sitefarm_pb2, sitefarm_pb2_grpc

from testkit.fake_openai import FakeOpenAIThread
from testkit.otlp_receiver import OtlpReceiver, ReceivedSpan
from testkit.traced_farm import (
    API_TOKEN,
    CLIENT,
    SERVER,
    Farm,
    node_spans,
    otlp_env,
    run_job,
    wait_for_job_trace,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
METADATA = (("authorization", f"Bearer {API_TOKEN}"),)
ERROR = 2  # opentelemetry.proto.trace.v1.Status.StatusCode
ORCHESTRATOR = "sitefarm-orchestrator"


def spans_named(receiver: OtlpReceiver, name: str, job_id: str) -> list[ReceivedSpan]:
    """The spans of `name` about job `job_id`, wherever their trace."""
    return [
        s
        for s in receiver.snapshot()
        if s.name == name and s.attributes.get("sitefarm.job.id") == job_id
    ]


def arrived(receiver: OtlpReceiver, job_id: str, *names: str) -> dict[str, ReceivedSpan]:
    """The one span of each name about the job, once all have arrived."""
    ready = receiver.wait_for(
        lambda r: all(len(spans_named(r, n, job_id)) == 1 for n in names), timeout=15
    )
    assert ready, {n: len(spans_named(receiver, n, job_id)) for n in names}
    return {n: spans_named(receiver, n, job_id)[0] for n in names}


def root_of(receiver: OtlpReceiver, job_id: str) -> ReceivedSpan:
    (root,) = [s for s in receiver.trace(job_id) if s.name == "job"]
    return root


async def test_api_calls_about_a_job_carry_its_id_and_join_its_trace(
    farm: Farm, receiver: OtlpReceiver
) -> None:
    job = await run_job(farm)  # Generate, then GetJob, with no trace context of the caller's
    async with grpc.aio.insecure_channel(farm.address) as channel:
        stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
        request = sitefarm_pb2.DownloadSiteRequest(job_id=job.job_id, path="index.html")
        assert [c.path async for c in stub.DownloadSite(request, metadata=METADATA)]
        watch = sitefarm_pb2.WatchJobRequest(job_id=job.job_id)
        assert [e async for e in stub.WatchJob(watch, metadata=METADATA)]
    wait_for_job_trace(receiver, job)
    calls = arrived(
        receiver,
        job.job_id,
        "SiteFarm/Generate server",
        "SiteFarm/GetJob server",
        "SiteFarm/DownloadSite server",
        "SiteFarm/WatchJob server",
    )
    root = root_of(receiver, job.job_id)

    # Generate came before the job: its own trace, linked both ways with the job's root.
    generate = calls.pop("SiteFarm/Generate server")
    assert generate.trace_id != job.job_id
    assert root.span_id in generate.links and generate.span_id in root.links
    # The calls after it join the job's trace, under its root.
    for name, call in calls.items():
        assert (call.trace_id, call.parent_span_id) == (job.job_id, root.span_id), name
        assert call.kind == SERVER and call.attributes["sitefarm.process"] == ORCHESTRATOR


async def test_a_failed_call_has_its_code_and_message_on_the_server_span_once(
    farm: Farm, receiver: OtlpReceiver
) -> None:
    async with grpc.aio.insecure_channel(farm.address) as channel:
        stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id="nope"), metadata=METADATA)
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    call = arrived(receiver, "nope", "SiteFarm/GetJob server")["SiteFarm/GetJob server"]
    assert call.status_code == ERROR
    assert call.status_message == "NOT_FOUND: no job 'nope'"
    assert call.attributes["rpc.grpc.status_code"] == grpc.StatusCode.NOT_FOUND.value[0]
    assert call.attributes["error.type"] == "NOT_FOUND"
    assert not [name for name, _ in call.events if name == "exception"]


async def test_a_retried_node_shows_the_wait_between_its_attempts_as_a_backoff_span(
    farm: Farm, receiver: OtlpReceiver, fake_provider: FakeOpenAIThread
) -> None:
    fake_provider.add_fault("status", status=500, schema="DesignStrategy", times=1)
    job = await run_job(farm)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    spans = wait_for_job_trace(receiver, job)
    node = node_spans(spans)["design_strategy"]
    below = sorted((s for s in spans if s.parent_span_id == node.span_id), key=lambda s: s.start_ns)
    assert [s.name.rsplit(" ", 1)[-1] for s in below] == ["client", "backoff", "client"]
    failed, backoff, retried = below
    assert backoff.attributes["sitefarm.layer"] == "node"
    assert backoff.attributes["sitefarm.attempt"] == 1
    assert backoff.attributes["sitefarm.retry.reason"]
    assert failed.end_ns <= backoff.start_ns and backoff.end_ns <= retried.start_ns + 5_000_000
    # The failed attempt's server span, in the design process, says why it failed.
    (server,) = [s for s in spans if s.parent_span_id == failed.span_id]
    assert server.service == "sitefarm-design" and server.status_code == ERROR
    assert server.status_message.startswith(server.attributes["error.type"] + ": ")


def test_the_cli_with_an_address_traces_its_own_calls(
    farm: Farm, receiver: OtlpReceiver, tmp_path: Path
) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SITEFARM_")},
        **otlp_env(receiver),
        "SITEFARM_API_TOKEN": API_TOKEN,
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from orchestrator.cli import app; app()",
            "generate",
            str(EXAMPLES / "bakery.yaml"),
            "--out",
            str(tmp_path / "site"),
            "--address",
            farm.address,
        ],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    found = re.search(rb"Trace id: ([0-9a-f]{32})", result.stdout)
    assert found is not None, result.stdout.decode()[-2000:]
    job_id = found.group(1).decode()
    spans = arrived(
        receiver,
        job_id,
        "sitefarm generate",
        "sitefarm download",
        "SiteFarm/DownloadSite server",
    )
    generate, download = spans["sitefarm generate"], spans["sitefarm download"]
    assert generate.service == download.service == "sitefarm-cli"
    root = root_of(receiver, job_id)
    # The CLI's Generate call lives in its own trace, linked to the job's...
    assert generate.trace_id != job_id and root.span_id in generate.links
    (generate_call,) = [
        s for s in receiver.trace(generate.trace_id) if s.parent_span_id == generate.span_id
    ]
    assert (generate_call.name, generate_call.kind) == ("SiteFarm/Generate client", CLIENT)
    # ...and what it does after the job started, in the job's trace: the download, checked.
    assert (download.trace_id, download.parent_span_id) == (job_id, root.span_id)
    assert download.attributes["sitefarm.site.files"] > 0
    trace = receiver.trace(job_id)
    (download_call,) = [
        s for s in trace if s.parent_span_id == download.span_id and "DownloadSite" in s.name
    ]
    assert download_call.name == "SiteFarm/DownloadSite client"
    served = spans["SiteFarm/DownloadSite server"]
    assert served.parent_span_id == download_call.span_id and served.service == ORCHESTRATOR
