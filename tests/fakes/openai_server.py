"""OpenAI-compatible fake server for tests and benchmarks; it answers from the request's schema."""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import functools
import hashlib
import json
import math
import os
import random
import signal
import struct
import threading
import time
import urllib.parse
import urllib.request
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from aiohttp import web

from .schema_faker import break_schema, fake_from_schema, lorem_text

__all__ = [
    "CallRecord",
    "FakeControl",
    "FakeOpenAI",
    "FakeOpenAIThread",
    "Fault",
    "LatencyConfig",
    "Limits",
    "RandomFaults",
    "ReceivedRequest",
    "RequestInfo",
    "make_png",
]

FAULT_KINDS = frozenset(
    {
        "status",
        "hang",
        "timeout",
        "reset",
        "malformed_json",
        "schema_break",
        "empty",
        "length",
        "refusal",
    }
)
DEFAULT_MODELS = ("gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-image-1", "dall-e-3")


# ---------------------------------------------------------------------------------------------
# Configuration value objects (all JSON-friendly so /_fake/config can carry them)
# ---------------------------------------------------------------------------------------------


@dataclass
class Limits:
    """Per-minute budgets for one API key; ``None`` means unlimited in that dimension."""

    rpm: float | None = None
    tpm: float | None = None
    ipm: float | None = None

    @classmethod
    def coerce(cls, value: Limits | Mapping[str, Any] | None) -> Limits:
        if value is None:
            return cls()
        if isinstance(value, Limits):
            return value
        return cls(**{k: value.get(k) for k in ("rpm", "tpm", "ipm")})


@dataclass
class LatencyConfig:
    """Delays in seconds; a ``routes`` entry (exact key, else longest prefix) beats the endpoint."""

    chat: float = 0.0
    images: float = 0.0
    models: float = 0.0
    routes: dict[str, float] = field(default_factory=dict)
    # Multiplicative log-normal jitter with mean 1, so the average delay stays the configured one.
    jitter_sigma: float = 0.0
    jitter_seed: int = 0
    # Extra seconds per generated completion token, to mimic decode time of long answers.
    per_completion_token: float = 0.0


@dataclass
class Fault:
    """One scripted misbehaviour, applied to the next ``times`` requests that match the filters."""

    kind: str
    times: int = 1
    status: int = 500
    retry_after: float | None = None
    seconds: float = 0.0  # hang/timeout duration, or delay before a status/reset fault fires
    message: str | None = None
    content: str | None = None  # overrides the broken content of content faults
    endpoint: str | None = None  # "chat" | "images"
    schema: str | None = None  # exact json_schema name
    schema_prefix: str | None = None
    key: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(
                f"unknown fault kind {self.kind!r}; expected one of {sorted(FAULT_KINDS)}"
            )

    @classmethod
    def coerce(cls, value: Fault | Mapping[str, Any]) -> Fault:
        if isinstance(value, Fault):
            return value
        known = {f.name for f in fields(cls)}
        unknown = set(value) - known
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        return cls(**dict(value))

    def matches(self, info: RequestInfo) -> bool:
        if self.endpoint is not None and self.endpoint != info.endpoint:
            return False
        if self.key is not None and self.key != info.key:
            return False
        if self.schema is not None and self.schema != info.schema:
            return False
        if self.schema_prefix is not None and not (info.schema or "").startswith(
            self.schema_prefix
        ):
            return False
        return True


@dataclass
class RandomFaults:
    """Inject a fault into a seeded-random fraction ``rate`` of matching requests."""

    rate: float = 0.0
    seed: int = 0
    faults: list[Fault] = field(default_factory=lambda: [Fault("status", status=500)])
    endpoint: str | None = None
    schema_prefix: str | None = None

    @classmethod
    def coerce(cls, value: RandomFaults | Mapping[str, Any] | None) -> RandomFaults | None:
        if value is None or isinstance(value, RandomFaults):
            return value
        data = dict(value)
        if "faults" in data:
            data["faults"] = [Fault.coerce(f) for f in data["faults"]]
        return cls(**data)


@dataclass
class RequestInfo:
    """What latency functions and fault filters get to see about a request."""

    endpoint: str
    key: str
    schema: str | None
    model: str | None
    body: dict[str, Any]
    route: str | None = None


@dataclass
class ReceivedRequest:
    """What one request told the model: a chat call's messages joined, or an image prompt."""

    endpoint: str
    schema: str | None
    text: str


