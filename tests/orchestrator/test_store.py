"""The job store's contract, held by both stores alike (in process and in a real Redis): a watch
ends once the job has finished, request ids name one job, listing filters without scanning
everything."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sitefarm.v1 import sitefarm_pb2

from orchestrator import store as store_module
from orchestrator.nodes import new_job
from orchestrator.store import (
    JobFilter,
    JobStore,
    MemoryJobStore,
    RedisJobStore,
    RequestHolder,
    request_key,
)
from testkit.briefs import BRIEF

E = sitefarm_pb2
WATCH_SECONDS = 5.0  # a watch that should end at once; the bound only turns a hang into a failure


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[JobStore]:
    if request.param == "memory":
        yield MemoryJobStore()
        return
    redis_url = request.getfixturevalue("redis_url")
    redis_store = RedisJobStore(redis_url, ttl_seconds=600, lease_seconds=30)
    try:
        yield redis_store
    finally:
        await redis_store.close()


async def started_job(
    store: JobStore, job_id: str, events: int, caller: str = "t-1"
) -> sitefarm_pb2.Job:
    """A job with `events` events recorded (NODE_STARTED after the first), still running."""
    job = new_job(job_id, BRIEF, sitefarm_pb2.JobOptions())
    job.caller = caller
    await store.create_job(job)
    job.state = E.JOB_STATE_RUNNING
    for sequence in range(1, events + 1):
        kind = E.EVENT_KIND_JOB_STARTED if sequence == 1 else E.EVENT_KIND_NODE_STARTED
        await store.record(job, event(job, sequence, kind))
    return job


def event(job: sitefarm_pb2.Job, sequence: int, kind: int) -> sitefarm_pb2.JobEvent:
    return sitefarm_pb2.JobEvent(
        job_id=job.job_id,
        sequence=sequence,
        kind=kind,  # type: ignore[arg-type]
        job_state=job.state,
    )


async def finish(store: JobStore, job: sitefarm_pb2.Job, sequence: int) -> None:
    job.state = E.JOB_STATE_COMPLETED
    await store.record(job, event(job, sequence, E.EVENT_KIND_JOB_FINISHED))


async def watched(store: JobStore, job_id: str, after: int) -> list[int]:
    """The sequence numbers a watch from `after` streams before it ends by itself."""
    async with asyncio.timeout(WATCH_SECONDS):
        return [e.sequence async for e in store.watch(job_id, after)]


@pytest.mark.parametrize("after", [5, 6, 50])
async def test_a_watch_at_or_past_the_end_of_a_finished_job_ends_at_once_empty(
    store: JobStore, after: int
) -> None:
    job = await started_job(store, "finished", 4)
    await finish(store, job, 5)
    assert await watched(store, job.job_id, after) == []


@pytest.mark.parametrize(("after", "rest"), [(0, [1, 2, 3, 4, 5]), (3, [4, 5]), (4, [5])])
async def test_a_watch_before_the_end_of_a_finished_job_streams_the_rest_and_ends(
    store: JobStore, after: int, rest: list[int]
) -> None:
    job = await started_job(store, "finished", 4)
    await finish(store, job, 5)
    assert await watched(store, job.job_id, after) == rest


async def test_a_watcher_waiting_at_the_end_of_a_running_job_gets_its_finish(
    store: JobStore,
) -> None:
    job = await started_job(store, "running", 3)
    watch = asyncio.create_task(watched(store, job.job_id, 3))
    await asyncio.sleep(0.2)
    assert not watch.done()
    await store.record(job, event(job, 4, E.EVENT_KIND_NODE_FINISHED))
    await finish(store, job, 5)
    assert await watch == [4, 5]


async def test_a_watcher_past_the_end_of_a_running_job_ends_when_the_job_finishes(
    store: JobStore,
) -> None:
    job = await started_job(store, "running", 3)
    watch = asyncio.create_task(watched(store, job.job_id, 20))
    await asyncio.sleep(0.2)
    assert not watch.done()
    await finish(store, job, 4)
    assert await watch == []


async def test_a_request_key_is_reserved_by_one_start_then_names_its_job(store: JobStore) -> None:
    key = request_key("t-1", "order-7")
    assert await store.claim_request(key, "brief-a", "ticket-1") is None
    # A retry meanwhile sees the reservation; nobody else can take it.
    assert await store.claim_request(key, "brief-a", "ticket-2") == RequestHolder("", "brief-a")
    await store.bind_request(key, "ticket-2", "someone-else")  # not the reserving start
    await store.release_request(key, "ticket-2")
    await store.bind_request(key, "ticket-1", "job-1")
    assert await store.claim_request(key, "brief-b", "ticket-3") == RequestHolder(
        "job-1", "brief-a"
    )


async def test_a_released_request_key_is_free_for_the_next_start(store: JobStore) -> None:
    key = request_key("t-1", "order-8")
    assert await store.claim_request(key, "brief-a", "ticket-1") is None
    await store.release_request(key, "ticket-1")
    assert await store.claim_request(key, "brief-a", "ticket-2") is None


def test_request_keys_differ_by_caller_and_never_grow_with_the_request_id() -> None:
    assert request_key("t-1", "x") != request_key("t-2", "x")
    assert len(request_key("t-1", "x" * 10_000)) == len(request_key("t-1", "x"))


async def test_list_filters_by_state_and_caller_newest_first(store: JobStore) -> None:
    for number in range(6):
        job = await started_job(store, f"job-{number}", 1, caller=f"t-{number % 2}")
        if number % 3 == 0:
            await finish(store, job, 2)
        await asyncio.sleep(0.002)  # distinct creation times: newest first is well defined
    done = JobFilter(frozenset({E.JOB_STATE_COMPLETED}))
    jobs, token = await store.list_jobs(10, only=done)
    assert [j.job_id for j in jobs] == ["job-3", "job-0"] and token == ""
    mine = JobFilter(caller="t-1")
    first, token = await store.list_jobs(2, only=mine)
    second, end = await store.list_jobs(2, token, only=mine)
    assert [j.job_id for j in first + second] == ["job-5", "job-3", "job-1"]
    assert token and end == ""
    both = JobFilter(frozenset({E.JOB_STATE_RUNNING}), "t-0")
    jobs, _ = await store.list_jobs(10, only=both)
    assert [j.job_id for j in jobs] == ["job-4", "job-2"]


async def test_a_filter_that_matches_little_answers_short_pages_with_a_token_to_go_on(
    store: JobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "LIST_SCAN_LIMIT", 3)
    for number in range(7):
        await started_job(store, f"job-{number}", 1, caller="t-9" if number == 0 else "t-1")
        await asyncio.sleep(0.002)
    only = JobFilter(caller="t-9")
    pages = []
    jobs, token = await store.list_jobs(5, only=only)
    pages.append([j.job_id for j in jobs])
    while token:
        jobs, token = await store.list_jobs(5, token, only=only)
        pages.append([j.job_id for j in jobs])
    assert pages == [[], [], ["job-0"]]


async def test_a_watch_loses_no_event_that_lands_between_its_reads(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redis: the job's last events (its finish among them) arrive after a read found nothing
    new and before the watch looks whether the job has finished: they are still streamed."""
    store = RedisJobStore(redis_url, ttl_seconds=600, lease_seconds=30)
    try:
        job = await started_job(store, "racing", 3)
        read = store._redis.xrange

        async def read_then_finish(*args: Any, **kwargs: Any) -> Any:
            monkeypatch.setattr(store._redis, "xrange", read)
            answer = await read(*args, **kwargs)  # nothing after 3 yet
            await store.record(job, event(job, 4, E.EVENT_KIND_NODE_FINISHED))
            await finish(store, job, 5)
            return answer

        monkeypatch.setattr(store._redis, "xrange", read_then_finish)
        assert await watched(store, job.job_id, 3) == [4, 5]
    finally:
        await store.close()
