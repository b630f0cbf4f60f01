"""Draws a finished job as a Gantt chart in SVG: a row per node, waves shaded as bands, the
critical path it ran outlined and joined.

Hand-written SVG on purpose: the chart is rectangles and text, which needs no plotting
library, keeps the CLI's dependencies small and renders the same in every browser.
"""

from __future__ import annotations

import itertools
from html import escape

from google.protobuf.timestamp_pb2 import Timestamp
from sitefarm.v1 import sitefarm_pb2

from orchestrator.nodes import ran_critical_path

_WIDTH = 1100
_GUTTER = 52  # the wave labels, left of the node names
_LABEL = 230
_RIGHT = 70
_TOP = 56
_ROW = 18
_BOTTOM = 34
_COLORS = {
    sitefarm_pb2.NODE_STATE_DONE: "#2563eb",
    sitefarm_pb2.NODE_STATE_DEGRADED: "#d97706",
    sitefarm_pb2.NODE_STATE_FAILED: "#dc2626",
}
_CACHED = "#9ca3af"
_PATH = "#111827"  # the critical path: outline, joins and names
_BANDS = ("#eef2ff", "#ffffff")
_STEPS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600)


def _seconds(stamp: Timestamp) -> float:
    return stamp.seconds + stamp.nanos / 1e9


def node_times(node: sitefarm_pb2.NodeStatus) -> tuple[float, float] | None:
    """(start, end) in epoch seconds of a node that ran or was reused, else None."""
    if not node.HasField("started_at") or not node.HasField("finished_at"):
        return None
    return _seconds(node.started_at), _seconds(node.finished_at)


def ran_path(job: sitefarm_pb2.Job) -> list[str]:
    """The job's critical path as it ran: the record's, else worked out from its nodes (a job
    recorded before the record carried it)."""
    if job.critical_path:
        return list(job.critical_path)
    ended = [(times[1], n.node) for n in job.nodes if (times := node_times(n)) is not None]
    return ran_critical_path({n.node: n for n in job.nodes}, max(ended)[1]) if ended else []


def ordered_nodes(job: sitefarm_pb2.Job) -> list[sitefarm_pb2.NodeStatus]:
    """Nodes by wave, then in the order the job listed them."""
    return sorted(job.nodes, key=lambda n: n.wave)  # sorted() is stable


def timeline_svg(job: sitefarm_pb2.Job) -> str:
    """The job's timeline as a standalone SVG document."""
    nodes = ordered_nodes(job)
    spans = [t for n in nodes if (t := node_times(n)) is not None]
    origin = min([_seconds(job.created_at), *(s for s, _ in spans)]) if spans else 0.0
    end = max((e for _, e in spans), default=origin)
    total = max(end - origin, 1e-3)
    plot = _WIDTH - _LABEL - _RIGHT
    height = _TOP + _ROW * max(len(nodes), 1) + _BOTTOM

    def x(t: float) -> float:
        return _LABEL + (t - origin) / total * plot

    mode = sitefarm_pb2.ScheduleMode.Name(job.options.mode).removeprefix("SCHEDULE_MODE_")
    state = sitefarm_pb2.JobState.Name(job.state).removeprefix("JOB_STATE_")
    title = f"{job.brief.business_name or 'job'} · {mode.lower()} · {state.lower()} · {total:.2f}s"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{height}" '
        f'viewBox="0 0 {_WIDTH} {height}" font-family="system-ui, sans-serif" font-size="11">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{_WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<text x="12" y="20" font-size="14" font-weight="600">{escape(title)}</text>',
        f'<text x="12" y="38" fill="#6b7280">job {escape(job.job_id)} · critical path '
        f'<tspan fill="{_PATH}" font-weight="600">outlined and joined</tspan></text>',
    ]
    path = ran_path(job)
    # Bands: the rows of each wave (topological level) share a shade and a label.
    row = 0
    for wave_index, wave in enumerate(sorted({n.wave for n in nodes})):
        count = sum(1 for n in nodes if n.wave == wave)
        y = _TOP + row * _ROW
        fill = _BANDS[wave_index % 2]
        out.append(
            f'<rect x="0" y="{y}" width="{_WIDTH}" height="{count * _ROW}" fill="{fill}"/>'
            f'<text x="6" y="{y + 13}" fill="#6366f1">wave {wave}</text>'
        )
        row += count
    # Time grid.
    step = next((s for s in _STEPS if total / s <= 10), _STEPS[-1])
    bottom = _TOP + row * _ROW
    tick = 0.0
    while tick <= total + 1e-9:
        tx = x(origin + tick)
        out.append(
            f'<line x1="{tx:.1f}" y1="{_TOP}" x2="{tx:.1f}" y2="{bottom}" stroke="#e5e7eb"/>'
            f'<text x="{tx:.1f}" y="{bottom + 14}" text-anchor="middle" fill="#6b7280">'
            f"{tick:g}s</text>"
        )
        tick += step
    # One row per node.
    rows = {node.node: index for index, node in enumerate(nodes)}
    for index, node in enumerate(nodes):
        y = _TOP + index * _ROW
        name = node.node if len(node.node) <= 28 else node.node[:27] + "…"
        weight = ' font-weight="600"' if node.node in path else ""
        out.append(f'<text x="{_GUTTER}" y="{y + 13}" fill="#111827"{weight}>{escape(name)}</text>')
        times = node_times(node)
        label = sitefarm_pb2.NodeState.Name(node.state).removeprefix("NODE_STATE_").lower()
        if times is None or node.state == sitefarm_pb2.NODE_STATE_SKIPPED:
            out.append(f'<text x="{_LABEL + 4}" y="{y + 13}" fill="#9ca3af">{escape(label)}</text>')
            continue
        start, finish = times
        left, width = x(start), max((finish - start) / total * plot, 2.0)
        color = _CACHED if node.cached else _COLORS.get(node.state, "#6b7280")
        note = "cached" if node.cached else f"{finish - start:.2f}s"
        if node.attempts > 1:
            note += f", {node.attempts} tries"
        hover = f"{node.node}: {label}, {note}" + (f" — {node.error}" if node.error else "")
        if node.node in path:
            hover += " (critical path)"
        outline = f' stroke="{_PATH}" stroke-width="2"' if node.node in path else ""
        out.append(
            f'<rect x="{left:.1f}" y="{y + 3}" width="{width:.1f}" height="{_ROW - 6}" rx="2" '
            f'fill="{color}"{outline}><title>{escape(hover)}</title></rect>'
            f'<text x="{left + width + 4:.1f}" y="{y + 13}" fill="#374151">{escape(note)}</text>'
        )
    # Each link of the critical path joined to the next: where the job waited on what.
    for before, after in itertools.pairwise(path):
        ends, starts = _times_of(nodes, before), _times_of(nodes, after)
        if ends is None or starts is None:
            continue
        y1, y2 = (_TOP + rows[n] * _ROW + _ROW / 2 for n in (before, after))
        out.append(
            f'<line x1="{x(ends[1]):.1f}" y1="{y1:.1f}" x2="{x(starts[0]):.1f}" y2="{y2:.1f}" '
            f'stroke="{_PATH}" stroke-width="1.5" stroke-dasharray="3 2"/>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _times_of(nodes: list[sitefarm_pb2.NodeStatus], name: str) -> tuple[float, float] | None:
    node = next((n for n in nodes if n.node == name), None)
    return None if node is None else node_times(node)
