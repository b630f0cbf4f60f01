"""The run loop's rules, in process: ordering in each mode, fan-out, the caps, and what a
failure does, against fake phases on a virtual clock (each test's seconds pass in
milliseconds; times compared here are the loop's, exact, never the wall's)."""

from __future__ import annotations

import asyncio
import itertools
import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from sitefarm.v1 import brief_pb2, sitefarm_pb2

from orchestrator.graph import GRAPH
from orchestrator.nodes import new_job
from orchestrator.priority import RemainingPath
from orchestrator.run_loop import JobRun
from orchestrator.settings import OrchestratorSettings
from orchestrator.store import MemoryJobStore
from testkit.fake_phases import FakePhases
from testkit.virtual_clock import VirtualClock

BRIEF = brief_pb2.ProjectConfig(business_name="Crumb & Co.", description="A bakery.")
S = sitefarm_pb2
DAG, WAVES, SEQUENTIAL = S.SCHEDULE_MODE_DAG, S.SCHEDULE_MODE_WAVES, S.SCHEDULE_MODE_SEQUENTIAL


@pytest.fixture
async def clock() -> AsyncIterator[VirtualClock]:
    with VirtualClock.installed() as clock:
        yield clock


def settings(**overrides: Any) -> OrchestratorSettings:
    values: dict[str, Any] = {
        "provider": "offline",
        "redis_url": None,
        "node_retry_attempts": 3,
        "node_retry_base_seconds": 1.0,
        "node_retry_max_seconds": 4.0,
        **overrides,
    }
    return OrchestratorSettings(**values)


async def run_job(
    phases: FakePhases,
    mode: int = DAG,
    store: MemoryJobStore | None = None,
    **overrides: Any,
) -> tuple[sitefarm_pb2.Job, list[sitefarm_pb2.JobEvent]]:
    """One job through JobRun, its end state and every event it recorded."""
    store = store or MemoryJobStore()
    job = new_job(uuid.uuid4().hex, BRIEF, S.JobOptions(mode=mode))  # type: ignore[arg-type]
    await store.create_job(job)
    finished = await JobRun(job, settings(**overrides), store, phases).run()
    return finished, [event async for event in store.watch(job.job_id)]


def states(job: sitefarm_pb2.Job) -> dict[str, str]:
    return {n.node: S.NodeState.Name(n.state).removeprefix("NODE_STATE_") for n in job.nodes}


# --- ordering -------------------------------------------------------------------------------


@pytest.mark.parametrize(("long_pole", "first"), [("page", "page"), ("image", "image")])
async def test_nodes_ready_together_start_longest_remaining_path_first(
    clock: VirtualClock, monkeypatch: pytest.MonkeyPatch, long_pole: str, first: str
) -> None:
    # The image plan settles after every page's copy: the pages and the images become ready
    # in the same moment. Whichever this orchestrator has seen take longer goes out first.
    learnt = RemainingPath(GRAPH)
    for _ in range(10):
        learnt.observe(long_pole, 60.0)
    monkeypatch.setattr("orchestrator.run_loop.remaining_path", lambda graph: learnt)
    phases = FakePhases()
    phases.set_latency("image_plan", 5.0)
    job, _ = await run_job(phases)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    image_plan_end = phases.only("image_plan").end
    together = [c.phase for c in phases.calls if c.start == image_plan_end]
    assert sorted(together) == ["image", "image", "page", "page"]
    assert together[:2] == [first, first], together


async def test_dag_starts_each_node_the_moment_its_own_inputs_are_done(
    clock: VirtualClock,
) -> None:
    phases = FakePhases()
    phases.set_latency("section_plan", 5.0)
    job, _ = await run_job(phases)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    section_plan = phases.only("section_plan")
    # style_system needs design_context and design_strategy only: it does not wait.
    assert phases.only("style_system").start == phases.only("design_context").end
    assert phases.only("style_system").start < section_plan.end
    # layout needs section_plan: it starts as it ends, not a tick later.
    assert phases.only("layout").start == section_plan.end


