"""Durable jobs: an orchestrator killed mid-job loses nothing finished. Another replica takes the
job over when its lease expires and finishes it from the checkpoints, calling no finished phase
again; a replica that drains hands its jobs over at once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
from sitefarm.v1 import sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.nodes import new_job
from orchestrator.phase_clients import PhaseClients
from orchestrator.settings import OrchestratorSettings
from orchestrator.store import LeaseLost, RedisJobStore, make_store
from orchestrator.supervisor import JobSupervisor
from services.runtime.auth import bearer_interceptors
from services.stack import Stack, in_process_stack
from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI, LatencyConfig
from testkit.jobs import TERMINAL, state_name
from testkit.processes import Process, spawn, wait_serving
from testkit.schemas import SCHEMA_OF_PHASE
from testkit.settings import locked_fake_settings
from testkit.watch import API_TOKEN, API_TOKENS, INTERNAL_TOKEN, seen

# Orchestrators killed and drained mid-job: make test runs them, make test-fast does not.
pytestmark = pytest.mark.slow

# Finished before the kill: wave 1 and the wave-2 phases that do not wait for the layout.
EARLY = ("design_strategy", "design_context", "section_plan", "style_system", "page_plan")
SLOW = "Layout"  # the call in flight when the replica dies


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    latency = LatencyConfig(chat=0.01, images=0.01, routes={SLOW: 2.0})
    async with FakeOpenAI(latency=latency) as server:
        yield server


@pytest.fixture
async def stack(fake: FakeOpenAI) -> AsyncIterator[Stack]:
    async with in_process_stack(locked_fake_settings(fake)) as running:
        yield running


def replica(
    name: str, stack: Stack, redis_url: str, log_dir: Path, lease_seconds: float
) -> Process:
    """An orchestrator process on the shared Redis, using the in-process phase services."""
    settings = stack.settings
    assert isinstance(settings, OrchestratorSettings)
    env = {
        "SITEFARM_PROVIDER": "openai",  # part of every checkpoint key: the same on each replica
        "OPENAI_BASE_URL": settings.openai_base_url or "",
        "SITEFARM_REDIS_URL": redis_url,
        "SITEFARM_API_TOKENS": API_TOKENS,
        "SITEFARM_INTERNAL_TOKEN": INTERNAL_TOKEN,
        "SITEFARM_LEASE_SECONDS": str(lease_seconds),
        "SITEFARM_ORPHAN_SCAN_SECONDS": "0.3",
        "SITEFARM_NODE_RETRY_BASE_SECONDS": "0.05",
        "SITEFARM_NODE_RETRY_MAX_SECONDS": "0.2",
        "SITEFARM_GRACE_SECONDS": "0.5",
        **{
            f"SITEFARM_{name.upper()}_ADDRESS": address for name, address in stack.addresses.items()
        },
    }
    return spawn(name, "orchestrator", env, log_dir)


def stub_of(channel: grpc.aio.Channel) -> sitefarm_pb2_grpc.SiteFarmStub:
    return sitefarm_pb2_grpc.SiteFarmStub(channel)


async def wait_until_early_phases_are_done_and_layout_runs(
    fake: FakeOpenAI, stub: sitefarm_pb2_grpc.SiteFarmStub, job_id: str
) -> sitefarm_pb2.Job:
    """The job's snapshot once the early phases are recorded done and the layout is in flight."""
    until = time.monotonic() + 20
    while time.monotonic() < until:
        job = (await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=job_id))).job
        done = {n.node for n in job.nodes if n.state == sitefarm_pb2.NODE_STATE_DONE}
        layout_running = any(c.end is None for c in fake.calls(schema=SLOW))
        if set(EARLY) <= done and layout_running:
            return job
        await asyncio.sleep(0.02)
    raise AssertionError("the job never reached the point of the kill")


async def watch_to_the_end(
    stub: sitefarm_pb2_grpc.SiteFarmStub, job_id: str, seconds: float = 30
) -> list[sitefarm_pb2.JobEvent]:
    request = sitefarm_pb2.WatchJobRequest(job_id=job_id)
    try:
        return [e async for e in stub.WatchJob(request, timeout=seconds)]
    except grpc.aio.AioRpcError as error:
        raise seen(error) from None


