"""The fake's limit accounting: each key's minute budgets counted the way a provider counts them
(a sliding window never refunded, a continuous bucket settled to usage, or quantized slices),
taken all or nothing, and what every key was charged kept for tests to read."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any, NamedTuple, Protocol

from .config import Counting, Limits
from .wire import format_duration, format_seconds

# Each budget dimension and the Limits field that sizes it.
DIMENSIONS = (("requests", "rpm"), ("tokens", "tpm"), ("images", "ipm"))
_UNIT = {"requests": "RPM", "tokens": "TPM", "images": "IPM"}


class Ledger(Protocol):
    """One key's count in one dimension; every method reads the time it is given."""

    limit: float

    @property
    def ceiling(self) -> float:
        """The most it lets be charged over the span it enforces (a slice, or a period)."""
        ...

    def room(self, now: float) -> float:
        """What may still be charged now (the x-ratelimit-remaining-* value)."""
        ...

    def wait_for(self, amount: float, now: float) -> float:
        """Seconds until `amount` fits (0: now; inf: never)."""
        ...

    def charge(self, amount: float, now: float) -> None: ...

    def settle(self, extra: float, now: float) -> None:
        """The answer's real size is known: `extra` more (or less) than was charged."""
        ...

    def reset_in(self, now: float) -> float:
        """Seconds until the count is back to its full limit (x-ratelimit-reset-*)."""
        ...

    def resize(self, limit: float) -> None: ...


class ContinuousBucket:
    """A bucket holding one period's limit, refilling continuously, settled to real usage."""

    __slots__ = ("level", "limit", "period", "stamp")

    def __init__(self, limit: float, period: float, now: float) -> None:
        self.limit = limit
        self.period = period
        self.level = limit
        self.stamp = now

    @property
    def rate(self) -> float:
        return self.limit / self.period

    @property
    def ceiling(self) -> float:
        return self.limit

    def _refill(self, now: float) -> None:
        if now > self.stamp:
            self.level = min(self.limit, self.level + (now - self.stamp) * self.rate)
        self.stamp = now

    def room(self, now: float) -> float:
        self._refill(now)
        return self.level

    def wait_for(self, amount: float, now: float) -> float:
        self._refill(now)
        if amount <= self.level:
            return 0.0
        if amount > self.limit or self.rate <= 0:
            return math.inf
        return (amount - self.level) / self.rate

    def charge(self, amount: float, now: float) -> None:
        self._refill(now)
        self.level -= amount

    def settle(self, extra: float, now: float) -> None:
        # The level may go below zero: a long answer is paid for by the refill to come.
        self._refill(now)
        self.level = min(self.limit, self.level - extra)

    def reset_in(self, now: float) -> float:
        self._refill(now)
        return (self.limit - self.level) / self.rate if self.rate > 0 else 0.0

    def resize(self, limit: float) -> None:
        self.limit = limit
        self.level = min(self.level, limit)


class SlidingWindow:
    """Every charge counted for one period after it was made, never refunded."""

    __slots__ = ("charges", "limit", "period", "used")

    def __init__(self, limit: float, period: float) -> None:
        self.limit = limit
        self.period = period
        self.charges: deque[tuple[float, float]] = deque()
        self.used = 0.0

    @property
    def ceiling(self) -> float:
        return self.limit

    def _expire(self, now: float) -> None:
        while self.charges and self.charges[0][0] <= now - self.period:
            self.used -= self.charges.popleft()[1]
        if not self.charges:
            self.used = 0.0  # no float residue once the window is empty

    def room(self, now: float) -> float:
        self._expire(now)
        return self.limit - self.used

    def wait_for(self, amount: float, now: float) -> float:
        self._expire(now)
        if self.used + amount <= self.limit:
            return 0.0
        if amount > self.limit:
            return math.inf
        used = self.used
        for at, charged in self.charges:
            used -= charged
            if used + amount <= self.limit:
                return at + self.period - now
        return math.inf  # unreachable: an empty window fits any amount within the limit

    def charge(self, amount: float, now: float) -> None:
        self._expire(now)
        self.charges.append((now, amount))
        self.used += amount

    def settle(self, extra: float, now: float) -> None:
        """Never refunded, never charged again: the admission's charge stands."""

    def reset_in(self, now: float) -> float:
        self._expire(now)
        return self.charges[-1][0] + self.period - now if self.charges else 0.0

    def resize(self, limit: float) -> None:
        self.limit = limit


