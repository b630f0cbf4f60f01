"""The job store: job state, event streams, checkpoints and sites, in process or in Redis."""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import logging
import os
import socket
import time
import uuid
from collections import Counter, OrderedDict, defaultdict
from collections.abc import AsyncIterator, Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sitefarm.v1 import artifacts_pb2, sitefarm_pb2

from orchestrator.settings import OrchestratorSettings

log = logging.getLogger(__name__)

_FINISHED = sitefarm_pb2.EVENT_KIND_JOB_FINISHED
M = TypeVar("M", sitefarm_pb2.Job, sitefarm_pb2.JobEvent)

# How long a request_id names the job it started (the API promises a day).
REQUEST_ID_SECONDS = 24 * 3600
# How long a request_id stays reserved by a start that has not named its job yet: a replica
# that dies in between holds it no longer than this.
REQUEST_PENDING_SECONDS = 30
# The most index entries one ListJobs call reads while filtering: a filter that matches
# little answers a short page (with a token to go on), never a scan of every job.
LIST_SCAN_LIMIT = 2000


@dataclass(frozen=True)
class JobFilter:
    """Which jobs ListJobs returns: in one of `states` (empty: any), of `caller` (empty: any)."""

    states: Collection[int] = ()
    caller: str = ""

    def matches(self, job: sitefarm_pb2.Job) -> bool:
        return (not self.states or job.state in self.states) and (
            not self.caller or job.caller == self.caller
        )


EVERY_JOB = JobFilter()


@dataclass(frozen=True)
class RequestHolder:
    """Who holds a caller's request_id: the job it started ("" while that job is being started
    by another call) and the fingerprint of the brief and options it was sent with."""

    job_id: str
    fingerprint: str