def assert_no_finished_phase_called_again(
    fake: FakeOpenAI, before: sitefarm_pb2.Job, after: sitefarm_pb2.Job
) -> None:
    """Each phase done before the replica stopped was answered by the provider exactly once;
    every other one once per node that ran, besides the call cut short by the stop."""
    finished = {n.node for n in before.nodes if n.state == sitefarm_pb2.NODE_STATE_DONE}
    assert set(EARLY) <= finished
    for node in finished:
        calls = fake.calls(schema=SCHEMA_OF_PHASE[node])
        assert [c.outcome for c in calls] == ["ok"], node
    nodes = {n.node: n for n in after.nodes}
    for node in finished:
        # Restored as first recorded: the same attempt, timing and usage, not a cache hit.
        assert nodes[node].state == sitefarm_pb2.NODE_STATE_DONE
        assert not nodes[node].cached and nodes[node].attempts == 1
        assert nodes[node].usage == next(n for n in before.nodes if n.node == node).usage
    layout = [c.outcome for c in fake.calls(schema=SLOW)]
    assert layout == ["cancelled", "ok"], layout  # at least once: the cut call, then again
    for phase, schema in SCHEMA_OF_PHASE.items():
        if phase in finished or schema == SLOW:
            continue
        ran = sum(1 for n in after.nodes if n.phase == phase)
        assert [c.outcome for c in fake.calls(schema=schema)] == ["ok"] * ran, phase


def assert_one_story(events: list[sitefarm_pb2.JobEvent]) -> None:
    """One event stream without gaps or repeats, in which the job started and was resumed."""
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    starts = [e.message for e in events if e.kind == sitefarm_pb2.EVENT_KIND_JOB_STARTED]
    assert len(starts) == 2 and "resumed" in starts[1], starts
    assert sum(e.kind == sitefarm_pb2.EVENT_KIND_JOB_FINISHED for e in events) == 1
    restored = [e.node.node for e in events if "restored from its checkpoint" in e.message]
    assert set(EARLY) <= set(restored)


async def test_a_killed_orchestrators_job_is_finished_by_another_with_no_phase_repeated(
    fake: FakeOpenAI, stack: Stack, redis_url: str, process_log_dir: Path
) -> None:
    first = replica("orchestrator-a", stack, redis_url, process_log_dir, lease_seconds=1.0)
    second = replica("orchestrator-b", stack, redis_url, process_log_dir, lease_seconds=1.0)
    try:
        await asyncio.to_thread(wait_serving, first, second)
        token = bearer_interceptors(API_TOKEN)
        async with (
            grpc.aio.insecure_channel(first.address, interceptors=token) as to_first,
            grpc.aio.insecure_channel(second.address, interceptors=token) as to_second,
        ):
            started = await stub_of(to_first).StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
            job_id = started.job.job_id
            before = await wait_until_early_phases_are_done_and_layout_runs(
                fake, stub_of(to_second), job_id
            )
            first.kill()
            killed_at = time.monotonic()
            events = await watch_to_the_end(stub_of(to_second), job_id)
            took = time.monotonic() - killed_at
            after = (await stub_of(to_second).GetJob(sitefarm_pb2.GetJobRequest(job_id=job_id))).job
        assert after.state == sitefarm_pb2.JOB_STATE_COMPLETED, after.error
        assert_no_finished_phase_called_again(fake, before, after)
        assert_one_story(events)
        # The lease (1 s) expired, the scan (0.3 s) found it, the rest took its own time.
        assert took < 15, took
    finally:
        first.stop()
        second.stop()


