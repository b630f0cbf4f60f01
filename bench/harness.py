"""The benchmark's farm: the fake provider, the five phase services and the orchestrator, each
a process of its own talking real gRPC on loopback, as they run in a deployment."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import psutil
import redis.asyncio as aioredis
from google.protobuf import timestamp_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from redis.exceptions import RedisError
from sitefarm.v1 import brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from services.runtime.channels import client_options
from services.runtime.phase_services import PHASE_SERVICES
from services.runtime.settings import Settings
from testkit.fake_openai import FakeControl

ROOT = Path(__file__).resolve().parents[1]
# Every child's output goes here, so the table is not buried under start-up warnings.
CHILD_LOG = Path(tempfile.gettempdir()) / f"sitefarm-bench-{os.getpid()}.log"
# What the user's shell may set that would change what is measured.
_INHERITED_PREFIXES = ("SITEFARM_", "OPENAI_", "OTEL_")


def clean_environment() -> None:
    """Forget sitefarm, OpenAI and OpenTelemetry settings of the calling shell: every child
    gets exactly the settings its scenario names."""
    for name in [n for n in os.environ if n.startswith(_INHERITED_PREFIXES)]:
        del os.environ[name]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class ProviderSpec:
    """The fake provider of one scenario: what it answers each node, its latency (the plan's,
    or token-aware for the models named), time scale, noise, keys and their limits."""

    time_scale: float
    answers: Mapping[str, Any] = field(default_factory=dict)  # node -> JSON object
    sigma: float = 0.0
    seed: int = 0
    keys: tuple[str, ...] = ("sk-bench-0001",)
    # Per key, per plan minute: {"rpm": .., "tpm": .., "ipm": ..}; empty: unlimited.
    limits: Mapping[str, float] = field(default_factory=dict)
    latency: str = "plan"  # or "tokens"
    chat_model: str = "gpt-4.1-mini"
    image_model: str = "gpt-image-1"


@dataclass
class Farm:
    """A running farm and how to reach its parts."""

    fake: FakeControl
    fake_process: subprocess.Popen[bytes]
    base_url: str
    redis_url: str | None
    service_env: dict[str, str]
    addresses: dict[str, str]
    orchestrator: subprocess.Popen[bytes] | None = None
    orchestrator_address: str = ""
    channel: grpc.aio.Channel | None = None
    children: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def stub(self) -> sitefarm_pb2_grpc.SiteFarmStub:
        assert self.channel is not None, "no orchestrator is running"
        return sitefarm_pb2_grpc.SiteFarmStub(self.channel)

    @property
    def service_settings(self) -> Settings:
        """Settings pointing at the phase services, for a client of them (the LangGraph peer)."""
        addresses: dict[str, Any] = {f"{name}_address": a for name, a in self.addresses.items()}
        return Settings(**addresses)

    @property
    def fake_pid(self) -> int:
        return self.fake_process.pid

    def service_pids(self) -> list[int]:
        return [p.pid for p in self.children]

    async def start_orchestrator(self, env: Mapping[str, str] | None = None) -> None:
        """(Re)start the orchestrator with these settings on top of the farm's own."""
        await self.stop_orchestrator()
        port = free_port()
        child_env = {
            **os.environ,
            **self.service_env,
            **{f"SITEFARM_{name.upper()}_ADDRESS": a for name, a in self.addresses.items()},
            **(env or {}),
            "SITEFARM_PORT": str(port),
        }
        self.orchestrator = spawn("orchestrator", child_env)
        self.orchestrator_address = f"127.0.0.1:{port}"
        await wait_healthy({"orchestrator": self.orchestrator_address}, [self.orchestrator])
        self.channel = grpc.aio.insecure_channel(
            self.orchestrator_address, options=client_options(Settings())
        )

    async def stop_orchestrator(self) -> None:
        if self.channel is not None:
            await self.channel.close()
            self.channel = None
        if self.orchestrator is not None:
            await asyncio.to_thread(_stop, self.orchestrator)
            self.orchestrator = None


@dataclass(frozen=True)
class JobResult:
    """One job as its caller saw it: how long it took, and the job at the end."""

    makespan_s: float
    job: sitefarm_pb2.Job
    started_at: timestamp_pb2.Timestamp  # when the orchestrator started running it