class QuantizedSlices:
    """The period's limit enforced over `slices` fixed slices, each allowed limit / slices,
    charged at admission and never refunded."""

    __slots__ = ("index", "limit", "period", "slices", "used")

    def __init__(self, limit: float, period: float, slices: int) -> None:
        self.limit = limit
        self.period = period
        self.slices = slices
        self.index = -1
        self.used = 0.0

    @property
    def ceiling(self) -> float:
        return self.limit / self.slices

    @property
    def length(self) -> float:
        return self.period / self.slices

    def _enter(self, now: float) -> None:
        index = math.floor(now / self.length)
        if index != self.index:
            self.index, self.used = index, 0.0

    def _slice_end(self, now: float) -> float:
        return (self.index + 1) * self.length - now

    def room(self, now: float) -> float:
        self._enter(now)
        return self.ceiling - self.used

    def wait_for(self, amount: float, now: float) -> float:
        self._enter(now)
        if self.used + amount <= self.ceiling:
            return 0.0
        if amount > self.ceiling:
            return math.inf
        return self._slice_end(now)

    def charge(self, amount: float, now: float) -> None:
        self._enter(now)
        self.used += amount

    def settle(self, extra: float, now: float) -> None:
        """Never refunded, never charged again: the admission's charge stands."""

    def reset_in(self, now: float) -> float:
        self._enter(now)
        return self._slice_end(now) if self.used > 0 else 0.0

    def resize(self, limit: float) -> None:
        self.limit = limit


@dataclass
class Charge:
    """What one admitted request was charged, at the accounting clock's `at`."""

    at: float
    requests: float
    tokens: float
    images: float
    counting: Counting


@dataclass
class KeyCount:
    """What one key was charged and refused since the counters were last reset."""

    charges: list[Charge] = field(default_factory=list)
    rate_limited: int = 0

    def summary(self, period: float) -> dict[str, Any]:
        return {
            "requests": sum(c.requests for c in self.charges),
            "tokens_charged": sum(c.tokens for c in self.charges),
            "images": sum(c.images for c in self.charges),
            "rate_limited": self.rate_limited,
            "max_window_requests": max_in_window(
                ((c.at, c.requests) for c in self.charges), period
            ),
            "max_window_tokens": max_in_window(((c.at, c.tokens) for c in self.charges), period),
        }


def max_in_window(charges: Iterable[tuple[float, float]], period: float) -> float:
    """The most charged in any window of `period` seconds: (at - period, at] for every charge."""
    ordered = sorted(charges)
    best = total = 0.0
    first = 0
    for at, amount in ordered:
        total += amount
        while ordered[first][0] <= at - period:
            total -= ordered[first][1]
            first += 1
        best = max(best, total)
    return best


class Admission(NamedTuple):
    """The answer to one request's costs: admitted or not, the x-ratelimit headers, and when
    refused, the seconds to wait, the dimension that refused and the provider's message; when
    admitted, its charge (to settle once the answer's size is known)."""

    admitted: bool
    headers: dict[str, str]
    retry_after: float
    dimension: str
    message: str
    charge: Charge | None = None