async def test_a_page_waits_for_its_own_copy_and_the_image_plan_never_for_images(
    clock: VirtualClock,
) -> None:
    phases = FakePhases(pages=("index", "menu"), images=(("oven", "index"), ("loaf", "menu")))
    phases.set_latency("image", 30.0)
    phases.set_latency("copy[menu]", 5.0)
    job, _ = await run_job(phases)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    inputs = {n.node: list(n.inputs) for n in job.nodes}
    assert "copy[menu]" in inputs["page[menu]"] and "copy[index]" not in inputs["page[menu]"]
    assert "image_plan" in inputs["page[menu]"]
    assert not [i for i in inputs["page[menu]"] if i.startswith("image[")]
    first_image_end = min(c.end for c in phases.of("image"))
    assert phases.only("page[index]").start == phases.only("copy[index]").end < first_image_end
    assert phases.only("page[menu]").start == phases.only("copy[menu]").end
    # The images finish into the site, after every page.
    assert phases.only("site").start == max(c.end for c in phases.of("image"))


async def test_the_shell_is_written_beside_the_pages(clock: VirtualClock) -> None:
    phases = FakePhases()
    job, _ = await run_job(phases)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    shell = phases.only("shell")
    assert shell.start == phases.only("page_plan").end
    assert shell.start < min(c.start for c in phases.of("page"))
    assert phases.only("site").start == max(c.end for c in phases.calls if c.phase != "site")


async def test_the_job_record_carries_the_critical_path_it_ran(clock: VirtualClock) -> None:
    phases = FakePhases()
    phases.set_latency("section_plan", 3.0)
    phases.set_latency("copy[menu]", 4.0)
    # layout, which copy also reads, ends first: page_plan is the input copy waited for (in a
    # tie either would be, by whichever of the two went out first).
    phases.set_latency("layout", 0.5)
    job, _ = await run_job(phases)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    assert list(job.critical_path) == [
        "section_plan",
        "page_plan",
        "copy[menu]",
        "page[menu]",
        "site",
    ]


async def test_waves_start_each_level_when_the_previous_one_ends(clock: VirtualClock) -> None:
    phases = FakePhases()
    phases.set_latency("section_plan", 5.0)
    job, _ = await run_job(phases, WAVES)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    for level in range(2, GRAPH.depth + 1):
        before = [c for c in phases.calls if GRAPH.levels[c.phase] == level - 1]
        this = [c for c in phases.calls if GRAPH.levels[c.phase] == level]
        barrier = max(c.end for c in before)
        assert {c.start for c in this} == {barrier}, level


async def test_sequential_runs_one_call_at_a_time_for_the_sum_of_the_calls(
    clock: VirtualClock,
) -> None:
    phases = FakePhases()
    started = clock.time()
    job, _ = await run_job(phases, SEQUENTIAL)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    assert len(phases.calls) == len(job.nodes)  # one call per node, every node ran
    assert not phases.overlapped() and phases.most_in_flight() == 1
    assert clock.time() - started == pytest.approx(len(job.nodes) * phases.default_latency)


async def test_dag_takes_the_critical_path_and_no_longer(clock: VirtualClock) -> None:
    phases = FakePhases()
    started = clock.time()
    job, _ = await run_job(phases)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    assert clock.time() - started == pytest.approx(GRAPH.depth * phases.default_latency)


# --- fan-out and the caps -----------------------------------------------------------------------


async def test_each_planned_item_is_a_node_named_by_its_key_even_when_keys_repeat(
    clock: VirtualClock,
) -> None:
    phases = FakePhases(images=(("hero", "index"), ("hero", "index"), ("loaf", "menu")))
    job, events = await run_job(phases)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    images = [n.node for n in job.nodes if n.phase == "image"]
    assert images == ["image[hero]", "image[hero-2]", "image[loaf]"]
    planned = [e for e in events if e.kind == S.EVENT_KIND_NODES_PLANNED]
    assert {e.message for e in planned[1:]} == {
        "3 image items planned",
        "2 copy items planned",
        "2 page items planned",
    }
    assert {n.node for n in job.nodes if n.phase == "page"} == {"page[index]", "page[menu]"}


async def test_a_plan_with_no_items_still_builds_the_site(clock: VirtualClock) -> None:
    job, _ = await run_job(FakePhases(images=()))
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    assert not [n for n in job.nodes if n.phase == "image"]


