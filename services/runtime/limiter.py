"""The rate limiter: token buckets per API key and model class, shared by every replica through
Redis, or kept in this process when no Redis is configured."""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import logging
import math
import os
import random
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import redis.asyncio as aioredis
from opentelemetry import trace
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from services.runtime import call_context
from services.runtime.errors import ProviderError, RateLimitedError
from services.runtime.keys import ApiKey, Lease, ModelClass, RateLimiter
from services.runtime.settings import Settings

log = logging.getLogger(__name__)

REDIS_PREFIX = "sitefarm:ratelimit"
# Priorities are kept to 10 ms and below 2^23 so the script's scores stay exact doubles.
_PRIORITY_STEPS_PER_SECOND = 100
_MAX_PRIORITY_STEP = 2**23 - 1
# A refused caller stays queued this long past the wait it was told, then counts as gone.
_WAITER_GRACE_SECONDS = 2.0
# While Redis is known to be down, try it again at most this often.
_REDIS_PROBE_SECONDS = 0.5
_LIMIT_FIELDS = {
    ModelClass.CHAT: ("chat_rpm", "chat_tpm"),
    ModelClass.IMAGES: (None, "images_ipm"),
}


# --- limits ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """One key's budget for one model class per period; 0 means unlimited."""

    requests: int
    units: int  # tokens for chat, images for images

    def share(self, fraction: float) -> Limits:
        """These limits cut to `fraction`, never to 0 (which would mean unlimited)."""

        def cut(limit: int) -> int:
            return max(1, math.floor(limit * fraction)) if limit else 0

        return Limits(cut(self.requests), cut(self.units))


PoolLimits = Mapping[tuple[ModelClass, str], Limits]


def pool_limits(settings: Settings, keys: Iterable[ApiKey]) -> dict[tuple[ModelClass, str], Limits]:
    """Every key's limits per model class: the settings' defaults, then its own overrides."""
    known = {name for pair in _LIMIT_FIELDS.values() for name in pair if name}
    ids = set()
    limits: dict[tuple[ModelClass, str], Limits] = {}
    for key in keys:
        ids.add(key.id)
        own = settings.key_limits.get(key.id, {})
        if unknown := set(own) - known:
            raise ValueError(f"SITEFARM_KEY_LIMITS[{key.id}]: unknown limits {sorted(unknown)}")
        for model_class, (requests, units) in _LIMIT_FIELDS.items():
            limits[(model_class, key.id)] = Limits(
                own.get(requests, getattr(settings, requests)) if requests else 0,
                own.get(units, getattr(settings, units)),
            )
    if stray := set(settings.key_limits) - ids:
        log.warning("SITEFARM_KEY_LIMITS names keys outside the pool: %s", ", ".join(sorted(stray)))
    return limits


# --- what every wait leaves behind ----------------------------------------------------------


@dataclass(frozen=True)
class RateLimitWait:
    """One acquire that had to wait: how long, for what, and how it ended."""

    model_class: ModelClass
    seconds: float
    sleeps: int
    priority: float
    outcome: str  # acquired | gave_up | refused | cancelled
    key_id: str | None = None


