"""The waiting loop every limiter shares: ask the buckets, sleep what they say, ask again,
until a key is granted or the wait would outlast the caller's deadline or the limiter's bound."""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Iterable

from services.llm.keys import ApiKey, KeyGrant, ModelClass
from services.llm.limiter.buckets import (
    ChargedGrant,
    Decision,
    Limits,
    PoolLimits,
    Reconciled,
    priority_step,
)
from services.llm.limiter.counters import (
    COUNTERS,
    WaitRecord,
    record_admission,
    record_refusal,
    record_report,
    record_wait,
    sleep_event,
)
from services.llm.limiter.reports import ProviderReport, Refusal, refusal_of
from services.runtime import call_context
from services.runtime.errors import ProviderError, RateLimitedError

log = logging.getLogger(__name__)

# While a shared backend (Redis) is known to be down, it is tried again at most this often.
BACKEND_PROBE_SECONDS = 0.5
# Added to each sleep: enough to pull apart callers told the same wait, small enough to leave
# no capacity idle; the floor makes sure a sleep ends after the refill it waits for.
JITTER_SECONDS = 0.05
JITTER_FLOOR_SECONDS = 0.0005
MAX_JITTER_SECONDS = JITTER_SECONDS + JITTER_FLOOR_SECONDS


# Priority, and why this way: a refused caller is queued where the buckets live (a Redis sorted
# set by priority, then arrival; a dict in process), and the same atomic decision that reserves
# admits a caller only if the pool also holds enough for every waiter ranked ahead of it. So
# the order holds across every replica without a coordinator or a lock, a queued caller is told
# to sleep until the refill reaches its turn (no polling, no herd), and capacity that those
# ahead cannot use yet still goes to smaller calls. A per-process priority queue would be
# simpler but orders only one process's callers: across replicas the fastest poller would win.
class QueuedLimiter:
    """The waiting loop every limiter shares: ask the buckets, sleep what they say, ask again."""

    def __init__(
        self,
        keys: Iterable[ApiKey],
        max_wait: float,
        unavailable_wait: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._keys = {key.id: key for key in keys}
        if not self._keys:
            raise ValueError("the key pool is empty")
        self._max_wait = max_wait
        self._unavailable_wait = unavailable_wait
        # How long waits last: the real clock and sleep, or a fake pair in tests.
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._waiter_ids = itertools.count()
        self._waiter_prefix = f"{os.getpid()}-{self._rng.getrandbits(32):08x}"

    @property
    def key_ids(self) -> list[str]:
        """The pool's key ids, in the order the keys were given."""
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

    async def _settle(
        self,
        grant: KeyGrant,
        used: int,
        report: ProviderReport | None,
        holds: tuple[float, float],
    ) -> Reconciled | None:
        raise NotImplementedError

    async def reconcile(
        self, grant: KeyGrant, used_tokens: int, report: ProviderReport | None = None
    ) -> None:
        """Settle one call: a refusal (a 429 report) uncharges it and holds the refused
        dimension of its key, for every replica, until the provider's Retry-After or reset;
        an answer charges what it used beyond its reservation and gives back what it did not
        use where the provider is seen to refund (SITEFARM_LIMITER_REFUND_UNUSED_TOKENS); the
        report's limits, room and resets then reconcile the key's shared state."""
        refusal: Refusal | None = None
        holds = (0.0, 0.0)
        if report is not None and report.refused:
            refusal = refusal_of(report, grant.model_class, grant.tokens)
            holds = (refusal.hold_requests, refusal.hold_units)
        settled = await self._settle(grant, used_tokens, report, holds)
        if refusal is not None:
            record_refusal(grant.model_class, grant.key.id, refusal)
        if report is not None and report.has_readings:
            record_report(grant.model_class, grant.key.id, report, settled)

    async def cooldown(self, grant: KeyGrant, seconds: float) -> None:
        """The provider refused the key and its headers said nothing more: keep every caller
        off both of its dimensions for `seconds`."""
        await self.reconcile(grant, grant.tokens, ProviderReport(refused=True, retry_after=seconds))

    async def try_acquire(
        self, model_class: ModelClass, tokens: int, priority: float, waiter: str
    ) -> Decision:
        """One decision, no waiting: a key reserved, or the wait after which `waiter` (queued
        meanwhile under that name) should ask again. acquire() is this in a loop."""
        return await self._decide(model_class, tokens, priority_step(priority), waiter)

    async def acquire(
        self, model_class: ModelClass, tokens: int, priority: float = 0.0
    ) -> KeyGrant:
        """Wait until some key may make a call of `tokens` units, reserve them, return the grant.

        Raises RateLimitedError (transient) when the wait would outlast the caller's deadline or
        SITEFARM_LIMITER_MAX_WAIT_SECONDS, or when Redis stays unreachable and the policy is to
        fail closed; ProviderError when the call is larger than any key may ever take.
        """
        waiter = f"{self._waiter_prefix}-{next(self._waiter_ids)}"
        step = priority_step(priority)
        started = self._clock()
        unavailable_since: float | None = None
        sleeps = 0
        queued = False  # a refusal queues the caller; leaving early must take it out
        outcome, key_id, binding = "cancelled", None, ""
        try:
            while True:
                decision = await self._decide(model_class, tokens, step, waiter)
                if decision.key_id is not None:
                    outcome, key_id = "acquired", decision.key_id
                    record_admission(model_class, key_id)
                    return ChargedGrant(
                        self._keys[key_id],
                        model_class,
                        tokens,
                        decision.fallback,
                        decision.requests_mark,
                        decision.units_mark,
                    )
                if decision.impossible:
                    outcome = "refused"
                    raise ProviderError(
                        f"a {model_class} call of {tokens} units: {decision.impossible}"
                    )
                queued = True
                now = self._clock()
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
                            retry_after=BACKEND_PROBE_SECONDS,
                        )
                    decision = Decision(
                        wait=min(decision.wait, left), unavailable=True, binding="redis:down"
                    )
                else:
                    unavailable_since = None
                    budget = min(self._max_wait - (now - started), call_context.seconds_left())
                    if decision.wait > budget:
                        outcome = "gave_up"
                        raise RateLimitedError(
                            f"every key of the pool is busy for {decision.wait:.1f}s more",
                            retry_after=decision.wait,
                        )
                pause = decision.wait + self._jitter(decision.wait)
                sleeps += 1
                log.debug(
                    "rate limit: %s call of %d units waits %.3fs (%d ahead, priority %.2f, %s)",
                    model_class,
                    tokens,
                    pause,
                    decision.ahead,
                    priority,
                    decision.binding or "unknown",
                )
                binding = decision.binding or binding
                sleep_event(model_class, pause, decision.ahead, priority, decision.binding)
                await self._sleep(pause)
        finally:
            if outcome != "acquired" and queued:
                await self._leave_quietly(model_class, waiter)
            if sleeps:
                seconds = self._clock() - started
                record_wait(
                    WaitRecord(model_class, seconds, sleeps, priority, outcome, key_id, binding)
                )

    def _jitter(self, wait: float) -> float:
        return self._rng.uniform(0, min(JITTER_SECONDS, 0.1 * wait)) + JITTER_FLOOR_SECONDS

    async def _leave_quietly(self, model_class: ModelClass, waiter: str) -> None:
        # Best effort: a queued entry left behind expires by itself within the grace period.
        try:
            async with asyncio.timeout(0.5):
                await self._leave(model_class, waiter)
        except Exception:
            log.debug("could not leave the rate-limit queue; the entry will expire")
