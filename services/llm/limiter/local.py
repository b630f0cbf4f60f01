"""The in-process limiter: the buckets live in this process, the embedded default without Redis."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterable

from services.llm.keys import ApiKey, KeyGrant, ModelClass
from services.llm.limiter.buckets import Decision, LocalBuckets, PoolLimits
from services.llm.limiter.counters import COUNTERS
from services.llm.limiter.waiting import QueuedLimiter

log = logging.getLogger(__name__)


class LocalRateLimiter(QueuedLimiter):
    """Buckets in this process: the embedded default when no Redis is configured.

    Right for one process; N processes each holding the full limits overshoot N times."""

    def __init__(
        self,
        keys: Iterable[ApiKey],
        limits: PoolLimits,
        period: float = 60.0,
        max_wait: float = 300.0,
        burst: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(keys, max_wait, 0.0, clock, sleep, rng)
        self.buckets = LocalBuckets(self._own(limits), period, burst=burst, clock=clock)

    async def _decide(
        self, model_class: ModelClass, cost: int, priority: int, waiter: str
    ) -> Decision:
        return self.buckets.decide(model_class, cost, priority, waiter)

    async def _leave(self, model_class: ModelClass, waiter: str) -> None:
        self.buckets.leave(model_class, waiter)

    async def reconcile(self, grant: KeyGrant, used_tokens: int) -> None:
        self.buckets.refund(grant.model_class, grant.key.id, grant.tokens - used_tokens)

    async def cooldown(self, grant: KeyGrant, seconds: float) -> None:
        COUNTERS.cooled(grant.key.id)
        log.info("key %s cools down for %.2fs after a 429", grant.key.id, seconds)
        self.buckets.cooldown(grant.model_class, grant.key.id, seconds)

    def reload(self, limits: PoolLimits) -> None:
        """Take new limits (a settings reload): they hold from the next decision."""
        self.buckets.set_limits(self._own(limits))

    async def aclose(self) -> None:
        return None
