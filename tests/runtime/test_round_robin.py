"""Three replicas of codegen and of images, each its own process, behind one multi-address
target (`ipv4:127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3`, what a headless Service's DNS answers):
every replica serves its share of the calls, and a replica killed mid-job costs no job."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from sitefarm.v1 import brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.server import running_orchestrator
from orchestrator.settings import OrchestratorSettings
from services.stack import in_process_stack
from testkit.fake_openai import CallRecord, FakeOpenAI, LatencyConfig

# Six service processes and a farm: the full tier's (make test), not the edit loop's.
pytestmark = pytest.mark.slow

REPLICAS = 3
BALANCED = ("codegen", "images")
# Long enough that calls overlap and a kill lands mid-call, short enough for a quick suite.
MODEL_SECONDS = 0.3

BRIEF = brief_pb2.ProjectConfig(
    business_name="Crumb & Co.",
    description="A family-run sourdough bakery in Leith.",
    audience="Families and early risers.",
    tone=brief_pb2.TONE_WARM,
    industry="bakery",
    brand_colors=["#c8743a", "#3b2a20"],
    pages=["Menu", "Visit", "Wholesale", "Classes"],
    contact_email="hello@crumbandco.example",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Replica:
    """One replica of a phase service: `python -m services.<service>` with a key of its own, so
    the provider's call log says which replica made each call."""

    service: str
    key: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def kill(self) -> None:
        """SIGKILL: no drain, the connection just drops, as when a node dies."""
        self.process.kill()
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def spawn_replica(service: str, index: int, provider_url: str, log_dir: Path) -> Replica:
    port = free_port()
    key = f"sk-{service}-replica-{index}-0123456789abcdef"
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SITEFARM_", "OPENAI_", "OTEL_", "REDIS_URL"))
    }
    env = {
        **inherited,
        "OTEL_SDK_DISABLED": "true",
        "SITEFARM_HOST": "127.0.0.1",
        "SITEFARM_PORT": str(port),
        "SITEFARM_PROVIDER": "openai",
        "OPENAI_BASE_URL": provider_url,
        "SITEFARM_OPENAI_API_KEYS": key,
        "SITEFARM_RETRY_ATTEMPTS": "2",
        "SITEFARM_RETRY_BASE_SECONDS": "0.01",
        "SITEFARM_RETRY_MAX_SECONDS": "0.05",
        # Ample for a call in flight to finish on a loaded machine; a drain ends sooner when
        # its calls do.
        "SITEFARM_GRACE_SECONDS": "10",
        "SITEFARM_DRAIN_DELAY_SECONDS": "0",
        # The key pool's limits are another suite's subject: here the provider is never slowed.
        "SITEFARM_CHAT_RPM": "0",
        "SITEFARM_CHAT_TPM": "0",
        "SITEFARM_IMAGES_IPM": "0",
    }
    with (log_dir / f"{service}-{index}.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", f"services.{service}"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return Replica(service, key, port, process)


def wait_serving(replica: Replica, timeout: float = 30.0) -> None:
    until = time.monotonic() + timeout
    with grpc.insecure_channel(replica.address) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        while True:
            if replica.process.poll() is not None:
                raise RuntimeError(f"{replica.service} exited with {replica.process.returncode}")
            try:
                answer = health.Check(health_pb2.HealthCheckRequest(), timeout=1.0)
                if answer.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            if time.monotonic() > until:
                raise RuntimeError(f"{replica.service} at {replica.address} is not serving")
            time.sleep(0.05)


def multi_address(replicas: list[Replica]) -> str:
    """One target for every replica, as gRPC writes a list of addresses."""
    return "ipv4:" + ",".join(replica.address for replica in replicas)


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    latency = LatencyConfig(chat=MODEL_SECONDS, images=MODEL_SECONDS)
    async with FakeOpenAI(latency=latency) as server:
        yield server


@pytest.fixture
def replicas(fake: FakeOpenAI, tmp_path: Path) -> Iterator[dict[str, list[Replica]]]:
    """Three processes of codegen and three of images, all answered by the fake provider."""
    started = {
        service: [spawn_replica(service, i, fake.base_url, tmp_path) for i in range(REPLICAS)]
        for service in BALANCED
    }
    try:
        for group in started.values():
            for replica in group:
                wait_serving(replica)
        yield started
    finally:
        for group in started.values():
            for replica in group:
                replica.stop()


@asynccontextmanager
async def farm(replicas: dict[str, list[Replica]]) -> AsyncIterator[sitefarm_pb2_grpc.SiteFarmStub]:
    """SiteFarm on loopback, reaching codegen and images through their multi-address targets;
    the other phases run offline in this process."""
    settings = OrchestratorSettings(provider="offline", redis_url=None, host="127.0.0.1")
    async with in_process_stack(settings) as stack:
        targets = {
            f"{service}_address": multi_address(group) for service, group in replicas.items()
        }
        farm_settings = stack.settings.model_copy(update=targets)
        assert isinstance(farm_settings, OrchestratorSettings)
        async with running_orchestrator(farm_settings) as server:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
                yield sitefarm_pb2_grpc.SiteFarmStub(channel)


async def run_job(stub: sitefarm_pb2_grpc.SiteFarmStub) -> sitefarm_pb2.Job:
    request = sitefarm_pb2.GenerateRequest(
        brief=BRIEF, options=sitefarm_pb2.JobOptions(no_cache=True)
    )
    events = [event async for event in stub.Generate(request, timeout=90)]
    answer = await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=events[-1].job_id))
    return answer.job