async def test_the_image_cap_is_reached_and_never_passed(clock: VirtualClock) -> None:
    images = tuple((f"photo-{i}", "index") for i in range(8))
    phases = FakePhases(pages=("index",), images=images)
    job, _ = await run_job(phases, image_concurrency=3)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    assert len(phases.of("image")) == 8
    assert phases.most_in_flight("image") == 3
    # 8 images, 3 at a time: three rounds of one second.
    first, last = min(c.start for c in phases.of("image")), max(c.end for c in phases.of("image"))
    assert last - first == pytest.approx(3.0)


async def test_the_job_cap_holds_across_every_phase(clock: VirtualClock) -> None:
    images = tuple((f"photo-{i}", "index") for i in range(6))
    phases = FakePhases(pages=("index", "menu", "visit"), images=images)
    job, _ = await run_job(phases, job_concurrency=2)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    assert phases.most_in_flight() == 2


# --- failures ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    # CANCELLED: a replica that stopped past its drain's grace cancelled the call.
    [grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED],
)
async def test_a_transient_failure_is_retried_and_the_node_finishes(
    clock: VirtualClock, code: grpc.StatusCode
) -> None:
    phases = FakePhases()
    phases.fail("layout", code)
    job, events = await run_job(phases)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    assert [c.outcome for c in phases.of("layout")] == [code.name, "ok"]
    assert {n.node: n.attempts for n in job.nodes}["layout"] == 2
    retries = [e for e in events if e.kind == S.EVENT_KIND_NODE_RETRYING]
    assert [e.node.node for e in retries] == ["layout"]


async def test_a_permanent_failure_is_not_retried(clock: VirtualClock) -> None:
    phases = FakePhases()
    phases.fail("layout", grpc.StatusCode.INVALID_ARGUMENT)
    job, _ = await run_job(phases)
    assert [c.outcome for c in phases.of("layout")] == ["INVALID_ARGUMENT"]
    assert job.state == S.JOB_STATE_FAILED
    assert job.error.startswith("layout failed (INVALID_ARGUMENT: scripted failure)")


async def test_a_retry_waits_at_least_as_long_as_retry_info_asks(clock: VirtualClock) -> None:
    phases = FakePhases()
    phases.fail("design_strategy", grpc.StatusCode.RESOURCE_EXHAUSTED, retry_after=7.5)
    job, _ = await run_job(phases, node_retry_max_seconds=0.1)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    refused, answered = phases.of("design_strategy")
    assert 7.5 <= answered.start - refused.end < 7.5 + 0.1


async def test_backoff_grows_within_its_cap(clock: VirtualClock) -> None:
    phases = FakePhases()
    phases.fail("layout", grpc.StatusCode.UNAVAILABLE, times=3)
    job, _ = await run_job(phases, node_retry_attempts=4, node_retry_base_seconds=1.0)
    assert job.state == S.JOB_STATE_COMPLETED, job.error
    calls = phases.of("layout")
    waits = [b.start - a.end for a, b in itertools.pairwise(calls)]
    # Full jitter: attempt n waits up to base * 2**(n-1), never over the cap (4 s).
    assert all(0 <= w <= ceiling + 0.05 for w, ceiling in zip(waits, (1.0, 2.0, 4.0), strict=True))


async def test_a_failed_node_skips_only_what_depends_on_it(clock: VirtualClock) -> None:
    phases = FakePhases()
    phases.fail("layout", grpc.StatusCode.UNAVAILABLE, times=10)
    job, events = await run_job(phases, node_retry_attempts=2)
    assert job.state == S.JOB_STATE_FAILED
    assert job.error.startswith("layout failed (UNAVAILABLE: scripted failure (after 2 attempts))")
    seen = states(job)
    assert seen["layout"] == "FAILED"
    independent = ["design_strategy", "design_context", "section_plan", "style_system", "page_plan"]
    assert {seen[n] for n in independent} == {"DONE"}
    assert {seen[n] for n in ("image_plan", "seo", "shell", "site")} == {"SKIPPED"}
    assert all(s == "SKIPPED" for n, s in seen.items() if n.startswith(("page[", "copy[")))
    assert not phases.of("copy") and not phases.of("image")
    assert {n.node: n.error for n in job.nodes}["copy[menu]"] == "needs layout, which failed"
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))


