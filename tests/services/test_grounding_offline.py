"""The offline provider states only the brief's facts: the grounding check, run on its answers
as on a model's, finds nothing to remove (it is a safety net there, not a filter)."""

from __future__ import annotations

import pytest
from sitefarm.v1 import sitefarm_pb2

from orchestrator.settings import OrchestratorSettings
from services.runtime.brief import load_brief
from testkit.briefs import EXAMPLES
from testkit.farm import farm_of
from testkit.jobs import DONE


@pytest.mark.parametrize("placeholders", [False, True], ids=["facts-only", "placeholders"])
async def test_offline_sites_pass_the_grounding_check_with_nothing_removed(
    placeholders: bool,
) -> None:
    settings = OrchestratorSettings(provider="offline", redis_url=None)
    async with farm_of(settings) as (farm,):
        for path in sorted(EXAMPLES.glob("*.yaml")):
            request = sitefarm_pb2.GenerateRequest(
                brief=load_brief(path),
                options=sitefarm_pb2.JobOptions(placeholders=placeholders),
            )
            events = [event async for event in farm.stub.Generate(request, timeout=60)]
            assert events[-1].job_state in DONE, (path.name, events[-1].message)
            grounded = [e for e in events if e.kind == sitefarm_pb2.EVENT_KIND_NODE_GROUNDED]
            assert [(e.message, list(e.ungrounded)) for e in grounded] == [], path.name
