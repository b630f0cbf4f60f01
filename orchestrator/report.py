"""What a finished job cost and where its time went: per-phase rows and the critical path."""

from __future__ import annotations

from dataclasses import dataclass

from sitefarm.v1 import sitefarm_pb2

from orchestrator.graph import GRAPH, critical_path
from orchestrator.settings import OrchestratorSettings
from orchestrator.timeline import node_times


def node_seconds(node: sitefarm_pb2.NodeStatus) -> float:
    """How long a node ran; 0 for reused checkpoints and nodes that never ran."""
    times = node_times(node)
    if times is None or node.cached or node.state == sitefarm_pb2.NODE_STATE_SKIPPED:
        return 0.0
    return max(0.0, times[1] - times[0])


def wall_seconds(job: sitefarm_pb2.Job) -> float:
    """From the job's acceptance to its last node's end."""
    ends = [t[1] for n in job.nodes if (t := node_times(n)) is not None]
    if not ends:
        return 0.0
    created = job.created_at.seconds + job.created_at.nanos / 1e9
    return max(0.0, max(ends) - created)


def job_critical_path(job: sitefarm_pb2.Job) -> tuple[float, list[str]]:
    """The longest chain of dependent nodes with the times they took: the lower bound of any
    schedule of this job's graph."""
    ran = [n for n in job.nodes if n.state != sitefarm_pb2.NODE_STATE_SKIPPED]
    return critical_path({n.node: node_seconds(n) for n in ran}, {n.node: n.inputs for n in ran})


def node_cost(node: sitefarm_pb2.NodeStatus, settings: OrchestratorSettings) -> float:
    """Estimated USD of a node's model calls by the price table in settings."""
    usage = node.usage
    if node.cached or usage.provider in ("", "offline"):
        return 0.0
    phase = GRAPH.phases.get(node.phase)
    if phase is not None and phase.model_setting == "image_model":
        return settings.image_cost(usage.model, max(usage.attempts, 1))
    return settings.estimated_cost(usage.model, usage.input_tokens, usage.output_tokens)


@dataclass
class PhaseRow:
    """One phase of a job, its fan-out items added up."""

    phase: str
    wave: int
    nodes: int = 0
    cached: int = 0
    degraded: int = 0
    failed: int = 0
    skipped: int = 0
    attempts: int = 0
    busy_seconds: float = 0.0
    first_start: float | None = None
    last_end: float | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    cost: float = 0.0

    @property
    def span_seconds(self) -> float:
        """From its first node's start to its last node's end."""
        if self.first_start is None or self.last_end is None:
            return 0.0
        return max(0.0, self.last_end - self.first_start)


def phase_rows(job: sitefarm_pb2.Job, settings: OrchestratorSettings) -> list[PhaseRow]:
    """One row per phase, by wave."""
    rows: dict[str, PhaseRow] = {}
    for node in job.nodes:
        row = rows.setdefault(node.phase, PhaseRow(node.phase, node.wave))
        row.nodes += 1
        row.cached += node.cached
        row.degraded += node.state == sitefarm_pb2.NODE_STATE_DEGRADED
        row.failed += node.state == sitefarm_pb2.NODE_STATE_FAILED
        row.skipped += node.state == sitefarm_pb2.NODE_STATE_SKIPPED
        row.attempts += node.attempts
        row.busy_seconds += node_seconds(node)
        row.input_tokens += node.usage.input_tokens
        row.output_tokens += node.usage.output_tokens
        row.cost += node_cost(node, settings)
        if (times := node_times(node)) is not None and not node.cached:
            row.first_start = min(times[0], row.first_start or times[0])
            row.last_end = max(times[1], row.last_end or times[1])
    return sorted(rows.values(), key=lambda r: r.wave)
