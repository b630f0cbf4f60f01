"""Each phase call carries its remaining critical path to the phase service's rate limiter."""

from __future__ import annotations

from typing import Any

import grpc
from sitefarm.v1 import sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.graph import GRAPH
from orchestrator.priority import PRIOR_PHASE_SECONDS, RemainingPath
from orchestrator.server import running_orchestrator
from orchestrator.settings import OrchestratorSettings
from services.llm.gateway import Gateway
from services.llm.offline_provider import OfflineProvider
from services.llm.tasks import ChatTask, Generated, ImageTask
from services.runtime import call_context
from services.stack import in_process_stack
from testkit.jobs import generate


def test_a_phase_is_more_urgent_than_every_phase_that_waits_for_it() -> None:
    remaining = RemainingPath(GRAPH)
    for phase in GRAPH.phases.values():
        for needed in phase.depends_on():
            assert remaining.seconds(needed) > remaining.seconds(phase.name), (needed, phase)
    assert remaining.seconds("site") == PRIOR_PHASE_SECONDS
    # design_context -> page_plan -> copy -> page -> site: five phases.
    assert remaining.seconds("design_context") == 5 * PRIOR_PHASE_SECONDS


def test_observed_durations_reshape_the_critical_path() -> None:
    remaining = RemainingPath(GRAPH)
    before = remaining.seconds("design_strategy"), remaining.seconds("section_plan")
    for _ in range(20):
        remaining.observe("copy", 60.0)
    # copy is now the long pole: what feeds it gains urgency, the rest keeps its own.
    assert remaining.seconds("design_strategy") > before[0] + 35
    assert remaining.seconds("section_plan") > before[1] + 35
    assert remaining.seconds("image") == 2 * PRIOR_PHASE_SECONDS  # the site waits for it


class PriorityRecorder(OfflineProvider):
    """The offline provider, noting the priority each phase's call arrived with."""

    def __init__(self) -> None:
        self.seen: dict[str, float] = {}

    async def chat(self, task: ChatTask[Any], time_budget: float) -> Generated[Any]:
        self.seen[task.phase] = call_context.priority.get()
        return await super().chat(task, time_budget)

    async def image(self, task: ImageTask, time_budget: float) -> tuple[Any, Any]:
        self.seen[task.phase] = call_context.priority.get()
        return await super().image(task, time_budget)


async def test_the_priority_travels_with_each_phase_call_to_the_gateway() -> None:
    settings = OrchestratorSettings(provider="offline", redis_url=None)
    recorder = PriorityRecorder()
    async with in_process_stack(settings, Gateway(settings, recorder)) as stack:
        farm_settings = stack.settings
        assert isinstance(farm_settings, OrchestratorSettings)
        async with running_orchestrator(farm_settings) as server:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
                job, _ = await generate(sitefarm_pb2_grpc.SiteFarmStub(channel))
    assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED
    seen = recorder.seen
    # Every phase that asks a model (the site is assembled in code).
    asking = {name for name, phase in GRAPH.phases.items() if phase.model_setting is not None}
    assert set(seen) == asking, seen
    assert all(priority > 0 for priority in seen.values()), seen
    for phase in GRAPH.phases.values():
        for needed in phase.depends_on():
            if phase.name in seen:
                assert seen[needed] > seen[phase.name], (needed, phase.name, seen)
