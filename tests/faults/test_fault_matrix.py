"""The fault matrix: each provider fault, injected by the fake, against the real processes (five
phase services and SiteFarm, each started as in production); each case asserts how the job
ends and every provider call it cost.

The hang is a real 30 s hang at the fake; the node deadline is set to 5 s (SITEFARM_NODE_
DEADLINE_SECONDS) so the suite does not wait the production 600 s to see the node give up.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from sitefarm.v1 import sitefarm_pb2, sitefarm_pb2_grpc

from services.runtime.auth import bearer_interceptors
from services.runtime.phase_services import PHASE_SERVICES
from testkit.fake_openai import CallRecord, FakeOpenAIThread, LatencyConfig
from testkit.jobs import state_name, watched_generate
from testkit.otlp_receiver import OtlpReceiver
from testkit.processes import Process, provider_env, span_export_env, spawn, wait_serving
from testkit.schemas import SCHEMA_OF_PHASE
from testkit.watch import API_TOKEN, API_TOKENS, INTERNAL_TOKEN, remember_spans

# Every provider fault against real processes, a 30 s hang among them: make test runs it,
# make test-fast does not.
pytestmark = pytest.mark.slow

# Generous for a loaded CI machine (a healthy call must never hit them), short for a suite.
NODE_ATTEMPT_SECONDS = 2.0
NODE_DEADLINE_SECONDS = 5.0
NODE_ATTEMPTS = 3
GATEWAY_ATTEMPTS = 2  # SITEFARM_RETRY_ATTEMPTS of the phase services (provider_env)


@dataclass
class Stack:
    """The six processes and the fake provider they call."""

    fake: FakeOpenAIThread
    farm: Process
    services: dict[str, Process]


@pytest.fixture(scope="module")
def stack(process_log_dir: Path) -> Iterator[Stack]:
    fake = FakeOpenAIThread(latency=LatencyConfig(chat=0.01, images=0.01))
    fake.start()
    receiver = OtlpReceiver().start()
    processes: list[Process] = []
    try:
        env = {**provider_env(fake.base_url), **span_export_env(receiver)}
        services = {
            s.name: spawn(s.name, f"services.{s.name}", env, process_log_dir)
            for s in PHASE_SERVICES
        }
        processes += services.values()
        farm = spawn(
            "orchestrator",
            "orchestrator",
            {
                **env,
                **{f"SITEFARM_{n.upper()}_ADDRESS": p.address for n, p in services.items()},
                "SITEFARM_API_TOKENS": API_TOKENS,
                "SITEFARM_INTERNAL_TOKEN": INTERNAL_TOKEN,
                "SITEFARM_NODE_ATTEMPT_SECONDS": str(NODE_ATTEMPT_SECONDS),
                "SITEFARM_NODE_DEADLINE_SECONDS": str(NODE_DEADLINE_SECONDS),
                "SITEFARM_NODE_RETRY_ATTEMPTS": str(NODE_ATTEMPTS),
                "SITEFARM_NODE_RETRY_BASE_SECONDS": "0.05",
                "SITEFARM_NODE_RETRY_MAX_SECONDS": "0.2",
            },
            process_log_dir,
        )
        processes.append(farm)
        wait_serving(*processes)
        yield Stack(fake, farm, services)
    finally:
        for process in processes:
            process.stop()
        remember_spans(receiver)  # the processes flushed their spans as they stopped
        receiver.stop()
        fake.stop()


@dataclass
class Case:
    """A fault, how the job must end, and what the faulted schema's calls must look like."""

    faults: list[dict[str, Any]]
    state: str
    schema: str | None  # the faulted chat schema; None: the images endpoint
    outcomes: Callable[[list[CallRecord]], bool]
    check: Callable[[sitefarm_pb2.Job, list[CallRecord], float], bool] = field(
        default=lambda job, calls, seconds: True
    )


def _outcomes(*expected: str) -> Callable[[list[CallRecord]], bool]:
    return lambda calls: [c.outcome for c in calls] == list(expected)


