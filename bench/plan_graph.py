"""The plan's own graph, kept as the reference the new one is measured against: the same phases
on the same RPCs, with the plan's edges (orchestrator/graph.py has the graph that runs).

Where the plan's edges differ:
- copy is one call writing every page (WriteCopy), and each page waits for all of it;
- a page waits for its own images, not only for the image plan;
- the site's code generation (the plan's 20 s `site`) waits for every page and image: here the
  shell, the model call of that generation, waits for them by an ordering edge, and the site is
  assembled after it, so the plan's `site` is `shell` then `site` on the same chain.
"""

from __future__ import annotations

from dataclasses import replace

from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2

from orchestrator.graph import PHASES, Gather, Phase, PhaseGraph


def _same_page(image: Message, page: Message) -> bool:
    assert isinstance(image, artifacts_pb2.ImageSpec)
    assert isinstance(page, artifacts_pb2.PlannedPage)
    return image.page_slug == page.slug


def _plans_edges(phase: Phase) -> Phase:
    if phase.name == "copy":
        return replace(
            phase,
            method="WriteCopy",
            inputs=("layout", "page_plan", "design_strategy", "section_plan"),
            fan_out=None,
            cap_setting=None,
        )
    if phase.name == "page":
        assert phase.fan_out is not None
        return replace(
            phase,
            inputs=("copy", *phase.inputs),
            # Only this page's images, without their bytes; the page waits for them.
            gathers=(Gather("image", "images", match=_same_page, without=("data",)),),
        )
    if phase.name == "shell":
        return replace(phase, gathers=(Gather("page", None), Gather("image", None)))
    return phase


PLAN_PHASES: tuple[Phase, ...] = tuple(_plans_edges(phase) for phase in PHASES)
PLAN_GRAPH = PhaseGraph(PLAN_PHASES)