def request_key(caller: str, request_id: str) -> str:
    """A fixed-length key for a caller's request_id (any characters, any length, go in)."""
    return hashlib.sha256(f"{caller}\x00{request_id}".encode()).hexdigest()[:40]


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
        """The job's events after `after_sequence`, waiting for new ones while it runs; ends
        after JOB_FINISHED, or at once when the job has finished and none come after."""
        ...

    async def list_jobs(
        self, page_size: int, page_token: str = "", only: JobFilter = EVERY_JOB
    ) -> tuple[list[sitefarm_pb2.Job], str]:
        """Jobs matching `only`, newest first, and the token of the next page ("" at the end).
        A filtered page may hold fewer than `page_size` jobs (even none) before the end."""
        ...

    async def claim_request(self, key: str, fingerprint: str, ticket: str) -> RequestHolder | None:
        """Reserve the request key (see request_key) for a start named `ticket`: None when it
        is ours now, else who holds it."""
        ...

    async def bind_request(self, key: str, ticket: str, job_id: str) -> None:
        """The start that reserved `key` started `job_id`: the key names it for a day."""
        ...

    async def release_request(self, key: str, ticket: str) -> None:
        """The start that reserved `key` started nothing: the key is free again."""
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

    async def cancel_requested(self, job_id: str) -> bool:
        """Whether anyone asked to cancel the job (read before resuming it)."""
        ...

    # --- durable jobs: a replica holds each job it runs by a lease ---------------------------

    @property
    def durable(self) -> bool:
        """True when jobs outlive this process, so another replica can resume them."""
        ...

    async def renew_leases(self, job_ids: Sequence[str]) -> set[str]:
        """Extend this replica's leases on `job_ids`; the ids whose lease it no longer holds."""
        ...

    async def release_lease(self, job_id: str) -> None:
        """Give a job up without finishing it, so another replica resumes it at once."""
        ...

    async def claim_orphans(self, limit: int) -> list[str]:
        """Take the lease of up to `limit` unfinished jobs that no replica holds."""
        ...

    async def forget(self, job_id: str) -> None:
        """Drop a job from the unfinished ones (it ended or expired) and its lease."""
        ...

    async def last_sequence(self, job_id: str) -> int:
        """The sequence number of the job's last recorded event, 0 when none."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


class BadPageToken(ValueError):
    """A ListJobs page_token this store did not hand out."""


class LeaseLost(RuntimeError):
    """This replica no longer holds the job's lease: another one runs it now, and every write
    of ours to it is refused (the lease fences them)."""


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
    """Everything in this process, bounded like the Redis store: a finished job, its events and
    site go `ttl_seconds` after its last write, or sooner when more than `max_jobs` are kept
    (oldest finished first); checkpoints and sites together hold at most `max_bytes`, the
    oldest checkpoint going first. A running job is never dropped."""

    def __init__(
        self,
        ttl_seconds: float = 7 * 24 * 3600,
        max_jobs: int = 1000,
        max_bytes: int = 1024 * 1024 * 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl_seconds
        self._max_jobs = max_jobs
        self._max_bytes = max_bytes
        self._clock = clock
        self._written: OrderedDict[str, float] = OrderedDict()  # job id -> last write, oldest first
        # checkpoint key -> when written, oldest first; the bytes live in _checkpoints.
        self._checkpoint_written: OrderedDict[str, float] = OrderedDict()
        self._held_bytes = 0  # checkpoints and sites
        self._jobs: dict[str, sitefarm_pb2.Job] = {}
        self._entries: list[str] = []
        self._events: dict[str, list[sitefarm_pb2.JobEvent]] = defaultdict(list)
        self._changed: dict[str, asyncio.Condition] = defaultdict(asyncio.Condition)
        self._checkpoints: dict[str, bytes] = {}
        self._sites: dict[str, artifacts_pb2.SiteBundle] = {}
        self._cancels: asyncio.Queue[str] = asyncio.Queue()
        # request key -> (holder, ticket, expiry on the monotonic clock), oldest first.
        self._requests: OrderedDict[str, tuple[RequestHolder, str, float]] = OrderedDict()

    async def create_job(self, job: sitefarm_pb2.Job) -> None:
        self._jobs[job.job_id] = _copy(job)
        self._entries.append(_list_entry(job))
        self._touch(job.job_id)
        self._drop_old_jobs()

    async def record(self, job: sitefarm_pb2.Job, event: sitefarm_pb2.JobEvent) -> None:
        self._jobs[job.job_id] = _copy(job)
        self._events[job.job_id].append(_copy(event))
        self._touch(job.job_id)
        changed = self._changed[job.job_id]
        async with changed:
            changed.notify_all()
        if event.kind == _FINISHED:
            self._drop_old_jobs()

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
                while len(events) <= position and not _ended(events[-1:]):
                    await changed.wait()
            if len(events) <= position:
                return  # it finished at or before the sequence asked for: nothing will come
            while position < len(events):
                event = events[position]
                position += 1
                yield _copy(event)
                if event.kind == _FINISHED:
                    return

    async def list_jobs(
        self, page_size: int, page_token: str = "", only: JobFilter = EVERY_JOB
    ) -> tuple[list[sitefarm_pb2.Job], str]:
        entries = sorted(self._entries, reverse=True)
        if page_token:
            after = _decode_token(page_token)
            entries = [e for e in entries if e < after]
        jobs: list[sitefarm_pb2.Job] = []
        last = ""  # the entry the next page starts after
        for scanned, entry in enumerate(entries):
            if scanned == LIST_SCAN_LIMIT:
                return jobs, _encode_token(last)
            job = self._jobs[entry.partition(":")[2]]
            if only.matches(job):
                if len(jobs) == page_size:
                    return jobs, _encode_token(last)
                jobs.append(_copy(job))
            last = entry
        return jobs, ""

    async def claim_request(self, key: str, fingerprint: str, ticket: str) -> RequestHolder | None:
        now = time.monotonic()
        while self._requests and next(iter(self._requests.values()))[2] <= now:
            self._requests.popitem(last=False)
        held = self._requests.get(key)
        if held is not None and held[2] > now:
            return held[0]
        self._requests[key] = (
            RequestHolder("", fingerprint),
            ticket,
            now + REQUEST_PENDING_SECONDS,
        )
        self._requests.move_to_end(key)
        return None

    async def bind_request(self, key: str, ticket: str, job_id: str) -> None:
        held = self._requests.get(key)
        if held is not None and held[1] == ticket:
            holder = RequestHolder(job_id, held[0].fingerprint)
            self._requests[key] = (holder, ticket, time.monotonic() + REQUEST_ID_SECONDS)
            self._requests.move_to_end(key)

    async def release_request(self, key: str, ticket: str) -> None:
        held = self._requests.get(key)
        if held is not None and held[1] == ticket:
            del self._requests[key]

    async def get_checkpoint(self, key: str) -> bytes | None:
        self._drop_old_checkpoints()
        return self._checkpoints.get(key)

    async def put_checkpoint(self, key: str, value: bytes) -> None:
        self._drop_checkpoint(key)
        self._checkpoints[key] = value
        self._checkpoint_written[key] = self._clock()
        self._held_bytes += len(value)
        self._drop_old_checkpoints()

    async def put_site(self, job_id: str, site: artifacts_pb2.SiteBundle) -> None:
        self._drop_site(job_id)
        self._sites[job_id] = site
        self._held_bytes += site.ByteSize()
        self._touch(job_id)
        self._drop_old_checkpoints()

    async def get_site(self, job_id: str) -> artifacts_pb2.SiteBundle | None:
        return self._sites.get(job_id)

    async def request_cancel(self, job_id: str) -> None:
        self._cancels.put_nowait(job_id)

    async def cancel_requests(self) -> AsyncIterator[str]:
        while True:
            yield await self._cancels.get()

    async def cancel_requested(self, job_id: str) -> bool:
        return False  # nothing to resume in a store that ends with its process

    @property
    def durable(self) -> bool:
        return False

    async def renew_leases(self, job_ids: Sequence[str]) -> set[str]:
        return set()

    async def release_lease(self, job_id: str) -> None:
        return None

    async def claim_orphans(self, limit: int) -> list[str]:
        return []

    async def forget(self, job_id: str) -> None:
        return None

    async def last_sequence(self, job_id: str) -> int:
        return len(self._events.get(job_id, ()))

    # --- bounds: what a long-running process keeps ------------------------------------------

    def _touch(self, job_id: str) -> None:
        self._written[job_id] = self._clock()
        self._written.move_to_end(job_id)

    def _drop_old_jobs(self) -> None:
        """Finished jobs past their TTL, then the oldest finished ones past `max_jobs`."""
        expired_before = self._clock() - self._ttl
        over = len(self._jobs) - self._max_jobs
        for job_id, written in list(self._written.items()):
            if written > expired_before and over <= 0:
                break  # oldest first: the rest are fresh, and the count is within bounds
            if _ended(self._events.get(job_id, ())[-1:]):
                self._drop_job(job_id)
                over -= 1

    def _drop_job(self, job_id: str) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None:
            self._entries.remove(_list_entry(job))
        self._written.pop(job_id, None)
        self._events.pop(job_id, None)
        self._changed.pop(job_id, None)
        self._drop_site(job_id)

    def _drop_site(self, job_id: str) -> None:
        if (site := self._sites.pop(job_id, None)) is not None:
            self._held_bytes -= site.ByteSize()

    def _drop_checkpoint(self, key: str) -> None:
        if (value := self._checkpoints.pop(key, None)) is not None:
            self._held_bytes -= len(value)
        self._checkpoint_written.pop(key, None)

    def _drop_old_checkpoints(self) -> None:
        """Checkpoints past their TTL; then, while checkpoints and sites hold more than
        `max_bytes`, the oldest checkpoint, and the oldest finished job's site after them."""
        expired_before = self._clock() - self._ttl
        while self._checkpoint_written:
            key, written = next(iter(self._checkpoint_written.items()))
            if written > expired_before and self._held_bytes <= self._max_bytes:
                return
            self._drop_checkpoint(key)
        for job_id in list(self._written):
            if self._held_bytes <= self._max_bytes:
                return
            if job_id in self._sites and _ended(self._events.get(job_id, ())[-1:]):
                self._drop_site(job_id)

    async def close(self) -> None:
        return None


