"""What the rate limiter leaves behind: a record of every wait, admission and refusal, the
provider's last word on each key, in-process counts of them, and those counts as OpenTelemetry
metrics (no-ops until a process exports)."""

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
from services.llm.limiter.buckets import Limits, Reconciled
from services.llm.limiter.reports import ProviderReport, Reading, Refusal, units_name
from services.runtime.telemetry import SCOPE

log = logging.getLogger(__name__)

KEY_ID = "sitefarm.rate_limit.key_id"
MODEL_CLASS = "sitefarm.model_class"
DIMENSION = "sitefarm.rate_limit.dimension"
BINDING = "sitefarm.rate_limit.binding"


@dataclass(frozen=True)
class WaitRecord:
    """One acquire that had to wait: how long, for what, how it ended, and the limit that made
    it wait last. (The span around the wait is telemetry's RateLimitWait.)"""

    model_class: ModelClass
    seconds: float
    sleeps: int
    priority: float
    outcome: str  # acquired | gave_up | refused | cancelled
    key_id: str | None = None
    binding: str = ""  # e.g. "tokens:window" (see buckets.Decision.binding)


@dataclass(frozen=True)
class ProviderRoom:
    """One dimension of one key as the provider last reported it."""

    remaining: float
    limit: float | None


class LimiterCounters:
    """In-process counts of the limiter's decisions and troubles, for whoever exports metrics."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.waits: Counter[str] = Counter()
        self.wait_seconds: defaultdict[str, float] = defaultdict(float)
        self.cooldowns: Counter[str] = Counter()
        self.admitted: Counter[tuple[str, str]] = Counter()  # (model class, key id)
        self.waited: Counter[tuple[str, str]] = Counter()  # (model class, key id)
        self.refused: Counter[tuple[str, str, str]] = Counter()  # (class, key, dimension)
        self.bindings: Counter[tuple[str, str]] = Counter()  # (model class, binding)
        self.provider: dict[tuple[str, str, str], ProviderRoom] = {}  # (class, key, dimension)
        self.limits: dict[tuple[str, str], Limits] = {}  # in force, as last reconciled
        self.refunds_seen: dict[tuple[str, str], bool] = {}
        self.redis_errors = 0
        self.fail_closed = 0
        self.fallback_grants = 0

    def waited_for(self, wait: WaitRecord) -> None:
        with self._lock:
            self.waits[wait.model_class] += 1
            self.wait_seconds[wait.model_class] += wait.seconds
            if wait.key_id is not None:
                self.waited[(wait.model_class, wait.key_id)] += 1

    def cooled(self, key_id: str) -> None:
        with self._lock:
            self.cooldowns[key_id] += 1

    def add(self, name: str, amount: int = 1) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + amount)

    def count(self, counter: Counter[Any], label: Any) -> None:
        with self._lock:
            counter[label] += 1

    def reported(
        self,
        rooms: dict[tuple[str, str, str], ProviderRoom],
        key: tuple[str, str],
        settled: Reconciled | None,
    ) -> None:
        """Keep a report's rooms, and the key's limits and refund evidence after it."""
        with self._lock:
            self.provider.update(rooms)
            if settled is not None:
                self.limits[key] = settled.limits
                self.refunds_seen[key] = settled.refunds_seen

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "waits": dict(self.waits),
                "wait_seconds": dict(self.wait_seconds),
                "cooldowns": dict(self.cooldowns),
                "admitted": dict(self.admitted),
                "waited": dict(self.waited),
                "refused": dict(self.refused),
                "bindings": dict(self.bindings),
                "provider": dict(self.provider),
                "limits": dict(self.limits),
                "refunds_seen": dict(self.refunds_seen),
                "redis_errors": self.redis_errors,
                "fail_closed": self.fail_closed,
                "fallback_grants": self.fallback_grants,
            }


COUNTERS = LimiterCounters()

# Called once for every acquire that waited, in the caller's context (so inside its span),
# after the counters above and the span's attributes are written.
wait_hooks: list[Callable[[WaitRecord], None]] = []


def binding_name(model_class: ModelClass, binding: str) -> str:
    """A decision's binding as an operator reads it: "units:window" -> "tokens:window"."""
    return binding.replace("units:", units_name(model_class) + ":", 1)


