"""The placeholder image: drawn in the site's palette where an image could not be made."""

from __future__ import annotations

from sitefarm.v1 import artifacts_pb2

from services.kit.drawing import (
    Canvas,
    Dice,
    image_size,
    palette_colors,
    svg_image,
    svg_number,
)
from services.kit.slugs import safe_slug


def placeholder_image(
    spec: artifacts_pb2.ImageSpec, style: artifacts_pb2.StyleSystem | None
) -> artifacts_pb2.GeneratedImage:
    """A quiet framed-landscape glyph on the page's muted surface, for when rendering fails."""
    width, height = image_size(spec)
    slug = safe_slug(spec.id, "image")
    colors = palette_colors(style)
    cv = Canvas(width, height, colors, Dice(spec.id), f"sf-{slug}", spec.role)
    cv.rect(0, 0, width, height, colors["surface-alt"])
    s = min(width, height) * 0.22
    cx, cy = width / 2, height / 2
    ink = colors["muted-text"]
    cv.rect(
        cx - s,
        cy - s * 0.75,
        s * 2,
        s * 1.5,
        "none",
        s * 0.08,
        0.55,
        extra=f' stroke="{ink}" stroke-width="{svg_number(max(2, s / 24))}"',
    )
    cv.circle(cx + s * 0.45, cy - s * 0.3, s * 0.16, ink, 0.55)
    hills = [
        (cx - s * 0.8, cy + s * 0.55),
        (cx - s * 0.25, cy - s * 0.05),
        (cx + s * 0.1, cy + s * 0.3),
        (cx + s * 0.35, cy + s * 0.1),
        (cx + s * 0.8, cy + s * 0.55),
    ]
    cv.path(
        "M" + "L".join(f"{svg_number(x)} {svg_number(y)}" for x, y in hills) + "Z",
        ink,
        0.4,
    )
    return svg_image(spec, cv, placeholder=True)
