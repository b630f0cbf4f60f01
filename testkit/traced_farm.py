"""A traced farm: the five phase services and the orchestrator as separate processes, started as
in production, exporting every signal to an OTLP receiver; and how to read a job's trace."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import grpc
from sitefarm.v1 import sitefarm_pb2, sitefarm_pb2_grpc

from services.runtime.phase_services import PHASE_SERVICES
from services.stack import spawn_service, wait_until_serving
from testkit.briefs import BRIEF
from testkit.otlp_receiver import OtlpReceiver, ReceivedSpan
from testkit.ports import free_port

# Secrets the processes hold; no exported byte may contain any of them.
API_KEY = "sk-telemetry-test-key-0123456789abcdef"
API_TOKEN = "telemetry-api-token-0123456789"  # a caller's bearer token for SiteFarm
INTERNAL_TOKEN = "telemetry-internal-token-0123456789"  # orchestrator -> phase services
SECRETS = (API_KEY, API_TOKEN, INTERNAL_TOKEN)

SERVER = 2  # opentelemetry.proto.trace.v1.Span.SpanKind
CLIENT = 3
MODEL_FREE = frozenset({"site"})  # phases whose RPC calls no model: the site is assembled in code


def otlp_env(receiver: OtlpReceiver, schedule_delay_ms: int = 50) -> dict[str, str]:
    """The standard variables pointing every signal at `receiver`; inherited OTEL_* variables
    that would change names or destinations are blanked."""
    return {
        "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint,
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": receiver.endpoint,
        "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT": receiver.endpoint,
        "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc",
        "OTEL_TRACES_EXPORTER": "otlp",
        "OTEL_METRICS_EXPORTER": "otlp",
        "OTEL_SERVICE_NAME": "",
        "OTEL_RESOURCE_ATTRIBUTES": "service.namespace=sitefarm-test",
        "OTEL_SDK_DISABLED": "false",
        "OTEL_TRACES_SAMPLER": "parentbased_always_on",
        "OTEL_BSP_SCHEDULE_DELAY": str(schedule_delay_ms),
        "OTEL_METRIC_EXPORT_INTERVAL": "500",
    }


@dataclass
class Farm:
    """The running processes and the address of SiteFarm."""

    address: str
    processes: dict[str, subprocess.Popen[bytes]]


@contextmanager
def traced_farm(receiver: OtlpReceiver, provider_base_url: str) -> Iterator[Farm]:
    """Five phase services and the orchestrator as separate processes, exporting to
    `receiver`, the openai provider answered by the fake at `provider_base_url`."""
    env = {
        **otlp_env(receiver),
        "SITEFARM_HOST": "127.0.0.1",
        "SITEFARM_LOG_LEVEL": "WARNING",
        "SITEFARM_PROVIDER": "openai",
        "OPENAI_BASE_URL": provider_base_url,
        "OPENAI_API_KEY": API_KEY,
        "SITEFARM_OPENAI_API_KEYS": API_KEY,
        "SITEFARM_INTERNAL_TOKEN": INTERNAL_TOKEN,
        "SITEFARM_RETRY_ATTEMPTS": "1",
        "SITEFARM_RETRY_BASE_SECONDS": "0.01",
        "SITEFARM_GRACE_SECONDS": "2",
        # The key pool's limits are another suite's subject: here the provider is never slowed.
        "SITEFARM_CHAT_RPM": "0",
        "SITEFARM_CHAT_TPM": "0",
        "SITEFARM_IMAGES_IPM": "0",
    }
    processes: dict[str, subprocess.Popen[bytes]] = {}
    addresses: dict[str, str] = {}
    try:
        for service in PHASE_SERVICES:
            port = free_port()
            addresses[service.address_setting] = f"127.0.0.1:{port}"
            processes[service.name] = spawn_service(service, port, env)
        farm_port = free_port()
        orchestrator_env = {
            **os.environ,
            **env,
            **{f"SITEFARM_{k.upper()}": v for k, v in addresses.items()},
            "SITEFARM_PORT": str(farm_port),
            "SITEFARM_API_TOKENS": API_TOKEN,
            "SITEFARM_NODE_RETRY_ATTEMPTS": "2",
            "SITEFARM_NODE_RETRY_BASE_SECONDS": "0.01",
            "SITEFARM_NODE_RETRY_MAX_SECONDS": "0.05",
        }
        processes["orchestrator"] = subprocess.Popen(
            [sys.executable, "-m", "orchestrator"], env=orchestrator_env
        )
        for name, address in addresses.items():
            wait_until_serving(address, processes[name.removesuffix("_address")])
        farm_address = f"127.0.0.1:{farm_port}"
        wait_until_serving(farm_address, processes["orchestrator"])
        yield Farm(farm_address, processes)
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for process in processes.values():
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


async def run_job(farm: Farm, mode: int = sitefarm_pb2.SCHEDULE_MODE_DAG) -> sitefarm_pb2.Job:
    """A job through SiteFarm's Generate, as a caller with a bearer token runs it."""
    metadata = (("authorization", f"Bearer {API_TOKEN}"),)
    options = sitefarm_pb2.JobOptions(mode=mode, no_cache=True)  # type: ignore[arg-type]
    async with grpc.aio.insecure_channel(farm.address) as channel:
        stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
        request = sitefarm_pb2.GenerateRequest(brief=BRIEF, options=options)
        last = None
        async for event in stub.Generate(request, metadata=metadata, timeout=30):
            last = event
        assert last is not None
        answer = await stub.GetJob(
            sitefarm_pb2.GetJobRequest(job_id=last.job_id), metadata=metadata, timeout=10
        )
    return answer.job


def node_spans(
    spans: list[ReceivedSpan], service: str = "sitefarm-orchestrator"
) -> dict[str, ReceivedSpan]:
    """The span of each node sent by `service` (where the scheduler runs), by node name."""
    return {
        str(s.attributes["sitefarm.node"]): s
        for s in spans
        if s.service == service and s.parent_span_id and "sitefarm.wave" in s.attributes
    }


def wait_for_job_trace(receiver: OtlpReceiver, job: sitefarm_pb2.Job) -> list[ReceivedSpan]:
    """The job's trace once its root, every node span and each RPC's model call have arrived
    (processes export in batches, so the pieces come in any order)."""
    expected = {n.node for n in job.nodes}

    def complete(r: OtlpReceiver) -> bool:
        spans = r.trace(job.job_id)
        if not any(s.name == "job" for s in spans) or set(node_spans(spans)) != expected:
            return False
        # The phase calls' server spans (API calls about the job join its trace too) that
        # call a model (the site's assembly is code).
        servers = [
            s
            for s in spans
            if s.kind == SERVER
            and "sitefarm.node" in s.attributes
            and s.attributes["sitefarm.phase"] not in MODEL_FREE
        ]
        calls = {s.parent_span_id for s in spans if s.name.startswith(("chat ", "generate_"))}
        models = [n for n in job.nodes if n.phase not in MODEL_FREE]
        return len(servers) >= len(models) and all(s.span_id in calls for s in servers)

    assert receiver.wait_for(complete, timeout=15), "the job's trace did not arrive whole"
    return receiver.trace(job.job_id)
