"""The phase graph declaration: waves computed from it, request building, critical path."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from orchestrator.graph import (
    GRAPH,
    PHASES,
    Gather,
    Phase,
    PhaseGraph,
    critical_path,
    project_brief,
)


def test_waves_are_the_topological_levels_of_the_declaration() -> None:
    assert GRAPH.waves() == [
        ["design_strategy", "design_context", "section_plan"],
        ["layout", "style_system", "page_plan"],
        ["image_plan", "seo", "copy", "shell"],
        ["image", "page"],
        ["site"],
    ]


def test_the_graph_is_the_design_table() -> None:
    needs = {name: set(phase.depends_on()) for name, phase in GRAPH.phases.items()}
    assert needs == {
        "design_strategy": set(),
        "design_context": set(),
        "section_plan": set(),
        "layout": {"design_context", "section_plan"},
        "style_system": {"design_context", "design_strategy"},
        "page_plan": {"design_context", "section_plan"},
        "image_plan": {"layout", "page_plan", "section_plan"},
        "seo": {"layout", "page_plan"},
        "copy": {"page_plan", "layout", "design_strategy", "section_plan"},
        "image": {"image_plan", "style_system"},
        # A page reads the image plan, never an image: the images go straight to the site.
        "page": {
            "page_plan", "copy", "layout", "style_system", "seo", "section_plan",
            "design_strategy", "image_plan",
        },
        "shell": {"page_plan", "style_system", "layout"},
        "site": {"page", "shell", "image", "page_plan", "style_system", "seo", "layout"},
    }  # fmt: skip
    assert GRAPH.phases["copy"].fan_out is not None  # one copy call per page


def test_a_cycle_in_the_declaration_is_rejected() -> None:
    looped = [
        Phase("layout", "LayoutService", "GenerateLayout", "layout", inputs=("design_context",)),
        Phase(
            "design_context",
            "DesignService",
            "GenerateDesignContext",
            "design_context",
            inputs=("layout",),
        ),
    ]
    with pytest.raises(ValueError, match=r"cycle|request has no"):
        PhaseGraph(looped)


def test_an_input_that_does_not_fit_the_request_is_rejected() -> None:
    wrong = [
        Phase("design_strategy", "DesignService", "GenerateDesignStrategy", "design_strategy"),
        Phase("layout", "LayoutService", "GenerateLayout", "layout", inputs=("design_strategy",)),
    ]
    with pytest.raises(ValueError, match="request has no design_strategy"):
        PhaseGraph(wrong)


def test_critical_path_is_the_longest_chain_of_dependent_nodes() -> None:
    durations = {"a": 1.0, "b": 3.0, "c": 1.0, "d": 0.5}
    inputs = {"c": ["a", "b"], "d": ["a"]}
    assert critical_path(durations, inputs) == (4.0, ["b", "c"])
    seconds = {name: 1.0 for name in GRAPH.phases}
    length, path = GRAPH.phase_critical_path(seconds)
    assert length == GRAPH.depth == 5
    assert path[0] in GRAPH.waves()[0] and path[-1] == "site"


def test_page_request_carries_its_own_copy_and_its_own_image_specs() -> None:
    page = GRAPH.phases["page"]
    menu = artifacts_pb2.PlannedPage(slug="menu", title="Menu")
    artifacts = {name: GRAPH.phases[name].response_type() for name in page.inputs}
    artifacts = {n: getattr(r, GRAPH.phases[n].response_field) for n, r in artifacts.items()}
    artifacts["image_plan"] = artifacts_pb2.ImagePlan(
        images=[
            artifacts_pb2.ImageSpec(id="oven", page_slug="index", alt="An oven"),
            artifacts_pb2.ImageSpec(id="bread", page_slug="menu", alt="Bread"),
        ]
    )
    menu_copy = artifacts_pb2.SiteCopy(tagline="t", pages=[artifacts_pb2.PageCopy(slug="menu")])
    request = page.build_request(
        brief_pb2.ProjectConfig(business_name="B", description="d", phone="1"),
        artifacts,
        item=menu,
        gathered={"copy": [menu_copy]},
    )
    assert isinstance(request, phases_pb2.GeneratePageRequest)
    assert request.page == menu
    assert request.copy == menu_copy
    assert [i.id for i in request.image_plan.images] == ["bread"]
    assert not request.images  # no image is waited for
    assert len(artifacts["image_plan"].images) == 2  # the artifact itself is untouched
    assert request.brief.phone == "1"  # pages show contact details


def test_a_single_field_gather_must_pair_items_by_a_match() -> None:
    unpaired = [
        phase if phase.name != "page" else replace(phase, gathers=(Gather("copy", "copy"),))
        for phase in PHASES
    ]
    with pytest.raises(ValueError, match="copy holds one item; pair it by a match"):
        PhaseGraph(unpaired)


def test_an_ordering_edge_waits_for_items_and_sends_nothing() -> None:
    after_pages = [
        phase
        if phase.name != "shell"
        else replace(phase, gathers=(Gather("page", None), Gather("image", None)))
        for phase in PHASES
    ]
    graph = PhaseGraph(after_pages)
    assert graph.levels["shell"] == graph.levels["page"] + 1
    request = graph.phases["shell"].build_request(
        brief_pb2.ProjectConfig(business_name="B", description="d"),
        {
            n: getattr(GRAPH.phases[n].response_type(), n)
            for n in ("page_plan", "layout", "style_system")
        },
        gathered={"page": [artifacts_pb2.PageCode(slug="index")]},
    )
    assert isinstance(request, phases_pb2.GenerateShellRequest)


def test_strategy_phases_never_see_contact_details() -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="B", description="d", phone="1", contact_email="a@b.c", site_url="https://b"
    )
    for name in ("design_strategy", "layout", "style_system", "image_plan", "seo", "image"):
        seen = project_brief(brief, GRAPH.phases[name].brief_fields)
        assert (seen.phone, seen.contact_email, seen.site_url) == ("", "", "")
        assert (seen.business_name, seen.description) == ("B", "d")