# Appends an event and saves the job after it, only while this replica holds the job's lease
# (a replica that lost it can write nothing), and only once: an append retried after a lost
# reply finds its event already there and changes nothing.
_RECORD = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return redis.error_reply('LEASE_LOST')
end
local top = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
local last = 0
if #top > 0 then last = tonumber(string.match(top[1][1], '^(%d+)')) end
if tonumber(ARGV[2]) > last then
  redis.call('XADD', KEYS[2], ARGV[2] .. '-0', 'event', ARGV[3])
  redis.call('SET', KEYS[3], ARGV[4], 'EX', ARGV[5])
end
redis.call('EXPIRE', KEYS[2], ARGV[5])
if ARGV[6] == '1' then
  redis.call('SREM', KEYS[4], ARGV[7])
  redis.call('DEL', KEYS[1])
end
return 1
"""

# Extends each lease this replica still holds; answers the 1-based positions of the others.
_RENEW = """
local lost = {}
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then
    redis.call('PEXPIRE', key, ARGV[2])
  else
    table.insert(lost, i)
  end
end
return lost
"""

# Takes the lease of unfinished jobs nobody holds (their replica died or gave them up).
_CLAIM = """
local claimed = {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if #claimed >= tonumber(ARGV[4]) then break end
  if redis.call('SET', ARGV[3] .. id .. ':lease', ARGV[1], 'NX', 'PX', ARGV[2]) then
    table.insert(claimed, id)
  end
end
return claimed
"""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# A request_id's holder: reserved by a start's ticket for a short while, then naming its job.
_CLAIM_REQUEST = """
local held = redis.call('HMGET', KEYS[1], 'job_id', 'fingerprint')
if held[2] then return held end
redis.call('HSET', KEYS[1], 'ticket', ARGV[1], 'fingerprint', ARGV[2], 'job_id', '')
redis.call('EXPIRE', KEYS[1], ARGV[3])
return false
"""

_BIND_REQUEST = """
if redis.call('HGET', KEYS[1], 'ticket') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'job_id', ARGV[2])
return redis.call('EXPIRE', KEYS[1], ARGV[3])
"""

_RELEASE_REQUEST = """
if redis.call('HGET', KEYS[1], 'ticket') == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class _Doorbell:
    """One blocking XREAD per replica, over every stream a watcher here waits on, that only
    rings: watchers read their own events with short XRANGEs. A blocking read per watcher
    would hold a connection each, and a few hundred watchers would exhaust any pool."""

    # A stream first waited on while a read is blocked joins only the next read, so the block
    # bounds how late a new watcher hears its first event: short, at ten cheap reads a second.
    def __init__(self, redis: aioredis.Redis, block_ms: int = 100) -> None:
        self._redis = redis
        self._block_ms = block_ms
        self._positions: dict[str, str] = {}  # stream -> the last entry id seen
        self._bells: dict[str, asyncio.Event] = {}
        self._waiting: Counter[str] = Counter()
        self._reader: asyncio.Task[None] | None = None

    async def wait(self, stream: str, after: str, seconds: float) -> None:
        """Return when `stream` gets an entry after `after`, or after `seconds` at most."""
        self._waiting[stream] += 1
        if _entry_number(after) >= _entry_number(self._positions.get(stream, "0-0")):
            self._positions[stream] = after
        bell = self._bells.setdefault(stream, asyncio.Event())
        if self._reader is None or self._reader.done():
            # Owned by the store: close() cancels it.
            self._reader = asyncio.create_task(self._read(), name="job-event-doorbell")
        try:
            async with asyncio.timeout(seconds):
                await bell.wait()
        except TimeoutError:
            pass  # a missed ring costs a second, never an event
        finally:
            self._waiting[stream] -= 1
            if not self._waiting[stream]:
                del self._waiting[stream]
                self._positions.pop(stream, None)
                self._bells.pop(stream, None)

    async def _read(self) -> None:
        while self._positions:
            try:
                positions: dict[Any, Any] = dict(self._positions)
                answer: Any = await self._redis.xread(positions, block=self._block_ms, count=1)
            except (RedisConnectionError, RedisTimeoutError) as error:
                log.warning("job event doorbell: %s; retrying", error)
                await asyncio.sleep(0.5)
                continue
            for stream, entries in answer or ():
                name = _text(stream)
                if name in self._positions and entries:
                    self._positions[name] = _text(entries[-1][0])
                if (bell := self._bells.pop(name, None)) is not None:
                    bell.set()

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.gather(self._reader, return_exceptions=True)


