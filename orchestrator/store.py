"""The job store: job state, event streams, checkpoints and sites, in process or in Redis."""

from __future__ import annotations

import asyncio
import base64
import binascii
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator
from typing import Any, Protocol, TypeVar

import redis.asyncio as aioredis
from sitefarm.v1 import artifacts_pb2, sitefarm_pb2

from orchestrator.settings import OrchestratorSettings

_FINISHED = sitefarm_pb2.EVENT_KIND_JOB_FINISHED
M = TypeVar("M", sitefarm_pb2.Job, sitefarm_pb2.JobEvent)


class JobStore(Protocol):
    """Where jobs live, so any orchestrator replica can answer for any job."""

    async def create_job(self, job: sitefarm_pb2.Job) -> None:
        """Store a new job and list it."""
        ...

    async def record(self, job: sitefarm_pb2.Job, event: sitefarm_pb2.JobEvent) -> None:
        """Append the job's next event and save its state after it, together."""
        ...

    async def get_job(self, job_id: str) -> sitefarm_pb2.Job | None:
        """A job's latest state, None when unknown."""
        ...

    def watch(self, job_id: str, after_sequence: int = 0) -> AsyncIterator[sitefarm_pb2.JobEvent]:
        """The job's events after `after_sequence`, waiting for new ones until it finishes."""
        ...

    async def list_jobs(
        self, page_size: int, page_token: str = ""
    ) -> tuple[list[sitefarm_pb2.Job], str]:
        """Jobs newest first and the token of the next page ("" at the end)."""
        ...

    async def get_checkpoint(self, key: str) -> bytes | None:
        """A checkpointed phase result, None when absent."""
        ...

    async def put_checkpoint(self, key: str, value: bytes) -> None:
        """Checkpoint a phase result."""
        ...

    async def put_site(self, job_id: str, site: artifacts_pb2.SiteBundle) -> None:
        """Keep a finished job's site for DownloadSite."""
        ...

    async def get_site(self, job_id: str) -> artifacts_pb2.SiteBundle | None:
        """A finished job's site, None when absent."""
        ...

    async def request_cancel(self, job_id: str) -> None:
        """Ask whichever replica runs the job to cancel it."""
        ...

    def cancel_requests(self) -> AsyncIterator[str]:
        """Job ids whose cancellation was asked for from now on, by any replica."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


class BadPageToken(ValueError):
    """A ListJobs page_token this store did not hand out."""


def _list_entry(job: sitefarm_pb2.Job) -> str:
    # Sorts by creation time, then id: newest first is the reverse order of these strings.
    micros = job.created_at.seconds * 1_000_000 + job.created_at.nanos // 1000
    return f"{micros:017d}:{job.job_id}"


def _encode_token(entry: str) -> str:
    return base64.urlsafe_b64encode(entry.encode()).decode().rstrip("=")


def _decode_token(token: str) -> str:
    try:
        entry = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise BadPageToken("page_token is not one this server returned") from None
    micros, _, job_id = entry.partition(":")
    if not (micros.isdigit() and job_id):
        raise BadPageToken("page_token is not one this server returned")
    return entry


class MemoryJobStore:
    """Everything in this process, for as long as it runs: the embedded default."""

    def __init__(self) -> None:
        self._jobs: dict[str, sitefarm_pb2.Job] = {}
        self._entries: list[str] = []
        self._events: dict[str, list[sitefarm_pb2.JobEvent]] = defaultdict(list)
        self._changed: dict[str, asyncio.Condition] = defaultdict(asyncio.Condition)
        self._checkpoints: dict[str, bytes] = {}
        self._sites: dict[str, artifacts_pb2.SiteBundle] = {}
        self._cancels: asyncio.Queue[str] = asyncio.Queue()

    async def create_job(self, job: sitefarm_pb2.Job) -> None:
        self._jobs[job.job_id] = _copy(job)
        self._entries.append(_list_entry(job))

    async def record(self, job: sitefarm_pb2.Job, event: sitefarm_pb2.JobEvent) -> None:
        self._jobs[job.job_id] = _copy(job)
        self._events[job.job_id].append(_copy(event))
        changed = self._changed[job.job_id]
        async with changed:
            changed.notify_all()

    async def get_job(self, job_id: str) -> sitefarm_pb2.Job | None:
        job = self._jobs.get(job_id)
        return None if job is None else _copy(job)

    async def watch(
        self, job_id: str, after_sequence: int = 0
    ) -> AsyncIterator[sitefarm_pb2.JobEvent]:
        events = self._events[job_id]
        changed = self._changed[job_id]
        position = max(0, after_sequence)  # sequence n sits at index n - 1
        while True:
            async with changed:
                while len(events) <= position:
                    await changed.wait()
            while position < len(events):
                event = events[position]
                position += 1
                yield _copy(event)
                if event.kind == _FINISHED:
                    return

    async def list_jobs(
        self, page_size: int, page_token: str = ""
    ) -> tuple[list[sitefarm_pb2.Job], str]:
        entries = sorted(self._entries, reverse=True)
        if page_token:
            after = _decode_token(page_token)
            entries = [e for e in entries if e < after]
        page = entries[:page_size]
        jobs = [_copy(self._jobs[e.partition(":")[2]]) for e in page]
        more = len(entries) > page_size
        return jobs, _encode_token(page[-1]) if more and page else ""

    async def get_checkpoint(self, key: str) -> bytes | None:
        return self._checkpoints.get(key)

    async def put_checkpoint(self, key: str, value: bytes) -> None:
        self._checkpoints[key] = value

    async def put_site(self, job_id: str, site: artifacts_pb2.SiteBundle) -> None:
        self._sites[job_id] = site

    async def get_site(self, job_id: str) -> artifacts_pb2.SiteBundle | None:
        return self._sites.get(job_id)

    async def request_cancel(self, job_id: str) -> None:
        self._cancels.put_nowait(job_id)

    async def cancel_requests(self) -> AsyncIterator[str]:
        while True:
            yield await self._cancels.get()

    async def close(self) -> None:
        return None


class RedisJobStore:
    """Jobs in Redis: state as the serialized Job, events as a Redis Stream per job whose
    entry ids are the event sequence numbers, so a watcher resumes with XREAD from `n-0`."""

    def __init__(self, url: str, ttl_seconds: int, prefix: str = "sitefarm") -> None:
        self._redis = aioredis.Redis.from_url(url)
        self._ttl = ttl_seconds
        self._prefix = prefix

    def _key(self, *parts: str) -> str:
        return ":".join((self._prefix, *parts))

    async def create_job(self, job: sitefarm_pb2.Job) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(self._key("job", job.job_id), job.SerializeToString(), ex=self._ttl)
            pipe.zadd(self._key("jobs"), {_list_entry(job): 0})
            await pipe.execute()

    async def record(self, job: sitefarm_pb2.Job, event: sitefarm_pb2.JobEvent) -> None:
        stream = self._key("job", job.job_id, "events")
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xadd(stream, {"event": event.SerializeToString()}, id=f"{event.sequence}-0")
            pipe.expire(stream, self._ttl)
            pipe.set(self._key("job", job.job_id), job.SerializeToString(), ex=self._ttl)
            await pipe.execute()

    async def get_job(self, job_id: str) -> sitefarm_pb2.Job | None:
        data = _bytes(await self._redis.get(self._key("job", job_id)))
        return None if data is None else sitefarm_pb2.Job.FromString(data)

    async def watch(
        self, job_id: str, after_sequence: int = 0
    ) -> AsyncIterator[sitefarm_pb2.JobEvent]:
        stream = self._key("job", job_id, "events")
        last = f"{max(0, after_sequence)}-0"
        while True:
            answer = await self._redis.xread({stream: last}, block=5000, count=200)
            for entry_id, fields in _stream_entries(answer):
                last = entry_id  # the next read starts after it
                event = sitefarm_pb2.JobEvent.FromString(fields[b"event"])
                yield event
                if event.kind == _FINISHED:
                    return

    async def list_jobs(
        self, page_size: int, page_token: str = ""
    ) -> tuple[list[sitefarm_pb2.Job], str]:
        index = self._key("jobs")
        cursor = f"({_decode_token(page_token)}" if page_token else "+"
        found: list[tuple[str, sitefarm_pb2.Job]] = []
        # One more than the page tells whether a next page exists; expired jobs are skipped.
        while len(found) <= page_size:
            want = page_size + 1 - len(found)
            entries = await self._redis.zrevrangebylex(index, cursor, "-", start=0, num=want)
            if not entries:
                break
            names = [_text(e) for e in entries]
            keys = [self._key("job", n.partition(":")[2]) for n in names]
            states = [_bytes(data) for data in await self._redis.mget(keys)]
            if expired := [n for n, data in zip(names, states, strict=True) if data is None]:
                await self._redis.zrem(index, *expired)  # the job's TTL passed
            found += [
                (n, sitefarm_pb2.Job.FromString(data))
                for n, data in zip(names, states, strict=True)
                if data is not None
            ]
            cursor = f"({names[-1]}"
        page = found[:page_size]
        token = _encode_token(page[-1][0]) if len(found) > page_size else ""
        return [job for _, job in page], token

    async def get_checkpoint(self, key: str) -> bytes | None:
        return _bytes(await self._redis.get(self._key("checkpoint", key)))

    async def put_checkpoint(self, key: str, value: bytes) -> None:
        await self._redis.set(self._key("checkpoint", key), value, ex=self._ttl)

    async def put_site(self, job_id: str, site: artifacts_pb2.SiteBundle) -> None:
        await self._redis.set(self._key("site", job_id), site.SerializeToString(), ex=self._ttl)

    async def get_site(self, job_id: str) -> artifacts_pb2.SiteBundle | None:
        data = _bytes(await self._redis.get(self._key("site", job_id)))
        return None if data is None else artifacts_pb2.SiteBundle.FromString(data)

    async def request_cancel(self, job_id: str) -> None:
        await self._redis.xadd(
            self._key("cancels"), {"job_id": job_id}, maxlen=10_000, approximate=True
        )

    async def cancel_requests(self) -> AsyncIterator[str]:
        stream = self._key("cancels")
        last = "$"  # only requests made from now on; older ones found their replica already
        while True:
            answer = await self._redis.xread({stream: last}, block=5000, count=100)
            for entry_id, fields in _stream_entries(answer):
                last = entry_id
                yield fields[b"job_id"].decode()

    async def close(self) -> None:
        await self._redis.aclose()


def _bytes(value: object) -> bytes | None:
    """A reply of this client (decode_responses off) as bytes, None kept."""
    return None if value is None else bytes(value)  # type: ignore[call-overload]


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _stream_entries(answer: Any) -> Iterator[tuple[str, dict[bytes, bytes]]]:
    """XREAD's reply as (entry id, fields) pairs, in stream order."""
    for _stream, entries in answer or ():
        for entry_id, fields in entries:
            yield _text(entry_id), fields


def make_store(settings: OrchestratorSettings) -> JobStore:
    """Redis when SITEFARM_REDIS_URL is set, else in process."""
    if settings.redis_url:
        return RedisJobStore(settings.redis_url, settings.store_ttl_seconds)
    return MemoryJobStore()


def _copy(message: M) -> M:
    copied = type(message)()
    copied.CopyFrom(message)
    return copied
