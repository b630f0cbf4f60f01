"""Runs one job's phase graph over the phase services: dag, waves or sequential."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field

import grpc
from google.protobuf import timestamp_pb2
from google.protobuf.message import Message
from google.rpc import error_details_pb2
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2, phases_pb2_grpc, sitefarm_pb2

from orchestrator.budget import JobBudget
from orchestrator.graph import GRAPH, Phase, PhaseGraph, node_name
from orchestrator.priority import remaining_path
from orchestrator.settings import OrchestratorSettings
from orchestrator.status import status_details
from orchestrator.store import JobStore, LeaseLost
from orchestrator.tracing import JobTrace
from services.runtime.channels import open_channel
from services.runtime.grounding import summary

log = logging.getLogger(__name__)

# Bumped whenever what a request means changes, so old checkpoints stop matching.
# 3: answers written under the facts rule and grounded; older copy was never checked.
CHECKPOINT_VERSION = "3"

# Worth another attempt: the service is away or busy, one attempt ran out of time, or the
# model answered outside the schema (INTERNAL). Anything else will fail the same way again.
TRANSIENT_CODES = frozenset(
    {
        grpc.StatusCode.UNAVAILABLE,
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        grpc.StatusCode.DEADLINE_EXCEEDED,
        grpc.StatusCode.INTERNAL,
        grpc.StatusCode.ABORTED,
    }
)

N = sitefarm_pb2.NodeState
E = sitefarm_pb2.EventKind
_OK = frozenset({sitefarm_pb2.NODE_STATE_DONE, sitefarm_pb2.NODE_STATE_DEGRADED})
_TERMINAL = _OK | {sitefarm_pb2.NODE_STATE_FAILED, sitefarm_pb2.NODE_STATE_SKIPPED}

PhaseCall = Callable[..., Awaitable[Message]]


class PhaseClients:
    """One channel per phase service, shared by every job of this orchestrator."""

    def __init__(self, settings: OrchestratorSettings, graph: PhaseGraph = GRAPH) -> None:
        self._channels: dict[str, grpc.aio.Channel] = {}
        self._stubs: dict[str, object] = {}
        for phase in graph.phases.values():
            if phase.service not in self._channels:
                address = getattr(settings, phase.address_setting)
                channel = open_channel(address, settings)
                self._channels[phase.service] = channel
                self._stubs[phase.service] = getattr(phases_pb2_grpc, f"{phase.service}Stub")(
                    channel
                )

    def call(self, phase: Phase) -> PhaseCall:
        """The phase's RPC as an awaitable callable taking (request, timeout=...)."""
        return getattr(self._stubs[phase.service], phase.method)  # type: ignore[no-any-return]

    async def close(self) -> None:
        await asyncio.gather(*(c.close() for c in self._channels.values()))


def checkpoint_key(
    node: str, phase: Phase, request: Message, settings: OrchestratorSettings
) -> str:
    """sha256 of what decides a node's answer: its request and the model that answers it."""
    if settings.provider == "offline":
        answerer = "offline"
    else:
        model = getattr(settings, phase.model_setting)
        answerer = f"{settings.provider}|{model}|{settings.openai_base_url or ''}"
    digest = hashlib.sha256()
    for part in (CHECKPOINT_VERSION, node, answerer):
        digest.update(part.encode())
        digest.update(b"\0")
    # Deterministic serialization: equal messages give equal bytes (map order included).
    digest.update(request.SerializeToString(deterministic=True))
    return digest.hexdigest()


class NodeFailure(Exception):
    """A node's last attempt failed; the message says why (never a stack trace)."""


@dataclass(eq=False)
class NodeRun:
    """One node of a running job: a phase, or one item of a fan-out phase."""

    phase: Phase
    status: sitefarm_pb2.NodeStatus
    item: Message | None = None
    artifact: Message | None = None
    settled: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def name(self) -> str:
        return self.status.node

    @property
    def ok(self) -> bool:
        return self.status.state in _OK


def _now() -> timestamp_pb2.Timestamp:
    stamp = timestamp_pb2.Timestamp()
    stamp.GetCurrentTime()
    return stamp


def _retry_delay(error: grpc.aio.AioRpcError) -> float | None:
    """The wait a RESOURCE_EXHAUSTED answer asked for in google.rpc.RetryInfo, if any."""
    for info in status_details(error, error_details_pb2.RetryInfo):
        return info.retry_delay.ToTimedelta().total_seconds()
    return None


