"""A job's nodes and the rules on their states, without I/O: what a node waits for, why it
cannot run, how fan-out items are named, and what the nodes' end makes of the job."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from google.protobuf import timestamp_pb2
from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2, sitefarm_pb2

from orchestrator.graph import Gather, Phase, PhaseGraph, node_name

N = sitefarm_pb2.NodeState
OK_STATES = frozenset({N.NODE_STATE_DONE, N.NODE_STATE_DEGRADED})
TERMINAL_STATES = OK_STATES | {N.NODE_STATE_FAILED, N.NODE_STATE_SKIPPED}


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
        return self.status.state in OK_STATES


def now() -> timestamp_pb2.Timestamp:
    """The wall-clock time, as job records carry it."""
    stamp = timestamp_pb2.Timestamp()
    stamp.GetCurrentTime()
    return stamp


def new_job(
    job_id: str, brief: brief_pb2.ProjectConfig, options: sitefarm_pb2.JobOptions
) -> sitefarm_pb2.Job:
    """A QUEUED job."""
    job = sitefarm_pb2.Job(job_id=job_id, state=sitefarm_pb2.JOB_STATE_QUEUED)
    job.brief.CopyFrom(brief)
    job.options.CopyFrom(options)
    if not job.options.mode:
        job.options.mode = sitefarm_pb2.SCHEDULE_MODE_DAG
    job.created_at.CopyFrom(now())
    return job


def new_node(
    graph: PhaseGraph, phase: Phase, key: str | None = None, item: Message | None = None
) -> NodeRun:
    """A WAITING node of `phase` (one item of it when `key` is given)."""
    inputs = list(whole_inputs(phase))
    # A gathering node also waits for the plan that says which items it gets.
    for gather in phase.gathers:
        inputs.append(graph.phases[gather.phase].fan_out.source)  # type: ignore[union-attr]
    status = sitefarm_pb2.NodeStatus(
        node=node_name(phase.name, key),
        phase=phase.name,
        wave=graph.levels[phase.name],
        state=N.NODE_STATE_WAITING,
        inputs=list(dict.fromkeys(inputs)),
    )
    return NodeRun(phase, status, item)


def whole_inputs(phase: Phase) -> tuple[str, ...]:
    """The single nodes a phase's node waits for: its inputs and its fan-out's source."""
    return (*phase.inputs, *([phase.fan_out.source] if phase.fan_out else []))


def fan_out_items(phase: Phase, source: Message) -> list[tuple[str, Message]]:
    """Each item of the source artifact with its key, unique even if a plan repeats an id."""
    assert phase.fan_out is not None
    keyed: list[tuple[str, Message]] = []
    taken: set[str] = set()
    for item in phase.fan_out.items(source):
        key = base = phase.fan_out.key(item) or "item"
        n = 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        taken.add(key)
        keyed.append((key, item))
    return keyed


def gathered(gather: Gather, items: Sequence[NodeRun], node: NodeRun) -> list[NodeRun]:
    """The items of a fan-out phase that `node` gathers: the matching ones, or all."""
    if gather.match is None:
        return list(items)
    return [i for i in items if gather.match(i.item, node.item)]  # type: ignore[arg-type]


def missing_input(node: NodeRun, nodes: Mapping[str, NodeRun]) -> str | None:
    """Why a node whose whole inputs have settled cannot run, or None when it can."""
    for name in whole_inputs(node.phase):
        if not nodes[name].ok:
            return f"needs {name}, which {past(nodes[name].status.state)}"
    return None


def past(state: int) -> str:
    """What a node in `state` did, as a sentence ends: "finished", "was skipped"."""
    return {
        N.NODE_STATE_DONE: "finished",
        N.NODE_STATE_DEGRADED: "degraded",
        N.NODE_STATE_FAILED: "failed",
        N.NODE_STATE_SKIPPED: "was skipped",
    }.get(state, "did not finish")  # type: ignore[call-overload]


def written_removals(response: Message) -> list[phases_pb2.GroundingRemoval]:
    """The grounding report of a phase's answer; none for phases that write no words."""
    if "ungrounded" not in response.DESCRIPTOR.fields_by_name:
        return []
    return list(response.ungrounded)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class JobOutcome:
    """How a job ended, from its nodes: its state, why it failed, what degraded."""

    state: sitefarm_pb2.JobState.ValueType
    error: str = ""
    degraded: tuple[str, ...] = ()
    site: artifacts_pb2.SiteBundle | None = None


def job_outcome(
    nodes: Sequence[NodeRun],
    result: NodeRun | None,
    cancelled: bool = False,
    crash: str = "",
    budget_stop: str | None = None,
) -> JobOutcome:
    """The job's end once every node is terminal: `result` is the node whose artifact is the
    site; a crash, a failed node or a missing site fails the job, a degraded node degrades it."""
    if cancelled:
        return JobOutcome(sitefarm_pb2.JOB_STATE_CANCELLED, "cancelled")
    failed = [n for n in nodes if n.status.state == N.NODE_STATE_FAILED]
    if crash or failed or result is None or not result.ok:
        error = crash or budget_reason(budget_stop, nodes) or failure_reason(failed, nodes)
        return JobOutcome(sitefarm_pb2.JOB_STATE_FAILED, error)
    assert isinstance(result.artifact, artifacts_pb2.SiteBundle)
    degraded = tuple(n.name for n in nodes if n.status.state == N.NODE_STATE_DEGRADED)
    state = sitefarm_pb2.JOB_STATE_DEGRADED if degraded else sitefarm_pb2.JOB_STATE_COMPLETED
    return JobOutcome(state, degraded=degraded, site=result.artifact)


def budget_reason(stop: str | None, nodes: Iterable[NodeRun]) -> str:
    """Why a job stopped at its budget and what it had finished ("" if it did not)."""
    if stop is None:
        return ""
    nodes = list(nodes)
    done = sum(n.status.state in OK_STATES for n in nodes)
    return f"{stop}; stopped with {done} of {len(nodes)} nodes done (their checkpoints are kept)"


def failure_reason(failed: Sequence[NodeRun], nodes: Iterable[NodeRun]) -> str:
    """One line: which nodes failed and why, and what that left undone."""
    if not failed:
        return "the site was not built"
    causes = "; ".join(f"{n.name} failed ({n.status.error})" for n in failed)
    skipped = [n.name for n in nodes if n.status.state == N.NODE_STATE_SKIPPED]
    return causes + (f"; skipped: {', '.join(skipped)}" if skipped else "")


def ran_critical_path(nodes: Mapping[str, sitefarm_pb2.NodeStatus], last: str) -> list[str]:
    """The chain the job waited on, first node first: from `last` back, each node's input that
    finished last before it. Nodes that never ran (skipped) are no link."""

    def finished(name: str) -> float | None:
        node = nodes.get(name)
        if node is None or not (node.HasField("started_at") and node.HasField("finished_at")):
            return None
        return node.finished_at.ToNanoseconds() / 1e9

    path: list[str] = []
    name: str | None = last if finished(last) is not None else None
    while name is not None and name not in path:
        path.append(name)
        ends = [(end, i) for i in nodes[name].inputs if (end := finished(i)) is not None]
        name = max(ends)[1] if ends else None
    return path[::-1]


def copied(status: sitefarm_pb2.NodeStatus) -> sitefarm_pb2.NodeStatus:
    result = sitefarm_pb2.NodeStatus()
    result.CopyFrom(status)
    return result
