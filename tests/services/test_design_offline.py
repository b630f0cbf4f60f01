"""The offline design generators: deterministic, distinct per brief, always readable."""

from __future__ import annotations

import itertools
import random
import re

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.design import offline
from services.kit import palette
from testkit.briefs import EDGE_BRIEFS, EXAMPLE_NAMES, example_brief
from testkit.offline_chain import colors, run_offline

ALL_TONES = list(brief_pb2.Tone.values())


def _style_for(brief: brief_pb2.ProjectConfig) -> artifacts_pb2.StyleSystem:
    context = offline.design_context(phases_pb2.GenerateDesignContextRequest(brief=brief))
    strategy = offline.design_strategy(phases_pb2.GenerateDesignStrategyRequest(brief=brief))
    return offline.style_system(
        phases_pb2.GenerateStyleSystemRequest(
            brief=brief, design_context=context, design_strategy=strategy
        )
    )


def _assert_readable(style: artifacts_pb2.StyleSystem, minimum: float = 4.5) -> None:
    tokens = colors(style)
    for fg, bg in palette.TEXT_PAIRS:
        ratio = palette.contrast_ratio(tokens[fg], tokens[bg])
        assert ratio >= minimum, f"{fg} {tokens[fg]} on {bg} {tokens[bg]}: {ratio:.2f}"


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_the_same_brief_gives_identical_design_artifacts(name: str) -> None:
    first, second = run_offline(example_brief(name)), run_offline(example_brief(name))
    assert first.strategy == second.strategy
    assert first.context == second.context
    assert first.style.SerializeToString(deterministic=True) == second.style.SerializeToString(
        deterministic=True
    )


def test_bakery_law_firm_and_software_get_different_palettes_and_fonts() -> None:
    styles = [run_offline(example_brief(n)).style for n in EXAMPLE_NAMES]
    primaries = {colors(s)["primary"] for s in styles}
    surfaces = {colors(s)["surface"] for s in styles}
    headings = {s.heading_font for s in styles}
    assert len(primaries) == 3
    assert len(surfaces) == 3
    assert len(headings) == 3
    assert len({s.radius_px for s in styles}) == 3


def test_bakery_law_firm_and_software_read_differently() -> None:
    contexts = {n: run_offline(example_brief(n)).context for n in EXAMPLE_NAMES}
    assert contexts["devtool"].type_mood == artifacts_pb2.TYPE_MOOD_TECHNICAL
    assert contexts["lawfirm"].corner_style == artifacts_pb2.CORNER_STYLE_SHARP
    assert contexts["bakery"].corner_style == artifacts_pb2.CORNER_STYLE_ROUND
    assert len({c.density for c in contexts.values()}) >= 2
    assert len({tuple(c.mood_keywords) for c in contexts.values()}) == 3
    strategies = [run_offline(example_brief(n)).strategy for n in EXAMPLE_NAMES]
    assert len({s.call_to_action for s in strategies}) == 3
    assert len({s.value_proposition for s in strategies}) == 3


def test_strategy_is_written_from_the_brief() -> None:
    strategy = run_offline(example_brief("bakery")).strategy
    assert strategy.positioning.startswith("Crumb & Co. is a family-run sourdough bakery")
    assert "Leith" in strategy.positioning
    assert 3 <= len(strategy.personality) <= 5
    assert len(strategy.key_messages) == 3
    assert strategy.call_to_action
    assert "burnt orange" in strategy.visual_direction


def test_brand_colour_is_the_primary_token() -> None:
    style = run_offline(example_brief("lawfirm")).style
    assert colors(style)["primary"] == "#1f3a5f"
    assert colors(style)["accent"] == "#b8954a"


def test_a_very_dark_second_brand_colour_becomes_the_ink() -> None:
    style = run_offline(example_brief("bakery")).style
    assert colors(style)["inverse"] == "#3b2a20"


def test_without_brand_colours_the_hue_follows_industry_and_name() -> None:
    def primary(name: str, industry: str) -> str:
        brief = brief_pb2.ProjectConfig(business_name=name, description="x", industry=industry)
        return colors(_style_for(brief))["primary"]

    assert primary("Alpha", "bakery") != primary("Beta", "bakery")
    bakery_hue = palette.hex_to_hsl(primary("Alpha", "bakery"))[0]
    law_hue = palette.hex_to_hsl(primary("Alpha", "law firm"))[0]
    assert 10 <= bakery_hue <= 45  # warm oranges
    assert 195 <= law_hue <= 235  # blues


def test_every_required_token_is_emitted_as_lowercase_hex() -> None:
    for name in EXAMPLE_NAMES:
        tokens = colors(run_offline(example_brief(name)).style)
        assert list(tokens)[: len(palette.REQUIRED_TOKENS)] == list(palette.REQUIRED_TOKENS)
        assert all(re.fullmatch(r"#[0-9a-f]{6}", v) for v in tokens.values())


def test_fifty_random_brand_colours_all_meet_wcag_aa() -> None:
    rng = random.Random(20240611)  # a seeded instance: the same fifty colours on every run
    for i in range(50):
        brand = [f"#{rng.randrange(0, 0xFFFFFF + 1):06x}" for _ in range(rng.choice((1, 2, 3)))]
        brief = brief_pb2.ProjectConfig(
            business_name=f"Brand {i}",
            description="A business.",
            industry=rng.choice(("bakery", "law firm", "software", "gym", "")),
            tone=rng.choice(ALL_TONES),
            brand_colors=brand,
        )
        _assert_readable(_style_for(brief))


@pytest.mark.parametrize("brief", EDGE_BRIEFS, ids=lambda b: b.business_name[:12])
def test_edge_briefs_get_a_complete_readable_style(brief: brief_pb2.ProjectConfig) -> None:
    style = _style_for(brief)
    _assert_readable(style)
    assert set(palette.REQUIRED_TOKENS) <= set(colors(style))


def test_font_stacks_are_system_fonts_with_a_generic_fallback() -> None:
    for name in EXAMPLE_NAMES:
        style = run_offline(example_brief(name)).style
        for stack in (style.heading_font, style.body_font):
            assert "url(" not in stack and "@" not in stack
            assert stack.rsplit(",", 1)[-1].strip() in {"serif", "sans-serif", "monospace"}
    devtool = run_offline(example_brief("devtool")).style
    assert devtool.heading_font.startswith("ui-monospace")
    assert devtool.body_font.endswith("sans-serif")


def test_type_scale_is_modular_from_base_size_and_ratio() -> None:
    style = run_offline(example_brief("lawfirm")).style
    steps = {s.name: s for s in style.type_scale}
    assert list(steps) == ["body", "small", "h4", "h3", "h2", "h1", "display"]
    assert steps["body"].size_rem == pytest.approx(style.base_size_px / 16, abs=1e-3)
    order = ["small", "body", "h4", "h3", "h2", "h1", "display"]
    for lower, upper in itertools.pairwise(order):
        ratio = steps[upper].size_rem / steps[lower].size_rem
        assert ratio == pytest.approx(style.scale_ratio, rel=1e-2)
    assert all(100 <= s.weight <= 900 for s in style.type_scale)


def test_a_brand_colour_as_dark_as_the_page_becomes_the_page_not_the_button() -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="Maison", description="A hotel.", industry="hotel",
        tone=brief_pb2.TONE_LUXURIOUS, brand_colors=["#111111"],
    )  # fmt: skip
    tokens = colors(_style_for(brief))
    assert tokens["surface"] == "#111111"
    assert palette.contrast_ratio(tokens["primary"], tokens["surface"]) >= 1.6
