"""Colour maths for style systems: hex parsing, HSL, WCAG contrast, and the contrast guard."""

from __future__ import annotations

import colorsys
import re
from collections.abc import Callable, Iterable

from sitefarm.v1 import artifacts_pb2

RGB = tuple[float, float, float]  # channels in 0..1
HSL = tuple[float, float, float]  # hue in degrees 0..360, saturation and lightness in 0..1

# Every colour token the renderers rely on, in the order they are emitted.
REQUIRED_TOKENS: tuple[str, ...] = (
    "primary",
    "on-primary",
    "accent",
    "on-accent",
    "surface",
    "surface-alt",
    "text",
    "muted-text",
    "link",
    "border",
    "inverse",
    "on-inverse",
)

# Every (foreground, background) pair the renderer will ever emit as text on a background.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "surface"),
    ("text", "surface-alt"),
    ("muted-text", "surface"),
    ("muted-text", "surface-alt"),
    ("link", "surface"),
    ("link", "surface-alt"),
    ("on-primary", "primary"),
    ("on-accent", "accent"),
    ("on-inverse", "inverse"),
)

WCAG_AA = 4.5
_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_FALLBACK_PRIMARY = "#2d5b8c"
# Lightness grid the contrast search walks; fine enough that the change found is near-minimal.
_LIGHTNESS_STEPS = 400


# --- parsing and formatting -------------------------------------------------------------------


def parse_hex(value: str | None) -> RGB | None:
    """Return the colour as RGB in 0..1, or None when `value` is not #rgb or #rrggbb."""
    if not isinstance(value, str):
        return None
    match = _HEX.match(value.strip())
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return tuple(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def is_hex(value: str | None) -> bool:
    """True when `value` parses as a hex colour."""
    return parse_hex(value) is not None


def to_hex(rgb: RGB) -> str:
    """Format RGB in 0..1 as lowercase #rrggbb, clamping out-of-range channels."""
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02x}" for c in rgb)


def normalize_hex(value: str) -> str:
    """Canonical lowercase #rrggbb of a valid hex colour; raises ValueError otherwise."""
    rgb = parse_hex(value)
    if rgb is None:
        raise ValueError(f"not a hex colour: {value!r}")
    return to_hex(rgb)


# --- HSL ---------------------------------------------------------------------------------------


def rgb_to_hsl(rgb: RGB) -> HSL:
    """RGB in 0..1 to (hue degrees, saturation, lightness)."""
    h, lightness, s = colorsys.rgb_to_hls(*rgb)
    return (h * 360.0, s, lightness)


def hsl_to_rgb(hsl: HSL) -> RGB:
    """(hue degrees, saturation, lightness) to RGB in 0..1."""
    h, s, lightness = hsl
    return colorsys.hls_to_rgb((h % 360.0) / 360.0, _unit(lightness), _unit(s))


def hsl_hex(hue: float, saturation: float, lightness: float) -> str:
    """#rrggbb of an HSL colour."""
    return to_hex(hsl_to_rgb((hue, saturation, lightness)))


def hex_to_hsl(value: str) -> HSL:
    """HSL of a hex colour; raises ValueError on an invalid one."""
    rgb = parse_hex(value)
    if rgb is None:
        raise ValueError(f"not a hex colour: {value!r}")
    return rgb_to_hsl(rgb)


def mix(a: str, b: str, weight: float) -> str:
    """Blend two hex colours in sRGB; weight 0 gives a, 1 gives b."""
    ra, rb = parse_hex(a), parse_hex(b)
    if ra is None or rb is None:
        raise ValueError(f"not hex colours: {a!r}, {b!r}")
    return to_hex(tuple(x + (y - x) * weight for x, y in zip(ra, rb, strict=True)))  # type: ignore[arg-type]


def _unit(x: float) -> float:
    return min(1.0, max(0.0, x))


# --- WCAG contrast ------------------------------------------------------------------------------


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(value: str | RGB) -> float:
    """WCAG 2.x relative luminance of a hex colour or an RGB triple."""
    rgb = parse_hex(value) if isinstance(value, str) else value
    if rgb is None:
        raise ValueError(f"not a hex colour: {value!r}")
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a_hex: str, b_hex: str) -> float:
    """WCAG contrast ratio between two hex colours, from 1 to 21."""
    la, lb = relative_luminance(a_hex), relative_luminance(b_hex)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(value: str) -> bool:
    """True when white text reads better on this colour than black text."""
    return contrast_ratio(value, "#ffffff") >= contrast_ratio(value, "#000000")


def readable_on(background: str, hue: float | None = None, tint: float = 0.18) -> str:
    """A near-white or near-black (tinted with `hue`) that reads best on `background`."""
    h = hue if hue is not None else hex_to_hsl(background)[0]
    light, dark = hsl_hex(h, tint, 0.985), hsl_hex(h, tint, 0.09)
    return light if contrast_ratio(light, background) >= contrast_ratio(dark, background) else dark


def fix_foreground(foreground: str, backgrounds: Iterable[str], minimum: float = WCAG_AA) -> str:
    """Move `foreground`'s lightness, keeping hue and saturation, until it meets `minimum`
    against every background; the smaller of the moves toward black and toward white wins."""
    bgs = list(backgrounds)
    if not bgs:
        return foreground

    def worst(candidate: str) -> float:
        return min(contrast_ratio(candidate, bg) for bg in bgs)

    if worst(foreground) >= minimum:
        return foreground
    h, s, start = hex_to_hsl(foreground)
    best: tuple[float, str] | None = None  # (lightness change, colour)
    for target in (0.0, 1.0):
        found = _first_passing(h, s, start, target, lambda c: worst(c) >= minimum)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    if best is not None:
        return best[1]
    # No lightness of this hue reaches the ratio (only possible above ~4.58): best effort.
    return max(("#000000", "#ffffff"), key=worst)


