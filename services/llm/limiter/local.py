"""The in-process limiter: the accounts live in this process, the embedded default without Redis."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Iterable

from services.llm.keys import ApiKey, KeyGrant, ModelClass
from services.llm.limiter.buckets import (
    Decision,
    LocalBuckets,
    PoolLimits,
    Reconciled,
    RefundPolicy,
)
from services.llm.limiter.reports import ProviderReport
from services.llm.limiter.waiting import QueuedLimiter


class LocalRateLimiter(QueuedLimiter):
    """Accounts in this process: the embedded default when no Redis is configured.

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
        refund_unused: RefundPolicy = "observed",
    ) -> None:
        super().__init__(keys, max_wait, 0.0, clock, sleep, rng)
        self.buckets = LocalBuckets(
            self._own(limits), period, burst=burst, clock=clock, refund_unused=refund_unused
        )

    async def _decide(
        self, model_class: ModelClass, cost: int, priority: int, waiter: str
    ) -> Decision:
        return self.buckets.decide(model_class, cost, priority, waiter)

    async def _leave(self, model_class: ModelClass, waiter: str) -> None:
        self.buckets.leave(model_class, waiter)

    async def _settle(
        self,
        grant: KeyGrant,
        used: int,
        report: ProviderReport | None,
        holds: tuple[float, float],
    ) -> Reconciled | None:
        return self.buckets.reconcile(grant.model_class, grant.key.id, grant, used, report, holds)

    def reload(self, limits: PoolLimits) -> None:
        """Take new limits (a settings reload): they hold from the next decision."""
        self.buckets.set_limits(self._own(limits))

    async def aclose(self) -> None:
        return None
