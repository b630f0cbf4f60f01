"""Colour maths for style systems: WCAG contrast as the reference values give it, and a
contrast guard that makes any style readable by moving foregrounds only."""

from __future__ import annotations

import pytest
from sitefarm.v1 import artifacts_pb2

from services.kit import palette


def colors(style: artifacts_pb2.StyleSystem) -> dict[str, str]:
    return {token.name: token.hex for token in style.colors}


def _assert_readable(style: artifacts_pb2.StyleSystem, minimum: float = 4.5) -> None:
    tokens = colors(style)
    for fg, bg in palette.TEXT_PAIRS:
        ratio = palette.contrast_ratio(tokens[fg], tokens[bg])
        assert ratio >= minimum, f"{fg} {tokens[fg]} on {bg} {tokens[bg]}: {ratio:.2f}"


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert palette.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert palette.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast_ratio("#fff", "#000") == pytest.approx(21.0)


def test_ensure_contrast_fixes_an_all_grey_model_style() -> None:
    grey = artifacts_pb2.StyleSystem(
        colors=[artifacts_pb2.ColorToken(name=n, hex="#777777") for n in palette.REQUIRED_TOKENS]
    )
    fixed = palette.ensure_contrast(grey)
    _assert_readable(fixed)
    assert colors(fixed)["surface"] == "#777777"  # backgrounds are never moved


def test_ensure_contrast_derives_missing_and_invalid_tokens() -> None:
    garbage = artifacts_pb2.StyleSystem(
        colors=[
            artifacts_pb2.ColorToken(name="primary", hex="blue"),
            artifacts_pb2.ColorToken(name="surface", hex="#12"),
            artifacts_pb2.ColorToken(name="text", hex=""),
            artifacts_pb2.ColorToken(name="accent", hex="#ABCDEF"),
            artifacts_pb2.ColorToken(name="accent", hex="#000000"),
            artifacts_pb2.ColorToken(name="", hex="#123456"),
        ],
        heading_font="Comic Sans",
    )
    fixed = palette.ensure_contrast(garbage)
    tokens = colors(fixed)
    assert set(palette.REQUIRED_TOKENS) <= set(tokens)
    assert tokens["accent"] == "#abcdef"  # first valid value wins, normalised
    assert "" not in tokens
    assert fixed.heading_font == "Comic Sans"
    _assert_readable(fixed)


def test_ensure_contrast_moves_only_the_foreground_and_keeps_its_hue() -> None:
    style = artifacts_pb2.StyleSystem(
        colors=[
            artifacts_pb2.ColorToken(name="surface", hex="#ffffff"),
            artifacts_pb2.ColorToken(name="surface-alt", hex="#f4f4f4"),
            artifacts_pb2.ColorToken(name="link", hex="#66aaff"),  # too light on white
        ]
    )
    fixed = colors(palette.ensure_contrast(style))
    assert fixed["surface"] == "#ffffff"
    assert fixed["link"] != "#66aaff"
    assert palette.contrast_ratio(fixed["link"], "#f4f4f4") >= 4.5
    hue_before = palette.hex_to_hsl("#66aaff")[0]
    assert palette.hex_to_hsl(fixed["link"])[0] == pytest.approx(hue_before, abs=3)
    # The smaller move wins: a light blue on white darkens rather than jumping to black.
    assert fixed["link"] != "#000000"


def test_ensure_contrast_never_mutates_its_input() -> None:
    style = artifacts_pb2.StyleSystem(colors=[artifacts_pb2.ColorToken(name="text", hex="#eee")])
    before = style.SerializeToString()
    palette.ensure_contrast(style)
    assert style.SerializeToString() == before
