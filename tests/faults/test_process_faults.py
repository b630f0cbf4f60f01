"""A process dies under a running job: a phase service killed mid-call, Redis killed and
restarted mid-job. The job still ends COMPLETED, and the provider is called again only for
the call that was cut."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
import redis
from sitefarm.v1 import sitefarm_pb2

from orchestrator.settings import OrchestratorSettings
from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI, LatencyConfig
from testkit.farm import locked_farm_of
from testkit.ports import free_port
from testkit.processes import provider_env, respawn, spawn, wait_serving
from testkit.schemas import SCHEMA_OF_PHASE
from testkit.settings import locked_fake_settings
from testkit.watch import seen

# Processes killed and replaced mid-job: make test runs them, make test-fast does not.
pytestmark = pytest.mark.slow


def assert_each_phase_answered_once(
    fake: FakeOpenAI, job: sitefarm_pb2.Job, cut: str | None = None
) -> None:
    """Every node's phase answered once at the provider; `cut`'s first call was cut short."""
    for phase, schema in SCHEMA_OF_PHASE.items():
        ran = sum(1 for n in job.nodes if n.phase == phase)
        outcomes = [c.outcome for c in fake.calls(schema=schema)]
        expected = ["cancelled", *["ok"] * ran] if schema == cut else ["ok"] * ran
        assert outcomes == expected, (phase, outcomes)


async def watch(farm_stub: object, job_id: str) -> list[sitefarm_pb2.JobEvent]:
    request = sitefarm_pb2.WatchJobRequest(job_id=job_id)
    try:
        return [e async for e in farm_stub.WatchJob(request, timeout=30)]  # type: ignore[attr-defined]
    except grpc.aio.AioRpcError as error:
        raise seen(error) from None


async def wait_in_flight(fake: FakeOpenAI, schema: str) -> None:
    assert await fake.wait_for_async(
        lambda f: any(c.end is None for c in f.calls(schema=schema)), max_wait=10
    ), f"{schema} never started"


# --- a phase service killed mid-call --------------------------------------------------------


@pytest.fixture
async def slow_sections() -> AsyncIterator[FakeOpenAI]:
    latency = LatencyConfig(chat=0.01, images=0.01, routes={"SectionPlan": 1.5})
    async with FakeOpenAI(latency=latency) as server:
        yield server


async def test_a_phase_service_killed_mid_call_is_replaced_and_the_job_completes(
    slow_sections: FakeOpenAI, process_log_dir: Path
) -> None:
    fake = slow_sections
    planning = spawn("planning", "services.planning", provider_env(fake.base_url), process_log_dir)
    try:
        await asyncio.to_thread(wait_serving, planning)
        settings = locked_fake_settings(
            fake, node_retry_attempts=8, node_retry_base_seconds=0.5, node_retry_max_seconds=1.0
        )
        # The planning phases go to the process; the other services run in this one.
        async with locked_farm_of(
            settings, addresses={"planning_address": planning.address}
        ) as farm:
            started = await farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
            job_id = started.job.job_id
            await wait_in_flight(fake, "SectionPlan")
            planning.kill()  # SIGKILL mid-call: no drain, the connection just drops
            planning = respawn(planning, process_log_dir)  # its replacement, same address
            events = await watch(farm.stub, job_id)
            job = (await farm.stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=job_id))).job
        assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
        assert_each_phase_answered_once(fake, job, cut="SectionPlan")
        sections = next(n for n in job.nodes if n.node == "section_plan")
        assert sections.attempts >= 2  # the cut attempt failed over to the new process
        assert any(e.kind == sitefarm_pb2.EVENT_KIND_NODE_RETRYING for e in events)
    finally:
        planning.stop()


# --- Redis killed and restarted mid-job -----------------------------------------------------


@dataclass
class RedisProcess:
    """A redis-server of this test's own, persisting every write (appendfsync always), as a
    production Redis with its append-only file does."""

    port: int
    folder: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary, "redis-server is not installed"
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
             "--appendonly", "yes", "--appendfsync", "always", "--save", ""],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(port=self.port)
        until = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                assert time.monotonic() < until, "redis-server did not start"
                time.sleep(0.02)

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(10)


@contextmanager
def own_redis(folder: Path) -> Iterator[RedisProcess]:
    server = RedisProcess(free_port(), folder)
    server.start()
    try:
        yield server
    finally:
        if server.process is not None and server.process.poll() is None:
            server.process.terminate()
            server.process.wait(10)


@pytest.fixture
async def slow_layout() -> AsyncIterator[FakeOpenAI]:
    latency = LatencyConfig(chat=0.01, images=0.01, routes={"Layout": 1.0})
    async with FakeOpenAI(latency=latency) as server:
        yield server


async def test_redis_killed_and_restarted_mid_job_loses_nothing(
    slow_layout: FakeOpenAI, tmp_path: Path
) -> None:
    fake = slow_layout
    with own_redis(tmp_path) as store:
        settings = locked_fake_settings(
            fake, redis_url=store.url, lease_seconds=5.0, orphan_scan_seconds=0.5
        )
        assert isinstance(settings, OrchestratorSettings)
        async with locked_farm_of(settings) as farm:
            started = await farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
            job_id = started.job.job_id
            watching = asyncio.create_task(watch(farm.stub, job_id))  # across the restart
            await wait_in_flight(fake, "Layout")
            store.kill()
            # Down while the layout answers: its checkpoint and events wait for Redis.
            await asyncio.sleep(1.5)
            await asyncio.to_thread(store.start)
            events = await watching
            job = (await farm.stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=job_id))).job
            replay = await watch(farm.stub, job_id)
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error
    # One story, written once: no event lost, none written twice by a retried write.
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    assert [e.SerializeToString() for e in replay] == [e.SerializeToString() for e in events]
    assert sum(e.kind == sitefarm_pb2.EVENT_KIND_JOB_STARTED for e in events) == 1
    assert_each_phase_answered_once(fake, job)
