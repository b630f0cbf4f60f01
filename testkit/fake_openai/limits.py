"""The fake's limit accounting: per-key minute budgets as token buckets, taken all or nothing."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict
from typing import Any, NamedTuple

from .config import Limits
from .wire import format_seconds

# Each budget dimension and the Limits field that sizes it.
DIMENSIONS = (("requests", "rpm"), ("tokens", "tpm"), ("images", "ipm"))
_UNIT = {"requests": "RPM", "tokens": "TPM", "images": "IPM"}


class TokenBucket:
    """Continuous-refill token bucket holding one minute's budget."""

    __slots__ = ("capacity", "level", "rate", "stamp")

    def __init__(self, capacity: float, now: float) -> None:
        self.capacity = capacity
        self.rate = capacity / 60.0
        self.level = capacity
        self.stamp = now

    def resize(self, capacity: float) -> None:
        self.capacity = capacity
        self.rate = capacity / 60.0
        self.level = min(self.level, capacity)

    def refill(self, now: float) -> None:
        if now > self.stamp:
            self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait_for(self, amount: float) -> float:
        if amount <= self.level:
            return 0.0
        return (amount - self.level) / self.rate if self.rate > 0 else math.inf

    def reset_in(self) -> float:
        return (self.capacity - self.level) / self.rate if self.rate > 0 else 0.0


class Admission(NamedTuple):
    """The answer to one request's costs: admitted or not, the x-ratelimit headers, and when
    refused, the seconds to wait, the dimension that refused and the provider's message."""

    admitted: bool
    headers: dict[str, str]
    retry_after: float
    dimension: str
    message: str


class KeyLimits:
    """Every key's limits and buckets; ``clock`` drives refill (inject one for exact tests)."""

    def __init__(
        self,
        lock: threading.RLock,
        clock: Callable[[], float],
        limits: Mapping[str, Limits | Mapping[str, Any]] | None = None,
        default_limits: Limits | Mapping[str, Any] | None = None,
    ) -> None:
        self._lock = lock
        self.clock = clock
        self.default = Limits.coerce(default_limits)
        self._by_key: dict[str, Limits] = {k: Limits.coerce(v) for k, v in (limits or {}).items()}
        self._buckets: dict[tuple[str, str], TokenBucket] = {}

    def set(self, key: str, limits: Limits | Mapping[str, Any] | None) -> None:
        """Set one key's limits (unset dimensions become unlimited); buckets keep their level."""
        with self._lock:
            self._by_key[key] = Limits.coerce(limits)

    def clear(self, key: str | None = None) -> None:
        """Drop one key's own limits (it falls back to the defaults), or all of them."""
        with self._lock:
            if key is None:
                self._by_key.clear()
            else:
                self._by_key.pop(key, None)

    def set_default(self, limits: Limits | Mapping[str, Any] | None) -> None:
        with self._lock:
            self.default = Limits.coerce(limits)

    def update(self, per_key: Mapping[str, Limits | Mapping[str, Any] | None]) -> None:
        """Set the keys given; a key mapped to None falls back to the defaults."""
        with self._lock:
            for key, value in per_key.items():
                if value is None:
                    self._by_key.pop(key, None)
                else:
                    self._by_key[key] = Limits.coerce(value)

    def reset_buckets(self) -> None:
        """Refill every bucket (as if a quiet minute had passed)."""
        with self._lock:
            self._buckets.clear()

    def snapshot(self) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """The default limits and each key's own, JSON-friendly."""
        with self._lock:
            return asdict(self.default), {k: asdict(v) for k, v in self._by_key.items()}

    def admit(self, key: str, costs: Mapping[str, float]) -> Admission:
        """Take ``costs`` from the key's buckets, all or nothing."""
        with self._lock:
            limits = self._by_key.get(key, self.default)
            now = self.clock()
            active = list(self._active_buckets(key, limits, costs, now))
            worst_wait, worst_dim, message = 0.0, "", ""
            for dim, cost, bucket in active:
                wait = bucket.wait_for(cost)
                if wait > worst_wait:
                    worst_wait, worst_dim = wait, dim
                    message = _refusal(key, dim, cost, bucket, wait)
            admitted = worst_wait == 0.0
            if admitted:
                for _dim, cost, bucket in active:
                    bucket.level -= cost
            headers: dict[str, str] = {}
            for dim, _cost, bucket in active:
                headers[f"x-ratelimit-limit-{dim}"] = f"{bucket.capacity:g}"
                headers[f"x-ratelimit-remaining-{dim}"] = str(max(0, math.floor(bucket.level)))
                headers[f"x-ratelimit-reset-{dim}"] = format_seconds(bucket.reset_in()) + "s"
            retry = worst_wait if math.isfinite(worst_wait) else 60.0
            return Admission(admitted, headers, retry, worst_dim, message)

    def charge_tokens(self, key: str, extra: float) -> None:
        """Charge the token bucket the difference once the real completion size is known (the
        level may go negative)."""
        with self._lock:
            bucket = self._buckets.get((key, "tokens"))
            if bucket is not None:
                bucket.refill(self.clock())
                bucket.level = min(bucket.capacity, bucket.level - extra)

    def _active_buckets(
        self, key: str, limits: Limits, costs: Mapping[str, float], now: float
    ) -> Iterable[tuple[str, float, TokenBucket]]:
        """The buckets this request draws on, created or resized to the limits in force."""
        for dim, attr in DIMENSIONS:
            limit = getattr(limits, attr)
            if limit is None or dim not in costs:
                continue
            bucket = self._buckets.get((key, dim))
            if bucket is None:
                bucket = self._buckets[(key, dim)] = TokenBucket(float(limit), now)
            elif bucket.capacity != limit:
                bucket.resize(float(limit))
            bucket.refill(now)
            yield dim, costs[dim], bucket


def _refusal(key: str, dim: str, cost: float, bucket: TokenBucket, wait: float) -> str:
    """The provider's message for a refused request, in OpenAI's words."""
    unit = _UNIT[dim]
    if cost > bucket.capacity:
        return (
            f"Request too large for {dim} per min ({unit}) on key {key[:12]}: "
            f"Limit {bucket.capacity:g}, Requested {cost:g}."
        )
    return (
        f"Rate limit reached for {dim} per min ({unit}) on key {key[:12]}: "
        f"Limit {bucket.capacity:g}, "
        f"Used {bucket.capacity - bucket.level:.0f}, "
        f"Requested {cost:g}. Please try again in {format_seconds(wait)}s."
    )