async def test_a_draining_orchestrator_hands_its_jobs_over_without_waiting_for_the_lease(
    fake: FakeOpenAI, stack: Stack, redis_url: str, process_log_dir: Path
) -> None:
    # A lease far longer than the handover may take: only a release can explain a quick one.
    first = replica("orchestrator-c", stack, redis_url, process_log_dir, lease_seconds=30.0)
    second = replica("orchestrator-d", stack, redis_url, process_log_dir, lease_seconds=30.0)
    try:
        await asyncio.to_thread(wait_serving, first, second)
        token = bearer_interceptors(API_TOKEN)
        async with (
            grpc.aio.insecure_channel(first.address, interceptors=token) as to_first,
            grpc.aio.insecure_channel(second.address, interceptors=token) as to_second,
        ):
            started = await stub_of(to_first).StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
            job_id = started.job.job_id
            before = await wait_until_early_phases_are_done_and_layout_runs(
                fake, stub_of(to_second), job_id
            )
            stopped_at = time.monotonic()
            first.popen.terminate()  # SIGTERM: a rolling update, a scale-down
            events = await watch_to_the_end(stub_of(to_second), job_id)
            took = time.monotonic() - stopped_at
            after = (await stub_of(to_second).GetJob(sitefarm_pb2.GetJobRequest(job_id=job_id))).job
        assert await asyncio.to_thread(first.popen.wait, 10) == 0
        assert after.state == sitefarm_pb2.JOB_STATE_COMPLETED, after.error
        assert state_name(after) in {sitefarm_pb2.JobState.Name(s)[10:] for s in TERMINAL}
        assert_no_finished_phase_called_again(fake, before, after)
        assert_one_story(events)
        assert took < 10, took  # not the 30 s lease: the draining replica released the job
    finally:
        first.stop()
        second.stop()


async def test_a_replica_that_lost_a_jobs_lease_can_write_nothing_and_writes_land_once(
    redis_url: str,
) -> None:
    first = RedisJobStore(redis_url, 3600, owner="first", lease_seconds=0.2)
    second = RedisJobStore(redis_url, 3600, owner="second", lease_seconds=5.0)
    try:
        job = new_job("job-1", BRIEF, sitefarm_pb2.JobOptions())

        def event(sequence: int, kind: int) -> sitefarm_pb2.JobEvent:
            return sitefarm_pb2.JobEvent(job_id="job-1", sequence=sequence, kind=kind)  # type: ignore[arg-type]

        await first.create_job(job)
        assert await second.claim_orphans(10) == []  # held by the first
        await first.record(job, event(1, sitefarm_pb2.EVENT_KIND_JOB_STARTED))
        await asyncio.sleep(0.4)  # the first stops renewing: its lease lapses
        assert await second.claim_orphans(10) == ["job-1"]
        with pytest.raises(LeaseLost):
            await first.record(job, event(2, sitefarm_pb2.EVENT_KIND_NODE_STARTED))
        assert await first.renew_leases(["job-1"]) == {"job-1"}
        assert await second.renew_leases(["job-1"]) == set()
        # A write retried after its reply was lost lands once.
        for _ in range(2):
            await second.record(job, event(2, sitefarm_pb2.EVENT_KIND_NODE_STARTED))
        await second.record(job, event(3, sitefarm_pb2.EVENT_KIND_JOB_FINISHED))
        assert [e.sequence async for e in second.watch("job-1")] == [1, 2, 3]
        # Finished: no longer anyone's to resume.
        await asyncio.sleep(0.3)
        assert await first.claim_orphans(10) == [] and await second.last_sequence("job-1") == 3
    finally:
        await first.close()
        await second.close()


async def test_a_job_cancelled_while_no_replica_held_it_ends_cancelled_when_adopted(
    redis_url: str,
) -> None:
    dead = RedisJobStore(redis_url, 3600, owner="dead", lease_seconds=0.2)
    settings = OrchestratorSettings(redis_url=redis_url, lease_seconds=1.0, orphan_scan_seconds=0.1)
    living = make_store(settings)
    clients = PhaseClients(settings)
    try:
        job = new_job("job-2", BRIEF, sitefarm_pb2.JobOptions())
        await dead.create_job(job)  # ...and its replica dies before it runs anything
        async with JobSupervisor(settings, living, clients) as jobs:
            answer = await jobs.cancel("job-2", wait_seconds=5.0)
        assert answer is not None and answer.state == sitefarm_pb2.JOB_STATE_CANCELLED
        assert all(n.state == sitefarm_pb2.NODE_STATE_SKIPPED for n in answer.nodes)
    finally:
        await clients.close()
        await living.close()
        await dead.close()
