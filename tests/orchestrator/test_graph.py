"""The phase graph declaration: waves computed from it, request building, critical path."""

from __future__ import annotations

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from orchestrator.graph import GRAPH, Phase, PhaseGraph, critical_path, project_brief


def test_waves_are_the_topological_levels_of_the_declaration() -> None:
    assert GRAPH.waves() == [
        ["design_strategy", "design_context", "section_plan"],
        ["layout", "style_system", "page_plan"],
        ["image_plan", "seo", "copy"],
        ["image"],
        ["page"],
        ["site"],
    ]


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
    assert length == GRAPH.depth == 6
    assert path[0] in GRAPH.waves()[0] and path[-1] == "site"


def test_page_request_carries_only_its_own_images_without_their_bytes() -> None:
    page = GRAPH.phases["page"]
    menu = artifacts_pb2.PlannedPage(slug="menu", title="Menu")
    images = [
        artifacts_pb2.GeneratedImage(id="bread", page_slug="menu", data=b"\x89PNG..."),
    ]
    artifacts = {name: GRAPH.phases[name].response_type() for name in page.inputs}
    artifacts = {n: getattr(r, GRAPH.phases[n].response_field) for n, r in artifacts.items()}
    request = page.build_request(
        brief_pb2.ProjectConfig(business_name="B", description="d", phone="1"),
        artifacts,
        item=menu,
        gathered={"image": images},
    )
    assert isinstance(request, phases_pb2.GeneratePageRequest)
    assert request.page == menu
    assert [i.id for i in request.images] == ["bread"] and request.images[0].data == b""
    assert images[0].data  # the artifact itself is untouched
    assert request.brief.phone == "1"  # pages show contact details


def test_strategy_phases_never_see_contact_details() -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="B", description="d", phone="1", contact_email="a@b.c", site_url="https://b"
    )
    for name in ("design_strategy", "layout", "style_system", "image_plan", "seo", "image"):
        seen = project_brief(brief, GRAPH.phases[name].brief_fields)
        assert (seen.phone, seen.contact_email, seen.site_url) == ("", "", "")
        assert (seen.business_name, seen.description) == ("B", "d")
