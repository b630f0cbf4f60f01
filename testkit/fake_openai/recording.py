"""The fake's recording: every call with its timing and outcome, what each request told the
model, and the counters /_fake/stats serves."""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from .config import RequestInfo


@dataclass
class ReceivedRequest:
    """What one request told the model: a chat call's messages joined, or an image prompt."""

    endpoint: str
    schema: str | None
    text: str


@dataclass
class CallRecord:
    """One entry of the call log; ``start``/``end`` are ``time.monotonic()`` seconds."""

    id: int
    endpoint: str
    key: str
    schema: str | None
    model: str | None
    route: str | None
    start: float
    end: float | None = None
    status: int | None = None
    outcome: str = "pending"  # ok | rate_limited | unauthorized | bad_request | fault | cancelled
    fault: str | None = None
    latency: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    images: int = 0


def max_overlap(intervals: Iterable[tuple[float, float]]) -> int:
    """Maximum number of simultaneously open half-open intervals [start, end)."""
    events: list[tuple[float, int]] = []
    for start, end in intervals:
        events.append((start, 1))
        events.append((end, -1))
    # Ends sort before starts at equal times: back-to-back calls do not overlap.
    events.sort(key=lambda e: (e[0], e[1]))
    best = current = 0
    for _, delta in events:
        current += delta
        best = max(best, current)
    return best


