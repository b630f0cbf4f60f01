"""What the offline designer draws with: seeded dice, an SVG canvas in the site's palette,
the size an image plan asks for, and the finished SVG document."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import TypeAlias
from xml.sax.saxutils import escape

from sitefarm.v1 import artifacts_pb2

from services.kit import palette
from services.kit.slugs import safe_slug

Role: TypeAlias = artifacts_pb2.ImageRole.ValueType
SVG_MEDIA_TYPE = "image/svg+xml"

DEFAULT_SIZES: dict[Role, tuple[int, int]] = {
    artifacts_pb2.IMAGE_ROLE_HERO: (1600, 900),
    artifacts_pb2.IMAGE_ROLE_FEATURE: (800, 600),
    artifacts_pb2.IMAGE_ROLE_GALLERY: (800, 800),
    artifacts_pb2.IMAGE_ROLE_ILLUSTRATION: (800, 600),
}
MIN_SIDE, MAX_SIDE = 16, 4096


class Dice:
    """A deterministic stream of numbers from a hash: same seed, same picture, everywhere."""

    def __init__(self, *seed: str) -> None:
        self._seed = hashlib.sha256("\x1f".join(seed).encode("utf-8")).digest()
        self._counter = 0

    def unit(self) -> float:
        """The next float in [0, 1)."""
        self._counter += 1
        block = hashlib.sha256(self._seed + self._counter.to_bytes(8, "big")).digest()
        return int.from_bytes(block[:8], "big") / 2**64

    def between(self, low: float, high: float) -> float:
        """The next float in [low, high)."""
        return low + (high - low) * self.unit()

    def index(self, n: int) -> int:
        """The next integer in [0, n)."""
        return min(n - 1, int(self.unit() * n))


def svg_number(x: float) -> str:
    """A compact SVG number: one decimal at most, no trailing zeros."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


@dataclass
class Canvas:
    """What a motif draws on: the size, the colours, the dice and the growing SVG body."""

    width: int
    height: int
    colors: dict[str, str]
    dice: Dice
    prefix: str  # makes gradient ids unique when several SVGs are inlined in one page
    role: Role
    ordinal: int = 0  # the image's place in its set ("gallery-3" is 2): varies the scene
    defs: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    scenes: list[str] = field(default_factory=list)  # what was drawn, by scene name

    def c(self, name: str) -> str:
        return self.colors[name]

    def tint(self, a: str, b: str, weight: float) -> str:
        return palette.mix(self.c(a), self.c(b), weight)

    def linear(self, name: str, stops: list[tuple[float, str, float]], angle: float = 90) -> str:
        """Define a linear gradient; stops are (offset, colour, opacity); returns url(#id)."""
        gid = f"{self.prefix}-{name}"
        rad = math.radians(angle)
        x2, y2 = 0.5 + 0.5 * math.cos(rad), 0.5 + 0.5 * math.sin(rad)
        x1, y1 = 1 - x2, 1 - y2
        stop_xml = "".join(
            f'<stop offset="{svg_number(o * 100)}%" stop-color="{col}" '
            f'stop-opacity="{svg_number(op)}"/>'
            for o, col, op in stops
        )
        self.defs.append(
            f'<linearGradient id="{gid}" x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" '
            f'y2="{y2:.2f}">{stop_xml}</linearGradient>'
        )
        return f"url(#{gid})"

    def radial(self, name: str, color: str, opacity: float) -> str:
        """Define a soft radial glow of one colour; returns url(#id)."""
        gid = f"{self.prefix}-{name}"
        self.defs.append(
            f'<radialGradient id="{gid}"><stop offset="0%" stop-color="{color}" '
            f'stop-opacity="{svg_number(opacity)}"/><stop offset="100%" stop-color="{color}" '
            f'stop-opacity="0"/></radialGradient>'
        )
        return f"url(#{gid})"

    def add(self, element: str) -> None:
        self.body.append(element)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str,
        rx: float = 0,
        opacity: float = 1,
        extra: str = "",
    ) -> None:
        op = f' opacity="{svg_number(opacity)}"' if opacity < 1 else ""
        r = f' rx="{svg_number(rx)}"' if rx else ""
        self.add(
            f'<rect x="{svg_number(x)}" y="{svg_number(y)}" '
            f'width="{svg_number(w)}" height="{svg_number(h)}"{r} '
            f'fill="{fill}"{op}{extra}/>'
        )

    def circle(
        self, cx: float, cy: float, r: float, fill: str, opacity: float = 1, extra: str = ""
    ) -> None:
        op = f' opacity="{svg_number(opacity)}"' if opacity < 1 else ""
        self.add(
            f'<circle cx="{svg_number(cx)}" cy="{svg_number(cy)}" r="{svg_number(r)}" '
            f'fill="{fill}"{op}{extra}/>'
        )

    def ellipse(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        fill: str,
        opacity: float = 1,
        extra: str = "",
    ) -> None:
        op = f' opacity="{svg_number(opacity)}"' if opacity < 1 else ""
        self.add(
            f'<ellipse cx="{svg_number(cx)}" cy="{svg_number(cy)}" '
            f'rx="{svg_number(rx)}" ry="{svg_number(ry)}" '
            f'fill="{fill}"{op}{extra}/>'
        )

    def path(self, d: str, fill: str = "none", opacity: float = 1, extra: str = "") -> None:
        op = f' opacity="{svg_number(opacity)}"' if opacity < 1 else ""
        self.add(f'<path d="{d}" fill="{fill}"{op}{extra}/>')