class JobRun:
    """One job: its nodes, their states and events, and how they are scheduled."""

    def __init__(
        self,
        job: sitefarm_pb2.Job,
        settings: OrchestratorSettings,
        store: JobStore,
        clients: PhaseClients,
        graph: PhaseGraph = GRAPH,
        result_phase: str = "site",
        resumed_after: int = 0,
    ) -> None:
        """`resumed_after`: the job ran on a replica that died; its events end at that
        sequence number and the nodes its last snapshot shows done come from checkpoints."""
        self.job = job
        self._settings = settings
        self._store = store
        self._clients = clients
        self._graph = graph
        self._result_phase = result_phase
        self._mode = job.options.mode or sitefarm_pb2.SCHEDULE_MODE_DAG
        self._use_cache = settings.checkpoint_cache and not job.options.no_cache
        self._nodes: dict[str, NodeRun] = {}
        self._items: dict[str, list[NodeRun]] = {}
        self._planned: dict[str, asyncio.Event] = {}
        self._job_slots = asyncio.Semaphore(settings.job_concurrency)
        self._phase_slots: dict[str, asyncio.Semaphore] = {}
        for phase in graph.phases.values():
            if phase.fan_out is not None:
                self._planned[phase.name] = asyncio.Event()
            if phase.cap_setting is not None:
                limit = getattr(settings, phase.cap_setting)
                self._phase_slots[phase.name] = asyncio.Semaphore(limit)
        self._sequence = resumed_after
        self._resumed = resumed_after > 0
        # Nodes this very job finished before it moved replica: reused even with no_cache.
        self._restored = {
            n.node: _copied(n) for n in job.nodes if n.state == sitefarm_pb2.NODE_STATE_DONE
        }
        self._budget = JobBudget(settings)
        self._budget_stop: str | None = None
        self._abandoned = False
        self._cancel_first = False
        self._emit_lock = asyncio.Lock()
        self._last_write: asyncio.Future[None] | None = None
        self._task_group: asyncio.TaskGroup | None = None
        self._remaining_path = remaining_path(graph)
        self._trace = JobTrace(job, self._mode_name, settings)
        for phase in graph.phases.values():
            if phase.fan_out is None:
                self._add_node(phase, None, None)

    # --- running ----------------------------------------------------------------------------

    def abandon(self) -> None:
        """Stop without recording an end: the job goes on elsewhere (handed over on shutdown,
        or its lease was taken), so cancelling this run must not mark it CANCELLED."""
        self._abandoned = True

    def cancel_before_start(self) -> None:
        """The job was cancelled while no replica held it: `run` only records that."""
        self._cancel_first = True

    async def run(self) -> sitefarm_pb2.Job:
        """Run every node, then record how the job ended; cancellation ends it CANCELLED."""
        self.job.state = sitefarm_pb2.JOB_STATE_RUNNING
        self._trace.start()
        if self._cancel_first:
            await self._finish(cancelled=True)
            return self.job
        started = (
            f"job resumed ({self._mode_name}) after its replica stopped"
            if self._resumed
            else f"job started ({self._mode_name})"
        )
        try:
            await self._emit(E.EVENT_KIND_JOB_STARTED, message=started)
            await self._emit(
                E.EVENT_KIND_NODES_PLANNED,
                planned=[n.status for n in self._nodes.values()],
                message=f"{len(self._nodes)} phases planned",
            )
            async with asyncio.TaskGroup() as group:
                self._task_group = group
                if self._mode == sitefarm_pb2.SCHEDULE_MODE_DAG:
                    for node in list(self._nodes.values()):
                        group.create_task(self._run_node(node))
                else:
                    group.create_task(self._run_by_level())
        except asyncio.CancelledError:
            if self._abandoned:
                self._trace.finish(self._nodes.values())  # its spans end here, still running
            else:
                await self._finish(cancelled=True)
            raise
        except Exception as error:
            if _lease_lost(error):  # another replica runs the job now; ours wrote nothing
                log.warning("job %s: lease lost, stopped here", self.job.job_id)
                self._trace.finish(self._nodes.values())
                return self.job
            # A defect of ours, not a phase failure.
            log.exception("job %s crashed", self.job.job_id)
            await self._finish(crash=f"internal error: {type(error).__name__}")
            return self.job
        await self._finish()
        return self.job

    @property
    def _mode_name(self) -> str:
        return sitefarm_pb2.ScheduleMode.Name(self._mode).removeprefix("SCHEDULE_MODE_").lower()

    async def _run_by_level(self) -> None:
        """waves: a barrier after each level; sequential: also one node at a time."""
        for level in range(1, self._graph.depth + 1):
            # Items of this level are known by now: their plans sit on earlier levels.
            nodes = [n for n in self._nodes.values() if n.status.wave == level]
            if self._mode == sitefarm_pb2.SCHEDULE_MODE_SEQUENTIAL:
                for node in nodes:
                    await self._run_node(node)
            else:
                async with asyncio.TaskGroup() as group:
                    for node in nodes:
                        group.create_task(self._run_node(node))

    async def _run_node(self, node: NodeRun) -> None:
        """Wait for the node's inputs, then answer it from a checkpoint, a call or a fallback."""
        if (missing := await self._wait_for_inputs(node)) is not None:
            await self._settle(node, N.NODE_STATE_SKIPPED, error=missing)
            return
        self._trace.node_started(node)
        phase = node.phase
        artifacts = {name: self._nodes[name].artifact for name in phase.inputs}
        gathered = {
            g.phase: [d.artifact for d in self._gathered(node, g.phase)] for g in phase.gathers
        }
        request = phase.build_request(
            self.job.brief,
            artifacts,
            node.item,
            gathered,
            self.job.options,  # type: ignore[arg-type]
        )
        key = checkpoint_key(node.name, phase, request, self._settings)
        restored = self._restored.get(node.name)
        if (self._use_cache or restored is not None) and (
            saved := await self._store.get_checkpoint(key)
        ) is not None:
            cached_response = phase.response_type.FromString(saved)
            node.artifact = phase.artifact(cached_response)
            if restored is not None:
                # This job's own result from before it moved replica: as first recorded.
                node.status.CopyFrom(restored)
                self._budget.charge(node.status)
                message = f"{node.name} restored from its checkpoint"
            else:
                node.status.cached = True
                node.status.started_at.CopyFrom(_now())
                message = f"{node.name} reused a checkpoint"
            await self._report_grounding(node, cached_response)
            await self._settle(node, N.NODE_STATE_DONE, message=message)
            return
        self._budget_stop = self._budget_stop or self._budget.exhausted()
        if self._budget_stop:
            # Spent: no new call starts; what is finished stays checkpointed for a rerun.
            await self._settle(node, N.NODE_STATE_SKIPPED, error=self._budget_stop)
            return
        try:
            response = await self._call(node, request)
        except NodeFailure as failure:
            if phase.fallback is None:
                await self._settle(node, N.NODE_STATE_FAILED, error=str(failure))
                return
            try:
                node.artifact = phase.fallback(request)
            except Exception as error:  # a broken fallback fails the node, not the job
                log.exception("fallback of %s failed", node.name)
                reason = f"{failure}; fallback failed: {type(error).__name__}"
                await self._settle(node, N.NODE_STATE_FAILED, error=reason)
                return
            await self._settle(node, N.NODE_STATE_DEGRADED, error=str(failure))
            return
        node.artifact = phase.artifact(response)
        node.status.usage.CopyFrom(response.usage)  # type: ignore[attr-defined]
        self._budget.charge(node.status)
        # Checkpointed the moment it exists: a resumed or repeated job never pays twice.
        await self._store.put_checkpoint(key, response.SerializeToString())
        await self._report_grounding(node, response)
        await self._settle(node, N.NODE_STATE_DONE)

    async def _call(self, node: NodeRun, request: Message) -> Message:
        """The node's RPC, retried with jittered backoff while the failure is transient."""
        settings = self._settings
        # The remaining critical path travels as the call's priority for the rate limiter.
        call = self._remaining_path.prioritised(node.phase.name, self._clients.call(node.phase))
        deadline = time.monotonic() + settings.node_deadline_seconds
        phase_slots = self._phase_slots.get(node.phase.name)
        for attempt in range(1, settings.node_retry_attempts + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise NodeFailure(f"node deadline of {settings.node_deadline_seconds:g}s passed")
            try:
                async with _held(phase_slots), self._job_slots:
                    node.status.attempts = attempt
                    node.status.state = N.NODE_STATE_RUNNING
                    if attempt == 1:
                        node.status.started_at.CopyFrom(_now())
                    await self._emit(E.EVENT_KIND_NODE_STARTED, node, f"{node.name} started")
                    timeout = min(settings.node_attempt_seconds, remaining)
                    return await self._trace.call(node, attempt, call, request, timeout)
            except grpc.aio.AioRpcError as error:
                reason = f"{error.code().name}: {error.details() or 'no details'}"
                if error.code() not in TRANSIENT_CODES:
                    raise NodeFailure(reason) from None
                if attempt == settings.node_retry_attempts:
                    raise NodeFailure(f"{reason} (after {attempt} attempts)") from None
                wait = self._backoff(attempt, _retry_delay(error))
                if time.monotonic() + wait >= deadline:
                    raise NodeFailure(f"{reason} (node deadline before next attempt)") from None
            self._trace.retried(node, attempt, reason, wait)
            node.status.state = N.NODE_STATE_RETRYING
            node.status.error = reason
            await self._emit(
                E.EVENT_KIND_NODE_RETRYING, node, f"{node.name}: {reason}; retry in {wait:.2f}s"
            )
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int, asked: float | None) -> float:
        """Full jitter so many retrying nodes spread out; a server's RetryInfo is a floor."""
        settings = self._settings
        ceiling = min(
            settings.node_retry_max_seconds, settings.node_retry_base_seconds * 2 ** (attempt - 1)
        )
        return max(random.uniform(0, ceiling), (asked or 0.0) + random.uniform(0, 0.05))

    async def _report_grounding(self, node: NodeRun, response: Message) -> None:
        """What the grounding check removed from the node's answer: a span event and a
        NODE_GROUNDED job event, before the node's NODE_FINISHED."""
        removals = _ungrounded(response)
        if not removals:
            return
        self._trace.grounded(node, removals)
        marked = all(r.marked for r in removals)
        done = "marked as placeholders" if marked else "removed"
        await self._emit(
            E.EVENT_KIND_NODE_GROUNDED,
            node,
            f"{node.name}: {done} facts the brief does not state: {summary(removals)}",
            ungrounded=removals,
        )

    # --- inputs and fan-out -----------------------------------------------------------------

    async def _wait_for_inputs(self, node: NodeRun) -> str | None:
        """Wait until everything the node needs has settled; why it cannot run, else None."""
        phase = node.phase
        needed = [*phase.inputs, *([phase.fan_out.source] if phase.fan_out else [])]
        for name in needed:
            await self._nodes[name].settled.wait()
        for name in needed:
            if not self._nodes[name].ok:
                return f"needs {name}, which {_past(self._nodes[name].status.state)}"
        for gather in phase.gathers:
            await self._planned[gather.phase].wait()
            if gather.phase not in self._items:
                source = self._graph.phases[gather.phase].fan_out.source  # type: ignore[union-attr]
                did = _past(self._nodes[source].status.state)
                return f"needs {gather.phase} items, but {source} {did}"
            items = self._gathered(node, gather.phase)
            node.status.inputs.extend(i.name for i in items)
            for item in items:
                await item.settled.wait()
            if bad := [i.name for i in items if not i.ok]:
                return f"needs {', '.join(bad)}, which did not finish"
        return None

    def _gathered(self, node: NodeRun, phase_name: str) -> list[NodeRun]:
        gather = next(g for g in node.phase.gathers if g.phase == phase_name)
        items = self._items.get(phase_name, [])
        if gather.match is None:
            return list(items)
        return [i for i in items if gather.match(i.item, node.item)]  # type: ignore[arg-type]

    def _add_node(self, phase: Phase, key: str | None, item: Message | None) -> NodeRun:
        name = node_name(phase.name, key)
        inputs = [*phase.inputs, *([phase.fan_out.source] if phase.fan_out else [])]
        # A gathering node also waits for the plan that says which items it gets.
        for gather in phase.gathers:
            plan = self._graph.phases[gather.phase].fan_out.source  # type: ignore[union-attr]
            inputs.append(plan)
        status = sitefarm_pb2.NodeStatus(
            node=name,
            phase=phase.name,
            wave=self._graph.levels[phase.name],
            state=N.NODE_STATE_WAITING,
            inputs=list(dict.fromkeys(inputs)),
        )
        node = NodeRun(phase, status, item)
        self._nodes[name] = node
        return node

    async def _plan_items(self, source: NodeRun) -> None:
        """The fan-out phases fed by `source` get one node per item of its artifact."""
        for phase in self._graph.fan_outs_of(source.phase.name):
            assert phase.fan_out is not None
            if source.ok:
                items: list[NodeRun] = []
                taken: set[str] = set()
                for item in phase.fan_out.items(source.artifact):  # type: ignore[arg-type]
                    key = base = phase.fan_out.key(item) or "item"
                    n = 2
                    while key in taken:  # names stay unique even if a plan repeats an id
                        key, n = f"{base}-{n}", n + 1
                    taken.add(key)
                    items.append(self._add_node(phase, key, item))
                self._items[phase.name] = items
                await self._emit(
                    E.EVENT_KIND_NODES_PLANNED,
                    planned=[i.status for i in items],
                    message=f"{len(items)} {phase.name} items planned",
                )
                if self._task_group is not None and self._mode == sitefarm_pb2.SCHEDULE_MODE_DAG:
                    for item_node in items:
                        self._task_group.create_task(self._run_node(item_node))
            self._planned[phase.name].set()

    async def _settle(
        self,
        node: NodeRun,
        state: sitefarm_pb2.NodeState.ValueType,
        error: str = "",
        message: str = "",
    ) -> None:
        node.status.state = state
        node.status.error = error
        if not node.status.HasField("finished_at"):  # a restored node keeps its own
            node.status.finished_at.CopyFrom(_now())
        self._trace.node_settled(node)
        kind = {
            N.NODE_STATE_DONE: E.EVENT_KIND_NODE_FINISHED,
            N.NODE_STATE_DEGRADED: E.EVENT_KIND_NODE_DEGRADED,
            N.NODE_STATE_FAILED: E.EVENT_KIND_NODE_FAILED,
            N.NODE_STATE_SKIPPED: E.EVENT_KIND_NODE_SKIPPED,
        }[state]
        text = message or f"{node.name} {_past(state)}" + (f": {error}" if error else "")
        await self._emit(kind, node, text)
        await self._plan_items(node)
        node.settled.set()

    # --- the end ----------------------------------------------------------------------------

    async def _finish(self, cancelled: bool = False, crash: str = "") -> None:
        reason = "job cancelled" if cancelled else crash or "job ended before it could run"
        for node in list(self._nodes.values()):
            if node.status.state not in _TERMINAL:
                node.status.state = N.NODE_STATE_SKIPPED
                node.status.error = reason
                node.status.finished_at.CopyFrom(_now())
                await self._emit(E.EVENT_KIND_NODE_SKIPPED, node, f"{node.name} skipped: {reason}")
        failed = [n for n in self._nodes.values() if n.status.state == N.NODE_STATE_FAILED]
        degraded = [n.name for n in self._nodes.values() if n.status.state == N.NODE_STATE_DEGRADED]
        result = self._nodes.get(self._result_phase)
        job = self.job
        if cancelled:
            job.state = sitefarm_pb2.JOB_STATE_CANCELLED
            job.error = "cancelled"
        elif crash or failed or result is None or not result.ok:
            job.state = sitefarm_pb2.JOB_STATE_FAILED
            job.error = (
                crash
                or _budget_reason(self._budget_stop, self._nodes.values())
                or _failure_reason(failed, self._nodes.values())
            )
        else:
            assert isinstance(result.artifact, artifacts_pb2.SiteBundle)
            # Stored before the final event, so whoever sees the job end can download at once.
            await self._store.put_site(job.job_id, result.artifact)
            job.site_file_count = len(result.artifact.files)
            job.degraded.extend(degraded)
            job.state = (
                sitefarm_pb2.JOB_STATE_DEGRADED if degraded else sitefarm_pb2.JOB_STATE_COMPLETED
            )
        job.finished_at.CopyFrom(_now())
        self._trace.finish(self._nodes.values())
        state_name = sitefarm_pb2.JobState.Name(job.state).removeprefix("JOB_STATE_").lower()
        await self._emit(
            E.EVENT_KIND_JOB_FINISHED,
            message=f"job {state_name}" + (f": {job.error}" if job.error else ""),
        )

    # --- events -----------------------------------------------------------------------------

    async def _emit(
        self,
        kind: int,
        node: NodeRun | None = None,
        message: str = "",
        planned: Iterable[sitefarm_pb2.NodeStatus] = (),
        ungrounded: Iterable[phases_pb2.GroundingRemoval] = (),
    ) -> None:
        """Record an event and the job state after it, in sequence order, without gaps."""
        async with self._emit_lock:
            if self._last_write is not None:
                # A write cut short by cancellation completes first, so the order holds.
                await asyncio.shield(self._last_write)
            self._sequence += 1
            del self.job.nodes[:]
            self.job.nodes.extend(n.status for n in self._nodes.values())
            event = sitefarm_pb2.JobEvent(
                job_id=self.job.job_id,
                sequence=self._sequence,
                time=_now(),
                kind=kind,  # type: ignore[arg-type]
                planned=planned,
                job_state=self.job.state,
                message=message,
                ungrounded=ungrounded,
            )
            if node is not None:
                event.node.CopyFrom(node.status)
            snapshot = sitefarm_pb2.Job()
            snapshot.CopyFrom(self.job)
            # Shielded: cancelling a node must not leave a sequence number half written.
            self._last_write = asyncio.ensure_future(self._store.record(snapshot, event))
            await asyncio.shield(self._last_write)