def _entry_number(entry_id: str) -> int:
    return int(entry_id.partition("-")[0] or 0)


def _retry_policy(seconds: float) -> Retry:
    """Retries of every Redis call while it is unreachable (a restart, a failover), for about
    `seconds` in all: backoff doubling from 20 ms to 500 ms."""
    backoff = ExponentialBackoff(cap=0.5, base=0.02)
    retries, waited = 0, 0.0
    while waited < seconds:
        waited += backoff.compute(retries)
        retries += 1
    return Retry(backoff, retries)


class RedisJobStore:
    """Jobs in Redis: state as the serialized Job, events as a Redis Stream per job whose
    entry ids are the event sequence numbers, so a watcher resumes with XREAD from `n-0`.

    Each unfinished job sits in the `active` set and is held by one replica's lease (a key
    with a TTL that the replica renews); every write of the job's events is fenced by it.
    """

    def __init__(
        self,
        url: str,
        ttl_seconds: int,
        prefix: str = "sitefarm",
        owner: str | None = None,
        lease_seconds: float = 15.0,
        retry_seconds: float = 20.0,
        max_connections: int = 64,
    ) -> None:
        retry = _retry_policy(retry_seconds)
        # Callers queue for a connection under a burst instead of failing "Too many
        # connections"; the doorbell's blocking read has a connection of its own.
        pool = aioredis.BlockingConnectionPool.from_url(
            url, max_connections=max_connections, timeout=retry_seconds or None, retry=retry
        )
        self._redis = aioredis.Redis(connection_pool=pool)
        self._doorbell_redis = aioredis.Redis.from_url(url, retry=retry, max_connections=2)
        self._doorbell = _Doorbell(self._doorbell_redis)
        self._ttl = ttl_seconds
        self._prefix = prefix
        # Who this replica is, as written in the leases it holds.
        self.owner = owner or f"{socket.gethostname()}/{os.getpid()}/{uuid.uuid4().hex[:8]}"
        self._lease_ms = max(1, int(lease_seconds * 1000))
        self._record = self._redis.register_script(_RECORD)
        self._renew = self._redis.register_script(_RENEW)
        self._claim = self._redis.register_script(_CLAIM)
        self._release = self._redis.register_script(_RELEASE)
        self._claim_request = self._redis.register_script(_CLAIM_REQUEST)
        self._bind_request = self._redis.register_script(_BIND_REQUEST)
        self._release_request = self._redis.register_script(_RELEASE_REQUEST)

    def _key(self, *parts: str) -> str:
        return ":".join((self._prefix, *parts))

    def _lease(self, job_id: str) -> str:
        return self._key("job", job_id, "lease")

    @property
    def durable(self) -> bool:
        return True

    async def create_job(self, job: sitefarm_pb2.Job) -> None:
        # Listed as unfinished and leased to us together: no other replica can see it
        # unfinished and unheld, even for an instant.
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(self._key("job", job.job_id), job.SerializeToString(), ex=self._ttl)
            pipe.zadd(self._key("jobs"), {_list_entry(job): 0})
            pipe.set(self._lease(job.job_id), self.owner, px=self._lease_ms)
            pipe.sadd(self._key("active"), job.job_id)
            await pipe.execute()

    async def record(self, job: sitefarm_pb2.Job, event: sitefarm_pb2.JobEvent) -> None:
        keys = [
            self._lease(job.job_id),
            self._key("job", job.job_id, "events"),
            self._key("job", job.job_id),
            self._key("active"),
        ]
        args: list[bytes | str | int] = [
            self.owner,
            event.sequence,
            event.SerializeToString(),
            job.SerializeToString(),
            self._ttl,
            "1" if event.kind == _FINISHED else "0",
            job.job_id,
        ]
        try:
            await self._record(keys=keys, args=args)
        except ResponseError as error:
            if "LEASE_LOST" in str(error):
                raise LeaseLost(f"job {job.job_id} is no longer held by {self.owner}") from None
            raise

    async def renew_leases(self, job_ids: Sequence[str]) -> set[str]:
        if not job_ids:
            return set()
        lost = await self._renew(
            keys=[self._lease(j) for j in job_ids], args=[self.owner, self._lease_ms]
        )
        return {job_ids[int(i) - 1] for i in lost}

    async def release_lease(self, job_id: str) -> None:
        await self._release(keys=[self._lease(job_id)], args=[self.owner])

    async def claim_orphans(self, limit: int) -> list[str]:
        if limit <= 0:
            return []
        claimed = await self._claim(
            keys=[self._key("active")],
            args=[self.owner, self._lease_ms, self._key("job", ""), limit],
        )
        return [_text(job_id) for job_id in claimed]

    async def forget(self, job_id: str) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.srem(self._key("active"), job_id)
            pipe.delete(self._lease(job_id))
            await pipe.execute()

    async def last_sequence(self, job_id: str) -> int:
        top = await self._redis.xrevrange(self._key("job", job_id, "events"), count=1)
        return int(_text(top[0][0]).partition("-")[0]) if top else 0

    async def get_job(self, job_id: str) -> sitefarm_pb2.Job | None:
        data = _bytes(await self._redis.get(self._key("job", job_id)))
        return None if data is None else sitefarm_pb2.Job.FromString(data)

    async def watch(
        self, job_id: str, after_sequence: int = 0
    ) -> AsyncIterator[sitefarm_pb2.JobEvent]:
        stream = self._key("job", job_id, "events")
        last = f"{max(0, after_sequence)}-0"
        while True:
            try:
                entries: Any = await self._redis.xrange(stream, min=f"({last}", count=200)
            except (RedisConnectionError, RedisTimeoutError) as error:
                # Redis away longer than the client retries: the watcher waits, it does not
                # fail (a failed Generate stream would cancel a job that is fine).
                log.warning("watching job %s: %s; retrying", job_id, error)
                await asyncio.sleep(1.0)
                continue
            for entry_id, fields in entries:
                last = _text(entry_id)  # the next read starts after it
                event = sitefarm_pb2.JobEvent.FromString(fields[b"event"])
                yield event
                if event.kind == _FINISHED:
                    return
            if entries:
                continue
            if await self._finished_before(stream, _entry_number(last)):
                return  # it finished at or before the sequence asked for: nothing will come
            await self._doorbell.wait(stream, last, seconds=1.0)

    async def _finished_before(self, stream: str, sequence: int) -> bool:
        """Whether the job's last event is JOB_FINISHED at or before `sequence` (one after it
        arrived since the last read: not yet). Redis away: not known, so no."""
        try:
            top: Any = await self._redis.xrevrange(stream, count=1)
        except (RedisConnectionError, RedisTimeoutError):
            return False
        events = [sitefarm_pb2.JobEvent.FromString(fields[b"event"]) for _, fields in top]
        return _ended(events) and events[-1].sequence <= sequence

    async def list_jobs(
        self, page_size: int, page_token: str = "", only: JobFilter = EVERY_JOB
    ) -> tuple[list[sitefarm_pb2.Job], str]:
        index = self._key("jobs")
        cursor = f"({_decode_token(page_token)}" if page_token else "+"
        jobs: list[sitefarm_pb2.Job] = []
        last = ""  # the entry the next page starts after
        scanned = 0
        # Read in batches of one more than the page still needs (filtered: at least 50), so a
        # match past a full page says a next page exists; expired jobs are skipped.
        while scanned < LIST_SCAN_LIMIT:
            want = max(page_size + 1 - len(jobs), 50 if only != EVERY_JOB else 1)
            want = min(want, 500, LIST_SCAN_LIMIT - scanned)
            entries = await self._redis.zrevrangebylex(index, cursor, "-", start=0, num=want)
            if not entries:
                return jobs, ""
            names = [_text(e) for e in entries]
            keys = [self._key("job", n.partition(":")[2]) for n in names]
            states = [_bytes(data) for data in await self._redis.mget(keys)]
            if expired := [n for n, data in zip(names, states, strict=True) if data is None]:
                await self._redis.zrem(index, *expired)  # the job's TTL passed
            for name, data in zip(names, states, strict=True):
                job = None if data is None else sitefarm_pb2.Job.FromString(data)
                if job is not None and only.matches(job):
                    if len(jobs) == page_size:
                        return jobs, _encode_token(last)
                    jobs.append(job)
                last = name
                scanned += 1
            cursor = f"({names[-1]}"
        return jobs, _encode_token(last)

    def _request(self, key: str) -> str:
        return self._key("request", key)

    async def claim_request(self, key: str, fingerprint: str, ticket: str) -> RequestHolder | None:
        held = await self._claim_request(
            keys=[self._request(key)], args=[ticket, fingerprint, REQUEST_PENDING_SECONDS]
        )
        if not held:
            return None
        job_id, held_fingerprint = (_text(v) if v is not None else "" for v in held)
        return RequestHolder(job_id, held_fingerprint)

    async def bind_request(self, key: str, ticket: str, job_id: str) -> None:
        await self._bind_request(
            keys=[self._request(key)], args=[ticket, job_id, REQUEST_ID_SECONDS]
        )

    async def release_request(self, key: str, ticket: str) -> None:
        await self._release_request(keys=[self._request(key)], args=[ticket])

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
        async with self._redis.pipeline(transaction=True) as pipe:
            # The flag outlives the message: a replica resuming the job later still sees it.
            pipe.set(self._key("job", job_id, "cancel"), b"1", ex=self._ttl)
            pipe.xadd(self._key("cancels"), {"job_id": job_id}, maxlen=10_000, approximate=True)
            await pipe.execute()

    async def cancel_requested(self, job_id: str) -> bool:
        return bool(await self._redis.exists(self._key("job", job_id, "cancel")))

    async def cancel_requests(self) -> AsyncIterator[str]:
        stream = self._key("cancels")
        last = "$"  # only requests made from now on; older ones found their replica already
        while True:
            answer = await self._redis.xread({stream: last}, block=5000, count=100)
            for entry_id, fields in _stream_entries(answer):
                last = entry_id
                yield fields[b"job_id"].decode()

    async def close(self) -> None:
        await self._doorbell.close()
        await self._doorbell_redis.aclose()
        await self._redis.aclose()


