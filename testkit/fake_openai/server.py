"""The fake provider's HTTP app: OpenAI's chat, images and models endpoints, and /_fake/* to
configure it and read its counters from another process."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import math
import random
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import asdict, fields
from typing import Any, NamedTuple

from aiohttp import web

from .answers import (
    image_png,
    image_size,
    json_object_answer,
    prompt_digest,
    schema_answer,
    text_answer,
)
from .config import (
    DEFAULT_MODELS,
    Counting,
    Fault,
    LatencyConfig,
    Limits,
    RandomFaults,
    RequestInfo,
    ScriptedAnswer,
)
from .faults import FaultQueue, break_chat_content, drop_connection, status_response
from .latency import TokenLatency
from .limits import Admission, Charge, KeyLimits
from .recording import CallLog, CallRecord, ReceivedRequest
from .wire import error_body, format_seconds

# What an endpoint answers a call with: the response, its status (None when the connection was
# dropped) and the outcome the call log records.
Answer = tuple[web.StreamResponse, int | None, str]


class Gate(NamedTuple):
    """A call past the key's limits and the fault queue: its admission, the fault it drew, and
    the answer that replaces it when the limits or the fault decide alone."""

    admission: Admission
    fault: Fault | None
    answer: Answer | None


class FakeOpenAI:
    """The fake provider; run it in the current loop with ``await start()``/``await stop()``.

    Every configuration and statistics method takes an internal lock, so a test thread may
    call them while the server runs in another thread (see ``FakeOpenAIThread``).

    Arguments: ``seed`` makes schema answers reproducible; ``latency`` is a ``LatencyConfig``,
    its dict form, or one number for chat and images; ``latency_fn(info)`` may return seconds
    (``None`` falls back to the config); ``route_key(info)`` names the route looked up in
    ``latency.routes`` (default: the json_schema name); ``limits`` maps API keys to
    ``Limits``, ``default_limits`` covers every other key; ``counting`` is how keys are counted
    against their limits unless their ``Limits`` say otherwise (see ``Counting``), over
    ``limit_period`` seconds of ``clock`` (60; shorter scales a test down, and every
    x-ratelimit-reset and retry-after then counts in those seconds), quantized over
    ``limit_slices`` slices a period; ``allowed_keys`` enables 401s for unknown keys;
    ``faults``/``random_faults`` pre-load fault injection; ``vary_by_prompt`` mixes the messages
    into the seed; ``clock`` drives the limit accounting only; ``token_latency`` times each
    call by what it answers (see ``TokenLatency``) where ``latency_fn`` gives no time.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int | str = 0,
        latency: LatencyConfig | Mapping[str, Any] | float | None = None,
        latency_fn: Callable[[RequestInfo], float | None] | None = None,
        token_latency: TokenLatency | None = None,
        route_key: Callable[[RequestInfo], str | None] | None = None,
        limits: Mapping[str, Limits | Mapping[str, Any]] | None = None,
        default_limits: Limits | Mapping[str, Any] | None = None,
        counting: Counting | str = Counting.CONTINUOUS_BUCKET,
        limit_period: float = 60.0,
        limit_slices: int = 60,
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
        self.models = list(models)
        self.shutdown_timeout = shutdown_timeout
        self.latency_fn = latency_fn
        self.token_latency = token_latency
        self.route_key = route_key or self._default_route_key
        self._lock = threading.RLock()
        self._runner: web.AppRunner | None = None

        self.seed: int | str = seed
        self.vary_by_prompt = vary_by_prompt
        self.latency = LatencyConfig.coerce(latency)
        self._jitter_rng = random.Random(self.latency.jitter_seed)
        # Only the limit accounting uses ``clock`` (inject one for exact tests); the call log
        # always uses time.monotonic so in-flight maths matches the client's view.
        self.limits = KeyLimits(
            self._lock, clock, limits, default_limits, counting, limit_period, limit_slices
        )
        self.faults = FaultQueue(self._lock, faults, random_faults)
        self.log = CallLog(self._lock, max_log)
        self._allowed_keys: set[str] | None = (
            set(allowed_keys) if allowed_keys is not None else None
        )
        self._answers: dict[str, ScriptedAnswer] = {}

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

    @property
    def clock(self) -> Callable[[], float]:
        return self.limits.clock

    @property
    def max_log(self) -> int:
        return self.log.max_log

    # -- configuration (thread-safe) ----------------------------------------------------------

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
        counting: Counting | str | None = None,
    ) -> None:
        """Set one key's limits (unset dimensions become unlimited, an unset counting the
        fake's own); its ledgers keep their count unless the counting changes."""
        chosen = Counting(counting) if counting is not None else None
        self.limits.set(key, Limits(rpm=rpm, tpm=tpm, ipm=ipm, counting=chosen))

    def clear_limits(self, key: str | None = None) -> None:
        """Drop one key's own limits (it falls back to the defaults), or all of them."""
        self.limits.clear(key)

    def set_default_limits(
        self, *, rpm: float | None = None, tpm: float | None = None, ipm: float | None = None
    ) -> None:
        self.limits.set_default(Limits(rpm=rpm, tpm=tpm, ipm=ipm))

    def set_counting(self, counting: Counting | str, key: str | None = None) -> None:
        """Count every key this way (those without a counting of their own), or only `key`."""
        self.limits.set_counting(counting, key)

    def set_limit_timing(self, period: float | None = None, slices: int | None = None) -> None:
        """The seconds a per-minute limit counts over, and the quantized slices in one; every
        ledger starts again full."""
        self.limits.set_timing(period, slices)

    def reset_buckets(self) -> None:
        """Start every ledger again full (as if a quiet minute had passed)."""
        self.limits.reset_buckets()

    def set_allowed_keys(self, keys: Iterable[str] | None) -> None:
        with self._lock:
            self._allowed_keys = set(keys) if keys is not None else None

    def add_fault(self, kind: str | Fault, **kwargs: Any) -> Fault:
        """Queue a fault, e.g. ``add_fault("status", status=503, times=2, schema="plan")``."""
        fault = kind if isinstance(kind, Fault) else Fault(kind=kind, **kwargs)
        self.faults.add(fault)
        return fault

    def add_faults(self, faults: Iterable[Fault | Mapping[str, Any]]) -> None:
        self.faults.extend(faults)

    def clear_faults(self) -> None:
        """Drop queued faults and switch random faults off."""
        self.faults.clear()

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
        return self.faults.pending()

    def set_random_faults(
        self,
        rate: float,
        *,
        seed: int = 0,
        faults: Iterable[Fault | Mapping[str, Any]] | None = None,
        endpoint: str | None = None,
        schema_prefix: str | None = None,
    ) -> None:
        chosen = [Fault.coerce(f) for f in faults] if faults is not None else None
        random_faults = RandomFaults(
            rate=rate, seed=seed, endpoint=endpoint, schema_prefix=schema_prefix
        )
        if chosen is not None:
            random_faults.faults = chosen
        self.faults.set_random(random_faults)

    def apply_config(self, config: Mapping[str, Any]) -> dict[str, Any]:
        """Apply the JSON accepted by ``POST /_fake/config``; returns the resulting config."""
        known = {
            "seed", "vary_by_prompt", "latency", "default_limits", "limits", "counting",
            "limit_period", "limit_slices", "allowed_keys", "faults", "clear_faults",
            "random_faults", "reset_buckets", "reset_stats",
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
                self.limits.set_default(config["default_limits"])
            self.limits.update(config.get("limits") or {})
            if "counting" in config:
                self.set_counting(config["counting"])
            if "limit_period" in config or "limit_slices" in config:
                self.set_limit_timing(config.get("limit_period"), config.get("limit_slices"))
            if "allowed_keys" in config:
                self.set_allowed_keys(config["allowed_keys"])
            if config.get("clear_faults"):
                self.clear_faults()
            if config.get("faults"):
                self.add_faults(config["faults"])
            if "random_faults" in config:
                self.faults.set_random(RandomFaults.coerce(config["random_faults"]))
            if config.get("reset_buckets"):
                self.reset_buckets()
            if config.get("reset_stats"):
                self.reset_stats()
            return self.config_snapshot()

    def config_snapshot(self) -> dict[str, Any]:
        with self._lock:
            default_limits, limits = self.limits.snapshot()
            faults, random_faults = self.faults.snapshot()
            return {
                "seed": self.seed,
                "vary_by_prompt": self.vary_by_prompt,
                "latency": asdict(self.latency),
                "default_limits": default_limits,
                "limits": limits,
                "counting": str(self.limits.counting),
                "limit_period": self.limits.period,
                "limit_slices": self.limits.slices,
                "allowed_keys": sorted(self._allowed_keys)
                if self._allowed_keys is not None
                else None,
                "faults": faults,
                "random_faults": random_faults,
            }

    # -- observability (thread-safe) ----------------------------------------------------------

    def reset_stats(self) -> None:
        """Clear counters, each key's accounting and the call log (configuration, faults and
        the ledgers' counts are kept)."""
        with self._lock:
            self.log.reset()
            self.limits.reset_counts()

    @property
    def in_flight(self) -> int:
        return self.log.in_flight

    @property
    def rate_limited(self) -> int:
        """Number of 429s sent by the rate limiter (scripted 429 faults are not included)."""
        return self.log.rate_limited

    @property
    def images_generated(self) -> int:
        return self.log.images_generated

    def calls(self, **filters: str | None) -> list[CallRecord]:
        """Snapshot of the call log, filtered by endpoint, schema, schema_prefix, key, outcome."""
        return self.log.calls(**filters)

    def received(
        self, *, endpoint: str | None = None, schema: str | None = None
    ) -> list[ReceivedRequest]:
        """What every request (optionally filtered) told the model, in arrival order."""
        return self.log.received(endpoint=endpoint, schema=schema)

    def request_count(self, **filters: Any) -> int:
        return len(self.calls(**filters))

    def max_in_flight(self, **filters: str | None) -> int:
        """Most matching requests (filtered as ``calls``) ever open at the same time."""
        return self.log.max_in_flight(**filters)

    def overlapped(self, **filters: Any) -> bool:
        """True if any two matching calls were in flight at once (e.g. to check sequential mode)."""
        return self.max_in_flight(**filters) > 1

    def charges(self, key: str | None = None) -> list[Charge]:
        """Every admitted request's charge (of one key, or of all) on the accounting clock, as
        settled, in admission order."""
        return self.limits.charges(key)

    def accounting(self) -> dict[str, dict[str, Any]]:
        """Per key: its counting and limits, the requests, tokens and images it was charged,
        the 429s it was sent, and the most requests and tokens charged in any one period."""
        return self.limits.accounting()

    def stats(self, *, include_calls: bool = False) -> dict[str, Any]:
        """JSON-friendly counters, each key's accounting among them (also served at
        ``GET /_fake/stats``)."""
        with self._lock:
            out = self.log.stats(include_calls=include_calls, pending_faults=len(self.faults))
            out["accounting"] = self.limits.accounting()
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

    # -- one request's path through the fake ----------------------------------------------------

    @staticmethod
    def _default_route_key(info: RequestInfo) -> str | None:
        return info.schema

    def _latency_for(self, info: RequestInfo, completion_tokens: int) -> float:
        with self._lock:
            cfg = self.latency
            delay: float | None = None
            if self.latency_fn is not None:
                delay = self.latency_fn(info)
            if delay is None and self.token_latency is not None:
                delay = self.token_latency.seconds(info, completion_tokens)
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

    @staticmethod
    def _key_of(request: web.Request) -> str:
        auth = request.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        return token.strip() if scheme.lower() == "bearer" else ""

    def _json(
        self, payload: Any, status: int = 200, headers: Mapping[str, str] | None = None
    ) -> web.Response:
        return web.json_response(payload, status=status, headers=dict(headers or {}))

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
        record = self.log.begin(info, start)
        self.log.receive(info)
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
                    error_body(
                        f"Incorrect API key provided: {shown}.",
                        "invalid_request_error",
                        "invalid_api_key",
                    ),
                    status=401,
                ),
            )
        if bad is not None:
            record.outcome = "bad_request"
            return info, record, None, self._json(error_body(bad, "invalid_request_error"), 400)
        return info, record, body, None

    def _rate_limited_response(
        self, headers: dict[str, str], retry: float, dim: str, message: str
    ) -> web.Response:
        self.log.rate_limited_once()
        retry = max(retry, 0.001)
        headers = {
            **headers,
            "Retry-After": format_seconds(retry),
            "retry-after-ms": str(math.ceil(retry * 1000)),
        }
        return self._json(
            error_body(message, dim or "requests", "rate_limit_exceeded"), 429, headers
        )

    async def _deliver_transport_fault(
        self, fault: Fault, record: CallRecord, request: web.Request, headers: dict[str, str]
    ) -> tuple[web.StreamResponse, int | None, str] | None:
        """Count `fault`; for the faults that replace the whole answer (an error status, a
        dropped connection) return (response, status, outcome), else None: the endpoint
        shapes its content faults itself."""
        record.fault = fault.kind
        self.log.fault_delivered(fault.kind)
        if fault.kind == "status":
            return await status_response(fault, headers), fault.status, "fault"
        if fault.kind == "reset":
            if fault.seconds > 0:
                await asyncio.sleep(fault.seconds)
            return await drop_connection(request), None, "fault"
        return None

    def _request_id(self, record: CallRecord) -> str:
        return f"req_fake_{record.id:08d}"

    def _bad_request(self, message: str, param: str) -> Answer:
        body = error_body(message, "invalid_request_error", param=param)
        return self._json(body, 400), 400, "bad_request"

    async def _gate(
        self, request: web.Request, info: RequestInfo, record: CallRecord, costs: dict[str, float]
    ) -> Gate:
        """The key's limits, then any fault due: the answer that replaces the call (a 429, an
        error status, a dropped connection), or the admission and fault it is answered with."""
        admission = self.limits.admit(info.key, costs)
        if not admission.admitted:
            refusal = self._rate_limited_response(
                admission.headers, admission.retry_after, admission.dimension, admission.message
            )
            return Gate(admission, None, (refusal, 429, "rate_limited"))
        fault = self.faults.take(info)
        if fault is not None:
            delivered = await self._deliver_transport_fault(
                fault, record, request, admission.headers
            )
            return Gate(admission, fault, delivered)
        return Gate(admission, None, None)

    def _delay(self, info: RequestInfo, fault: Fault | None, completion_tokens: int) -> float:
        """How long the answer takes: a hang's own seconds, else the configured latency."""
        if fault is not None and fault.kind in ("hang", "timeout"):
            return fault.seconds
        return self._latency_for(info, completion_tokens)

    # -- endpoints --------------------------------------------------------------------------

    async def _handle_chat(self, request: web.Request) -> web.StreamResponse:
        return await self._serve(request, "chat", self._answer_chat)

    async def _handle_images(self, request: web.Request) -> web.StreamResponse:
        return await self._serve(request, "images", self._answer_images)

    async def _serve(
        self,
        request: web.Request,
        endpoint: str,
        answer: Callable[[web.Request, RequestInfo, CallRecord, dict[str, Any]], Awaitable[Answer]],
    ) -> web.StreamResponse:
        """One call from arrival to its log entry: parsed and registered, answered, finished."""
        info, record, body, early = await self._preamble(request, endpoint)
        status: int | None = None
        outcome = "ok"
        try:
            if early is not None:
                status, outcome = early.status, record.outcome
                return early
            assert body is not None
            response, status, outcome = await answer(request, info, record, body)
            return response
        except asyncio.CancelledError:
            # A reset fault ends by cancellation too; keep it labelled as the fault it was.
            outcome = "fault" if record.fault == "reset" else "cancelled"
            raise
        finally:
            self.log.finish(record, status, outcome)

    async def _answer_chat(
        self, request: web.Request, info: RequestInfo, record: CallRecord, body: dict[str, Any]
    ) -> Answer:
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            return self._bad_request("'messages' must be a non-empty array.", "messages")
        if body.get("stream"):
            return self._bad_request("stream=true is not supported by the fake.", "stream")
        prompt_tokens = len(json.dumps(messages, ensure_ascii=False)) // 4
        reserved = int(body.get("max_completion_tokens") or body.get("max_tokens") or 0)
        gate = await self._gate(
            request, info, record, {"requests": 1, "tokens": prompt_tokens + reserved}
        )
        if gate.answer is not None:
            return gate.answer
        fault, admission = gate.fault, gate.admission
        choices, completion_tokens = self._chat_choices(info, body, messages, fault)
        if admission.charge is not None:
            self.limits.settle(info.key, admission.charge, prompt_tokens + completion_tokens)
        delay = self._delay(info, fault, completion_tokens)
        record.latency = delay
        record.prompt_tokens, record.completion_tokens = prompt_tokens, completion_tokens
        self.log.tokens_used(prompt_tokens, completion_tokens)
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
            **admission.headers,
            "x-request-id": self._request_id(record),
            "openai-processing-ms": str(int(delay * 1000)),
        }
        return self._json(payload, 200, headers), 200, ("fault" if fault is not None else "ok")

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
            seed_base = f"{seed_base}|{prompt_digest(messages)}"
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
                content = schema_answer(json.dumps(schema), seed)
            elif rf is not None and rf.get("type") == "json_object":
                content = json_object_answer(seed)
            else:
                content = text_answer(seed, messages)
            finish_reason, refusal = "stop", None
            if fault is not None:
                content, finish_reason, refusal = break_chat_content(fault, content, schema)
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

    async def _answer_images(
        self, request: web.Request, info: RequestInfo, record: CallRecord, body: dict[str, Any]
    ) -> Answer:
        prompt = body.get("prompt")
        if not isinstance(prompt, str) or not prompt:
            return self._bad_request("'prompt' is required.", "prompt")
        n = max(1, int(body.get("n") or 1))
        # An image model's limits are its own: its calls leave the chat requests alone.
        gate = await self._gate(request, info, record, {"images": n})
        if gate.answer is not None:
            return gate.answer
        fault = gate.fault
        delay = self._delay(info, fault, 0)
        record.latency = delay
        if delay > 0:
            await asyncio.sleep(delay)
        headers = {**gate.admission.headers, "x-request-id": self._request_id(record)}
        outcome = "fault" if fault is not None else "ok"
        if fault is not None and fault.kind == "malformed_json":
            # The whole HTTP body is broken here, since image answers carry no model text.
            broken = web.Response(
                text=fault.content or '{"created": 1, "data": [',
                status=200,
                content_type="application/json",
                headers=headers,
            )
            return broken, 200, outcome
        width, height = image_size(body.get("size"))
        data: list[dict[str, Any]] = []
        for i in range(n):
            if fault is not None and fault.kind in ("empty", "length", "refusal"):
                break
            if fault is not None and fault.kind == "schema_break":
                data.append({"b64_json": fault.content or "!!not base64!!"})
                continue
            png = image_png(prompt, i, width, height)
            item: dict[str, Any] = {"b64_json": base64.b64encode(png).decode("ascii")}
            if body.get("response_format") == "url":
                item["url"] = "data:image/png;base64," + item["b64_json"]
            data.append(item)
        self.log.images_made(len(data))
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
        return self._json(payload, 200, headers), 200, outcome

    async def _handle_models(self, request: web.Request) -> web.StreamResponse:
        return self._json({"object": "list", "data": [self._model_entry(m) for m in self.models]})

    async def _handle_model(self, request: web.Request) -> web.StreamResponse:
        model = request.match_info["model"]
        if model not in self.models:
            return self._json(
                error_body(
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

    # -- /_fake/*: configure and read the fake from another process -------------------------------

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
            return self._json(error_body(str(exc), "invalid_request_error"), 400)

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
