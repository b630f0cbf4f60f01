"""The spans and metrics of one job: the root `job` span and a span per node under it.

A node's span is named by the node (`design_strategy`, `page[menu]`, `image[hero]`) and runs
from the moment its inputs are ready to its result (checkpoint, call or fallback). Each RPC
attempt is its own gRPC client span under the node span, carrying `sitefarm.attempt`; a failed
attempt that is retried adds a `retry` event and a `backoff` span (the wait) to the node span.
So retries show as attempts side by side, each with the server span and model calls it led
to, and the gaps between them say why they are there.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

from google.protobuf.message import Message
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Span, Status, StatusCode
from sitefarm.v1 import phases_pb2, sitefarm_pb2

from orchestrator.report import node_cost
from orchestrator.settings import OrchestratorSettings
from services.runtime import telemetry

if TYPE_CHECKING:
    from orchestrator.nodes import NodeRun

_OUTCOMES = {
    sitefarm_pb2.NODE_STATE_DONE: "done",
    sitefarm_pb2.NODE_STATE_DEGRADED: "degraded",
    sitefarm_pb2.NODE_STATE_FAILED: "failed",
    sitefarm_pb2.NODE_STATE_SKIPPED: "skipped",
}


def _job_outcome(state: int) -> str:
    return sitefarm_pb2.JobState.Name(state).removeprefix("JOB_STATE_").lower()  # type: ignore[arg-type]


class JobTrace:
    """Spans of one job run; every method is cheap and does nothing useful while telemetry is
    off, so the scheduler calls them unconditionally."""

    def __init__(self, job: sitefarm_pb2.Job, mode: str, settings: OrchestratorSettings) -> None:
        self._job = job
        self._mode = mode
        self._settings = settings
        self._span: Span = trace.INVALID_SPAN
        self._context: Context | None = None
        self._nodes: dict[str, tuple[Span, Context, float]] = {}

    def start(self) -> None:
        """Open the job's root span (a new trace whose id is the job id)."""
        brief = self._job.brief
        self._span = telemetry.start_job_span(
            self._job.job_id,
            "job",
            {
                "sitefarm.brief.name": telemetry.safe(brief.business_name, 120),
                "sitefarm.mode": self._mode,
            },
        )
        # A clean context: the baggage of whoever called StartJob stays out of the job's.
        self._context = telemetry.context_of(self._span, Context(), **{"job.id": self._job.job_id})

    def node_started(self, node: NodeRun) -> None:
        """The node's inputs are ready: its span starts."""
        status = node.status
        span = telemetry.start_span(
            telemetry.safe(node.name, 200),  # image[hero], not image: items tell apart in a list
            self._context or Context(),
            {
                "sitefarm.node": telemetry.safe(node.name, 200),
                "sitefarm.phase": node.phase.name,
                "sitefarm.wave": status.wave,
                "sitefarm.fan_out": node.item is not None,
            },
        )
        context = telemetry.context_of(span, self._context, node=node.name, phase=node.phase.name)
        self._nodes[node.name] = (span, context, time.monotonic())

    async def call(
        self,
        node: NodeRun,
        attempt: int,
        rpc: Callable[..., Awaitable[Message]],
        request: Message,
        attempt_seconds: float,
    ) -> Message:
        """One RPC attempt of `node`, in its span's context so the client span (and, through
        the metadata, the server's) belong to it and carry the attempt number."""
        entry = self._nodes.get(node.name)
        if entry is None or not telemetry.enabled():
            return await rpc(request, timeout=attempt_seconds)
        span, context, _ = entry
        span.set_attribute("sitefarm.attempt", attempt)
        token = otel_context.attach(telemetry.context_of(span, context, attempt=attempt))
        try:
            # The call object captures the context when it is created, so it is made here.
            return await rpc(request, timeout=attempt_seconds)
        finally:
            otel_context.detach(token)

    def retried(self, node: NodeRun, attempt: int, reason: str, wait_seconds: float) -> None:
        """Attempt `attempt` failed transiently; the next one comes after `wait_seconds`."""
        entry = self._nodes.get(node.name)
        span = entry[0] if entry is not None else trace.INVALID_SPAN
        with trace.use_span(span, end_on_exit=False):
            telemetry.retried("node", node.phase.name, attempt, reason, wait_seconds)

    def grounded(self, node: NodeRun, removals: Iterable[phases_pb2.GroundingRemoval]) -> None:
        """The grounding check removed or marked facts in the node's answer: a `grounding`
        event on its span, with what it found (sanitised, clipped, at most 20 of them)."""
        entry = self._nodes.get(node.name)
        if entry is None:
            return
        removals = list(removals)
        kinds = [
            phases_pb2.FactKind.Name(r.kind).removeprefix("FACT_KIND_").lower() for r in removals
        ]
        entry[0].add_event(
            "grounding",
            {
                "sitefarm.grounding.count": len(removals),
                "sitefarm.grounding.marked": sum(r.marked for r in removals),
                "sitefarm.grounding.kinds": sorted(set(kinds)),
                "sitefarm.grounding.facts": [
                    telemetry.safe(f"{kind} in {r.section} {r.field}: {r.text}", 160)
                    for kind, r in list(zip(kinds, removals, strict=True))[:20]
                ],
            },
        )

    def node_settled(self, node: NodeRun) -> None:
        """The node has its final state: close its span (a skipped node gets an empty one, so
        the trace says what was not done and why) and record its duration."""
        status = node.status
        entry = self._nodes.pop(node.name, None)
        if entry is None:
            self.node_started(node)
            entry = self._nodes.pop(node.name)
        span, _, started = entry
        outcome = _OUTCOMES.get(status.state, "unfinished")
        usage = status.usage
        attributes: dict[str, Any] = {
            "sitefarm.outcome": outcome,
            "sitefarm.attempt": status.attempts,
            "sitefarm.cache_hit": status.cached,
            "sitefarm.degraded": status.state == sitefarm_pb2.NODE_STATE_DEGRADED,
        }
        if usage.input_tokens or usage.output_tokens:
            attributes["sitefarm.usage.input_tokens"] = usage.input_tokens
            attributes["sitefarm.usage.output_tokens"] = usage.output_tokens
        if usage.model:
            attributes["sitefarm.model"] = telemetry.safe(usage.model, 128)
        if cost := node_cost(status, self._settings):
            attributes["sitefarm.cost_usd"] = round(cost, 6)
        span.set_attributes(attributes)
        if status.error:
            # Degraded and skipped are handled outcomes: the reason is kept, the span is not
            # an error; only a failed node is.
            span.set_attribute("sitefarm.reason", telemetry.safe(status.error, 300))
        if status.state == sitefarm_pb2.NODE_STATE_FAILED:
            span.set_status(Status(StatusCode.ERROR, telemetry.safe(status.error, 200)))
        span.end()
        telemetry.PHASE_DURATION.record(
            time.monotonic() - started,
            {
                "sitefarm.phase": node.phase.name,
                "sitefarm.outcome": outcome,
                "sitefarm.cache_hit": status.cached,
            },
        )

    def finish(self, nodes: Iterable[NodeRun]) -> None:
        """The job has its final state: close what is still open (a cancelled job's running
        nodes) and the job span, and count the job by outcome."""
        statuses = []
        for node in nodes:
            if node.name in self._nodes:
                self.node_settled(node)
            statuses.append(node.status)
        job = self._job
        outcome = _job_outcome(job.state)
        states = [s.state for s in statuses]
        self._span.set_attributes(
            {
                "sitefarm.outcome": outcome,
                "sitefarm.nodes": len(states),
                "sitefarm.nodes.cached": sum(s.cached for s in statuses),
                "sitefarm.nodes.failed": states.count(sitefarm_pb2.NODE_STATE_FAILED),
                "sitefarm.nodes.skipped": states.count(sitefarm_pb2.NODE_STATE_SKIPPED),
                "sitefarm.degraded": [
                    telemetry.safe(s.node, 200)
                    for s in statuses
                    if s.state == sitefarm_pb2.NODE_STATE_DEGRADED
                ],
            }
        )
        if job.error:
            self._span.set_attribute("sitefarm.reason", telemetry.safe(job.error, 300))
        if job.state == sitefarm_pb2.JOB_STATE_FAILED:
            self._span.set_status(Status(StatusCode.ERROR, telemetry.safe(job.error, 200)))
        self._span.end()
        telemetry.JOBS.add(1, {"sitefarm.outcome": outcome, "sitefarm.mode": self._mode})