async def run_job(
    stub: sitefarm_pb2_grpc.SiteFarmStub,
    brief: brief_pb2.ProjectConfig,
    mode: sitefarm_pb2.ScheduleMode.ValueType,
    deadline_seconds: float = 600.0,
) -> JobResult:
    """Generate one site and follow it to the end; the makespan is the caller's wall time."""
    options = sitefarm_pb2.JobOptions(mode=mode, no_cache=True)
    request = sitefarm_pb2.GenerateRequest(brief=brief, options=options)
    started = time.perf_counter()
    last: sitefarm_pb2.JobEvent | None = None
    started_at = timestamp_pb2.Timestamp()
    async for event in stub.Generate(request, timeout=deadline_seconds):
        if event.kind == sitefarm_pb2.EVENT_KIND_JOB_STARTED:
            started_at.CopyFrom(event.time)
        last = event
    makespan = time.perf_counter() - started
    assert last is not None, "Generate ended without an event"
    job = (await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=last.job_id))).job
    if job.state != sitefarm_pb2.JOB_STATE_COMPLETED:
        raise RuntimeError(
            f"job {job.job_id} ended {sitefarm_pb2.JobState.Name(job.state)}: {job.error}"
        )
    return JobResult(makespan, job, started_at)


@asynccontextmanager
async def redis_server() -> AsyncIterator[str | None]:
    """A throwaway redis-server on a free port (REDIS_URL when set; None when neither)."""
    if url := os.environ.get("REDIS_URL"):
        yield url
        return
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    port = free_port()
    process = subprocess.Popen(  # noqa: ASYNC220  # returns at once; nothing blocks
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        url = f"redis://127.0.0.1:{port}/0"
        client = aioredis.Redis.from_url(url)
        until = time.monotonic() + 10
        try:
            while True:
                try:
                    if await client.ping():
                        break
                except (RedisError, OSError):
                    if time.monotonic() > until:
                        raise RuntimeError("redis-server did not start") from None
                    await asyncio.sleep(0.05)
        finally:
            await client.aclose()
        yield url
    finally:
        _stop(process)


@asynccontextmanager
async def farm(
    provider: ProviderSpec,
    redis_url: str | None = None,
    service_env: Mapping[str, str] | None = None,
) -> AsyncIterator[Farm]:
    """The fake provider and the five phase services, each in its own process."""
    async with AsyncExitStack() as stack:
        fake, fake_process, base_url = await stack.enter_async_context(_fake_process(provider))
        env = {
            "SITEFARM_PROVIDER": "openai",
            "OPENAI_BASE_URL": base_url,
            "SITEFARM_OPENAI_API_KEYS": ",".join(provider.keys),
            "SITEFARM_LOG_LEVEL": "WARNING",
            "SITEFARM_GRACE_SECONDS": "1",
            **({"SITEFARM_REDIS_URL": redis_url} if redis_url else {}),
            **(service_env or {}),
        }
        children: list[subprocess.Popen[bytes]] = []

        stack.callback(stop_all, children)

        addresses: dict[str, str] = {}
        for service in PHASE_SERVICES:
            port = free_port()
            child_env = {**os.environ, **env, "SITEFARM_PORT": str(port)}
            children.append(spawn(f"services.{service.name}", child_env))
            addresses[service.name] = f"127.0.0.1:{port}"
        await wait_healthy(addresses, children)
        running = Farm(fake, fake_process, base_url, redis_url, env, addresses, children=children)
        stack.push_async_callback(running.stop_orchestrator)
        yield running


@asynccontextmanager
async def _fake_process(
    provider: ProviderSpec,
) -> AsyncIterator[tuple[FakeControl, subprocess.Popen[bytes], str]]:
    with tempfile.TemporaryDirectory(prefix="sitefarm-bench-") as folder:
        port_file = Path(folder) / "port"
        answers = Path(folder) / "answers.json"
        answers.write_text(json.dumps(dict(provider.answers)), encoding="utf-8")
        process = spawn(
            "bench.fake_provider",
            dict(os.environ),
            "--port-file", str(port_file),
            "--answers", str(answers),
            "--time-scale", repr(provider.time_scale),
            "--sigma", repr(provider.sigma),
            "--seed", str(provider.seed),
            "--latency", provider.latency,
            "--chat-model", provider.chat_model,
            "--image-model", provider.image_model,
        )  # fmt: skip
        try:
            until = time.monotonic() + 20
            while not port_file.exists():
                if process.poll() is not None or time.monotonic() > until:
                    raise RuntimeError("the fake provider did not start")
                await asyncio.sleep(0.05)
            base_url = f"http://127.0.0.1:{port_file.read_text()}/v1"
            fake = FakeControl(base_url, timeout=30)
            if provider.limits:
                fake.configure(limits={key: dict(provider.limits) for key in provider.keys})
            yield fake, process, base_url
        finally:
            _stop(process)


async def wait_healthy(
    addresses: Mapping[str, str],
    processes: list[subprocess.Popen[bytes]],
    within_seconds: float = 90.0,
) -> None:
    """Until every server answers SERVING on grpc.health.v1."""
    until = time.monotonic() + within_seconds
    for name, address in addresses.items():
        async with grpc.aio.insecure_channel(address) as channel:
            health = health_pb2_grpc.HealthStub(channel)
            while True:
                if any(p.poll() is not None for p in processes):
                    raise RuntimeError(
                        f"a process exited while waiting for {name}; see {CHILD_LOG}"
                    )
                try:
                    answer = await health.Check(health_pb2.HealthCheckRequest(), timeout=1.0)
                    if answer.status == health_pb2.HealthCheckResponse.SERVING:
                        break
                except grpc.aio.AioRpcError:
                    pass
                if time.monotonic() > until:
                    raise RuntimeError(f"{name} at {address} is not healthy; see {CHILD_LOG}")
                await asyncio.sleep(0.1)


def spawn(module: str, env: Mapping[str, str], *args: str) -> subprocess.Popen[bytes]:
    """`python -m module` from the repository root, its output appended to CHILD_LOG."""
    with CHILD_LOG.open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", module, *args],
            env=dict(env),
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    stop_all([process])


def stop_all(processes: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM to all at once (each drains), then wait; SIGKILL what outlives its grace."""
    running = [p for p in processes if p.poll() is None]
    for process in running:
        process.terminate()
    for process in running:
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class RssSampler:
    """The peak resident memory of some processes, sampled while something runs."""

    def __init__(self, pids: list[int], every: float = 0.05) -> None:
        self._processes = [psutil.Process(pid) for pid in pids]
        self._every = every
        self.peak_mb = 0.0

    def sample(self) -> float:
        total = sum(p.memory_info().rss for p in self._processes) / 2**20
        self.peak_mb = max(self.peak_mb, total)
        return total

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self.sample()
            try:
                await asyncio.wait_for(stop.wait(), self._every)
            except TimeoutError:
                pass
        self.sample()


class CpuMeter:
    """CPU seconds of groups of processes, and how busy the whole machine was, over a run."""

    def __init__(self, groups: Mapping[str, list[int]]) -> None:
        self._groups = {name: [psutil.Process(p) for p in pids] for name, pids in groups.items()}
        self._start = {name: self._seconds(ps) for name, ps in self._groups.items()}
        self._machine = psutil.cpu_times()

    @staticmethod
    def _seconds(processes: list[psutil.Process]) -> float:
        return sum(p.cpu_times().user + p.cpu_times().system for p in processes)

    def read(self, wall_seconds: float) -> dict[str, Any]:
        """CPU seconds per group, and the machine's busy share of its cores (others' work too)."""
        used = {
            name: round(self._seconds(ps) - self._start[name], 3)
            for name, ps in self._groups.items()
        }
        now = psutil.cpu_times()
        idle = (now.idle + getattr(now, "iowait", 0.0)) - (
            self._machine.idle + getattr(self._machine, "iowait", 0.0)
        )
        total = sum(now) - sum(self._machine)
        return {
            "seconds": used,
            "sitefarm_cores_busy": round(sum(used.values()) / wall_seconds, 3),
            "machine_busy_share": round(1 - idle / total, 3) if total > 0 else None,
            "cores": os.cpu_count(),
        }