def calls_of(fake: FakeOpenAI, replica: Replica) -> list[CallRecord]:
    return fake.calls(key=replica.key)


async def wait_for_a_call_in_flight(fake: FakeOpenAI, replica: Replica) -> None:
    def in_flight(f: FakeOpenAI) -> bool:
        return any(call.end is None for call in calls_of(f, replica))

    assert await fake.wait_for_async(in_flight, max_wait=30), f"{replica.key} never got a call"


def assert_completed(jobs: list[sitefarm_pb2.Job]) -> None:
    for job in jobs:
        state = sitefarm_pb2.JobState.Name(job.state)
        assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, (state, job.error)


async def test_every_replica_behind_one_target_serves_a_fair_share_of_the_calls(
    fake: FakeOpenAI, replicas: dict[str, list[Replica]]
) -> None:
    async with farm(replicas) as stub:
        jobs = [job for _ in range(2) for job in await asyncio.gather(run_job(stub), run_job(stub))]
    assert_completed(jobs)
    for service, group in replicas.items():
        served = {replica.key: len(calls_of(fake, replica)) for replica in group}
        total = sum(served.values())
        assert total >= 4 * REPLICAS, (service, served)
        for key, count in served.items():
            assert count >= total / 5, f"{service}: {key} served {count} of {total}: {served}"


async def test_a_replica_killed_mid_job_costs_no_job(
    fake: FakeOpenAI, replicas: dict[str, list[Replica]]
) -> None:
    killed: list[Replica] = []
    async with farm(replicas) as stub, asyncio.TaskGroup() as group:
        running = [group.create_task(run_job(stub)) for _ in range(3)]
        for service in ("images", "codegen"):  # images are drawn before the pages that use them
            victim = replicas[service][1]
            await wait_for_a_call_in_flight(fake, victim)
            victim.kill()
            killed.append(victim)
    assert_completed([task.result() for task in running])
    for victim in killed:
        cut = [call for call in calls_of(fake, victim) if call.outcome != "ok"]
        assert cut, f"{victim.key} was killed between calls, not mid-call"
        survivors = [r for r in replicas[victim.service] if r is not victim]
        assert all(calls_of(fake, r) for r in survivors), victim.service


async def test_a_draining_replica_finishes_its_calls_while_new_ones_go_to_the_others(
    fake: FakeOpenAI, replicas: dict[str, list[Replica]]
) -> None:
    victim = replicas["codegen"][1]
    async with farm(replicas) as stub, asyncio.TaskGroup() as group:
        running = [group.create_task(run_job(stub)) for _ in range(3)]
        await wait_for_a_call_in_flight(fake, victim)
        victim.process.terminate()  # SIGTERM, as Kubernetes stops a pod: drain, then exit
    assert_completed([task.result() for task in running])
    assert victim.process.wait(10) == 0, "the replica did not drain cleanly"
    calls = calls_of(fake, victim)
    assert calls and all(call.outcome == "ok" for call in calls), [c.outcome for c in calls]