async def test_a_failed_phase_never_loses_the_finished_ones(clock: VirtualClock) -> None:
    store = MemoryJobStore()
    phases = FakePhases()
    phases.fail("copy[menu]", grpc.StatusCode.INVALID_ARGUMENT)
    failed, _ = await run_job(phases, store=store)
    assert failed.state == S.JOB_STATE_FAILED
    done = {n.node for n in failed.nodes if n.state == S.NODE_STATE_DONE}
    assert done >= {"layout", "seo", "image_plan", "image[oven]", "image[loaf]", "shell"}
    assert done >= {"copy[index]", "page[index]"}  # the other page is not held up
    # The same brief again: only what failed, and what waited for it, is called.
    phases.calls.clear()
    again, _ = await run_job(phases, store=store)
    assert again.state == S.JOB_STATE_COMPLETED, again.error
    assert {c.node for c in phases.calls} == {"copy[menu]", "page[menu]", "site"}
    assert all(n.cached for n in again.nodes if n.node in done)


async def test_a_job_recorded_by_the_previous_graph_resumes_on_this_one(
    clock: VirtualClock,
) -> None:
    """A replica of the previous version died mid-job: its record names nodes this graph no
    longer has (one `copy`), and its version-3 checkpoints answer no request of this one."""
    store = MemoryJobStore()
    phases = FakePhases()
    job = new_job("moved", BRIEF, S.JobOptions())
    for name in ("design_strategy", "copy"):
        job.nodes.add(node=name, phase=name, state=S.NODE_STATE_DONE)
    await store.create_job(job)
    finished = await JobRun(job, settings(), store, phases, resumed_after=12).run()
    assert finished.state == S.JOB_STATE_COMPLETED, finished.error
    names = {n.node for n in finished.nodes}
    assert "copy" not in names and {"copy[index]", "copy[menu]", "shell"} <= names
    assert {c.node for c in phases.calls} >= {"design_strategy", "copy[index]", "copy[menu]"}
    assert list(finished.critical_path)[-1] == "site"


@pytest.mark.parametrize("target", ["seo", "image[oven]"])
async def test_a_degradable_node_falls_back_and_the_site_is_built(
    clock: VirtualClock, target: str
) -> None:
    phases = FakePhases()
    phases.fail(target, grpc.StatusCode.FAILED_PRECONDITION)
    job, events = await run_job(phases)
    assert job.state == S.JOB_STATE_DEGRADED, job.error
    assert list(job.degraded) == [target]
    assert states(job)[target] == "DEGRADED"
    assert {n.node: n.error for n in job.nodes}[target].startswith("FAILED_PRECONDITION")
    assert S.EVENT_KIND_NODE_DEGRADED in [e.kind for e in events]
    assert job.site_file_count == 1


async def test_an_attempt_past_its_deadline_is_cut_and_retried(clock: VirtualClock) -> None:
    phases = FakePhases()
    phases.set_latency("section_plan", 100.0)
    job, _ = await run_job(phases, node_attempt_seconds=5.0, node_retry_attempts=2)
    assert [c.outcome for c in phases.of("section_plan")] == ["deadline", "deadline"]
    first = phases.of("section_plan")[0]
    assert first.end - first.start == pytest.approx(5.0)
    assert job.state == S.JOB_STATE_FAILED
    assert "DEADLINE_EXCEEDED" in {n.node: n.error for n in job.nodes}["section_plan"]


async def test_a_node_gives_up_when_its_deadline_would_pass_before_the_next_attempt(
    clock: VirtualClock,
) -> None:
    phases = FakePhases()
    phases.fail("layout", grpc.StatusCode.RESOURCE_EXHAUSTED, retry_after=60.0)
    job, _ = await run_job(phases, node_deadline_seconds=30.0)
    assert len(phases.of("layout")) == 1
    error = {n.node: n.error for n in job.nodes}["layout"]
    assert error.endswith("(node deadline before next attempt)")


async def test_cancelling_the_run_cancels_calls_in_flight_and_records_it(
    clock: VirtualClock,
) -> None:
    phases = FakePhases(default_latency=10.0)
    store = MemoryJobStore()
    job = new_job("cancelled", BRIEF, S.JobOptions())
    await store.create_job(job)
    task = asyncio.create_task(JobRun(job, settings(), store, phases).run())
    await asyncio.sleep(1.0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert [c.outcome for c in phases.calls] == ["cancelled"] * 3
    stored = await store.get_job("cancelled")
    assert stored is not None and stored.state == S.JOB_STATE_CANCELLED
    assert all(n.state == S.NODE_STATE_SKIPPED for n in stored.nodes)