def _bytes(value: object) -> bytes | None:
    """A reply of this client (decode_responses off) as bytes, None kept."""
    return None if value is None else bytes(value)  # type: ignore[call-overload]


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _ended(last_events: Sequence[sitefarm_pb2.JobEvent]) -> bool:
    """Whether a job whose last event (if any) is given has finished."""
    return bool(last_events) and last_events[-1].kind == _FINISHED


def _stream_entries(answer: Any) -> Iterator[tuple[str, dict[bytes, bytes]]]:
    """XREAD's reply as (entry id, fields) pairs, in stream order."""
    for _stream, entries in answer or ():
        for entry_id, fields in entries:
            yield _text(entry_id), fields


def make_store(settings: OrchestratorSettings) -> JobStore:
    """Redis when SITEFARM_REDIS_URL is set, else in process."""
    if settings.redis_url:
        return RedisJobStore(
            settings.redis_url,
            settings.store_ttl_seconds,
            lease_seconds=settings.lease_seconds,
            retry_seconds=settings.redis_retry_seconds,
        )
    return MemoryJobStore(
        settings.store_ttl_seconds,
        max_jobs=settings.memory_store_max_jobs,
        max_bytes=settings.memory_store_max_mb * 1024 * 1024,
    )


def _copy(message: M) -> M:
    copied = type(message)()
    copied.CopyFrom(message)
    return copied
