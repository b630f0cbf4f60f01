"""The rate limiter's arithmetic: continuous-refill token buckets per key and model class,
the waiters' queue by priority, and the one decision that reserves on a key or says how long
to wait. Pure: no I/O, no sleeping, time read from an injected clock. The Redis backend runs
the same rules in lua/acquire.lua on Redis's clock; this module is that script's twin."""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from services.llm.keys import ModelClass

# Priorities are kept to 10 ms and below 2^23 so the script's scores stay exact doubles.
PRIORITY_STEPS_PER_SECOND = 100
MAX_PRIORITY_STEP = 2**23 - 1
# A refused caller stays queued this long past the wait it was told, then counts as gone.
WAITER_GRACE_SECONDS = 2.0


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


# Each key's limits per model class.
PoolLimits = Mapping[tuple[ModelClass, str], Limits]


@dataclass(frozen=True)
class Decision:
    """What one try at the buckets said: a key, or how long to wait before asking again."""

    key_id: str | None = None
    wait: float = 0.0
    ahead: int = 0
    impossible: str = ""
    fallback: bool = False
    unavailable: bool = False


def priority_step(priority: float) -> int:
    """A priority in seconds as the integer step both backends queue by (10 ms a step)."""
    if not math.isfinite(priority):
        return 0 if priority < 0 else MAX_PRIORITY_STEP
    return min(MAX_PRIORITY_STEP, max(0, int(priority * PRIORITY_STEPS_PER_SECOND)))


@dataclass
class Waiter:
    """A refused caller in the queue: its rank, when it counts as gone, what it asks for."""

    score: tuple[int, int]  # (priority step, -arrival): higher goes first
    expires: float
    cost: int


@dataclass
class Bucket:
    """One key's levels for one model class, as of `stamp` (the clock's time)."""

    requests: float
    units: float
    stamp: float


class LocalBuckets:
    """The acquire script's rules (lua/acquire.lua) in this process, on the clock it is given:
    arithmetic only, no I/O and no waiting, so a fake clock tests every rule in microseconds."""

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
        self._buckets: dict[tuple[ModelClass, str], Bucket] = {}
        self._cooling: dict[tuple[ModelClass, str], float] = {}
        self._waiters: dict[ModelClass, dict[str, Waiter]] = {m: {} for m in ModelClass}
        self._arrivals = itertools.count()
        self.set_limits(limits)

    def set_limits(self, limits: PoolLimits) -> None:
        """New limits take effect at the next decision; levels above a new limit are cut."""
        self._limits = {k: v.share(self.share) for k, v in limits.items()}

    def limits(self, model_class: ModelClass, key_id: str) -> Limits:
        """The limits in force for one key and model class (after the share)."""
        return self._limits[(model_class, key_id)]

    def _capacity(self, limit: int) -> float:
        return max(limit * self.burst, min(limit, 1))

    def _refilled(self, model_class: ModelClass, key_id: str, now: float) -> Bucket:
        limits = self._limits[(model_class, key_id)]
        bucket = self._buckets.get((model_class, key_id))
        if bucket is None:
            return Bucket(self._capacity(limits.requests), self._capacity(limits.units), now)
        elapsed = max(0.0, now - bucket.stamp)
        return Bucket(
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

        best: tuple[float, str, Bucket] | None = None
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
            own = queue[waiter] = Waiter((priority, -next(self._arrivals)), 0.0, cost)
        own.expires = now + wait + WAITER_GRACE_SECONDS
        own.cost = cost
        return Decision(wait=wait, ahead=len(ahead))

    def leave(self, model_class: ModelClass, waiter: str) -> None:
        """Take `waiter` out of the queue (it gave up or was cancelled)."""
        self._waiters[model_class].pop(waiter, None)

    def refund(self, model_class: ModelClass, key_id: str, units: int) -> None:
        """Give back `units` (negative: take more), as refund.lua does."""
        limits = self._limits.get((model_class, key_id))
        if limits is None or not limits.units or not units:
            return
        bucket = self._refilled(model_class, key_id, self._clock())
        bucket.units = min(self._capacity(limits.units), bucket.units + units)
        self._buckets[(model_class, key_id)] = bucket

    def cooldown(self, model_class: ModelClass, key_id: str, seconds: float) -> None:
        """Keep every call off the key for `seconds` (as cooldown.lua does)."""
        until = self._clock() + seconds
        self._cooling[(model_class, key_id)] = max(
            self._cooling.get((model_class, key_id), 0), until
        )