class _Unlimited:
    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc: object) -> None:
        return None


def _held(semaphore: asyncio.Semaphore | None) -> asyncio.Semaphore | _Unlimited:
    return semaphore if semaphore is not None else _Unlimited()


def _ungrounded(response: Message) -> list[phases_pb2.GroundingRemoval]:
    """The grounding report of a phase's answer; none for phases that write no words."""
    if "ungrounded" not in response.DESCRIPTOR.fields_by_name:
        return []
    return list(response.ungrounded)  # type: ignore[attr-defined]


def _past(state: int) -> str:
    return {
        N.NODE_STATE_DONE: "finished",
        N.NODE_STATE_DEGRADED: "degraded",
        N.NODE_STATE_FAILED: "failed",
        N.NODE_STATE_SKIPPED: "was skipped",
    }.get(state, "did not finish")  # type: ignore[call-overload]


def _budget_reason(stop: str | None, nodes: Iterable[NodeRun]) -> str:
    """Why a job stopped at its budget and what it had finished ("" if it did not)."""
    if stop is None:
        return ""
    nodes = list(nodes)
    done = sum(n.status.state in _OK for n in nodes)
    return f"{stop}; stopped with {done} of {len(nodes)} nodes done (their checkpoints are kept)"


def _lease_lost(error: BaseException) -> bool:
    """Whether `error` (or any error a TaskGroup gathered into it) is a lost lease."""
    if isinstance(error, LeaseLost):
        return True
    if isinstance(error, BaseExceptionGroup):
        return any(_lease_lost(inner) for inner in error.exceptions)
    return False


def _copied(status: sitefarm_pb2.NodeStatus) -> sitefarm_pb2.NodeStatus:
    copied = sitefarm_pb2.NodeStatus()
    copied.CopyFrom(status)
    return copied


def _failure_reason(failed: Sequence[NodeRun], nodes: Iterable[NodeRun]) -> str:
    """One line: which nodes failed and why, and what that left undone."""
    if not failed:
        return "the site was not built"
    causes = "; ".join(f"{n.name} failed ({n.status.error})" for n in failed)
    skipped = [n.name for n in nodes if n.status.state == N.NODE_STATE_SKIPPED]
    return causes + (f"; skipped: {', '.join(skipped)}" if skipped else "")


def new_job(
    job_id: str, brief: brief_pb2.ProjectConfig, options: sitefarm_pb2.JobOptions
) -> sitefarm_pb2.Job:
    """A QUEUED job."""
    job = sitefarm_pb2.Job(job_id=job_id, state=sitefarm_pb2.JOB_STATE_QUEUED)
    job.brief.CopyFrom(brief)
    job.options.CopyFrom(options)
    if not job.options.mode:
        job.options.mode = sitefarm_pb2.SCHEDULE_MODE_DAG
    job.created_at.CopyFrom(_now())
    return job