def record_wait(wait: WaitRecord) -> None:
    """Count a finished wait, note how it ended on the current span (the gateway's wait span),
    and hand it to the hooks."""
    COUNTERS.waited_for(wait)
    trace.get_current_span().set_attributes(
        {
            "sitefarm.rate_limit.outcome": wait.outcome,
            "sitefarm.rate_limit.sleeps": wait.sleeps,
            "sitefarm.rate_limit.priority": wait.priority,
            BINDING: binding_name(wait.model_class, wait.binding),
        }
    )
    for hook in wait_hooks:
        try:
            hook(wait)
        except Exception:  # a broken exporter must never fail a model call
            log.exception("rate-limit wait hook failed")


def record_admission(model_class: ModelClass, key_id: str) -> None:
    """One call admitted on a key."""
    COUNTERS.count(COUNTERS.admitted, (str(model_class), key_id))


def sleep_event(
    model_class: ModelClass, wait: float, ahead: int, priority: float, binding: str = ""
) -> None:
    """One sleep of a waiting acquire, counted by the limit that binds, and an event on the
    current span."""
    name = binding_name(model_class, binding)
    COUNTERS.count(COUNTERS.bindings, (str(model_class), name or "unknown"))
    trace.get_current_span().add_event(
        "rate_limit.sleep",
        {
            MODEL_CLASS: str(model_class),
            "sitefarm.rate_limit.sleep_ms": round(wait * 1000, 3),
            "sitefarm.rate_limit.waiters_ahead": ahead,
            "sitefarm.rate_limit.priority": priority,
            BINDING: name,
        },
    )


def record_refusal(model_class: ModelClass, key_id: str, refusal: Refusal) -> None:
    """The provider refused a call on a key the limiter granted: why, and what is held back,
    in the log, the counts and an event on the current span (the model call's)."""
    dimension = refusal.dimension.replace("units", units_name(model_class))
    COUNTERS.cooled(key_id)
    COUNTERS.count(COUNTERS.refused, (str(model_class), key_id, dimension))
    log.info("key %s refused (429) on %s: %s", key_id, dimension, refusal.reason)
    trace.get_current_span().add_event(
        "rate_limit.refused",
        {
            KEY_ID: key_id,
            DIMENSION: dimension,
            "sitefarm.rate_limit.hold_requests_ms": round(refusal.hold_requests * 1000, 1),
            "sitefarm.rate_limit.hold_units_ms": round(refusal.hold_units * 1000, 1),
            "sitefarm.rate_limit.reason": refusal.reason[:256],
        },
    )


def record_report(
    model_class: ModelClass,
    key_id: str,
    report: ProviderReport,
    settled: Reconciled | None,
) -> None:
    """The provider's last word on a key: its room per dimension (kept for the gauges and set
    on the current span, the model call's), and the limits in force after it, logged when the
    provider's report changed them."""
    attributes: dict[str, Any] = {KEY_ID: key_id}
    rooms: dict[tuple[str, str, str], ProviderRoom] = {}
    for dimension, reading in (
        ("requests", report.requests),
        (units_name(model_class), report.units),
    ):
        if reading is None:
            continue
        rooms[(str(model_class), key_id, dimension)] = ProviderRoom(
            reading.remaining, reading.limit
        )
        attributes.update(_reading_attributes(dimension, reading))
    COUNTERS.reported(rooms, (str(model_class), key_id), settled)
    if settled is not None:
        attributes["sitefarm.rate_limit.provider.refunds"] = settled.refunds_seen
        if settled.refunded:
            attributes["sitefarm.rate_limit.refunded"] = settled.refunded
    if settled is not None and settled.learnt:
        log.info(
            "key %s %s limits now %d requests, %d %s per period (the provider's report)",
            key_id,
            model_class,
            settled.limits.requests,
            settled.limits.units,
            units_name(model_class),
        )
    trace.get_current_span().set_attributes(attributes)


def _reading_attributes(dimension: str, reading: Reading) -> dict[str, Any]:
    prefix = "sitefarm.rate_limit.provider"
    attributes: dict[str, Any] = {f"{prefix}.remaining_{dimension}": reading.remaining}
    if reading.limit is not None:
        attributes[f"{prefix}.limit_{dimension}"] = reading.limit
    if reading.reset is not None:
        attributes[f"{prefix}.reset_{dimension}_ms"] = round(reading.reset * 1000, 1)
    return attributes