# A scripted answer: the JSON object itself, or a function of the request body that makes it.
ScriptedAnswer = Mapping[str, Any] | Callable[[dict[str, Any]], Mapping[str, Any]]


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


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def make_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """Encode a solid-colour 8-bit RGB PNG without any imaging library."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    row = b"\x00" + bytes(rgb) * width  # filter byte 0 (None) per scanline
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(row * height, 9))
        + chunk(b"IEND", b"")
    )


@functools.lru_cache(maxsize=2048)
def _schema_answer(schema_json: str, seed: str) -> str:
    # Benchmarks repeat the same few schemas thousands of times; generate each answer once.
    return json.dumps(fake_from_schema(json.loads(schema_json), seed), ensure_ascii=False)


def _fmt_seconds(seconds: float) -> str:
    return f"{max(seconds, 0.0):.3f}".rstrip("0").rstrip(".") or "0"


def _max_overlap(intervals: Iterable[tuple[float, float]]) -> int:
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


def _error_body(
    message: str, type_: str, code: str | None = None, param: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


class _Bucket:
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


_DIMENSIONS = (("requests", "rpm"), ("tokens", "tpm"), ("images", "ipm"))


# ---------------------------------------------------------------------------------------------
# The server
# ---------------------------------------------------------------------------------------------


class FakeOpenAI:
    """The fake provider; run it in the current loop with ``await start()``/``await stop()``.

    Every configuration and statistics method takes an internal lock, so a test thread may
    call them while the server runs in another thread (see ``FakeOpenAIThread``).

    Arguments: ``seed`` makes schema answers reproducible; ``latency`` is a ``LatencyConfig``,
    its dict form, or one number for chat and images; ``latency_fn(info)`` may return seconds
    (``None`` falls back to the config); ``route_key(info)`` names the route looked up in
    ``latency.routes`` (default: the json_schema name); ``limits`` maps API keys to
    ``Limits``, ``default_limits`` covers every other key; ``allowed_keys`` enables 401s for
    unknown keys; ``faults``/``random_faults`` pre-load fault injection; ``vary_by_prompt``
    mixes the messages into the seed; ``clock`` drives the rate-limit buckets only.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int | str = 0,
        latency: LatencyConfig | Mapping[str, Any] | float | None = None,
        latency_fn: Callable[[RequestInfo], float | None] | None = None,
        route_key: Callable[[RequestInfo], str | None] | None = None,
        limits: Mapping[str, Limits | Mapping[str, Any]] | None = None,
        default_limits: Limits | Mapping[str, Any] | None = None,
        allowed_keys: Iterable[str] | None = None,
        faults: Iterable[Fault | Mapping[str, Any]] | None = None,
        random_faults: RandomFaults | Mapping[str, Any] | None = None,
        vary_by_prompt: bool = False,
        models: Iterable[str] = DEFAULT_MODELS,
        max_log: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
        shutdown_timeout: float = 0.25,
    ) -> None:
        self.host = host
        self._requested_port = port
        self.port: int | None = None
        # Only the token buckets use ``clock`` (inject one for deterministic refill tests); the
        # call log always uses time.monotonic so in-flight maths matches the client's view.
        self.clock = clock
        self.models = list(models)
        self.max_log = max_log
        self.shutdown_timeout = shutdown_timeout
        self.latency_fn = latency_fn
        self.route_key = route_key or self._default_route_key
        self._lock = threading.RLock()
        self._runner: web.AppRunner | None = None

        self.seed: int | str = seed
        self.vary_by_prompt = vary_by_prompt
        self.latency = self._coerce_latency(latency)
        self._jitter_rng = random.Random(self.latency.jitter_seed)
        self._default_limits = Limits.coerce(default_limits)
        self._limits: dict[str, Limits] = {k: Limits.coerce(v) for k, v in (limits or {}).items()}
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._allowed_keys: set[str] | None = (
            set(allowed_keys) if allowed_keys is not None else None
        )
        self._faults: list[Fault] = [Fault.coerce(f) for f in faults or ()]
        self._answers: dict[str, ScriptedAnswer] = {}
        self._random_faults = RandomFaults.coerce(random_faults)
        self._random_rng = random.Random(self._random_faults.seed if self._random_faults else 0)
        self._ids = 0
        self._in_flight_now = 0
        self._in_flight_by_endpoint: Counter[str] = Counter()
        self._in_flight_by_schema: Counter[str] = Counter()
        self._reset_counters_locked()

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> str:
        """Bind the listening socket and return ``base_url``."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self._handle_chat)
        app.router.add_post("/v1/images/generations", self._handle_images)
        app.router.add_get("/v1/models", self._handle_models)
        app.router.add_get("/v1/models/{model}", self._handle_model)
        app.router.add_get("/_fake/stats", self._handle_stats)
        app.router.add_get("/_fake/config", self._handle_get_config)
        app.router.add_post("/_fake/config", self._handle_post_config)
        app.router.add_post("/_fake/reset", self._handle_reset)
        app.router.add_get("/_fake/health", self._handle_health)
        # handler_cancellation: when a client gives up (timeout, reset) the handler is cancelled,
        # so in-flight counts reflect what the client actually has open.
        self._runner = web.AppRunner(
            app,
            handle_signals=False,
            access_log=None,
            shutdown_timeout=self.shutdown_timeout,
            handler_cancellation=True,
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._requested_port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> FakeOpenAI:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        if self.port is None:
            raise RuntimeError("FakeOpenAI is not started")
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    # -- configuration (thread-safe) ----------------------------------------------------------

    @staticmethod
    def _coerce_latency(value: LatencyConfig | Mapping[str, Any] | float | None) -> LatencyConfig:
        if value is None:
            return LatencyConfig()
        if isinstance(value, LatencyConfig):
            return value
        if isinstance(value, int | float):
            return LatencyConfig(chat=float(value), images=float(value))
        return LatencyConfig(**dict(value))

    def set_latency(self, **changes: Any) -> None:
        """Update fields of ``LatencyConfig`` (``routes`` replaces the whole mapping)."""
        with self._lock:
            valid = {f.name for f in fields(LatencyConfig)}
            unknown = set(changes) - valid
            if unknown:
                raise ValueError(f"unknown latency fields: {sorted(unknown)}")
            for name, value in changes.items():
                setattr(self.latency, name, dict(value) if name == "routes" else value)
            if "jitter_seed" in changes:
                self._jitter_rng = random.Random(self.latency.jitter_seed)

    def set_route_latency(self, route: str, seconds: float | None) -> None:
        with self._lock:
            if seconds is None:
                self.latency.routes.pop(route, None)
            else:
                self.latency.routes[route] = seconds

    def set_limits(
        self,
        key: str,
        *,
        rpm: float | None = None,
        tpm: float | None = None,
        ipm: float | None = None,
    ) -> None:
        """Set one key's limits (unset dimensions become unlimited); buckets keep their level."""
        with self._lock:
            self._limits[key] = Limits(rpm=rpm, tpm=tpm, ipm=ipm)

    def clear_limits(self, key: str | None = None) -> None:
        """Drop one key's own limits (it falls back to the defaults), or all of them."""
        with self._lock:
            if key is None:
                self._limits.clear()
            else:
                self._limits.pop(key, None)

    def set_default_limits(
        self, *, rpm: float | None = None, tpm: float | None = None, ipm: float | None = None
    ) -> None:
        with self._lock:
            self._default_limits = Limits(rpm=rpm, tpm=tpm, ipm=ipm)

    def reset_buckets(self) -> None:
        """Refill every bucket (as if a quiet minute had passed)."""
        with self._lock:
            self._buckets.clear()

    def set_allowed_keys(self, keys: Iterable[str] | None) -> None:
        with self._lock:
            self._allowed_keys = set(keys) if keys is not None else None

    def add_fault(self, kind: str | Fault, **kwargs: Any) -> Fault:
        """Queue a fault, e.g. ``add_fault("status", status=503, times=2, schema="plan")``."""
        fault = kind if isinstance(kind, Fault) else Fault(kind=kind, **kwargs)
        with self._lock:
            self._faults.append(fault)
        return fault

    def add_faults(self, faults: Iterable[Fault | Mapping[str, Any]]) -> None:
        with self._lock:
            self._faults.extend(Fault.coerce(f) for f in faults)

    def clear_faults(self) -> None:
        """Drop queued faults and switch random faults off."""
        with self._lock:
            self._faults.clear()
            self._random_faults = None

    def set_answer(self, schema: str, answer: ScriptedAnswer) -> None:
        """Answer every chat call for the json_schema `schema` with `answer` (a JSON object,
        or a function of the request body returning one) instead of a schema-made one, until
        ``clear_answers``; a queued fault still wins."""
        with self._lock:
            self._answers[schema] = answer

    def clear_answers(self) -> None:
        with self._lock:
            self._answers.clear()

    def pending_faults(self) -> list[Fault]:
        with self._lock:
            return [Fault(**asdict(f)) for f in self._faults]

    def set_random_faults(
        self,
        rate: float,
        *,
        seed: int = 0,
        faults: Iterable[Fault | Mapping[str, Any]] | None = None,
        endpoint: str | None = None,
        schema_prefix: str | None = None,
    ) -> None:
        with self._lock:
            chosen = [Fault.coerce(f) for f in faults] if faults is not None else None
            self._random_faults = (
                RandomFaults(rate=rate, seed=seed, endpoint=endpoint, schema_prefix=schema_prefix)
                if chosen is None
                else RandomFaults(
                    rate=rate,
                    seed=seed,
                    faults=chosen,
                    endpoint=endpoint,
                    schema_prefix=schema_prefix,
                )
            )
            self._random_rng = random.Random(seed)

    def apply_config(self, config: Mapping[str, Any]) -> dict[str, Any]:
        """Apply the JSON accepted by ``POST /_fake/config``; returns the resulting config."""
        known = {
            "seed", "vary_by_prompt", "latency", "default_limits", "limits", "allowed_keys",
            "faults", "clear_faults", "random_faults", "reset_buckets", "reset_stats",
        }  # fmt: skip
        unknown = set(config) - known
        if unknown:
            raise ValueError(f"unknown config fields: {sorted(unknown)}")
        with self._lock:
            if "seed" in config:
                self.seed = config["seed"]
            if "vary_by_prompt" in config:
                self.vary_by_prompt = bool(config["vary_by_prompt"])
            if "latency" in config:
                latency = config["latency"]
                if isinstance(latency, int | float):
                    self.set_latency(chat=float(latency), images=float(latency))
                else:
                    self.set_latency(**latency)
            if "default_limits" in config:
                self._default_limits = Limits.coerce(config["default_limits"])
            for key, value in (config.get("limits") or {}).items():
                if value is None:
                    self._limits.pop(key, None)
                else:
                    self._limits[key] = Limits.coerce(value)
            if "allowed_keys" in config:
                self.set_allowed_keys(config["allowed_keys"])
            if config.get("clear_faults"):
                self.clear_faults()
            if config.get("faults"):
                self.add_faults(config["faults"])
            if "random_faults" in config:
                self._random_faults = RandomFaults.coerce(config["random_faults"])
                self._random_rng = random.Random(
                    self._random_faults.seed if self._random_faults else 0
                )
            if config.get("reset_buckets"):
                self.reset_buckets()
            if config.get("reset_stats"):
                self.reset_stats()
            return self.config_snapshot()

    def config_snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "seed": self.seed,
                "vary_by_prompt": self.vary_by_prompt,
                "latency": asdict(self.latency),
                "default_limits": asdict(self._default_limits),
                "limits": {k: asdict(v) for k, v in self._limits.items()},
                "allowed_keys": sorted(self._allowed_keys)
                if self._allowed_keys is not None
                else None,
                "faults": [asdict(f) for f in self._faults],
                "random_faults": asdict(self._random_faults) if self._random_faults else None,
            }

    # -- observability (thread-safe) ----------------------------------------------------------

    def _reset_counters_locked(self) -> None:
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
        # Requests still open at reset time keep counting toward the new maxima.
        self._max_in_flight = self._in_flight_now
        self._max_by_endpoint: Counter[str] = Counter(self._in_flight_by_endpoint)
        self._max_by_schema: Counter[str] = Counter(self._in_flight_by_schema)

    def reset_stats(self) -> None:
        """Clear counters and the call log (configuration, faults and buckets are kept)."""
        with self._lock:
            self._reset_counters_locked()

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight_now

    @property
    def rate_limited(self) -> int:
        """Number of 429s sent by the rate limiter (scripted 429 faults are not included)."""
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

    def request_count(self, **filters: Any) -> int:
        return len(self.calls(**filters))

    def max_in_flight(
        self,
        *,
        endpoint: str | None = None,
        schema: str | None = None,
        schema_prefix: str | None = None,
        key: str | None = None,
        outcome: str | None = None,
    ) -> int:
        """Most matching requests ever open at the same time, computed from the call log."""
        records = self.calls(
            endpoint=endpoint, schema=schema, schema_prefix=schema_prefix, key=key, outcome=outcome
        )
        return _max_overlap((r.start, r.end if r.end is not None else math.inf) for r in records)

    def overlapped(self, **filters: Any) -> bool:
        """True if any two matching calls were in flight at once (e.g. to check sequential mode)."""
        return self.max_in_flight(**filters) > 1

    def stats(self, *, include_calls: bool = False) -> dict[str, Any]:
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
                "pending_faults": len(self._faults),
            }
            if include_calls:
                out["calls"] = [asdict(r) for r in self._log]
            return out

    def wait_for(self, predicate: Callable[[FakeOpenAI], bool], max_wait: float = 5.0) -> bool:
        """Block (from a thread other than the server's) until ``predicate(self)`` holds."""
        deadline = time.monotonic() + max_wait
        while time.monotonic() < deadline:
            if predicate(self):
                return True
            time.sleep(0.005)
        return predicate(self)

    async def wait_for_async(
        self, predicate: Callable[[FakeOpenAI], bool], max_wait: float = 5.0
    ) -> bool:
        """Like ``wait_for`` but yields to the event loop (use when the fake runs in this loop)."""
        deadline = time.monotonic() + max_wait
        while time.monotonic() < deadline:
            if predicate(self):
                return True
            await asyncio.sleep(0.005)
        return predicate(self)

    # -- request bookkeeping ----------------------------------------------------------------

    @staticmethod
    def _default_route_key(info: RequestInfo) -> str | None:
        return info.schema

    def _begin(self, info: RequestInfo, start: float) -> CallRecord:
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

    def _receive(self, info: RequestInfo) -> None:
        messages = info.body.get("messages")
        if isinstance(messages, list):
            parts = [m.get("content") for m in messages if isinstance(m, dict)]
            text = "\n".join(p for p in parts if isinstance(p, str))
        else:
            text = str(info.body.get("prompt") or "")
        with self._lock:
            if len(self._received) < self.max_log:
                self._received.append(ReceivedRequest(info.endpoint, info.schema, text))

    def _finish(self, record: CallRecord, status: int | None, outcome: str) -> None:
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

    # -- rate limiting ----------------------------------------------------------------------

    def _admit(
        self, key: str, costs: Mapping[str, float]
    ) -> tuple[bool, dict[str, str], float, str, str]:
        """Try to take ``costs`` from the key's buckets; all-or-nothing.

        Returns (admitted, x-ratelimit headers, retry_after_seconds, failing dimension, message).
        """
        with self._lock:
            limits = self._limits.get(key, self._default_limits)
            now = self.clock()
            active: list[tuple[str, float, _Bucket]] = []
            for dim, attr in _DIMENSIONS:
                limit = getattr(limits, attr)
                if limit is None or dim not in costs:
                    continue
                bucket = self._buckets.get((key, dim))
                if bucket is None:
                    bucket = self._buckets[(key, dim)] = _Bucket(float(limit), now)
                elif bucket.capacity != limit:
                    bucket.resize(float(limit))
                bucket.refill(now)
                active.append((dim, costs[dim], bucket))
            worst_wait, worst_dim, message = 0.0, "", ""
            for dim, cost, bucket in active:
                wait = bucket.wait_for(cost)
                if wait > worst_wait:
                    worst_wait, worst_dim = wait, dim
                    unit = {"requests": "RPM", "tokens": "TPM", "images": "IPM"}[dim]
                    if cost > bucket.capacity:
                        message = (
                            f"Request too large for {dim} per min ({unit}) on key {key[:12]}: "
                            f"Limit {bucket.capacity:g}, Requested {cost:g}."
                        )
                    else:
                        message = (
                            f"Rate limit reached for {dim} per min ({unit}) on key {key[:12]}: "
                            f"Limit {bucket.capacity:g}, "
                            f"Used {bucket.capacity - bucket.level:.0f}, "
                            f"Requested {cost:g}. Please try again in {_fmt_seconds(wait)}s."
                        )
            admitted = worst_wait == 0.0
            if admitted:
                for _dim, cost, bucket in active:
                    bucket.level -= cost
            headers: dict[str, str] = {}
            for dim, _cost, bucket in active:
                headers[f"x-ratelimit-limit-{dim}"] = f"{bucket.capacity:g}"
                headers[f"x-ratelimit-remaining-{dim}"] = str(max(0, math.floor(bucket.level)))
                headers[f"x-ratelimit-reset-{dim}"] = _fmt_seconds(bucket.reset_in()) + "s"
            if not admitted:
                self._rate_limited += 1
            retry = worst_wait if math.isfinite(worst_wait) else 60.0
            return admitted, headers, retry, worst_dim, message

    def _charge_tokens(self, key: str, extra: float) -> None:
        """Settle the token bucket once the real completion size is known (may go negative)."""
        with self._lock:
            bucket = self._buckets.get((key, "tokens"))
            if bucket is not None:
                bucket.refill(self.clock())
                bucket.level = min(bucket.capacity, bucket.level - extra)

    # -- faults and latency -----------------------------------------------------------------

    def _take_fault(self, info: RequestInfo) -> Fault | None:
        with self._lock:
            for i, fault in enumerate(self._faults):
                if fault.matches(info):
                    fault.times -= 1
                    if fault.times <= 0:
                        del self._faults[i]
                    return fault
            rf = self._random_faults
            if rf is not None and rf.rate > 0 and rf.faults:
                if rf.endpoint is not None and rf.endpoint != info.endpoint:
                    return None
                if rf.schema_prefix is not None and not (info.schema or "").startswith(
                    rf.schema_prefix
                ):
                    return None
                if self._random_rng.random() < rf.rate:
                    return self._random_rng.choice(rf.faults)
            return None

    def _latency_for(self, info: RequestInfo, completion_tokens: int) -> float:
        with self._lock:
            cfg = self.latency
            delay: float | None = None
            if self.latency_fn is not None:
                delay = self.latency_fn(info)
            if delay is None and info.route is not None and cfg.routes:
                if info.route in cfg.routes:
                    delay = cfg.routes[info.route]
                else:
                    prefixes = [r for r in cfg.routes if info.route.startswith(r)]
                    if prefixes:
                        delay = cfg.routes[max(prefixes, key=len)]
            if delay is None:
                delay = float(getattr(cfg, info.endpoint, 0.0))
            delay += cfg.per_completion_token * completion_tokens
            if cfg.jitter_sigma > 0 and delay > 0:
                sigma = cfg.jitter_sigma
                delay *= self._jitter_rng.lognormvariate(-(sigma**2) / 2, sigma)
            return max(delay, 0.0)

    # -- HTTP plumbing ----------------------------------------------------------------------

    @staticmethod
    def _key_of(request: web.Request) -> str:
        auth = request.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        return token.strip() if scheme.lower() == "bearer" else ""

    def _json(
        self, payload: Any, status: int = 200, headers: Mapping[str, str] | None = None
    ) -> web.Response:
        return web.json_response(payload, status=status, headers=dict(headers or {}))

    async def _abort_connection(self, request: web.Request) -> web.StreamResponse:
        transport = request.transport
        if transport is not None:
            # abort() drops the socket without flushing, which clients see as a reset.
            transport.abort()
        # handler_cancellation cancels this task once aiohttp notices the lost connection.
        await asyncio.sleep(5)
        return web.Response(status=500)

    async def _preamble(
        self, request: web.Request, endpoint: str
    ) -> tuple[RequestInfo, CallRecord, dict[str, Any] | None, web.Response | None]:
        """Parse the body and register the call; returns an early error response when needed."""
        start = time.monotonic()
        key = self._key_of(request)
        body: dict[str, Any] = {}
        bad: str | None = None
        try:
            parsed = await request.json()
            if isinstance(parsed, dict):
                body = parsed
            else:
                bad = "Request body must be a JSON object."
        except (json.JSONDecodeError, UnicodeDecodeError):
            bad = "We could not parse the JSON body of your request."
        schema_name: str | None = None
        rf = body.get("response_format")
        if isinstance(rf, dict) and rf.get("type") == "json_schema":
            schema_name = (rf.get("json_schema") or {}).get("name")
        info = RequestInfo(
            endpoint=endpoint, key=key, schema=schema_name, model=body.get("model"), body=body
        )
        info.route = self.route_key(info)
        record = self._begin(info, start)
        self._receive(info)
        with self._lock:
            allowed = self._allowed_keys
        if allowed is not None and key not in allowed:
            record.outcome = "unauthorized"
            shown = f"{key[:3]}***{key[-4:]}" if len(key) > 8 else "***"
            return (
                info,
                record,
                None,
                self._json(
                    _error_body(
                        f"Incorrect API key provided: {shown}.",
                        "invalid_request_error",
                        "invalid_api_key",
                    ),
                    status=401,
                ),
            )
        if bad is not None:
            record.outcome = "bad_request"
            return info, record, None, self._json(_error_body(bad, "invalid_request_error"), 400)
        return info, record, body, None

    def _rate_limited_response(
        self, headers: dict[str, str], retry: float, dim: str, message: str
    ) -> web.Response:
        retry = max(retry, 0.001)
        headers = {
            **headers,
            "Retry-After": _fmt_seconds(retry),
            "retry-after-ms": str(math.ceil(retry * 1000)),
        }
        return self._json(
            _error_body(message, dim or "requests", "rate_limit_exceeded"), 429, headers
        )

    async def _deliver_transport_fault(
        self, fault: Fault, record: CallRecord, request: web.Request, headers: dict[str, str]
    ) -> tuple[web.StreamResponse, int | None, str] | None:
        """Count `fault`; for the faults that replace the whole answer (an error status, a
        dropped connection) return (response, status, outcome), else None: the endpoint
        shapes its content faults itself."""
        record.fault = fault.kind
        with self._lock:
            self._faults_delivered[fault.kind] += 1
        if fault.kind == "status":
            return await self._status_fault(fault, headers), fault.status, "fault"
        if fault.kind == "reset":
            if fault.seconds > 0:
                await asyncio.sleep(fault.seconds)
            return await self._abort_connection(request), None, "fault"
        return None

    async def _status_fault(self, fault: Fault, headers: dict[str, str]) -> web.Response:
        if fault.seconds > 0:
            await asyncio.sleep(fault.seconds)
        headers = dict(headers)
        if fault.status == 429:
            retry = fault.retry_after if fault.retry_after is not None else 1.0
            headers["Retry-After"] = _fmt_seconds(retry)
            headers["retry-after-ms"] = str(math.ceil(retry * 1000))
            body = _error_body(
                fault.message or "Rate limit reached (injected by the fake).",
                "requests",
                "rate_limit_exceeded",
            )
        else:
            if fault.retry_after is not None:
                headers["Retry-After"] = _fmt_seconds(fault.retry_after)
            type_ = "server_error" if fault.status >= 500 else "invalid_request_error"
            body = _error_body(fault.message or f"Injected fault: HTTP {fault.status}.", type_)
        return self._json(body, fault.status, headers)

    def _request_id(self, record: CallRecord) -> str:
        return f"req_fake_{record.id:08d}"

    # -- endpoints --------------------------------------------------------------------------

    async def _handle_chat(self, request: web.Request) -> web.StreamResponse:
        info, record, body, early = await self._preamble(request, "chat")
        status: int | None = None
        outcome = "ok"
        try:
            if early is not None:
                status, outcome = early.status, record.outcome
                return early
            assert body is not None
            messages = body.get("messages")
            if not isinstance(messages, list) or not messages:
                status, outcome = 400, "bad_request"
                return self._json(
                    _error_body(
                        "'messages' must be a non-empty array.",
                        "invalid_request_error",
                        param="messages",
                    ),
                    400,
                )
            if body.get("stream"):
                status, outcome = 400, "bad_request"
                return self._json(
                    _error_body(
                        "stream=true is not supported by the fake.",
                        "invalid_request_error",
                        param="stream",
                    ),
                    400,
                )
            prompt_tokens = len(json.dumps(messages, ensure_ascii=False)) // 4
            reserved = int(body.get("max_completion_tokens") or body.get("max_tokens") or 0)
            ok, rl_headers, retry, dim, message = self._admit(
                info.key, {"requests": 1, "tokens": prompt_tokens + reserved}
            )
            if not ok:
                status, outcome = 429, "rate_limited"
                return self._rate_limited_response(rl_headers, retry, dim, message)

            fault = self._take_fault(info)
            if fault is not None:
                delivered = await self._deliver_transport_fault(fault, record, request, rl_headers)
                if delivered is not None:
                    response, status, outcome = delivered
                    return response

            choices, completion_tokens = self._chat_choices(info, body, messages, fault)
            self._charge_tokens(info.key, completion_tokens - reserved)
            delay = (
                fault.seconds
                if fault is not None and fault.kind in ("hang", "timeout")
                else self._latency_for(info, completion_tokens)
            )
            record.latency = delay
            record.prompt_tokens, record.completion_tokens = prompt_tokens, completion_tokens
            with self._lock:
                self._prompt_tokens += prompt_tokens
                self._completion_tokens += completion_tokens
            if delay > 0:
                await asyncio.sleep(delay)
            payload = {
                "id": f"chatcmpl-fake{record.id:08d}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model") or "gpt-4o-mini",
                "system_fingerprint": "fp_fake",
                "choices": choices,
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                },
            }
            headers = {
                **rl_headers,
                "x-request-id": self._request_id(record),
                "openai-processing-ms": str(int(delay * 1000)),
            }
            status, outcome = 200, ("fault" if fault is not None else "ok")
            return self._json(payload, 200, headers)
        except asyncio.CancelledError:
            # A reset fault ends by cancellation too; keep it labelled as the fault it was.
            outcome = "fault" if record.fault == "reset" else "cancelled"
            raise
        finally:
            self._finish(record, status, outcome)

    def _chat_choices(
        self, info: RequestInfo, body: dict[str, Any], messages: list[Any], fault: Fault | None
    ) -> tuple[list[dict[str, Any]], int]:
        rf = body.get("response_format") if isinstance(body.get("response_format"), dict) else None
        schema: Any = None
        if rf is not None and rf.get("type") == "json_schema":
            schema = (rf.get("json_schema") or {}).get("schema", {})
        n = max(1, int(body.get("n") or 1))
        seed_base = f"{self.seed}"
        if self.vary_by_prompt:
            digest = hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()[:16]
            seed_base = f"{seed_base}|{digest}"
        choices: list[dict[str, Any]] = []
        completion_tokens = 0
        for index in range(n):
            seed = seed_base if index == 0 else f"{seed_base}|choice{index}"
            with self._lock:
                scripted = self._answers.get(info.schema or "")
            if scripted is not None:
                answer = scripted(body) if callable(scripted) else scripted
                content: str | None = json.dumps(answer, ensure_ascii=False)
            elif schema is not None:
                content = _schema_answer(json.dumps(schema), seed)
            elif rf is not None and rf.get("type") == "json_object":
                content = json.dumps({"message": lorem_text(random.Random(seed), 6, 12)})
            else:
                # Plain text always depends on the prompt so different questions read differently.
                digest = hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()
                content = lorem_text(random.Random(f"{seed}|{digest}"), 12, 40) + "."
            finish_reason = "stop"
            refusal: str | None = None
            if fault is not None:
                if fault.kind == "malformed_json":
                    content = (
                        fault.content if fault.content is not None else '{"oops": this is not json'
                    )
                elif fault.kind == "schema_break":
                    content = (
                        fault.content
                        if fault.content is not None
                        else json.dumps(break_schema(schema) if schema is not None else {})
                    )
                elif fault.kind == "empty":
                    content = fault.content if fault.content is not None else ""
                elif fault.kind == "length":
                    assert content is not None
                    content, finish_reason = content[: max(1, len(content) // 2)], "length"
                elif fault.kind == "refusal":
                    content, refusal = (
                        None,
                        fault.message or "I'm sorry, but I can't help with that.",
                    )
            completion_tokens += len(content or refusal or "") // 4
            choices.append(
                {
                    "index": index,
                    "message": {
                        "role": "assistant",
                        "content": content,
                        "refusal": refusal,
                        "annotations": [],
                    },
                    "logprobs": None,
                    "finish_reason": finish_reason,
                }
            )
        return choices, completion_tokens

    async def _handle_images(self, request: web.Request) -> web.StreamResponse:
        info, record, body, early = await self._preamble(request, "images")
        status: int | None = None
        outcome = "ok"
        try:
            if early is not None:
                status, outcome = early.status, record.outcome
                return early
            assert body is not None
            prompt = body.get("prompt")
            if not isinstance(prompt, str) or not prompt:
                status, outcome = 400, "bad_request"
                return self._json(
                    _error_body("'prompt' is required.", "invalid_request_error", param="prompt"),
                    400,
                )
            n = max(1, int(body.get("n") or 1))
            ok, rl_headers, retry, dim, message = self._admit(
                info.key, {"requests": 1, "images": n}
            )
            if not ok:
                status, outcome = 429, "rate_limited"
                return self._rate_limited_response(rl_headers, retry, dim, message)
            fault = self._take_fault(info)
            if fault is not None:
                delivered = await self._deliver_transport_fault(fault, record, request, rl_headers)
                if delivered is not None:
                    response, status, outcome = delivered
                    return response
            delay = (
                fault.seconds
                if fault is not None and fault.kind in ("hang", "timeout")
                else self._latency_for(info, 0)
            )
            record.latency = delay
            if delay > 0:
                await asyncio.sleep(delay)
            headers = {**rl_headers, "x-request-id": self._request_id(record)}
            status, outcome = 200, ("fault" if fault is not None else "ok")
            if fault is not None and fault.kind == "malformed_json":
                # The whole HTTP body is broken here, since image answers carry no model text.
                return web.Response(
                    text=fault.content or '{"created": 1, "data": [',
                    status=200,
                    content_type="application/json",
                    headers=headers,
                )
            width, height = self._image_size(body.get("size"))
            data: list[dict[str, Any]] = []
            for i in range(n):
                if fault is not None and fault.kind in ("empty", "length", "refusal"):
                    break
                if fault is not None and fault.kind == "schema_break":
                    data.append({"b64_json": fault.content or "!!not base64!!"})
                    continue
                digest = hashlib.sha256(f"{prompt}|{i}".encode() if i else prompt.encode()).digest()
                png = make_png(width, height, (digest[0], digest[1], digest[2]))
                item: dict[str, Any] = {"b64_json": base64.b64encode(png).decode("ascii")}
                if body.get("response_format") == "url":
                    item["url"] = "data:image/png;base64," + item["b64_json"]
                data.append(item)
            with self._lock:
                self._images_generated += len(data)
            record.images = len(data)
            text_tokens = len(prompt) // 4
            payload = {
                "created": int(time.time()),
                "data": data,
                "output_format": "png",
                "size": f"{width}x{height}",
                "usage": {
                    "input_tokens": text_tokens,
                    "input_tokens_details": {"image_tokens": 0, "text_tokens": text_tokens},
                    "output_tokens": 0,
                    "total_tokens": text_tokens,
                },
            }
            return self._json(payload, 200, headers)
        except asyncio.CancelledError:
            # A reset fault ends by cancellation too; keep it labelled as the fault it was.
            outcome = "fault" if record.fault == "reset" else "cancelled"
            raise
        finally:
            self._finish(record, status, outcome)

    @staticmethod
    def _image_size(size: Any) -> tuple[int, int]:
        width, height = 1024, 1024
        if isinstance(size, str) and "x" in size:
            with contextlib.suppress(ValueError):
                w, h = (int(p) for p in size.lower().split("x", 1))
                if w > 0 and h > 0:
                    width, height = w, h
        # Scale down to at most 64 px per side so payloads stay tiny.
        scale = min(1.0, 64 / max(width, height))
        return max(1, round(width * scale)), max(1, round(height * scale))

    async def _handle_models(self, request: web.Request) -> web.StreamResponse:
        return self._json({"object": "list", "data": [self._model_entry(m) for m in self.models]})

    async def _handle_model(self, request: web.Request) -> web.StreamResponse:
        model = request.match_info["model"]
        if model not in self.models:
            return self._json(
                _error_body(
                    f"The model '{model}' does not exist",
                    "invalid_request_error",
                    "model_not_found",
                    "model",
                ),
                404,
            )
        return self._json(self._model_entry(model))

    @staticmethod
    def _model_entry(model: str) -> dict[str, Any]:
        return {
            "id": model,
            "object": "model",
            "created": 1_700_000_000,
            "owned_by": "sitefarm-fake",
        }

    async def _handle_stats(self, request: web.Request) -> web.StreamResponse:
        q = request.query
        include_calls = q.get("calls", q.get("log", "0")) not in ("0", "false", "")
        out = self.stats(include_calls=include_calls)
        filters = {k: q[k] for k in ("endpoint", "schema", "schema_prefix", "key") if k in q}
        out["max_in_flight_filtered"] = self.max_in_flight(**filters)
        out["filters"] = filters
        return self._json(out)

    async def _handle_get_config(self, request: web.Request) -> web.StreamResponse:
        return self._json(self.config_snapshot())

    async def _handle_post_config(self, request: web.Request) -> web.StreamResponse:
        try:
            config = await request.json()
            if not isinstance(config, dict):
                raise ValueError("config must be a JSON object")
            return self._json(self.apply_config(config))
        except (ValueError, TypeError) as exc:
            return self._json(_error_body(str(exc), "invalid_request_error"), 400)

    async def _handle_reset(self, request: web.Request) -> web.StreamResponse:
        opts: dict[str, Any] = {}
        if request.can_read_body:
            with contextlib.suppress(ValueError):
                opts = await request.json() or {}
        if opts.get("stats", True):
            self.reset_stats()
        if opts.get("buckets", False):
            self.reset_buckets()
        if opts.get("faults", False):
            self.clear_faults()
        return self._json({"ok": True})

    async def _handle_health(self, request: web.Request) -> web.StreamResponse:
        return self._json({"ok": True})


# ---------------------------------------------------------------------------------------------
# Running outside the caller's event loop
# ---------------------------------------------------------------------------------------------


class FakeOpenAIThread:
    """Runs a ``FakeOpenAI`` on its own event loop in a daemon thread (for sync tests/subprocesses).

    Attribute access falls through to the wrapped server, so ``thread.set_limits(...)``,
    ``thread.stats()`` and ``thread.max_in_flight(...)`` work directly.
    """

    def __init__(self, fake: FakeOpenAI | None = None, **kwargs: Any) -> None:
        self.fake = fake if fake is not None else FakeOpenAI(**kwargs)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> str:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            ready.set()
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-openai", daemon=True)
        self._thread.start()
        ready.wait(timeout)
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(self.fake.start(), self._loop).result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self.fake.stop(), loop).result(timeout)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        self._loop = self._thread = None

    def __enter__(self) -> FakeOpenAIThread:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return self.fake.base_url

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not found on the wrapper itself.
        if name == "fake":
            raise AttributeError(name)
        return getattr(self.fake, name)


class FakeControl:
    """Tiny synchronous client for the ``/_fake/*`` endpoints of a fake in another process."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        # Accept either the root URL or the ``.../v1`` base_url.
        self.url = url.rstrip("/").removesuffix("/v1")
        self.timeout = timeout

    def _call(self, method: str, path: str, payload: Any = None) -> dict[str, Any]:
        data = json.dumps(payload).encode() if payload is not None else None
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            result: dict[str, Any] = json.loads(resp.read().decode())
            return result

    def stats(self, *, calls: bool = False, **filters: str) -> dict[str, Any]:
        """Counters; ``filters`` (endpoint/schema/schema_prefix/key) feed max_in_flight_filtered."""
        query = urllib.parse.urlencode({"calls": int(calls), **filters})
        return self._call("GET", f"/_fake/stats?{query}")

    def configure(self, **config: Any) -> dict[str, Any]:
        return self._call("POST", "/_fake/config", config)

    def reset(self, *, stats: bool = True, buckets: bool = False, faults: bool = False) -> None:
        self._call("POST", "/_fake/reset", {"stats": stats, "buckets": buckets, "faults": faults})

    def healthy(self) -> bool:
        try:
            return bool(self._call("GET", "/_fake/health").get("ok"))
        except OSError:
            return False


# ---------------------------------------------------------------------------------------------
# Command line: python -m tests.fakes.openai_server --port 0 --latency 0.05
# ---------------------------------------------------------------------------------------------


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.fakes.openai_server", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port (printed on stdout)")
    p.add_argument("--port-file", help="write the bound port to this file once listening")
    p.add_argument("--seed", default="0")
    p.add_argument("--latency", type=float, default=None, help="seconds for chat and images")
    p.add_argument("--latency-chat", type=float, default=None)
    p.add_argument("--latency-images", type=float, default=None)
    p.add_argument(
        "--route-latency",
        action="append",
        default=[],
        metavar="ROUTE=SECONDS",
        help="per json_schema-name (or prefix) latency; repeatable",
    )
    p.add_argument("--jitter", type=float, default=0.0, help="log-normal sigma (mean-preserving)")
    p.add_argument("--jitter-seed", type=int, default=0)
    p.add_argument("--rpm", type=float, default=None, help="default requests/min per key")
    p.add_argument("--tpm", type=float, default=None, help="default tokens/min per key")
    p.add_argument("--ipm", type=float, default=None, help="default images/min per key")
    p.add_argument("--allow-key", action="append", default=None, help="restrict to these keys")
    p.add_argument("--fault-rate", type=float, default=0.0)
    p.add_argument("--fault-seed", type=int, default=0)
    p.add_argument("--vary-by-prompt", action="store_true")
    p.add_argument("--config", help="JSON file in the POST /_fake/config shape, applied at start")
    return p.parse_args(argv)


def _build_from_args(args: argparse.Namespace) -> FakeOpenAI:
    latency = LatencyConfig(jitter_sigma=args.jitter, jitter_seed=args.jitter_seed)
    if args.latency is not None:
        latency.chat = latency.images = args.latency
    if args.latency_chat is not None:
        latency.chat = args.latency_chat
    if args.latency_images is not None:
        latency.images = args.latency_images
    for item in args.route_latency:
        route, _, seconds = item.partition("=")
        latency.routes[route] = float(seconds)
    seed: int | str = int(args.seed) if args.seed.lstrip("-").isdigit() else args.seed
    random_faults = (
        RandomFaults(rate=args.fault_rate, seed=args.fault_seed) if args.fault_rate else None
    )
    fake = FakeOpenAI(
        host=args.host,
        port=args.port,
        seed=seed,
        latency=latency,
        default_limits=Limits(rpm=args.rpm, tpm=args.tpm, ipm=args.ipm),
        allowed_keys=args.allow_key,
        random_faults=random_faults,
        vary_by_prompt=args.vary_by_prompt,
    )
    if args.config:
        with open(args.config, encoding="utf-8") as fh:
            fake.apply_config(json.load(fh))
    return fake


def _write_port_file(path: str, port: int) -> None:
    # Write then rename so a polling parent never reads a half-written file.
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(str(port))
    os.replace(tmp, path)


async def _serve(fake: FakeOpenAI, port_file: str | None) -> None:
    await fake.start()
    assert fake.port is not None
    if port_file:
        await asyncio.to_thread(_write_port_file, port_file, fake.port)
    print(f"FAKE_OPENAI_BASE_URL={fake.base_url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await fake.stop()


def main(argv: list[str] | None = None) -> None:
    args = _parse_args(argv)
    asyncio.run(_serve(_build_from_args(args), args.port_file))


if __name__ == "__main__":
    main()
