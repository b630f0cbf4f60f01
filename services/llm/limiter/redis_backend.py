"""The shared limiter: buckets in Redis, one atomic Lua script per decision on Redis's clock,
so every replica together stays inside the key pool's limits. The scripts are in lua/."""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Iterable
from importlib import resources

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from services.llm.keys import ApiKey, KeyGrant, ModelClass
from services.llm.limiter.buckets import WAITER_GRACE_SECONDS, Decision, LocalBuckets, PoolLimits
from services.llm.limiter.counters import COUNTERS
from services.llm.limiter.waiting import BACKEND_PROBE_SECONDS, QueuedLimiter

log = logging.getLogger(__name__)

REDIS_PREFIX = "sitefarm:ratelimit"


def _script(name: str) -> str:
    return resources.files(__package__).joinpath("lua", name).read_text(encoding="utf-8")


ACQUIRE_LUA = _script("acquire.lua")
REFUND_LUA = _script("refund.lua")
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


class RedisRateLimiter(QueuedLimiter):
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
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        # The buckets run on Redis's clock; `clock` and `sleep` time only this process's waits.
        super().__init__(keys, max_wait, redis_wait, clock, sleep, rng)
        self._client = client
        self.period = period
        self.burst = burst
        self._limits = self._own(limits)
        self._acquire = client.register_script(ACQUIRE_LUA)
        self._refund = client.register_script(REFUND_LUA)
        self._cooldown = client.register_script(COOLDOWN_LUA)
        self.fallback = (
            LocalBuckets(self._limits, period, fallback_share, burst, clock)
            if fallback_share
            else None
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

    def reload(self, limits: PoolLimits) -> None:
        """Take new limits (a settings reload); a run-time override in Redis still wins."""
        self._limits = self._own(limits)
        self._script_limits = {m: self._limit_args(m) for m in ModelClass}
        if self.fallback is not None:
            self.fallback.set_limits(self._limits)

    # -- Redis health ------------------------------------------------------------------------

    def _redis_failed(self, error: Exception) -> None:
        COUNTERS.add("redis_errors")
        self._last_try = self._clock()
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
                self._clock() - self._down_since,
            )
            self._down_since = None

    def _skip_redis(self) -> bool:
        # While Redis is down, only one try per probe interval pays for a connection attempt.
        return (
            self._down_since is not None and self._clock() - self._last_try < BACKEND_PROBE_SECONDS
        )

    def _unavailable(
        self, model_class: ModelClass, cost: int, priority: int, waiter: str
    ) -> Decision:
        if self.fallback is None:
            left = BACKEND_PROBE_SECONDS - (self._clock() - self._last_try)
            return Decision(wait=max(0.05, left), unavailable=True)
        decision = self.fallback.decide(model_class, cost, priority, waiter)
        if decision.key_id is not None:
            COUNTERS.add("fallback_grants")
            return Decision(key_id=decision.key_id, fallback=True)
        return decision

    # -- the limiter -------------------------------------------------------------------------

    async def _decide(
        self, model_class: ModelClass, cost: int, priority: int, waiter: str
    ) -> Decision:
        if self._skip_redis():
            return self._unavailable(model_class, cost, priority, waiter)
        args: list[str | int | float] = [
            len(self._keys), self.period, cost, priority, waiter, WAITER_GRACE_SECONDS, self.burst,
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

    async def reconcile(self, grant: KeyGrant, used_tokens: int) -> None:
        refund = grant.tokens - used_tokens
        if refund == 0:
            return
        if grant.fallback:
            if self.fallback is not None:
                self.fallback.refund(grant.model_class, grant.key.id, refund)
            return
        limits = self._limits[(grant.model_class, grant.key.id)]
        keys = [
            bucket_key(grant.model_class, grant.key.id),
            limits_key(grant.model_class, grant.key.id),
        ]
        try:
            await self._refund(
                keys=keys,
                args=[self.period, limits.requests, limits.units, refund, self.burst],
            )
        except (RedisError, OSError) as error:
            # The reservation stands: the bucket errs on the safe side.
            self._redis_failed(error)

    async def cooldown(self, grant: KeyGrant, seconds: float) -> None:
        COUNTERS.cooled(grant.key.id)
        log.info("key %s cools down for %.2fs after a 429", grant.key.id, seconds)
        if self.fallback is not None:
            self.fallback.cooldown(grant.model_class, grant.key.id, seconds)
        try:
            await self._cooldown(
                keys=[cooldown_key(grant.model_class, grant.key.id)],
                args=[max(1, math.ceil(seconds * 1000))],
            )
        except (RedisError, OSError) as error:
            self._redis_failed(error)

    async def aclose(self) -> None:
        await self._client.aclose()


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


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
