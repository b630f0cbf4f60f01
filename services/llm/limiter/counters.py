"""What the rate limiter leaves behind: a record of every wait, in-process counts of its waits
and troubles, and those counts as OpenTelemetry metrics (no-ops until a process exports)."""

from __future__ import annotations

import logging
import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from opentelemetry import metrics, trace
from opentelemetry.metrics import CallbackOptions, Observation

from services.llm.keys import ModelClass
from services.runtime.telemetry import SCOPE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WaitRecord:
    """One acquire that had to wait: how long, for what, and how it ended. (The span around
    the wait is telemetry's RateLimitWait.)"""

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
        self.fallback_grants = 0

    def waited(self, wait: WaitRecord) -> None:
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
                "fallback_grants": self.fallback_grants,
            }


COUNTERS = LimiterCounters()

# Called once for every acquire that waited, in the caller's context (so inside its span),
# after the counters above and the span's attributes are written.
wait_hooks: list[Callable[[WaitRecord], None]] = []


def record_wait(wait: WaitRecord) -> None:
    """Count a finished wait, note how it ended on the current span (the gateway's wait span),
    and hand it to the hooks."""
    COUNTERS.waited(wait)
    trace.get_current_span().set_attributes(
        {
            "sitefarm.rate_limit.outcome": wait.outcome,
            "sitefarm.rate_limit.sleeps": wait.sleeps,
            "sitefarm.rate_limit.priority": wait.priority,
        }
    )
    for hook in wait_hooks:
        try:
            hook(wait)
        except Exception:  # a broken exporter must never fail a model call
            log.exception("rate-limit wait hook failed")


def sleep_event(model_class: ModelClass, wait: float, ahead: int, priority: float) -> None:
    """One sleep of a waiting acquire, as an event on the current span."""
    trace.get_current_span().add_event(
        "rate_limit.sleep",
        {
            "sitefarm.model_class": str(model_class),
            "sitefarm.rate_limit.sleep_ms": round(wait * 1000, 3),
            "sitefarm.rate_limit.waiters_ahead": ahead,
            "sitefarm.rate_limit.priority": priority,
        },
    )


# The counters as metrics: instruments of the API's meter, bound to the process's meter
# provider once telemetry.configure installs one (until then they cost nothing).
_meter = metrics.get_meter(SCOPE)


def _cooldowns(options: CallbackOptions) -> list[Observation]:
    counts = COUNTERS.snapshot()["cooldowns"]
    return [Observation(n, {"sitefarm.rate_limit.key_id": k}) for k, n in counts.items()]


def _count_of(name: str) -> Callable[[CallbackOptions], list[Observation]]:
    return lambda options: [Observation(COUNTERS.snapshot()[name])]


_meter.create_observable_counter(
    "sitefarm.rate_limit.cooldowns",
    [_cooldowns],
    unit="{cooldown}",
    description="Keys put in cooldown after a 429, by key id.",
)
for _name, _description in (
    ("redis_errors", "Rate-limiter calls to Redis that failed."),
    ("fail_closed", "Acquires refused because Redis was down (fail-closed policy)."),
    ("fallback_grants", "Keys granted from the local fallback share while Redis was down."),
):
    _meter.create_observable_counter(
        f"sitefarm.rate_limit.{_name}", [_count_of(_name)], unit="1", description=_description
    )
