"""The critical path a job ran: worked out from its nodes, carried on its record, outlined in
its timeline."""

from __future__ import annotations

from sitefarm.v1 import sitefarm_pb2

from orchestrator.nodes import ran_critical_path
from orchestrator.timeline import ran_path, timeline_svg

S = sitefarm_pb2


def node(name: str, start: float, end: float | None, *inputs: str) -> sitefarm_pb2.NodeStatus:
    status = S.NodeStatus(node=name, phase=name.partition("[")[0], state=S.NODE_STATE_DONE)
    status.inputs.extend(inputs)
    status.started_at.FromNanoseconds(int(start * 1e9))
    if end is not None:
        status.finished_at.FromNanoseconds(int(end * 1e9))
    return status


def job_of(*nodes: sitefarm_pb2.NodeStatus) -> sitefarm_pb2.Job:
    job = S.Job(job_id="j", state=S.JOB_STATE_COMPLETED)
    job.created_at.FromNanoseconds(0)
    job.nodes.extend(nodes)
    return job


JOB = job_of(
    node("page_plan", 0, 2),
    node("image_plan", 2, 3, "page_plan"),
    node("copy[menu]", 2, 6, "page_plan"),
    node("image[oven]", 3, 5, "image_plan"),
    node("page[menu]", 6, 7, "page_plan", "copy[menu]", "image_plan"),
    node("site", 7, 7.1, "page[menu]", "image[oven]"),
)


def test_the_path_follows_the_input_each_node_waited_for_last() -> None:
    nodes = {n.node: n for n in JOB.nodes}
    assert ran_critical_path(nodes, "site") == ["page_plan", "copy[menu]", "page[menu]", "site"]


def test_a_node_that_never_ran_ends_no_path() -> None:
    skipped = job_of(node("page_plan", 0, 2), S.NodeStatus(node="site", inputs=["page_plan"]))
    assert ran_critical_path({n.node: n for n in skipped.nodes}, "site") == []


def test_a_record_without_the_field_gets_it_worked_out() -> None:
    assert ran_path(JOB) == ["page_plan", "copy[menu]", "page[menu]", "site"]
    recorded = S.Job()
    recorded.CopyFrom(JOB)
    recorded.critical_path.extend(["page_plan", "site"])
    assert ran_path(recorded) == ["page_plan", "site"]


def test_the_timeline_outlines_the_path_and_joins_its_links() -> None:
    svg = timeline_svg(JOB)
    outlined = [line for line in svg.splitlines() if 'stroke-width="2"' in line]
    assert len(outlined) == 4
    assert all("(critical path)" in line for line in outlined)
    assert "image[oven]: done" in svg and "image[oven]: done, 2.00s (critical" not in svg
    assert svg.count('stroke-dasharray="3 2"') == 3  # one join per link