CASES = {
    "429 with Retry-After": Case(
        [{"kind": "status", "status": 429, "retry_after": 0.4, "schema": "DesignStrategy"}],
        "COMPLETED",
        "DesignStrategy",
        _outcomes("fault", "ok"),
        # The second call waited as long as Retry-After asked.
        lambda job, calls, seconds: calls[1].start - (calls[0].end or 0) >= 0.4,
    ),
    "500": Case(
        [{"kind": "status", "status": 500, "schema": "DesignStrategy"}],
        "COMPLETED",
        "DesignStrategy",
        _outcomes("fault", "ok"),
    ),
    "503 on every call": Case(
        [{"kind": "status", "status": 503, "schema": "DesignStrategy", "times": 1000}],
        "FAILED",
        "DesignStrategy",
        # Every attempt of the gateway inside every attempt of the node, no more.
        _outcomes(*["fault"] * (GATEWAY_ATTEMPTS * NODE_ATTEMPTS)),
        lambda job, calls, seconds: job.error.startswith("design_strategy failed (UNAVAILABLE"),
    ),
    "reset connection": Case(
        [{"kind": "reset", "schema": "DesignContext"}],
        "COMPLETED",
        "DesignContext",
        _outcomes("fault", "ok"),
    ),
    "timeout past the deadline": Case(
        [{"kind": "timeout", "seconds": 3 * NODE_ATTEMPT_SECONDS, "schema": "SectionPlan"}],
        "COMPLETED",
        "SectionPlan",
        # The attempt's deadline cut the call; the node's next attempt answered.
        _outcomes("cancelled", "ok"),
        lambda job, calls, seconds: (
            (calls[0].end or 0) - calls[0].start < NODE_ATTEMPT_SECONDS + 1.0
        ),
    ),
    "malformed JSON": Case(
        [{"kind": "malformed_json", "schema": "Layout"}],
        "COMPLETED",
        "Layout",
        _outcomes("fault", "ok"),  # the gateway re-asked once, in the same attempt
    ),
    "schema-breaking JSON": Case(
        [{"kind": "schema_break", "schema": "Layout", "times": 2}],
        "COMPLETED",
        "Layout",
        _outcomes("fault", "fault", "ok"),  # re-asked, then a new gateway attempt
    ),
    "empty answer": Case(
        [{"kind": "empty", "schema": "PagePlan"}],
        "COMPLETED",
        "PagePlan",
        _outcomes("fault", "ok"),
    ),
    "30 s hang": Case(
        [{"kind": "hang", "seconds": 30.0, "schema": "SeoStrategy", "times": 1000}],
        "DEGRADED",
        "SeoStrategy",
        # Each node attempt cut at its deadline, until the node's own deadline: then the
        # default meta tags stand in, and the job is done long before the hang would be.
        lambda calls: (
            1 <= len(calls) <= NODE_ATTEMPTS and {c.outcome for c in calls} == {"cancelled"}
        ),
        lambda job, calls, seconds: (
            list(job.degraded) == ["seo"] and seconds < NODE_DEADLINE_SECONDS + 5
        ),
    ),
    "image provider down": Case(
        [{"kind": "status", "status": 500, "endpoint": "images", "times": 1000}],
        "DEGRADED",
        None,
        lambda calls: bool(calls) and {c.outcome for c in calls} == {"fault"},
        lambda job, calls, seconds: (
            bool(job.degraded)
            and all(name.startswith("image[") for name in job.degraded)
            and len(calls) == len(job.degraded) * GATEWAY_ATTEMPTS * NODE_ATTEMPTS
        ),
    ),
}


def _ran(job: sitefarm_pb2.Job, phase: str) -> int:
    """Nodes of `phase` that got an answer from the provider."""
    return sum(
        1
        for n in job.nodes
        if n.phase == phase and n.state == sitefarm_pb2.NODE_STATE_DONE and not n.cached
    )


@pytest.mark.parametrize("name", list(CASES))
async def test_a_provider_fault_ends_the_job_as_expected_with_every_call_counted(
    stack: Stack, name: str
) -> None:
    case = CASES[name]
    fake = stack.fake
    fake.clear_faults()
    fake.reset_stats()
    fake.add_faults(case.faults)
    started = time.monotonic()
    async with grpc.aio.insecure_channel(
        stack.farm.address, interceptors=bearer_interceptors(API_TOKEN)
    ) as channel:
        job, events = await watched_generate(sitefarm_pb2_grpc.SiteFarmStub(channel), deadline=60)
    seconds = time.monotonic() - started
    fake.clear_faults()
    assert state_name(job) == case.state, job.error
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    assert events[-1].kind == sitefarm_pb2.EVENT_KIND_JOB_FINISHED
    faulted = (
        fake.calls(endpoint="images") if case.schema is None else fake.calls(schema=case.schema)
    )
    assert case.outcomes(faulted), [(c.outcome, c.fault) for c in faulted]
    assert case.check(job, faulted, seconds), (job.error, list(job.degraded), seconds)
    # Every other phase was called exactly once per node that ran, and never failed.
    for phase, schema in SCHEMA_OF_PHASE.items():
        if schema == case.schema:
            continue
        calls = fake.calls(schema=schema)
        assert [c.outcome for c in calls] == ["ok"] * _ran(job, phase), (phase, job.error)
    if case.schema is not None:
        images = fake.calls(endpoint="images")
        assert [c.outcome for c in images] == ["ok"] * _ran(job, "image")


async def test_health_answers_while_faults_fly(stack: Stack) -> None:
    for process in (stack.farm, *stack.services.values()):
        async with grpc.aio.insecure_channel(process.address) as channel:
            answer = await health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(), timeout=5
            )
            assert answer.status == health_pb2.HealthCheckResponse.SERVING


def test_no_process_logged_an_error_of_its_own(stack: Stack) -> None:
    """The faults above were the provider's: every process handled them without an error or
    a traceback in its log (runs last in this module, after every case)."""
    for process in (stack.farm, *stack.services.values()):
        text = process.log.read_text(encoding="utf-8", errors="replace")
        assert " ERROR " not in text and "Traceback" not in text, (process.name, text[-3000:])
