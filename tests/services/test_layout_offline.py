"""The offline layout: one arrangement per section, varied by brief, shaped by tone."""

from __future__ import annotations

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.layout.offline import ARRANGEMENTS, layout
from testkit.briefs import EDGE_BRIEFS, EXAMPLE_NAMES, example_brief
from testkit.offline_chain import run_offline


@pytest.mark.parametrize("name", [*EXAMPLE_NAMES])
def test_every_planned_section_gets_one_layout_in_plan_order(name: str) -> None:
    site = run_offline(example_brief(name))
    assert [s.section_id for s in site.layout.sections] == [s.id for s in site.sections.sections]
    for section in site.layout.sections:
        assert 1 <= section.columns <= 4
        assert section.variant != artifacts_pb2.SECTION_VARIANT_UNSPECIFIED
    assert 960 <= site.layout.container_width_px <= 1400


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_the_same_brief_gives_the_same_layout(name: str) -> None:
    assert run_offline(example_brief(name)).layout == run_offline(example_brief(name)).layout


def test_the_examples_get_different_arrangements() -> None:
    layouts = {n: run_offline(example_brief(n)).layout for n in EXAMPLE_NAMES}
    assert len({lay.header_style for lay in layouts.values()}) >= 2
    assert len({lay.container_width_px for lay in layouts.values()}) == 3
    heroes = {n: lay.sections[0] for n, lay in layouts.items()}
    signatures = {tuple((s.variant, s.columns) for s in lay.sections) for lay in layouts.values()}
    assert len(signatures) == 3
    assert all(h.section_id == "hero" for h in heroes.values())


def test_two_briefs_of_one_sector_and_tone_still_differ() -> None:
    def signature(name: str) -> tuple[tuple[int, int], ...]:
        brief = example_brief("bakery")
        brief.business_name = name
        site = run_offline(brief)
        return tuple((s.variant, s.columns) for s in site.layout.sections)

    signatures = {signature(n) for n in ("Crumb & Co.", "Flour Power", "Knead", "Rise", "Loaf")}
    assert len(signatures) >= 3


def test_every_variant_is_one_the_kind_can_take() -> None:
    for name in EXAMPLE_NAMES:
        site = run_offline(example_brief(name))
        kinds = {s.id: s.kind for s in site.sections.sections}
        for section in site.layout.sections:
            allowed = {a.variant for a in ARRANGEMENTS[kinds[section.section_id]]}
            assert section.variant in allowed


def test_density_sets_the_container_width() -> None:
    def width(tone: brief_pb2.Tone.ValueType) -> int:
        brief = brief_pb2.ProjectConfig(business_name="Same", description="x", tone=tone)
        return run_offline(brief).layout.container_width_px

    assert width(brief_pb2.TONE_TECHNICAL) > width(brief_pb2.TONE_WARM) > width(brief_pb2.TONE_CALM)


def test_a_model_made_plan_with_unknown_kinds_still_gets_a_layout() -> None:
    plan = artifacts_pb2.SectionPlan(
        sections=[
            artifacts_pb2.SectionSpec(id="intro"),
            artifacts_pb2.SectionSpec(id="odd", kind=99),  # type: ignore[arg-type]
        ]
    )
    result = layout(phases_pb2.GenerateLayoutRequest(brief=EDGE_BRIEFS[0], section_plan=plan))
    assert [s.section_id for s in result.sections] == ["intro", "odd"]
    assert all(1 <= s.columns <= 4 for s in result.sections)