def image_size(spec: artifacts_pb2.ImageSpec) -> tuple[int, int]:
    """The plan's size, or its role's default, within what a browser should be sent."""
    default_w, default_h = DEFAULT_SIZES.get(spec.role, (800, 600))
    width = spec.width if spec.width > 0 else default_w
    height = spec.height if spec.height > 0 else default_h
    return (min(MAX_SIDE, max(MIN_SIDE, width)), min(MAX_SIDE, max(MIN_SIDE, height)))


def image_alt(spec: artifacts_pb2.ImageSpec) -> str:
    """The plan's alt text; empty means decorative (the offline plan's abstract art is)."""
    return " ".join(spec.alt.split())


def svg_document(cv: Canvas, alt: str) -> bytes:
    """The SVG document: an image titled by its alt text, or hidden from assistive technology
    when it has none (decorative)."""
    title_id = f"{cv.prefix}-title"
    size = f'width="{cv.width}" height="{cv.height}" viewBox="0 0 {cv.width} {cv.height}"'
    if alt:
        semantics = f'role="img" aria-labelledby="{title_id}"'
        title = f'<title id="{title_id}">{escape(alt)}</title>'
    else:
        semantics, title = 'aria-hidden="true"', ""
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" {size} {semantics} '
        f'preserveAspectRatio="xMidYMid slice">{title}'
    )
    defs = f"<defs>{''.join(cv.defs)}</defs>" if cv.defs else ""
    return (head + defs + "".join(cv.body) + "</svg>").encode("utf-8")


def palette_colors(style: artifacts_pb2.StyleSystem | None) -> dict[str, str]:
    """The style system's colours by token name, readable against each other."""
    # ensure_contrast also fills every missing token, so an empty style still draws.
    return palette.color_map(palette.ensure_contrast(style or artifacts_pb2.StyleSystem()))


def svg_image(
    spec: artifacts_pb2.ImageSpec, canvas: Canvas, placeholder: bool = False
) -> artifacts_pb2.GeneratedImage:
    """The drawn canvas as the image-plan item's image: an SVG file named by its id."""
    alt = image_alt(spec)
    return artifacts_pb2.GeneratedImage(
        id=spec.id,
        page_slug=spec.page_slug,
        section_id=spec.section_id,
        file_name=f"{safe_slug(spec.id, 'image')}.svg",
        media_type=SVG_MEDIA_TYPE,
        data=svg_document(canvas, alt),
        width=canvas.width,
        height=canvas.height,
        alt=alt,
        placeholder=placeholder,
    )
