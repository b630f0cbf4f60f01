"""Runs one job's phase graph: dag, waves or sequential, each node answered from a
checkpoint, a phase call or its fallback, every change recorded as an event."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
from collections.abc import Iterable

from google.protobuf.message import Message
from sitefarm.v1 import phases_pb2, sitefarm_pb2

from orchestrator.budget import JobBudget
from orchestrator.checkpoints import Checkpoints
from orchestrator.graph import GRAPH, PhaseGraph
from orchestrator.nodes import (
    TERMINAL_STATES,
    NodeRun,
    copied,
    fan_out_items,
    gathered,
    job_outcome,
    missing_input,
    new_node,
    now,
    past,
    ran_critical_path,
    whole_inputs,
    written_removals,
)
from orchestrator.phase_clients import PhaseCaller
from orchestrator.priority import remaining_path
from orchestrator.retry import NodeFailure, call_with_retries
from orchestrator.settings import OrchestratorSettings
from orchestrator.store import JobStore, LeaseLost
from orchestrator.tracing import JobTrace
from services.llm.grounding import summary

log = logging.getLogger(__name__)

N = sitefarm_pb2.NodeState
E = sitefarm_pb2.EventKind
_EVENT_OF_STATE = {
    N.NODE_STATE_DONE: E.EVENT_KIND_NODE_FINISHED,
    N.NODE_STATE_DEGRADED: E.EVENT_KIND_NODE_DEGRADED,
    N.NODE_STATE_FAILED: E.EVENT_KIND_NODE_FAILED,
    N.NODE_STATE_SKIPPED: E.EVENT_KIND_NODE_SKIPPED,
}


class JobRun:
    """One job: its nodes, their states and events, and how they are scheduled."""

    def __init__(
        self,
        job: sitefarm_pb2.Job,
        settings: OrchestratorSettings,
        store: JobStore,
        phases: PhaseCaller,
        graph: PhaseGraph = GRAPH,
        result_phase: str = "site",
        resumed_after: int = 0,
    ) -> None:
        """`resumed_after`: the job ran on a replica that died; its events end at that
        sequence number and the nodes its last snapshot shows done come from checkpoints."""
        self.job = job
        self._settings = settings
        self._store = store
        self._checkpoints = Checkpoints(store, settings)
        self._phases = phases
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
            n.node: copied(n) for n in job.nodes if n.state == sitefarm_pb2.NODE_STATE_DONE
        }
        self._budget = JobBudget(settings)
        self._budget_stop: str | None = None
        self._abandoned = False
        self._cancel_first = False
        self._emit_lock = asyncio.Lock()
        self._last_write: asyncio.Future[None] | None = None
        self._task_group: asyncio.TaskGroup | None = None
        self._remaining_path = remaining_path(graph)
        # Nodes that became ready in the same moment, released longest remaining path first.
        self._ready: list[tuple[float, int, asyncio.Future[None]]] = []
        self._arrivals = itertools.count()
        self._release_due = False
        self._trace = JobTrace(job, self._mode_name, settings)
        for phase in graph.phases.values():
            if phase.fan_out is None:
                self._add(new_node(graph, phase))

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
        await self._take_turn(node)
        self._trace.node_started(node)
        phase = node.phase
        artifacts = {name: self._nodes[name].artifact for name in phase.inputs}
        gathered = {
            g.phase: [d.artifact for d in self._gathered(node, g.phase)] for g in phase.gathers
        }
        request = phase.build_request(
            self.job.brief,
            artifacts,  # type: ignore[arg-type]  # inputs settled ok: each has its artifact
            node.item,
            gathered,  # type: ignore[arg-type]
            self.job.options,
        )
        key = self._checkpoints.key(node.name, phase, request)
        if await self._answer_from_checkpoint(node, key):
            return
        self._budget_stop = self._budget_stop or self._budget.exhausted()
        if self._budget_stop:
            # Spent: no new call starts; what is finished stays checkpointed for a rerun.
            await self._settle(node, N.NODE_STATE_SKIPPED, error=self._budget_stop)
            return
        try:
            response = await self._call(node, request)
        except NodeFailure as failure:
            await self._fall_back(node, request, failure)
            return
        node.artifact = phase.artifact(response)
        node.status.usage.CopyFrom(response.usage)  # type: ignore[attr-defined]
        self._budget.charge(node.status)
        # Checkpointed the moment it exists: a resumed or repeated job never pays twice.
        await self._checkpoints.save(key, response)
        await self._report_grounding(node, response)
        await self._settle(node, N.NODE_STATE_DONE)

    async def _take_turn(self, node: NodeRun) -> None:
        """Wait for the nodes that became ready in the same moment, then start in order of
        remaining critical path, longest first: when an image plan settles, the page the job
        waits for goes out before its ten images, or an image first when images are the long
        pole (each call's own work, its request and its RPC, delays the ones after it)."""
        loop = asyncio.get_running_loop()
        turn: asyncio.Future[None] = loop.create_future()
        urgency = self._remaining_path.seconds(node.phase.name)
        heapq.heappush(self._ready, (-urgency, next(self._arrivals), turn))
        if not self._release_due:
            # After every task woken with this one has reached its own turn.
            self._release_due = True
            loop.call_soon(self._release)
        await turn

    def _release(self) -> None:
        self._release_due = False
        while self._ready:
            _, _, turn = heapq.heappop(self._ready)
            if not turn.done():  # its node was cancelled while it waited
                turn.set_result(None)

    async def _answer_from_checkpoint(self, node: NodeRun, key: str) -> bool:
        """Settle the node from its checkpoint when one may be used and exists."""
        restored = self._restored.get(node.name)
        if not (self._use_cache or restored is not None):
            return False
        response = await self._checkpoints.load(key, node.phase)
        if response is None:
            return False
        node.artifact = node.phase.artifact(response)
        if restored is not None:
            # This job's own result from before it moved replica: as first recorded.
            node.status.CopyFrom(restored)
            self._budget.charge(node.status)
            message = f"{node.name} restored from its checkpoint"
        else:
            node.status.cached = True
            node.status.started_at.CopyFrom(now())
            message = f"{node.name} reused a checkpoint"
        await self._report_grounding(node, response)
        await self._settle(node, N.NODE_STATE_DONE, message=message)
        return True

    async def _fall_back(self, node: NodeRun, request: Message, failure: NodeFailure) -> None:
        """A node whose call failed: degraded through its phase's fallback, else failed."""
        if node.phase.fallback is None:
            await self._settle(node, N.NODE_STATE_FAILED, error=str(failure))
            return
        try:
            node.artifact = node.phase.fallback(request)
        except Exception as error:  # a broken fallback fails the node, not the job
            log.exception("fallback of %s failed", node.name)
            reason = f"{failure}; fallback failed: {type(error).__name__}"
            await self._settle(node, N.NODE_STATE_FAILED, error=reason)
            return
        await self._settle(node, N.NODE_STATE_DEGRADED, error=str(failure))

    async def _call(self, node: NodeRun, request: Message) -> Message:
        """The node's RPC, retried while its failures are transient, within the caps."""
        # The remaining critical path travels as the call's priority for the rate limiter.
        call = self._remaining_path.prioritised(node.phase.name, self._phases.call(node.phase))
        phase_slots = self._phase_slots.get(node.phase.name)

        async def attempt(number: int, seconds: float) -> Message:
            async with _held(phase_slots), self._job_slots:
                node.status.attempts = number
                node.status.state = N.NODE_STATE_RUNNING
                if number == 1:
                    node.status.started_at.CopyFrom(now())
                await self._emit(E.EVENT_KIND_NODE_STARTED, node, f"{node.name} started")
                return await self._trace.call(node, number, call, request, seconds)

        async def retrying(number: int, reason: str, wait: float) -> None:
            self._trace.retried(node, number, reason, wait)
            node.status.state = N.NODE_STATE_RETRYING
            node.status.error = reason
            await self._emit(
                E.EVENT_KIND_NODE_RETRYING, node, f"{node.name}: {reason}; retry in {wait:.2f}s"
            )

        return await call_with_retries(attempt, retrying, self._settings)

    async def _report_grounding(self, node: NodeRun, response: Message) -> None:
        """What the grounding check removed from the node's answer: a span event and a
        NODE_GROUNDED job event, before the node's NODE_FINISHED."""
        removals = written_removals(response)
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
        for name in whole_inputs(node.phase):
            await self._nodes[name].settled.wait()
        if (missing := missing_input(node, self._nodes)) is not None:
            return missing
        for gather in node.phase.gathers:
            await self._planned[gather.phase].wait()
            if gather.phase not in self._items:
                source = self._graph.phases[gather.phase].fan_out.source  # type: ignore[union-attr]
                return f"needs {gather.phase} items, but {source} {past(self._state(source))}"
            items = self._gathered(node, gather.phase)
            node.status.inputs.extend(i.name for i in items)
            for item in items:
                await item.settled.wait()
            if bad := [i.name for i in items if not i.ok]:
                return f"needs {', '.join(bad)}, which did not finish"
        return None

    def _state(self, name: str) -> int:
        return self._nodes[name].status.state

    def _gathered(self, node: NodeRun, phase_name: str) -> list[NodeRun]:
        gather = next(g for g in node.phase.gathers if g.phase == phase_name)
        return gathered(gather, self._items.get(phase_name, []), node)

    def _add(self, node: NodeRun) -> NodeRun:
        self._nodes[node.name] = node
        return node

    async def _plan_items(self, source: NodeRun) -> None:
        """The fan-out phases fed by `source` get one node per item of its artifact."""
        for phase in self._graph.fan_outs_of(source.phase.name):
            if source.ok:
                assert source.artifact is not None
                items = [
                    self._add(new_node(self._graph, phase, key, item))
                    for key, item in fan_out_items(phase, source.artifact)
                ]
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
            node.status.finished_at.CopyFrom(now())
        self._trace.node_settled(node)
        text = message or f"{node.name} {past(state)}" + (f": {error}" if error else "")
        await self._emit(_EVENT_OF_STATE[state], node, text)
        await self._plan_items(node)
        node.settled.set()

    # --- the end ----------------------------------------------------------------------------

    async def _finish(self, cancelled: bool = False, crash: str = "") -> None:
        reason = "job cancelled" if cancelled else crash or "job ended before it could run"
        for node in list(self._nodes.values()):
            if node.status.state not in TERMINAL_STATES:
                node.status.state = N.NODE_STATE_SKIPPED
                node.status.error = reason
                node.status.finished_at.CopyFrom(now())
                await self._emit(E.EVENT_KIND_NODE_SKIPPED, node, f"{node.name} skipped: {reason}")
        outcome = job_outcome(
            list(self._nodes.values()),
            self._nodes.get(self._result_phase),
            cancelled=cancelled,
            crash=crash,
            budget_stop=self._budget_stop,
        )
        job = self.job
        if outcome.site is not None:
            # Stored before the final event, so whoever sees the job end can download at once.
            await self._store.put_site(job.job_id, outcome.site)
            job.site_file_count = len(outcome.site.files)
            job.degraded.extend(outcome.degraded)
        job.state = outcome.state
        job.error = outcome.error
        job.finished_at.CopyFrom(now())
        statuses = {name: node.status for name, node in self._nodes.items()}
        del job.critical_path[:]
        job.critical_path.extend(ran_critical_path(statuses, self._result_phase))
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
                time=now(),
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


def _lease_lost(error: BaseException) -> bool:
    """Whether `error` (or any error a TaskGroup gathered into it) is a lost lease."""
    if isinstance(error, LeaseLost):
        return True
    if isinstance(error, BaseExceptionGroup):
        return any(_lease_lost(inner) for inner in error.exceptions)
    return False
