"""The shared limiter: each key's accounts in Redis, one atomic Lua script per decision and one
per settled call, on Redis's clock, so every replica together stays inside the key pool's
limits and follows what the provider reports. The scripts are in lua/."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterable
from importlib import resources

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from services.llm.keys import ApiKey, KeyGrant, ModelClass
from services.llm.limiter.buckets import (
    REFUND_EVIDENCE_SHARE,
    REFUND_POLICIES,
    SLICE_REFILL_FACTOR,
    WAITER_GRACE_SECONDS,
    WINDOW_SLACK_SHARE,
    ChargedGrant,
    Decision,
    Limits,
    LocalBuckets,
    PoolLimits,
    Reconciled,
    RefundPolicy,
)
from services.llm.limiter.counters import COUNTERS
from services.llm.limiter.reports import ProviderReport, Reading
from services.llm.limiter.waiting import BACKEND_PROBE_SECONDS, QueuedLimiter

log = logging.getLogger(__name__)

REDIS_PREFIX = "sitefarm:ratelimit"


def _script(name: str) -> str:
    return resources.files(__package__).joinpath("lua", name).read_text(encoding="utf-8")


ACQUIRE_LUA = _script("acquire.lua")
RECONCILE_LUA = _script("reconcile.lua")


def _class_prefix(model_class: ModelClass) -> str:
    # The hash tag keeps every key one acquire touches in one Redis Cluster slot.
    return f"{REDIS_PREFIX}:{{{model_class}}}"


def accounts_key(model_class: ModelClass, key_id: str) -> str:
    """The Redis hash of a key's accounts (fields described in lua/acquire.lua)."""
    return f"{_class_prefix(model_class)}:accounts:{key_id}"


def window_key(model_class: ModelClass, key_id: str) -> str:
    """The Redis sorted set of a key's charges over the last period, scored by time."""
    return f"{_class_prefix(model_class)}:window:{key_id}"


def limits_key(model_class: ModelClass, key_id: str) -> str:
    """The Redis hash of a key's limits at run time: an operator's override (fields `requests`,
    `units`) and what the provider reported (`provider_requests`, `provider_units`)."""
    return f"{_class_prefix(model_class)}:limits:{key_id}"


def _queue_keys(model_class: ModelClass) -> list[str]:
    prefix = _class_prefix(model_class)
    return [f"{prefix}:waiters", f"{prefix}:waiter-expiry", f"{prefix}:waiter-cost",
            f"{prefix}:waiter-seq"]  # fmt: skip


class RedisRateLimiter(QueuedLimiter):
    """Accounts in Redis, one atomic script per acquire: every replica shares the pool's limits.

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
        refund_unused: RefundPolicy = "observed",
    ) -> None:
        # The accounts run on Redis's clock; `clock` and `sleep` time only this process's waits.
        super().__init__(keys, max_wait, redis_wait, clock, sleep, rng)
        self._client = client
        self.period = period
        self.burst = burst
        self.refund_unused = refund_unused
        self._limits = self._own(limits)
        self._acquire = client.register_script(ACQUIRE_LUA)
        self._reconcile = client.register_script(RECONCILE_LUA)
        self.fallback = (
            LocalBuckets(self._limits, period, fallback_share, burst, clock, refund_unused)
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
                accounts_key(model_class, key_id),
                window_key(model_class, key_id),
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
            WINDOW_SLACK_SHARE, REFUND_POLICIES[self.refund_unused],
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
            return Decision(
                key_id=_text(answer[1]), requests_mark=int(answer[3]), units_mark=int(answer[4])
            )
        if status == 0:
            return Decision(wait=float(answer[1]), ahead=int(answer[2]), binding=_text(answer[3]))
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

    async def _settle(
        self,
        grant: KeyGrant,
        used: int,
        report: ProviderReport | None,
        holds: tuple[float, float],
    ) -> Reconciled | None:
        model_class, key_id = grant.model_class, grant.key.id
        if grant.fallback:
            if self.fallback is None:
                return None
            return self.fallback.reconcile(model_class, key_id, grant, used, report, holds)
        if self.fallback is not None:
            # The fallback is idle while Redis answers, but a hold must outlive Redis going down.
            self.fallback.hold(model_class, key_id, holds)
        limits = self._limits[(model_class, key_id)]
        marks = (
            (grant.requests_mark, grant.units_mark) if isinstance(grant, ChargedGrant) else (0, 0)
        )
        refused = report is not None and report.refused
        args: list[str | int | float] = [
            self.period, self.burst, WINDOW_SLACK_SHARE, limits.requests, limits.units,
            *marks, grant.tokens, used, REFUND_POLICIES[self.refund_unused], int(refused),
            *holds, REFUND_EVIDENCE_SHARE,
            *_reading_args(report.requests if report else None),
            *_reading_args(report.units if report else None), SLICE_REFILL_FACTOR,
            -1 if report is None or report.sent_ago is None else report.sent_ago,
        ]  # fmt: skip
        keys = [
            accounts_key(model_class, key_id),
            window_key(model_class, key_id),
            limits_key(model_class, key_id),
        ]
        try:
            answer = await self._reconcile(keys=keys, args=args)
        except (RedisError, OSError) as error:
            # The charge stands: the accounts err on the safe side.
            self._redis_failed(error)
            return None
        self._redis_answered()
        return Reconciled(
            refunds_seen=_text(answer[0]) == "1",
            limits=Limits(int(_text(answer[1])), int(_text(answer[2]))),
            refunded=int(_text(answer[3])),
            learnt=_text(answer[4]) == "1",
        )

    async def aclose(self) -> None:
        await self._client.aclose()


def _text(value: bytes | str | int) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _reading_args(reading: Reading | None) -> list[int | float]:
    """One dimension of a report as reconcile.lua reads it: reported, remaining, limit (0:
    none), reset (-1: none)."""
    if reading is None:
        return [0, 0, 0, -1]
    limit = round(reading.limit) if reading.limit is not None else 0
    reset = reading.reset if reading.reset is not None else -1
    return [1, reading.remaining, limit, reset]


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