class LimiterCounters:
    """In-process counts of the limiter's waits and troubles, for whoever exports metrics."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.waits: Counter[str] = Counter()
        self.wait_seconds: defaultdict[str, float] = defaultdict(float)
        self.cooldowns: Counter[str] = Counter()
        self.redis_errors = 0
        self.fail_closed = 0
        self.fallback_leases = 0

    def waited(self, wait: RateLimitWait) -> None:
        with self._lock:
            self.waits[wait.model_class] += 1
            self.wait_seconds[wait.model_class] += wait.seconds

    def cooled(self, key_id: str) -> None:
        with self._lock:
            self.cooldowns[key_id] += 1

    def add(self, name: str, amount: int = 1) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + amount)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "waits": dict(self.waits),
                "wait_seconds": dict(self.wait_seconds),
                "cooldowns": dict(self.cooldowns),
                "redis_errors": self.redis_errors,
                "fail_closed": self.fail_closed,
                "fallback_leases": self.fallback_leases,
            }


COUNTERS = LimiterCounters()

# Called once for every acquire that waited, in the caller's context (so inside its span).
# Telemetry may append a hook that records a metric; the counters above are always kept.
wait_hooks: list[Callable[[RateLimitWait], None]] = []


def _record_wait(wait: RateLimitWait) -> None:
    COUNTERS.waited(wait)
    for hook in wait_hooks:
        try:
            hook(wait)
        except Exception:  # a broken exporter must never fail a model call
            log.exception("rate-limit wait hook failed")


def _sleep_event(model_class: ModelClass, wait: float, ahead: int, priority: float) -> None:
    # A span event on whatever span is current (the gateway's wait span once tracing is on).
    trace.get_current_span().add_event(
        "rate_limit.sleep",
        {
            "sitefarm.model_class": str(model_class),
            "sitefarm.rate_limit.sleep_ms": round(wait * 1000, 3),
            "sitefarm.rate_limit.waiters_ahead": ahead,
            "sitefarm.rate_limit.priority": priority,
        },
    )


# --- one decision -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """What one try at the buckets said: a key, or how long to wait before asking again."""

    key_id: str | None = None
    wait: float = 0.0
    ahead: int = 0
    impossible: str = ""
    fallback: bool = False
    unavailable: bool = False


def _priority_step(priority: float) -> int:
    if not math.isfinite(priority):
        return 0 if priority < 0 else _MAX_PRIORITY_STEP
    return min(_MAX_PRIORITY_STEP, max(0, int(priority * _PRIORITY_STEPS_PER_SECOND)))


def _jitter(wait: float) -> float:
    # Enough to pull apart callers told the same wait, small enough to leave no capacity idle.
    return random.uniform(0, min(0.05, 0.1 * wait)) + 0.0005


# Priority, and why this way: a refused caller is queued where the buckets live (a Redis sorted
# set by priority, then arrival; a dict in process), and the same atomic decision that reserves
# admits a caller only if the pool also holds enough for every waiter ranked ahead of it. So
# the order holds across every replica without a coordinator or a lock, a queued caller is told
# to sleep until the refill reaches its turn (no polling, no herd), and capacity that those
# ahead cannot use yet still goes to smaller calls. A per-process priority queue would be
# simpler but orders only one process's callers: across replicas the fastest poller would win.
class _QueuedLimiter:
    """The waiting loop every limiter shares: ask the buckets, sleep what they say, ask again."""

    def __init__(self, keys: Iterable[ApiKey], max_wait: float, unavailable_wait: float) -> None:
        self._keys = {key.id: key for key in keys}
        if not self._keys:
            raise ValueError("the key pool is empty")
        self._max_wait = max_wait
        self._unavailable_wait = unavailable_wait
        self._waiter_ids = itertools.count()
        self._waiter_prefix = f"{os.getpid()}-{random.getrandbits(32):08x}"

    @property
    def key_ids(self) -> list[str]:
        return list(self._keys)

    def _own(self, limits: PoolLimits) -> dict[tuple[ModelClass, str], Limits]:
        """The limits of this pool's keys: every key needs its own, others are ignored."""
        missing = [(m, k) for k in self._keys for m in ModelClass if (m, k) not in limits]
        if missing:
            raise ValueError(f"no limits for {missing}")
        return {(m, k): limits[(m, k)] for k in self._keys for m in ModelClass}

    async def _decide(
        self, model_class: ModelClass, cost: int, priority: int, waiter: str
    ) -> Decision:
        raise NotImplementedError

    async def _leave(self, model_class: ModelClass, waiter: str) -> None:
        raise NotImplementedError

    async def try_acquire(
        self, model_class: ModelClass, tokens: int, priority: float, waiter: str
    ) -> Decision:
        """One decision, no waiting: a key reserved, or the wait after which `waiter` (queued
        meanwhile under that name) should ask again. acquire() is this in a loop."""
        return await self._decide(model_class, tokens, _priority_step(priority), waiter)

    async def acquire(self, model_class: ModelClass, tokens: int, priority: float = 0.0) -> Lease:
        """Wait until some key may make a call of `tokens` units, reserve them, return the lease.

        Raises RateLimitedError (transient) when the wait would outlast the caller's deadline or
        SITEFARM_LIMITER_MAX_WAIT_SECONDS, or when Redis stays unreachable and the policy is to
        fail closed; ProviderError when the call is larger than any key may ever take.
        """
        waiter = f"{self._waiter_prefix}-{next(self._waiter_ids)}"
        step = _priority_step(priority)
        started = time.monotonic()
        unavailable_since: float | None = None
        sleeps = 0
        queued = False  # a refusal queues the caller; leaving early must take it out
        outcome, key_id = "cancelled", None
        try:
            while True:
                decision = await self._decide(model_class, tokens, step, waiter)
                if decision.key_id is not None:
                    outcome, key_id = "acquired", decision.key_id
                    return Lease(self._keys[key_id], model_class, tokens, decision.fallback)
                if decision.impossible:
                    outcome = "refused"
                    raise ProviderError(
                        f"a {model_class} call of {tokens} units: {decision.impossible}"
                    )
                queued = True
                now = time.monotonic()
                if decision.unavailable:
                    # Fail closed, but only after waiting a bounded time for Redis to return.
                    unavailable_since = unavailable_since or now
                    left = self._unavailable_wait - (now - unavailable_since)
                    if left <= 0:
                        outcome = "gave_up"
                        COUNTERS.add("fail_closed")
                        raise RateLimitedError(
                            "rate limiter unavailable: Redis is unreachable and the policy is to "
                            "fail closed (SITEFARM_LIMITER_FALLBACK_SHARE=0)",
                            retry_after=_REDIS_PROBE_SECONDS,
                        )
                    decision = Decision(wait=min(decision.wait, left), unavailable=True)
                else:
                    unavailable_since = None
                    budget = min(self._max_wait - (now - started), call_context.seconds_left())
                    if decision.wait > budget:
                        outcome = "gave_up"
                        raise RateLimitedError(
                            f"every key of the pool is busy for {decision.wait:.1f}s more",
                            retry_after=decision.wait,
                        )
                pause = decision.wait + _jitter(decision.wait)
                sleeps += 1
                log.debug(
                    "rate limit: %s call of %d units waits %.3fs (%d ahead, priority %.2f)",
                    model_class,
                    tokens,
                    pause,
                    decision.ahead,
                    priority,
                )
                _sleep_event(model_class, pause, decision.ahead, priority)
                await asyncio.sleep(pause)
        finally:
            if outcome != "acquired" and queued:
                await self._leave_quietly(model_class, waiter)
            if sleeps:
                seconds = time.monotonic() - started
                _record_wait(RateLimitWait(model_class, seconds, sleeps, priority, outcome, key_id))

    async def _leave_quietly(self, model_class: ModelClass, waiter: str) -> None:
        # Best effort: a queued entry left behind expires by itself within the grace period.
        try:
            async with asyncio.timeout(0.5):
                await self._leave(model_class, waiter)
        except Exception:
            log.debug("could not leave the rate-limit queue; the entry will expire")