class CallLog:
    """The call log and counters; the log keeps at most ``max_log`` entries."""

    def __init__(self, lock: threading.RLock, max_log: int) -> None:
        self._lock = lock
        self.max_log = max_log
        self._ids = 0
        self._in_flight_now = 0
        self._in_flight_by_endpoint: Counter[str] = Counter()
        self._in_flight_by_schema: Counter[str] = Counter()
        self.reset()

    def reset(self) -> None:
        """Clear counters and the log; calls still open keep counting toward the new maxima."""
        with self._lock:
            self._log: list[CallRecord] = []
            self._received: list[ReceivedRequest] = []
            self._by_endpoint: Counter[str] = Counter()
            self._by_key: Counter[str] = Counter()
            self._by_schema: Counter[str] = Counter()
            self._by_status: Counter[int] = Counter()
            self._faults_delivered: Counter[str] = Counter()
            self._rate_limited = 0
            self._images_generated = 0
            self._prompt_tokens = 0
            self._completion_tokens = 0
            self._max_in_flight = self._in_flight_now
            self._max_by_endpoint: Counter[str] = Counter(self._in_flight_by_endpoint)
            self._max_by_schema: Counter[str] = Counter(self._in_flight_by_schema)

    # -- what happened to a call ----------------------------------------------------------------

    def begin(self, info: RequestInfo, start: float) -> CallRecord:
        with self._lock:
            self._ids += 1
            record = CallRecord(
                id=self._ids,
                endpoint=info.endpoint,
                key=info.key,
                schema=info.schema,
                model=info.model,
                route=info.route,
                start=start,
            )
            if len(self._log) < self.max_log:
                self._log.append(record)
            self._by_endpoint[info.endpoint] += 1
            self._by_key[info.key] += 1
            if info.schema is not None:
                self._by_schema[info.schema] += 1
            self._in_flight_now += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight_now)
            self._in_flight_by_endpoint[info.endpoint] += 1
            self._max_by_endpoint[info.endpoint] = max(
                self._max_by_endpoint[info.endpoint], self._in_flight_by_endpoint[info.endpoint]
            )
            if info.schema is not None:
                self._in_flight_by_schema[info.schema] += 1
                self._max_by_schema[info.schema] = max(
                    self._max_by_schema[info.schema], self._in_flight_by_schema[info.schema]
                )
            return record

    def receive(self, info: RequestInfo) -> None:
        """Keep what the request told the model."""
        messages = info.body.get("messages")
        if isinstance(messages, list):
            parts = [m.get("content") for m in messages if isinstance(m, dict)]
            text = "\n".join(p for p in parts if isinstance(p, str))
        else:
            text = str(info.body.get("prompt") or "")
        with self._lock:
            if len(self._received) < self.max_log:
                self._received.append(ReceivedRequest(info.endpoint, info.schema, text))

    def finish(self, record: CallRecord, status: int | None, outcome: str) -> None:
        with self._lock:
            record.end = time.monotonic()
            record.status = status
            record.outcome = outcome
            if status is not None:
                self._by_status[status] += 1
            self._in_flight_now -= 1
            self._in_flight_by_endpoint[record.endpoint] -= 1
            if record.schema is not None:
                self._in_flight_by_schema[record.schema] -= 1
            # Drop zero entries so a long benchmark with many schema names does not accumulate them.
            self._in_flight_by_endpoint = +self._in_flight_by_endpoint
            self._in_flight_by_schema = +self._in_flight_by_schema

    def rate_limited_once(self) -> None:
        """Count a 429 sent by the limit accounting (scripted 429 faults are not counted)."""
        with self._lock:
            self._rate_limited += 1

    def fault_delivered(self, kind: str) -> None:
        with self._lock:
            self._faults_delivered[kind] += 1

    def tokens_used(self, prompt: int, completion: int) -> None:
        with self._lock:
            self._prompt_tokens += prompt
            self._completion_tokens += completion

    def images_made(self, count: int) -> None:
        with self._lock:
            self._images_generated += count

    # -- reading it back ------------------------------------------------------------------------

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight_now

    @property
    def rate_limited(self) -> int:
        with self._lock:
            return self._rate_limited

    @property
    def images_generated(self) -> int:
        with self._lock:
            return self._images_generated

    def calls(
        self,
        *,
        endpoint: str | None = None,
        schema: str | None = None,
        schema_prefix: str | None = None,
        key: str | None = None,
        outcome: str | None = None,
    ) -> list[CallRecord]:
        """Snapshot of the call log, optionally filtered."""
        with self._lock:
            return [
                CallRecord(**asdict(r))
                for r in self._log
                if (endpoint is None or r.endpoint == endpoint)
                and (schema is None or r.schema == schema)
                and (schema_prefix is None or (r.schema or "").startswith(schema_prefix))
                and (key is None or r.key == key)
                and (outcome is None or r.outcome == outcome)
            ]

    def received(
        self, *, endpoint: str | None = None, schema: str | None = None
    ) -> list[ReceivedRequest]:
        """What every request (optionally filtered) told the model, in arrival order."""
        with self._lock:
            return [
                ReceivedRequest(r.endpoint, r.schema, r.text)
                for r in self._received
                if (endpoint is None or r.endpoint == endpoint)
                and (schema is None or r.schema == schema)
            ]

    def max_in_flight(self, **filters: Any) -> int:
        """Most matching requests ever open at the same time, computed from the call log."""
        records = self.calls(**filters)
        return max_overlap((r.start, r.end if r.end is not None else math.inf) for r in records)

    def stats(self, *, include_calls: bool, pending_faults: int) -> dict[str, Any]:
        """JSON-friendly counters (also served at ``GET /_fake/stats``)."""
        with self._lock:
            out: dict[str, Any] = {
                "requests": {
                    "total": sum(self._by_endpoint.values()),
                    "by_endpoint": dict(self._by_endpoint),
                    "by_key": dict(self._by_key),
                    "by_schema": dict(self._by_schema),
                    "by_status": {str(k): v for k, v in self._by_status.items()},
                },
                "rate_limited": self._rate_limited,
                "status_429": self._by_status.get(429, 0),
                "faults_delivered": dict(self._faults_delivered),
                "images_generated": self._images_generated,
                "tokens": {"prompt": self._prompt_tokens, "completion": self._completion_tokens},
                "in_flight": {
                    "current": self._in_flight_now,
                    "max": self._max_in_flight,
                    "max_by_endpoint": dict(self._max_by_endpoint),
                    "max_by_schema": dict(self._max_by_schema),
                },
                "pending_faults": pending_faults,
            }
            if include_calls:
                out["calls"] = [asdict(r) for r in self._log]
            return out
