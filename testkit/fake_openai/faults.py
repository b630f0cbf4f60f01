"""The fake's fault injection: scripted and seeded-random faults, and how each one breaks an
answer (an error status, a dropped connection, or broken content)."""

from __future__ import annotations

import asyncio
import json
import math
import random
import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import Any

from aiohttp import web

from testkit.schema_faker import break_schema

from .config import Fault, RandomFaults, RequestInfo
from .wire import error_body, format_seconds


class FaultQueue:
    """Faults waiting for matching requests, first queued first served, then random faults."""

    def __init__(
        self,
        lock: threading.RLock,
        faults: Iterable[Fault | Mapping[str, Any]] | None = None,
        random_faults: RandomFaults | Mapping[str, Any] | None = None,
    ) -> None:
        self._lock = lock
        self._queued: list[Fault] = [Fault.coerce(f) for f in faults or ()]
        self._random: RandomFaults | None = None
        self._rng = random.Random(0)
        self.set_random(RandomFaults.coerce(random_faults))

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._queued.append(fault)

    def extend(self, faults: Iterable[Fault | Mapping[str, Any]]) -> None:
        with self._lock:
            self._queued.extend(Fault.coerce(f) for f in faults)

    def clear(self) -> None:
        """Drop queued faults and switch random faults off."""
        with self._lock:
            self._queued.clear()
            self._random = None

    def set_random(self, random_faults: RandomFaults | None) -> None:
        """Random faults from now on (None: off), their generator seeded afresh."""
        with self._lock:
            self._random = random_faults
            self._rng = random.Random(random_faults.seed if random_faults else 0)

    def pending(self) -> list[Fault]:
        with self._lock:
            return [Fault(**asdict(f)) for f in self._queued]

    def __len__(self) -> int:
        with self._lock:
            return len(self._queued)

    def snapshot(self) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        """Queued faults and random faults, JSON-friendly."""
        with self._lock:
            random_faults = asdict(self._random) if self._random else None
            return [asdict(f) for f in self._queued], random_faults

    def take(self, info: RequestInfo) -> Fault | None:
        """The fault this request gets, if any: the first queued match, else a random draw."""
        with self._lock:
            for i, fault in enumerate(self._queued):
                if fault.matches(info):
                    fault.times -= 1
                    if fault.times <= 0:
                        del self._queued[i]
                    return fault
            rf = self._random
            if rf is not None and rf.rate > 0 and rf.faults:
                if rf.endpoint is not None and rf.endpoint != info.endpoint:
                    return None
                if rf.schema_prefix is not None and not (info.schema or "").startswith(
                    rf.schema_prefix
                ):
                    return None
                if self._rng.random() < rf.rate:
                    return self._rng.choice(rf.faults)
            return None


# -- faults that replace the whole answer ------------------------------------------------------


async def status_response(fault: Fault, headers: Mapping[str, str]) -> web.Response:
    """The error answer of a "status" fault (429s carry Retry-After), after its delay."""
    if fault.seconds > 0:
        await asyncio.sleep(fault.seconds)
    out = dict(headers)
    if fault.status == 429:
        retry = fault.retry_after if fault.retry_after is not None else 1.0
        out["Retry-After"] = format_seconds(retry)
        out["retry-after-ms"] = str(math.ceil(retry * 1000))
        body = error_body(
            fault.message or "Rate limit reached (injected by the fake).",
            "requests",
            "rate_limit_exceeded",
        )
    else:
        if fault.retry_after is not None:
            out["Retry-After"] = format_seconds(fault.retry_after)
        type_ = "server_error" if fault.status >= 500 else "invalid_request_error"
        body = error_body(fault.message or f"Injected fault: HTTP {fault.status}.", type_)
    return web.json_response(body, status=fault.status, headers=out)


async def drop_connection(request: web.Request) -> web.StreamResponse:
    """Drop the socket unflushed, which the client sees as a reset."""
    transport = request.transport
    if transport is not None:
        transport.abort()
    # handler_cancellation cancels this task once aiohttp notices the lost connection.
    await asyncio.sleep(5)
    return web.Response(status=500)


# -- faults that break the content of a chat answer --------------------------------------------


def break_chat_content(
    fault: Fault, content: str | None, schema: Any
) -> tuple[str | None, str, str | None]:
    """A content fault applied to one choice: (content, finish_reason, refusal)."""
    if fault.kind == "length":
        assert content is not None
        return content[: max(1, len(content) // 2)], "length", None
    if fault.kind == "refusal":
        return None, "stop", fault.message or "I'm sorry, but I can't help with that."
    if fault.content is not None and fault.kind in ("malformed_json", "schema_break", "empty"):
        return fault.content, "stop", None
    if fault.kind == "malformed_json":
        return '{"oops": this is not json', "stop", None
    if fault.kind == "schema_break":
        return json.dumps(break_schema(schema) if schema is not None else {}), "stop", None
    if fault.kind == "empty":
        return "", "stop", None
    return content, "stop", None
