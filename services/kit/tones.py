"""What a brief's tone decides about a site's look: rhythm, corners, type and colour harmony."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from sitefarm.v1 import artifacts_pb2, brief_pb2

Density: TypeAlias = artifacts_pb2.Density.ValueType
CornerStyle: TypeAlias = artifacts_pb2.CornerStyle.ValueType
TypeMood: TypeAlias = artifacts_pb2.TypeMood.ValueType
HeaderStyle: TypeAlias = artifacts_pb2.HeaderStyle.ValueType


@dataclass(frozen=True)
class Harmony:
    """How an accent is derived from the primary: a hue offset (or absolute hue), S and L."""

    hue: float
    saturation: float
    lightness: float
    absolute: bool = False


@dataclass(frozen=True)
class ToneProfile:
    """Everything the tone decides about the look: rhythm, shape, type and colour behaviour."""

    key: str
    adjectives: tuple[str, ...]
    moods: tuple[str, ...]
    density: Density
    corner: CornerStyle
    type_mood: TypeMood
    header_style: HeaderStyle
    scale_ratio: float
    base_size_px: float
    dark_scheme: bool
    primary_saturation: float  # used only when the brief gives no colours
    primary_lightness: float
    accents: tuple[Harmony, ...]
    surface_hue: float | None  # None: tint the surface with the primary's hue
    surface_saturation: float
    surface_lightness: float
    heading_weight: int
    imagery_modifier: str
    visual_phrase: str


TONE_PROFILES: dict[str, ToneProfile] = {
    "warm": ToneProfile(
        key="warm",
        adjectives=("warm", "welcoming", "honest", "generous", "neighbourly"),
        moods=("cosy", "sunlit", "familiar"),
        density=artifacts_pb2.DENSITY_BALANCED,
        corner=artifacts_pb2.CORNER_STYLE_ROUND,
        type_mood=artifacts_pb2.TYPE_MOOD_HUMANIST,
        header_style=artifacts_pb2.HEADER_STYLE_CENTERED,
        scale_ratio=1.25,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.62,
        primary_lightness=0.46,
        accents=(Harmony(150, 0.26, 0.36), Harmony(36, 0.6, 0.4), Harmony(-28, 0.5, 0.42)),
        surface_hue=40,
        surface_saturation=0.6,
        surface_lightness=0.965,
        heading_weight=600,
        imagery_modifier="in soft golden morning light",
        visual_phrase="Sun-warmed and tactile",
    ),
    "professional": ToneProfile(
        key="professional",
        adjectives=("assured", "clear", "trustworthy", "discreet", "rigorous"),
        moods=("ordered", "calm", "confident"),
        density=artifacts_pb2.DENSITY_BALANCED,
        corner=artifacts_pb2.CORNER_STYLE_SHARP,
        type_mood=artifacts_pb2.TYPE_MOOD_SERIF,
        header_style=artifacts_pb2.HEADER_STYLE_WITH_CTA,
        scale_ratio=1.22,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.5,
        primary_lightness=0.28,
        accents=(Harmony(180, 0.45, 0.5), Harmony(200, 0.4, 0.42), Harmony(-160, 0.5, 0.38)),
        surface_hue=None,
        surface_saturation=0.2,
        surface_lightness=0.985,
        heading_weight=600,
        imagery_modifier="composed, with generous negative space",
        visual_phrase="Quiet, ordered and confident",
    ),
    "playful": ToneProfile(
        key="playful",
        adjectives=("playful", "bright", "curious", "upbeat", "cheeky"),
        moods=("bouncy", "colourful", "sunny"),
        density=artifacts_pb2.DENSITY_BALANCED,
        corner=artifacts_pb2.CORNER_STYLE_ROUND,
        type_mood=artifacts_pb2.TYPE_MOOD_GEOMETRIC,
        header_style=artifacts_pb2.HEADER_STYLE_INLINE,
        scale_ratio=1.3,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.78,
        primary_lightness=0.52,
        accents=(Harmony(120, 0.8, 0.55), Harmony(200, 0.75, 0.58), Harmony(-60, 0.85, 0.6)),
        surface_hue=None,
        surface_saturation=0.7,
        surface_lightness=0.975,
        heading_weight=800,
        imagery_modifier="with bursts of colour and playful shapes",
        visual_phrase="Bright, bouncy and full of colour",
    ),
    "bold": ToneProfile(
        key="bold",
        adjectives=("bold", "direct", "confident", "energetic", "uncompromising"),
        moods=("graphic", "loud", "kinetic"),
        density=artifacts_pb2.DENSITY_COMPACT,
        corner=artifacts_pb2.CORNER_STYLE_SHARP,
        type_mood=artifacts_pb2.TYPE_MOOD_GEOMETRIC,
        header_style=artifacts_pb2.HEADER_STYLE_WITH_CTA,
        scale_ratio=1.333,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.85,
        primary_lightness=0.46,
        accents=(Harmony(180, 0.9, 0.52), Harmony(52, 0.95, 0.52)),
        surface_hue=None,
        surface_saturation=0.0,
        surface_lightness=1.0,
        heading_weight=800,
        imagery_modifier="tightly cropped and high-contrast",
        visual_phrase="Loud, graphic and high-contrast",
    ),
    "calm": ToneProfile(
        key="calm",
        adjectives=("calm", "gentle", "spacious", "reassuring", "unhurried"),
        moods=("airy", "soft", "still"),
        density=artifacts_pb2.DENSITY_AIRY,
        corner=artifacts_pb2.CORNER_STYLE_SOFT,
        type_mood=artifacts_pb2.TYPE_MOOD_HUMANIST,
        header_style=artifacts_pb2.HEADER_STYLE_CENTERED,
        scale_ratio=1.2,
        base_size_px=18,
        dark_scheme=False,
        primary_saturation=0.32,
        primary_lightness=0.4,
        accents=(Harmony(-32, 0.3, 0.5), Harmony(32, 0.26, 0.48)),
        surface_hue=None,
        surface_saturation=0.22,
        surface_lightness=0.975,
        heading_weight=500,
        imagery_modifier="soft, diffused and unhurried",
        visual_phrase="Quiet, airy and unhurried",
    ),
    "luxurious": ToneProfile(
        key="luxurious",
        adjectives=("refined", "exclusive", "elegant", "understated", "meticulous"),
        moods=("velvet", "hushed", "gilded"),
        density=artifacts_pb2.DENSITY_AIRY,
        corner=artifacts_pb2.CORNER_STYLE_SHARP,
        type_mood=artifacts_pb2.TYPE_MOOD_SERIF,
        header_style=artifacts_pb2.HEADER_STYLE_CENTERED,
        scale_ratio=1.3,
        base_size_px=18,
        dark_scheme=True,
        primary_saturation=0.45,
        primary_lightness=0.3,
        accents=(Harmony(42, 0.52, 0.58, absolute=True), Harmony(30, 0.35, 0.7, absolute=True)),
        surface_hue=None,
        surface_saturation=0.18,
        surface_lightness=0.07,
        heading_weight=400,
        imagery_modifier="in low-key, dramatic light",
        visual_phrase="Dark, hushed and precise",
    ),
    "technical": ToneProfile(
        key="technical",
        adjectives=("precise", "fast", "transparent", "no-nonsense", "engineered"),
        moods=("crisp", "diagrammatic", "nocturnal"),
        density=artifacts_pb2.DENSITY_COMPACT,
        corner=artifacts_pb2.CORNER_STYLE_SOFT,
        type_mood=artifacts_pb2.TYPE_MOOD_TECHNICAL,
        header_style=artifacts_pb2.HEADER_STYLE_WITH_CTA,
        scale_ratio=1.25,
        base_size_px=16,
        dark_scheme=True,
        primary_saturation=0.75,
        primary_lightness=0.58,
        accents=(Harmony(-70, 0.75, 0.55), Harmony(-100, 0.65, 0.5), Harmony(180, 0.8, 0.6)),
        surface_hue=None,
        surface_saturation=0.28,
        surface_lightness=0.075,
        heading_weight=600,
        imagery_modifier="set on a dark, finely ruled grid",
        visual_phrase="Dark, crisp and engineered",
    ),
    "friendly": ToneProfile(
        key="friendly",
        adjectives=("friendly", "clear", "helpful", "modern", "straightforward"),
        moods=("bright", "open", "easy"),
        density=artifacts_pb2.DENSITY_BALANCED,
        corner=artifacts_pb2.CORNER_STYLE_SOFT,
        type_mood=artifacts_pb2.TYPE_MOOD_HUMANIST,
        header_style=artifacts_pb2.HEADER_STYLE_INLINE,
        scale_ratio=1.25,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.55,
        primary_lightness=0.42,
        accents=(Harmony(150, 0.5, 0.45), Harmony(30, 0.6, 0.5)),
        surface_hue=None,
        surface_saturation=0.2,
        surface_lightness=0.985,
        heading_weight=700,
        imagery_modifier="natural and bright",
        visual_phrase="Clean, bright and approachable",
    ),
}

_TONE_KEYS: dict[int, str] = {
    brief_pb2.TONE_WARM: "warm",
    brief_pb2.TONE_PROFESSIONAL: "professional",
    brief_pb2.TONE_PLAYFUL: "playful",
    brief_pb2.TONE_BOLD: "bold",
    brief_pb2.TONE_CALM: "calm",
    brief_pb2.TONE_LUXURIOUS: "luxurious",
    brief_pb2.TONE_TECHNICAL: "technical",
}


def tone_key(tone: brief_pb2.Tone.ValueType) -> str:
    """The brief's tone as a key of TONE_PROFILES and of every phrasebook's tones; an
    unspecified or unknown tone reads as friendly."""
    return _TONE_KEYS.get(int(tone), "friendly")


def tone_profile(tone: brief_pb2.Tone.ValueType) -> ToneProfile:
    """The tone's profile; an unspecified or unknown tone reads as friendly."""
    return TONE_PROFILES[tone_key(tone)]