def _first_passing(
    hue: float, sat: float, start: float, target: float, passes: Callable[[str], bool]
) -> tuple[float, str] | None:
    """Walk lightness from `start` toward `target`; return (distance, hex) of the first pass."""
    span = target - start
    if span == 0:
        return None
    steps = max(1, round(abs(span) * _LIGHTNESS_STEPS))
    for i in range(1, steps + 1):
        lightness = start + span * i / steps
        # Test the rounded hex, not the float colour, so the emitted token itself passes.
        candidate = hsl_hex(hue, sat, lightness)
        if passes(candidate):
            return (abs(lightness - start), candidate)
    return None


# --- the style-system guard ---------------------------------------------------------------------


def _derive(name: str, tokens: dict[str, str]) -> str:
    """A sane value for a missing required token, from the tokens already settled."""
    primary = tokens.get("primary", _FALLBACK_PRIMARY)
    hue = hex_to_hsl(primary)[0]
    surface = tokens.get("surface")
    dark_scheme = surface is not None and is_dark(surface)
    match name:
        case "primary":
            return _FALLBACK_PRIMARY
        case "accent":
            return hsl_hex(hue + 150, 0.55, 0.45)
        case "surface":
            return hsl_hex(hue, 0.25, 0.985)
        case "surface-alt":
            return mix(surface or "#ffffff", primary, 0.06)
        case "text":
            return hsl_hex(hue, 0.25, 0.93 if dark_scheme else 0.12)
        case "muted-text":
            return hsl_hex(hue, 0.12, 0.72 if dark_scheme else 0.38)
        case "link":
            return primary
        case "border":
            return mix(surface or "#ffffff", tokens.get("text", "#1a1a1a"), 0.16)
        case "inverse":
            return hsl_hex(hue, 0.35, 0.14)
        case "on-primary":
            return readable_on(primary, hue)
        case "on-accent":
            return readable_on(tokens.get("accent", primary), hue)
        case "on-inverse":
            return readable_on(tokens.get("inverse", "#1a1a1a"), hue)
    raise KeyError(name)


# Order in which missing tokens are derived: each one may lean on those before it.
_DERIVATION_ORDER: tuple[str, ...] = (
    "primary",
    "accent",
    "surface",
    "surface-alt",
    "text",
    "muted-text",
    "link",
    "border",
    "inverse",
    "on-primary",
    "on-accent",
    "on-inverse",
)


def ensure_contrast(
    style: artifacts_pb2.StyleSystem, minimum: float = WCAG_AA
) -> artifacts_pb2.StyleSystem:
    """Return a copy of `style` with every required colour token present and valid, and every
    TEXT_PAIRS pair at a contrast ratio of at least `minimum`."""
    fixed = artifacts_pb2.StyleSystem()
    fixed.CopyFrom(style)

    # First valid value per name wins; invalid or duplicate entries are dropped as untrusted.
    tokens: dict[str, str] = {}
    for token in style.colors:
        name = token.name.strip().lower()
        if name and name not in tokens and is_hex(token.hex):
            tokens[name] = normalize_hex(token.hex)
    for name in _DERIVATION_ORDER:
        if name not in tokens:
            tokens[name] = _derive(name, tokens)

    # Backgrounds never move (they carry the brand); each foreground moves once against all
    # of its backgrounds together, so fixing one pair cannot break another.
    backgrounds_of: dict[str, list[str]] = {}
    for fg, bg in TEXT_PAIRS:
        backgrounds_of.setdefault(fg, []).append(tokens[bg])
    for fg, bgs in backgrounds_of.items():
        tokens[fg] = fix_foreground(tokens[fg], bgs, minimum)

    extras = [name for name in tokens if name not in REQUIRED_TOKENS]
    del fixed.colors[:]
    for name in (*REQUIRED_TOKENS, *extras):
        fixed.colors.add(name=name, hex=tokens[name])
    return fixed


def color_map(style: artifacts_pb2.StyleSystem) -> dict[str, str]:
    """The style's colour tokens by name (first valid value per name)."""
    found: dict[str, str] = {}
    for token in style.colors:
        if token.name not in found and is_hex(token.hex):
            found[token.name] = normalize_hex(token.hex)
    return found


# --- colour names ------------------------------------------------------------------------------

_HUE_NAMES: tuple[tuple[float, str], ...] = (
    (12, "red"),
    (36, "burnt orange"),
    (50, "gold"),
    (66, "ochre"),
    (95, "olive"),
    (150, "green"),
    (185, "teal"),
    (205, "petrol blue"),
    (240, "blue"),
    (285, "violet"),
    (320, "plum"),
    (345, "raspberry"),
    (360, "crimson"),
)


def colour_name(hex_value: str) -> str:
    """A designer's name for a colour, e.g. "deep navy", "burnt orange", "warm grey"."""
    h, s, lightness = hex_to_hsl(hex_value)
    if s < 0.12 or lightness < 0.06 or lightness > 0.96:
        return (
            "charcoal" if lightness < 0.35 else ("stone grey" if lightness < 0.8 else "off-white")
        )
    name = next(label for limit, label in _HUE_NAMES if h < limit)
    if name in {"blue", "petrol blue"} and lightness < 0.3:
        return "deep navy"
    if name in {"burnt orange", "red", "gold"} and lightness < 0.25:
        return "dark brown"
    if lightness < 0.3:
        return f"deep {name}"
    if lightness > 0.72:
        return f"pale {name}"
    return name
