"""A fake of the phase services for in-process tests of the run loop: each phase answers
after a scripted latency on the event loop's clock (pair it with VirtualClock), fails as
scripted with real gRPC errors, and every call is recorded with its start and end."""

from __future__ import annotations

import asyncio
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import grpc
from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2

from orchestrator.graph import GRAPH, Phase, PhaseGraph, node_name
from orchestrator.phase_clients import PhaseCall
from services.runtime.errors import resource_exhausted


@dataclass
class PhaseCallRecord:
    """One call as the fake saw it: which node, when (loop time) and how it ended."""

    node: str
    phase: str
    start: float
    end: float = math.inf  # still running
    outcome: str = "running"  # ok, an error code's name, deadline or cancelled


@dataclass
class _Failure:
    code: grpc.StatusCode
    times: int
    retry_after: float | None = None


@dataclass
class FakePhases:
    """Every phase of `graph` answered in process: empty artifacts, except the plans (one page
    per slug of `pages`, one image per (id, page slug) of `images`) and the site (a bundle
    with an index.html), so fan-out and the job's end work as they do for real."""

    pages: Sequence[str] = ("index", "menu")
    images: Sequence[tuple[str, str]] = (("oven", "index"), ("loaf", "menu"))
    default_latency: float = 1.0
    graph: PhaseGraph = GRAPH
    calls: list[PhaseCallRecord] = field(default_factory=list)
    _latency: dict[str, float] = field(default_factory=dict)
    _failures: dict[str, list[_Failure]] = field(default_factory=lambda: defaultdict(list))
    _in_flight: Counter[str] = field(default_factory=Counter)
    _most_in_flight: Counter[str] = field(default_factory=Counter)

    def set_latency(self, target: str, seconds: float) -> None:
        """Calls of a phase (`image`) or of one node (`image[oven]`) take `seconds`."""
        self._latency[target] = seconds

    def fail(
        self,
        target: str,
        code: grpc.StatusCode = grpc.StatusCode.UNAVAILABLE,
        times: int = 1,
        retry_after: float | None = None,
    ) -> None:
        """The next `times` calls of a phase or node fail with `code` (after their latency);
        `retry_after` sends RetryInfo, as a phase service over its rate limit does."""
        self._failures[target].append(_Failure(code, times, retry_after))

    def call(self, phase: Phase) -> PhaseCall:
        # `timeout` as a gRPC stub takes it: the attempt's deadline, in seconds.
        async def rpc(request: Message, timeout: float | None = None, **_: Any) -> Message:  # noqa: ASYNC109
            return await self._answer(phase, request, timeout)

        return rpc

    # --- what the calls were ------------------------------------------------------------------

    def of(self, target: str) -> list[PhaseCallRecord]:
        """The calls of a phase or of one node, in the order they started."""
        return [c for c in self.calls if target in (c.phase, c.node)]

    def only(self, target: str) -> PhaseCallRecord:
        (record,) = self.of(target)
        return record

    def most_in_flight(self, phase: str | None = None) -> int:
        """The most calls of `phase` (of any phase: None) that were running at once."""
        return self._most_in_flight[phase or ""]

    def overlapped(self) -> bool:
        """Whether any two calls ran at the same time."""
        spans = sorted((c.start, c.end) for c in self.calls)
        return any(later[0] < earlier[1] for earlier, later in itertools.pairwise(spans))

    # --- answering ------------------------------------------------------------------------------

    async def _answer(self, phase: Phase, request: Message, seconds: float | None) -> Message:
        node = self._node(phase, request)
        loop = asyncio.get_running_loop()
        record = PhaseCallRecord(node, phase.name, loop.time())
        self.calls.append(record)
        self._enter(phase.name)
        try:
            latency = self._latency.get(node, self._latency.get(phase.name, self.default_latency))
            try:
                async with asyncio.timeout(seconds):
                    await asyncio.sleep(latency)
            except TimeoutError:
                record.outcome = "deadline"
                raise _rpc_error(grpc.StatusCode.DEADLINE_EXCEEDED, "deadline exceeded") from None
            if (failure := self._next_failure(node, phase.name)) is not None:
                record.outcome = failure.code.name
                raise _rpc_error(failure.code, "scripted failure", failure.retry_after)
            record.outcome = "ok"
            return self._response(phase)
        except asyncio.CancelledError:
            record.outcome = "cancelled"
            raise
        finally:
            record.end = loop.time()
            self._in_flight[phase.name] -= 1
            self._in_flight[""] -= 1

    def _enter(self, phase: str) -> None:
        for key in (phase, ""):
            self._in_flight[key] += 1
            self._most_in_flight[key] = max(self._most_in_flight[key], self._in_flight[key])

    def _node(self, phase: Phase, request: Message) -> str:
        if phase.fan_out is None:
            return phase.name
        return node_name(phase.name, phase.fan_out.key(getattr(request, phase.fan_out.field)))

    def _next_failure(self, node: str, phase: str) -> _Failure | None:
        for target in (node, phase):
            for failure in self._failures.get(target, []):
                if failure.times > 0:
                    failure.times -= 1
                    return failure
        return None

    def _response(self, phase: Phase) -> Message:
        response = phase.response_type()
        artifact = getattr(response, phase.response_field)
        if isinstance(artifact, artifacts_pb2.PagePlan):
            for slug in self.pages:
                artifact.pages.add(slug=slug, title=slug.title())
        elif isinstance(artifact, artifacts_pb2.ImagePlan):
            for image_id, page in self.images:
                artifact.images.add(id=image_id, page_slug=page, alt=image_id)
        elif isinstance(artifact, artifacts_pb2.SiteBundle):
            artifact.entry_path = "index.html"
            artifact.files.add(
                path="index.html", media_type="text/html", content=b"<!doctype html>"
            )
        return response


def _rpc_error(
    code: grpc.StatusCode, details: str, retry_after: float | None = None
) -> grpc.aio.AioRpcError:
    """The error a stub raises, with RetryInfo in its trailing metadata when asked."""
    trailing: tuple[tuple[str, str | bytes], ...] = ()
    if retry_after is not None:
        trailing = tuple(resource_exhausted(details, retry_after).trailing_metadata)  # type: ignore[attr-defined]
    return grpc.aio.AioRpcError(
        code, grpc.aio.Metadata(), grpc.aio.Metadata(*trailing), details=details
    )