class KeyLimits:
    """Every key's limits and ledgers; ``clock`` drives them (inject one for exact tests).

    ``counting`` is how keys without a counting of their own are counted, ``period`` the
    seconds a per-minute limit counts over (60; shorter scales a test down, and every reset and
    retry-after header is in those seconds), ``slices`` how many quantized slices a period holds.
    """

    def __init__(
        self,
        lock: threading.RLock,
        clock: Callable[[], float],
        limits: Mapping[str, Limits | Mapping[str, Any]] | None = None,
        default_limits: Limits | Mapping[str, Any] | None = None,
        counting: Counting | str = Counting.CONTINUOUS_BUCKET,
        period: float = 60.0,
        slices: int = 60,
    ) -> None:
        self._lock = lock
        self.clock = clock
        self.default = Limits.coerce(default_limits)
        self._by_key: dict[str, Limits] = {k: Limits.coerce(v) for k, v in (limits or {}).items()}
        self._ledgers: dict[tuple[str, str], tuple[Counting, Ledger]] = {}
        self._counts: dict[str, KeyCount] = {}
        self.counting = Counting(counting)
        self.period = period
        self.slices = slices
        self._check_timing(period, slices)

    @staticmethod
    def _check_timing(period: float, slices: int) -> None:
        if period <= 0 or slices < 1:
            raise ValueError(f"period must be > 0 and slices >= 1, not {period} and {slices}")

    # -- configuration --------------------------------------------------------------------------

    def set(self, key: str, limits: Limits | Mapping[str, Any] | None) -> None:
        """Set one key's limits (unset dimensions become unlimited); ledgers keep their count."""
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

    def set_counting(self, counting: Counting | str, key: str | None = None) -> None:
        """Count every key without a counting of its own this way, or only `key` (which keeps
        its limits, or takes the defaults'). A key counted anew starts with a full budget."""
        with self._lock:
            if key is None:
                self.counting = Counting(counting)
            else:
                own = self._by_key.get(key, self.default)
                self._by_key[key] = replace(own, counting=Counting(counting))

    def set_timing(self, period: float | None = None, slices: int | None = None) -> None:
        """Change the period or the slices per period; every ledger starts again full."""
        with self._lock:
            period = self.period if period is None else float(period)
            slices = self.slices if slices is None else int(slices)
            self._check_timing(period, slices)
            self.period, self.slices = period, slices
            self._ledgers.clear()

    def reset_buckets(self) -> None:
        """Start every ledger again full (as if a quiet minute had passed)."""
        with self._lock:
            self._ledgers.clear()

    def reset_counts(self) -> None:
        """Forget what each key was charged and refused (the ledgers keep counting)."""
        with self._lock:
            self._counts.clear()

    def snapshot(self) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """The default limits and each key's own, JSON-friendly."""
        with self._lock:
            return asdict(self.default), {k: asdict(v) for k, v in self._by_key.items()}

    def timing(self) -> dict[str, Any]:
        with self._lock:
            return {"counting": self.counting, "period": self.period, "slices": self.slices}

    # -- accounting -----------------------------------------------------------------------------

    def counting_of(self, key: str) -> Counting:
        with self._lock:
            return self._by_key.get(key, self.default).counting or self.counting

    def admit(self, key: str, costs: Mapping[str, float]) -> Admission:
        """Charge ``costs`` to the key's ledgers, all or nothing."""
        with self._lock:
            limits = self._by_key.get(key, self.default)
            counting = limits.counting or self.counting
            now = self.clock()
            active = list(self._active_ledgers(key, limits, counting, costs))
            worst_wait, worst_dim, message = 0.0, "", ""
            for dim, cost, ledger in active:
                wait = ledger.wait_for(cost, now)
                if wait > worst_wait:
                    worst_wait, worst_dim = wait, dim
                    message = _refusal(key, dim, cost, ledger, wait, now)
            count = self._counts.setdefault(key, KeyCount())
            charge: Charge | None = None
            if worst_wait == 0.0:
                for _dim, cost, ledger in active:
                    ledger.charge(cost, now)
                charge = Charge(
                    now,
                    costs.get("requests", 0),
                    costs.get("tokens", 0),
                    costs.get("images", 0),
                    counting,
                )
                count.charges.append(charge)
            else:
                count.rate_limited += 1
            headers: dict[str, str] = {}
            for dim, _cost, ledger in active:
                headers[f"x-ratelimit-limit-{dim}"] = f"{ledger.limit:g}"
                headers[f"x-ratelimit-remaining-{dim}"] = str(max(0, math.floor(ledger.room(now))))
                headers[f"x-ratelimit-reset-{dim}"] = format_duration(ledger.reset_in(now))
            retry = worst_wait if math.isfinite(worst_wait) else self.period
            return Admission(charge is not None, headers, retry, worst_dim, message, charge)

    def settle(self, key: str, charge: Charge, used_tokens: float) -> None:
        """The answer used `used_tokens`: a continuous bucket settles the charge to it, the other
        countings keep what they charged at admission."""
        with self._lock:
            if charge.counting is not Counting.CONTINUOUS_BUCKET:
                return
            extra = used_tokens - charge.tokens
            charge.tokens = used_tokens
            entry = self._ledgers.get((key, "tokens"))
            if entry is not None and entry[0] is Counting.CONTINUOUS_BUCKET:
                entry[1].settle(extra, self.clock())

    def charges(self, key: str | None = None) -> list[Charge]:
        """Every admitted request's charge (of one key, or of all), in admission order."""
        with self._lock:
            keys = [key] if key is not None else list(self._counts)
            found = [replace(c) for k in keys if k in self._counts for c in self._counts[k].charges]
            return sorted(found, key=lambda c: c.at)

    def accounting(self) -> dict[str, dict[str, Any]]:
        """Per key: its counting, limits, what it was charged (requests, tokens, images), the
        429s it was sent, and the most requests and tokens charged in any one period."""
        with self._lock:
            out: dict[str, dict[str, Any]] = {}
            for key, count in self._counts.items():
                limits = self._by_key.get(key, self.default)
                out[key] = {
                    "counting": str(limits.counting or self.counting),
                    "period": self.period,
                    "rpm": limits.rpm,
                    "tpm": limits.tpm,
                    "ipm": limits.ipm,
                    **count.summary(self.period),
                }
            return out

    def _active_ledgers(
        self, key: str, limits: Limits, counting: Counting, costs: Mapping[str, float]
    ) -> Iterable[tuple[str, float, Ledger]]:
        """The ledgers this request is charged to, made or resized to the limits in force."""
        for dim, attr in DIMENSIONS:
            limit = getattr(limits, attr)
            if limit is None or dim not in costs:
                continue
            entry = self._ledgers.get((key, dim))
            if entry is None or entry[0] is not counting:
                entry = self._ledgers[(key, dim)] = (counting, self._new_ledger(counting, limit))
            elif entry[1].limit != limit:
                entry[1].resize(float(limit))
            yield dim, costs[dim], entry[1]

    def _new_ledger(self, counting: Counting, limit: float) -> Ledger:
        if counting is Counting.SLIDING_WINDOW:
            return SlidingWindow(float(limit), self.period)
        if counting is Counting.QUANTIZED:
            return QuantizedSlices(float(limit), self.period, self.slices)
        return ContinuousBucket(float(limit), self.period, self.clock())


def _refusal(key: str, dim: str, cost: float, ledger: Ledger, wait: float, now: float) -> str:
    """The provider's message for a refused request, in OpenAI's words."""
    unit = _UNIT[dim]
    if math.isinf(wait):
        return (
            f"Request too large for {dim} per min ({unit}) on key {key[:12]}: "
            f"Limit {ledger.ceiling:g}, Requested {cost:g}."
        )
    return (
        f"Rate limit reached for {dim} per min ({unit}) on key {key[:12]}: "
        f"Limit {ledger.ceiling:g}, "
        f"Used {ledger.ceiling - ledger.room(now):.0f}, "
        f"Requested {cost:g}. Please try again in {format_seconds(wait)}s."
    )