# --- in process ---------------------------------------------------------------------------------


@dataclass
class _Waiter:
    score: tuple[int, int]  # (priority step, -arrival): higher goes first
    expires: float
    cost: int


@dataclass
class _Bucket:
    requests: float
    units: float
    stamp: float


class LocalBuckets:
    """The acquire script's rules (acquire.lua) in this process, on its monotonic clock."""

    def __init__(
        self,
        limits: PoolLimits,
        period: float,
        share: float = 1.0,
        burst: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.period = period
        self.share = share
        self.burst = burst
        self._clock = clock
        self._limits: dict[tuple[ModelClass, str], Limits] = {}
        self._buckets: dict[tuple[ModelClass, str], _Bucket] = {}
        self._cooling: dict[tuple[ModelClass, str], float] = {}
        self._waiters: dict[ModelClass, dict[str, _Waiter]] = {m: {} for m in ModelClass}
        self._arrivals = itertools.count()
        self.set_limits(limits)

    def set_limits(self, limits: PoolLimits) -> None:
        """New limits take effect at the next decision; levels above a new limit are cut."""
        self._limits = {k: v.share(self.share) for k, v in limits.items()}

    def limits(self, model_class: ModelClass, key_id: str) -> Limits:
        return self._limits[(model_class, key_id)]

    def _capacity(self, limit: int) -> float:
        return max(limit * self.burst, min(limit, 1))

    def _refilled(self, model_class: ModelClass, key_id: str, now: float) -> _Bucket:
        limits = self._limits[(model_class, key_id)]
        bucket = self._buckets.get((model_class, key_id))
        if bucket is None:
            return _Bucket(self._capacity(limits.requests), self._capacity(limits.units), now)
        elapsed = max(0.0, now - bucket.stamp)
        return _Bucket(
            min(
                self._capacity(limits.requests),
                bucket.requests + elapsed * limits.requests / self.period,
            ),
            min(self._capacity(limits.units), bucket.units + elapsed * limits.units / self.period),
            now,
        )

    def decide(self, model_class: ModelClass, cost: int, priority: int, waiter: str) -> Decision:
        """One try, as acquire.lua decides it: reserve on the roomiest key, or queue."""
        now = self._clock()
        queue = self._waiters[model_class]
        for gone in [w for w, entry in queue.items() if entry.expires <= now]:
            del queue[gone]
        own = queue.get(waiter)
        floor = own.score if own is not None else (priority, -math.inf)
        ahead = (
            [w for w in queue.values() if w.score > floor]
            if own
            else [w for w in queue.values() if w.score[0] >= priority]
        )
        ahead_cost = sum(w.cost for w in ahead)

        best: tuple[float, str, _Bucket] | None = None
        own_wait, fits_somewhere = math.inf, False
        pool_r = pool_u = rate_r = rate_u = 0.0
        for (m, key_id), limits in self._limits.items():
            if m != model_class:
                continue
            if limits.units == 0 or cost <= self._capacity(limits.units):
                fits_somewhere = True
            if (until := self._cooling.get((m, key_id), 0.0)) > now:
                own_wait = min(own_wait, until - now)
                continue
            bucket = self._refilled(m, key_id, now)
            wait_r = wait_u = 0.0
            room = 1.0
            if limits.requests:
                pool_r += bucket.requests
                rate_r += limits.requests / self.period
                if bucket.requests < 1:
                    wait_r = (1 - bucket.requests) * self.period / limits.requests
                room = min(room, (bucket.requests - 1) / limits.requests)
            else:
                pool_r = math.inf
            if limits.units:
                pool_u += bucket.units
                rate_u += limits.units / self.period
                if cost > self._capacity(limits.units):
                    wait_u = math.inf
                elif bucket.units < cost:
                    wait_u = (cost - bucket.units) * self.period / limits.units
                room = min(room, (bucket.units - cost) / limits.units)
            else:
                pool_u = math.inf
            wait = max(wait_r, wait_u)
            own_wait = min(own_wait, wait)
            if wait == 0 and (best is None or room > best[0]):
                best = (room, key_id, bucket)

        if not fits_somewhere:
            return Decision(impossible="the call needs more than any key may use at once")
        covered = pool_r >= len(ahead) + 1 and pool_u >= ahead_cost + cost
        if best is not None and (not ahead or covered):
            _, key_id, bucket = best
            limits = self._limits[(model_class, key_id)]
            bucket.requests -= 1 if limits.requests else 0
            bucket.units -= cost if limits.units else 0
            self._buckets[(model_class, key_id)] = bucket
            queue.pop(waiter, None)
            return Decision(key_id=key_id)

        wait = own_wait
        if ahead:
            if rate_r > 0 and pool_r < len(ahead) + 1:
                wait = max(wait, (len(ahead) + 1 - pool_r) / rate_r)
            if rate_u > 0 and pool_u < ahead_cost + cost:
                wait = max(wait, (ahead_cost + cost - pool_u) / rate_u)
        if wait == math.inf:
            wait = self.period
        wait = max(wait, 0.001)
        if own is None:
            own = queue[waiter] = _Waiter((priority, -next(self._arrivals)), 0.0, cost)
        own.expires = now + wait + _WAITER_GRACE_SECONDS
        own.cost = cost
        return Decision(wait=wait, ahead=len(ahead))

    def leave(self, model_class: ModelClass, waiter: str) -> None:
        self._waiters[model_class].pop(waiter, None)

    def settle(self, model_class: ModelClass, key_id: str, refund: int) -> None:
        """Give back `refund` units (negative: take more), as settle.lua does."""
        limits = self._limits.get((model_class, key_id))
        if limits is None or not limits.units or not refund:
            return
        bucket = self._refilled(model_class, key_id, self._clock())
        bucket.units = min(self._capacity(limits.units), bucket.units + refund)
        self._buckets[(model_class, key_id)] = bucket

    def cooldown(self, model_class: ModelClass, key_id: str, seconds: float) -> None:
        until = self._clock() + seconds
        self._cooling[(model_class, key_id)] = max(
            self._cooling.get((model_class, key_id), 0), until
        )


class LocalRateLimiter(_QueuedLimiter):
    """Buckets in this process: the embedded default when no Redis is configured.

    Right for one process; N processes each holding the full limits overshoot N times."""

    def __init__(
        self,
        keys: Iterable[ApiKey],
        limits: PoolLimits,
        period: float = 60.0,
        max_wait: float = 300.0,
        burst: float = 1.0,
    ) -> None:
        super().__init__(keys, max_wait, unavailable_wait=0.0)
        self.buckets = LocalBuckets(self._own(limits), period, burst=burst)

    async def _decide(
        self, model_class: ModelClass, cost: int, priority: int, waiter: str
    ) -> Decision:
        return self.buckets.decide(model_class, cost, priority, waiter)

    async def _leave(self, model_class: ModelClass, waiter: str) -> None:
        self.buckets.leave(model_class, waiter)

    async def settle(self, lease: Lease, used_tokens: int) -> None:
        self.buckets.settle(lease.model_class, lease.key.id, lease.tokens - used_tokens)

    async def cooldown(self, lease: Lease, seconds: float) -> None:
        COUNTERS.cooled(lease.key.id)
        log.info("key %s cools down for %.2fs after a 429", lease.key.id, seconds)
        self.buckets.cooldown(lease.model_class, lease.key.id, seconds)

    def reload(self, settings: Settings) -> None:
        """Take the limits of reloaded settings."""
        self.buckets.set_limits(self._own(pool_limits(settings, self._keys.values())))

    async def aclose(self) -> None:
        return None


# --- shared through Redis ----------------------------------------------------------------------


def _script(name: str) -> str:
    return resources.files("services.runtime").joinpath(name).read_text(encoding="utf-8")


ACQUIRE_LUA = _script("acquire.lua")
SETTLE_LUA = _script("settle.lua")
COOLDOWN_LUA = _script("cooldown.lua")


def _class_prefix(model_class: ModelClass) -> str:
    # The hash tag keeps every key one acquire touches in one Redis Cluster slot.
    return f"{REDIS_PREFIX}:{{{model_class}}}"


def bucket_key(model_class: ModelClass, key_id: str) -> str:
    return f"{_class_prefix(model_class)}:bucket:{key_id}"


def cooldown_key(model_class: ModelClass, key_id: str) -> str:
    return f"{_class_prefix(model_class)}:cooldown:{key_id}"


def limits_key(model_class: ModelClass, key_id: str) -> str:
    """The Redis hash (fields `requests`, `units`) that overrides a key's limits at run time."""
    return f"{_class_prefix(model_class)}:limits:{key_id}"


def _queue_keys(model_class: ModelClass) -> list[str]:
    prefix = _class_prefix(model_class)
    return [f"{prefix}:waiters", f"{prefix}:waiter-expiry", f"{prefix}:waiter-cost",
            f"{prefix}:waiter-seq"]  # fmt: skip


class RedisRateLimiter(_QueuedLimiter):
    """Buckets in Redis, one atomic script per acquire: every replica shares the pool's limits.

    Redis unreachable: with a fallback (SITEFARM_LIMITER_FALLBACK_SHARE > 0) calls are limited
    by in-process buckets at that share of the limits; without one, acquire fails closed after
    SITEFARM_LIMITER_REDIS_WAIT_SECONDS. Both are logged, and shared limiting resumes as soon
    as Redis answers again.
    """

    def __init__(
        self,
        keys: Iterable[ApiKey],
        limits: PoolLimits,
        client: aioredis.Redis,
        period: float = 60.0,
        max_wait: float = 300.0,
        fallback_share: float = 0.0,
        redis_wait: float = 5.0,
        burst: float = 1.0,
    ) -> None:
        super().__init__(keys, max_wait, unavailable_wait=redis_wait)
        self._client = client
        self.period = period
        self.burst = burst
        self._limits = self._own(limits)
        self._acquire = client.register_script(ACQUIRE_LUA)
        self._settle = client.register_script(SETTLE_LUA)
        self._cooldown = client.register_script(COOLDOWN_LUA)
        self.fallback = (
            LocalBuckets(self._limits, period, fallback_share, burst) if fallback_share else None
        )
        self._down_since: float | None = None
        self._last_try = 0.0
        self._script_keys = {m: self._keys_of(m) for m in ModelClass}
        self._script_limits = {m: self._limit_args(m) for m in ModelClass}

    def _keys_of(self, model_class: ModelClass) -> list[str]:
        keys = _queue_keys(model_class)
        for key_id in self._keys:
            keys += [
                bucket_key(model_class, key_id),
                cooldown_key(model_class, key_id),
                limits_key(model_class, key_id),
            ]
        return keys

    def _limit_args(self, model_class: ModelClass) -> list[str | int]:
        args: list[str | int] = []
        for key_id in self._keys:
            limits = self._limits[(model_class, key_id)]
            args += [key_id, limits.requests, limits.units]
        return args

    def reload(self, settings: Settings) -> None:
        """Take the limits of reloaded settings (a Redis override still wins)."""
        self._limits = self._own(pool_limits(settings, self._keys.values()))
        self._script_limits = {m: self._limit_args(m) for m in ModelClass}
        if self.fallback is not None:
            self.fallback.set_limits(self._limits)

    # -- Redis health ------------------------------------------------------------------------

    def _redis_failed(self, error: Exception) -> None:
        COUNTERS.add("redis_errors")
        self._last_try = time.monotonic()
        if self._down_since is None:
            self._down_since = self._last_try
            if self.fallback is not None:
                log.warning(
                    "Redis unreachable (%s): limiting in process at %.0f%% of each key's limits "
                    "until it answers again",
                    type(error).__name__,
                    self.fallback.share * 100,
                )
            else:
                log.warning(
                    "Redis unreachable (%s): model calls fail closed until it answers again",
                    type(error).__name__,
                )

    def _redis_answered(self) -> None:
        if self._down_since is not None:
            log.warning(
                "Redis answers again after %.1fs: shared rate limits resume",
                time.monotonic() - self._down_since,
            )
            self._down_since = None

    def _skip_redis(self) -> bool:
        # While Redis is down, only one try per probe interval pays for a connection attempt.
        return (
            self._down_since is not None
            and time.monotonic() - self._last_try < _REDIS_PROBE_SECONDS
        )

    def _unavailable(
        self, model_class: ModelClass, cost: int, priority: int, waiter: str
    ) -> Decision:
        if self.fallback is None:
            left = _REDIS_PROBE_SECONDS - (time.monotonic() - self._last_try)
            return Decision(wait=max(0.05, left), unavailable=True)
        decision = self.fallback.decide(model_class, cost, priority, waiter)
        if decision.key_id is not None:
            COUNTERS.add("fallback_leases")
            return Decision(key_id=decision.key_id, fallback=True)
        return decision

    # -- the limiter -------------------------------------------------------------------------

    async def _decide(
        self, model_class: ModelClass, cost: int, priority: int, waiter: str
    ) -> Decision:
        if self._skip_redis():
            return self._unavailable(model_class, cost, priority, waiter)
        args: list[str | int | float] = [
            len(self._keys), self.period, cost, priority, waiter, _WAITER_GRACE_SECONDS, self.burst,
            *self._script_limits[model_class],
        ]  # fmt: skip
        try:
            answer = await self._acquire(keys=self._script_keys[model_class], args=args)
        except (RedisError, OSError) as error:
            self._redis_failed(error)
            return self._unavailable(model_class, cost, priority, waiter)
        self._redis_answered()
        status = int(answer[0])
        if status == 1:
            return Decision(key_id=_text(answer[1]))
        if status == 0:
            return Decision(wait=float(answer[1]), ahead=int(answer[2]))
        return Decision(impossible=_text(answer[1]))

    async def _leave(self, model_class: ModelClass, waiter: str) -> None:
        if self.fallback is not None:
            self.fallback.leave(model_class, waiter)
        if self._down_since is not None:
            return
        queue, expiry, cost, _ = _queue_keys(model_class)
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.zrem(queue, waiter)
            pipe.zrem(expiry, waiter)
            pipe.hdel(cost, waiter)
            await pipe.execute()

    async def settle(self, lease: Lease, used_tokens: int) -> None:
        refund = lease.tokens - used_tokens
        if refund == 0:
            return
        if lease.fallback:
            if self.fallback is not None:
                self.fallback.settle(lease.model_class, lease.key.id, refund)
            return
        limits = self._limits[(lease.model_class, lease.key.id)]
        keys = [
            bucket_key(lease.model_class, lease.key.id),
            limits_key(lease.model_class, lease.key.id),
        ]
        try:
            await self._settle(
                keys=keys,
                args=[self.period, limits.requests, limits.units, refund, self.burst],
            )
        except (RedisError, OSError) as error:
            # The reservation stands: the bucket errs on the safe side.
            self._redis_failed(error)

    async def cooldown(self, lease: Lease, seconds: float) -> None:
        COUNTERS.cooled(lease.key.id)
        log.info("key %s cools down for %.2fs after a 429", lease.key.id, seconds)
        if self.fallback is not None:
            self.fallback.cooldown(lease.model_class, lease.key.id, seconds)
        try:
            await self._cooldown(
                keys=[cooldown_key(lease.model_class, lease.key.id)],
                args=[max(1, math.ceil(seconds * 1000))],
            )
        except (RedisError, OSError) as error:
            self._redis_failed(error)

    async def aclose(self) -> None:
        await self._client.aclose()


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


# --- set-up and administration ----------------------------------------------------------------


def redis_client(url: str) -> aioredis.Redis:
    """A client that fails fast: the limiter's own loop decides what an outage means."""
    return aioredis.Redis.from_url(
        url,
        socket_connect_timeout=1.0,
        # Longer than any script takes even on a starved host: a timed-out acquire may have
        # reserved already, and the retry below would reserve again.
        socket_timeout=2.0,
        # One immediate retry reconnects a pooled connection that a Redis restart closed.
        retry=Retry(NoBackoff(), 1),
    )


def burst_share(settings: Settings) -> float:
    """How much of a period's limit a full bucket holds (see SITEFARM_LIMITER_BURST_MARGIN_SECONDS).

    The provider's bucket does not refill while full. Calls we admit at once from a full bucket
    reach it a little later, and our bucket refills meanwhile while the provider's does not:
    holding that much less than the provider keeps us below it. Sustained rates are unchanged.
    """
    margin = settings.limiter_burst_margin_seconds / settings.limiter_period_seconds
    return max(0.5, 1.0 - margin)


def make_limiter(settings: Settings) -> RateLimiter:
    """The limiter the settings ask for: shared in Redis when SITEFARM_REDIS_URL is set."""
    keys = [ApiKey.of(secret) for secret in settings.api_keys()]
    limits = pool_limits(settings, keys)
    if settings.redis_url is None:
        return LocalRateLimiter(
            keys,
            limits,
            settings.limiter_period_seconds,
            settings.limiter_max_wait_seconds,
            burst_share(settings),
        )
    return RedisRateLimiter(
        keys,
        limits,
        redis_client(settings.redis_url),
        period=settings.limiter_period_seconds,
        max_wait=settings.limiter_max_wait_seconds,
        fallback_share=settings.limiter_fallback_share,
        redis_wait=settings.limiter_redis_wait_seconds,
        burst=burst_share(settings),
    )


async def set_key_limits(
    client: aioredis.Redis,
    key_id: str,
    model_class: ModelClass,
    requests: int | None = None,
    units: int | None = None,
) -> None:
    """Override one key's limits for every replica, now, until cleared (0: unlimited)."""
    values = {name: v for name, v in (("requests", requests), ("units", units)) if v is not None}
    if values:
        await client.hset(limits_key(model_class, key_id), mapping=values)  # type: ignore[arg-type,misc]


async def clear_key_limits(client: aioredis.Redis, key_id: str, model_class: ModelClass) -> None:
    """Drop a run-time override: the key's limits are the settings' again."""
    await client.delete(limits_key(model_class, key_id))


async def describe_pool(client: aioredis.Redis, settings: Settings) -> list[dict[str, Any]]:
    """Each key's limits in force, bucket levels and cooldown, as the next acquire sees them."""
    rows = []
    for (model_class, key_id), limits in pool_limits(
        settings, [ApiKey.of(s) for s in settings.api_keys()]
    ).items():
        override = await client.hgetall(limits_key(model_class, key_id))  # type: ignore[misc]
        bucket = await client.hgetall(bucket_key(model_class, key_id))  # type: ignore[misc]
        cooling = await client.pttl(cooldown_key(model_class, key_id))
        rows.append(
            {
                "key": key_id,
                "class": str(model_class),
                "requests_limit": int(override.get(b"requests", limits.requests)),
                "units_limit": int(override.get(b"units", limits.units)),
                "overridden": bool(override),
                "requests_left": float(bucket[b"r"]) if bucket else None,
                "units_left": float(bucket[b"u"]) if bucket else None,
                "cooldown_seconds": max(0, cooling) / 1000,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    """`python -m services.runtime.limiter show|set|clear`: the pool's limits at run time."""
    parser = argparse.ArgumentParser(
        prog="python -m services.runtime.limiter", description=main.__doc__
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("show", help="limits, levels and cooldowns of every key (JSON)")
    change = commands.add_parser("set", help="override a key's limits for every replica")
    clear = commands.add_parser("clear", help="drop a key's override")
    for sub in (change, clear):
        sub.add_argument("key_id", help="the key's id, e.g. k-1a2b3c4d (never the key)")
        sub.add_argument("model_class", choices=[m.value for m in ModelClass])
    change.add_argument("--requests", type=int, help="requests per period (0: unlimited)")
    change.add_argument("--units", type=int, help="tokens (chat) or images per period")
    args = parser.parse_args(argv)
    settings = Settings()
    if settings.redis_url is None:
        parser.error("SITEFARM_REDIS_URL is not set: limits live in each process")

    async def run() -> None:
        client = redis_client(settings.redis_url or "")
        try:
            if args.command == "show":
                print(json.dumps(await describe_pool(client, settings), indent=2))
            elif args.command == "set":
                model_class = ModelClass(args.model_class)
                await set_key_limits(client, args.key_id, model_class, args.requests, args.units)
            else:
                await clear_key_limits(client, args.key_id, ModelClass(args.model_class))
        finally:
            await client.aclose()

    asyncio.run(run())


if __name__ == "__main__":
    main()
