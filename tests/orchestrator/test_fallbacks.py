"""The degradable phases' fallbacks: SEO by the offline planner's rules, a placeholder image."""

from __future__ import annotations

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from orchestrator.fallbacks import default_seo, placeholder
from orchestrator.graph import GRAPH
from services.kit.seo import DESCRIPTION_MAX, TITLE_MAX
from services.planning import offline as planner

PAGES = artifacts_pb2.PagePlan(
    pages=[
        artifacts_pb2.PlannedPage(slug="index", title="Home"),
        artifacts_pb2.PlannedPage(slug="menu", title="Menu", purpose="What we bake each day."),
    ]
)


def seo_request(brief: brief_pb2.ProjectConfig) -> phases_pb2.PlanSeoRequest:
    return phases_pb2.PlanSeoRequest(brief=brief, page_plan=PAGES)


def test_the_degradable_phases_are_seo_and_image() -> None:
    degradable = {p.name: p.fallback for p in GRAPH.phases.values() if p.degradable}
    assert degradable == {"seo": default_seo, "image": placeholder}


def test_default_seo_covers_every_planned_page() -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="Crumb & Co.", description="A bakery. " * 40, industry="bakery"
    )
    seo = default_seo(seo_request(brief))
    assert [p.slug for p in seo.pages] == ["index", "menu"]
    assert seo.schema_type == "Bakery"
    assert len(seo.site_description) <= DESCRIPTION_MAX
    assert all(len(p.title) <= TITLE_MAX for p in seo.pages)
    assert all(len(p.meta_description) <= DESCRIPTION_MAX for p in seo.pages)
    assert [p.title for p in seo.pages] == ["Crumb & Co.", "Menu | Crumb & Co."]


def test_default_seo_cuts_a_long_name_after_a_whole_word() -> None:
    name = "Taller de Bicicletas y Reparaciones Rápidas Hermanos García"
    brief = brief_pb2.ProjectConfig(business_name=name, description="Reparamos bicicletas.")
    menu = default_seo(seo_request(brief)).pages[1].title
    assert len(menu) <= TITLE_MAX
    head, _, cut = menu.partition(" | ")
    assert head == "Menu" and cut.endswith("…")
    assert name.startswith(cut.removesuffix("…")) and name[len(cut) - 1] == " ", menu


@pytest.mark.parametrize(
    "industry",
    ["bakery", "family law practice", "developer tooling", "dental clinic", "", "wine bar"],
)
def test_default_seo_picks_the_schema_type_the_offline_planner_picks(industry: str) -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="Acme", description="We help people.", industry=industry, location="Leith"
    )
    fallback = default_seo(seo_request(brief))
    assert fallback.schema_type == planner.seo(seo_request(brief)).schema_type


def test_default_seo_keeps_the_briefs_own_words_in_any_language() -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="パン工房 こむぎ",
        description="毎朝焼きたてのパンをお届けする町のパン屋です。",
        language="ja",
    )
    seo = default_seo(seo_request(brief))
    assert seo.site_name == "パン工房 こむぎ"
    assert seo.site_description == brief.description
    assert seo.pages[1].title == "Menu | パン工房 こむぎ"


def test_the_image_fallback_is_a_marked_placeholder_of_the_planned_image() -> None:
    spec = artifacts_pb2.ImageSpec(id="oven", page_slug="index", alt="An oven", width=640)
    image = placeholder(phases_pb2.GenerateImageRequest(image=spec))
    assert image.placeholder and image.media_type == "image/svg+xml"
    assert (image.id, image.page_slug, image.alt, image.width) == ("oven", "index", "An oven", 640)