# The counts as metrics: instruments of the API's meter, bound to the process's meter
# provider once telemetry.configure installs one (until then they cost nothing).
_meter = metrics.get_meter(SCOPE)


def _cooldowns(options: CallbackOptions) -> list[Observation]:
    counts = COUNTERS.snapshot()["cooldowns"]
    return [Observation(n, {KEY_ID: k}) for k, n in counts.items()]


def _per_key(name: str) -> Callable[[CallbackOptions], list[Observation]]:
    def observe(options: CallbackOptions) -> list[Observation]:
        counts: dict[tuple[str, str], int] = COUNTERS.snapshot()[name]
        return [Observation(n, {MODEL_CLASS: m, KEY_ID: k}) for (m, k), n in counts.items()]

    return observe


def _refused(options: CallbackOptions) -> list[Observation]:
    counts: dict[tuple[str, str, str], int] = COUNTERS.snapshot()["refused"]
    return [
        Observation(n, {MODEL_CLASS: m, KEY_ID: k, DIMENSION: d}) for (m, k, d), n in counts.items()
    ]


def _bindings(options: CallbackOptions) -> list[Observation]:
    counts: dict[tuple[str, str], int] = COUNTERS.snapshot()["bindings"]
    return [Observation(n, {MODEL_CLASS: m, BINDING: b}) for (m, b), n in counts.items()]


def _provider(value: Callable[[ProviderRoom], float | None]) -> Callable[..., list[Observation]]:
    def observe(options: CallbackOptions) -> list[Observation]:
        rooms: dict[tuple[str, str, str], ProviderRoom] = COUNTERS.snapshot()["provider"]
        return [
            Observation(v, {MODEL_CLASS: m, KEY_ID: k, DIMENSION: d})
            for (m, k, d), room in rooms.items()
            if (v := value(room)) is not None
        ]

    return observe


def _count_of(name: str) -> Callable[[CallbackOptions], list[Observation]]:
    return lambda options: [Observation(COUNTERS.snapshot()[name])]


_meter.create_observable_counter(
    "sitefarm.rate_limit.cooldowns",
    [_cooldowns],
    unit="{cooldown}",
    description="Keys held back after a 429, by key id.",
)
_meter.create_observable_counter(
    "sitefarm.rate_limit.admitted",
    [_per_key("admitted")],
    unit="{call}",
    description="Calls the limiter admitted, by model class and key id.",
)
_meter.create_observable_counter(
    "sitefarm.rate_limit.waited",
    [_per_key("waited")],
    unit="{call}",
    description="Admitted calls that waited for their key first, by model class and key id.",
)
_meter.create_observable_counter(
    "sitefarm.rate_limit.provider_refusals",
    [_refused],
    unit="{response}",
    description="429s on calls the limiter admitted, by key id and the dimension that refused.",
)
_meter.create_observable_counter(
    "sitefarm.rate_limit.binding",
    [_bindings],
    unit="{sleep}",
    description="Sleeps of waiting calls, by the limit that made them wait "
    "(dimension:held|burst|window|provider|queue).",
)
_meter.create_observable_gauge(
    "sitefarm.rate_limit.provider_remaining",
    [_provider(lambda room: room.remaining)],
    unit="1",
    description="What the provider last reported left, by key id and dimension.",
)
_meter.create_observable_gauge(
    "sitefarm.rate_limit.provider_headroom",
    [_provider(lambda room: room.remaining / room.limit if room.limit else None)],
    unit="1",
    description="The provider's last reported remaining as a share of its limit, by key id and "
    "dimension: near 0 while that limit binds.",
)
for _name, _description in (
    ("redis_errors", "Rate-limiter calls to Redis that failed."),
    ("fail_closed", "Acquires refused because Redis was down (fail-closed policy)."),
    ("fallback_grants", "Keys granted from the local fallback share while Redis was down."),
):
    _meter.create_observable_counter(
        f"sitefarm.rate_limit.{_name}", [_count_of(_name)], unit="1", description=_description
    )
