"""The offline image renderer: small, palette-true SVG compositions drawn from the brief."""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Callable

from sitefarm.v1 import artifacts_pb2, phases_pb2

from services.kit.brief_profile import BriefProfile, profile
from services.kit.drawing import (
    Canvas,
    Dice,
    image_size,
    palette_colors,
    svg_image,
)

# Short, because scene code writes one on every coordinate.
from services.kit.drawing import svg_number as _n
from services.kit.slugs import safe_slug

# --- shapes ------------------------------------------------------------------------------------


def blob_path(cx: float, cy: float, radius: float, dice: Dice, points: int = 7) -> str:
    """A soft closed organic shape: a wobbly circle drawn with smooth quadratic curves."""
    pts = []
    for i in range(points):
        angle = 2 * math.pi * i / points
        r = radius * dice.between(0.78, 1.18)
        pts.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    mids = [
        ((pts[i][0] + pts[(i + 1) % points][0]) / 2, (pts[i][1] + pts[(i + 1) % points][1]) / 2)
        for i in range(points)
    ]
    d = f"M{_n(mids[-1][0])} {_n(mids[-1][1])}"
    for i in range(points):
        d += f" Q{_n(pts[i][0])} {_n(pts[i][1])} {_n(mids[i][0])} {_n(mids[i][1])}"
    return d + "Z"


def hill_path(width: float, height: float, base: float, amplitude: float, dice: Dice) -> str:
    """A rolling horizon from left to right, closed along the bottom edge."""
    segments = 4
    step = width / segments
    y0 = base + dice.between(-amplitude, amplitude)
    d = f"M0 {_n(height)} L0 {_n(y0)}"
    for i in range(segments):
        x1 = step * (i + 0.5)
        y1 = base + dice.between(-amplitude, amplitude)
        x2 = step * (i + 1)
        y2 = base + dice.between(-amplitude * 0.6, amplitude * 0.6)
        d += f" Q{_n(x1)} {_n(y1)} {_n(x2)} {_n(y2)}"
    return d + f" L{_n(width)} {_n(height)}Z"


# --- motifs ------------------------------------------------------------------------------------


def _scene(cv: Canvas, scenes: tuple[Callable[[Canvas], None], ...]) -> None:
    """Draw one of a motif's scenes; consecutive images of a set get consecutive scenes."""
    _draw(cv, scenes[cv.ordinal % len(scenes)])


def _draw(cv: Canvas, scene: Callable[[Canvas], None]) -> None:
    cv.scenes.append(scene.__name__.lstrip("_"))
    scene(cv)


def _table(cv: Canvas) -> float:
    """A tinted tabletop background for still lifes; returns the tile's short side."""
    table = ("surface-alt", "primary", "accent", "inverse")[cv.dice.index(4)]
    cv.rect(
        0, 0, cv.width, cv.height, cv.tint(table, "surface", 0.8 if table != "surface-alt" else 0)
    )
    return min(cv.width, cv.height)


def _crumbs(cv: Canvas, cx: float, cy: float, near: float, count: int = 9) -> None:
    d, s = cv.dice, min(cv.width, cv.height)
    for _ in range(count):
        angle = d.between(0, 2 * math.pi)
        r = near * d.between(1.08, 1.4)
        cv.circle(
            cx + r * math.cos(angle),
            cy + r * math.sin(angle),
            s * d.between(0.006, 0.014),
            cv.tint("primary", "surface", 0.3),
            0.8,
        )


def _organic_landscape(cv: Canvas) -> None:
    """Sky, a low sun, rolling hills and shrubs: the warm hero."""
    w, h, d = cv.width, cv.height, cv.dice
    sky = cv.linear("sky", [(0, cv.tint("surface", "primary", 0.16), 1), (1, cv.c("surface"), 1)])
    cv.rect(0, 0, w, h, sky)
    sun_x, sun_y = w * d.between(0.56, 0.76), h * d.between(0.22, 0.36)
    sun_r = min(w, h) * d.between(0.1, 0.15)
    cv.circle(sun_x, sun_y, sun_r * 2.6, cv.radial("glow", cv.c("primary"), 0.3))
    cv.circle(sun_x, sun_y, sun_r, cv.tint("primary", "surface", 0.35))
    layers = (("accent", 0.6, 0.6, 0.5), ("primary", 0.35, 0.7, 0.8), ("inverse", 0.15, 0.84, 0.95))
    for i, (name, fade, base, opacity) in enumerate(layers):
        colour = cv.tint(name, "surface", fade)
        cv.path(hill_path(w, h, h * base, h * 0.06 * (1 + i * 0.3), d), colour, opacity)
    for _ in range(3):
        cv.path(
            blob_path(
                w * d.between(0.16, 0.48),
                h * d.between(0.62, 0.78),
                min(w, h) * d.between(0.05, 0.09),
                d,
            ),
            cv.tint("accent", "primary", d.between(0, 0.4)),
            0.9,
        )
    for _ in range(14):
        cv.circle(
            w * d.unit(), h * d.unit(), min(w, h) * d.between(0.003, 0.008), cv.c("surface"), 0.6
        )


def _organic_blobs(cv: Canvas) -> None:
    """Two overlapping soft shapes under a warm sun."""
    w, h, d = cv.width, cv.height, cv.dice
    sky = cv.linear("sky", [(0, cv.tint("surface", "primary", 0.16), 1), (1, cv.c("surface"), 1)])
    cv.rect(0, 0, w, h, sky)
    cv.circle(w * 0.68, h * 0.3, min(w, h) * 0.3, cv.radial("glow", cv.c("primary"), 0.3))
    cv.circle(w * 0.68, h * 0.3, min(w, h) * 0.11, cv.tint("primary", "surface", 0.35))
    cx, cy = w * d.between(0.38, 0.5), h * d.between(0.52, 0.6)
    big = min(w, h) * d.between(0.24, 0.3)
    cv.path(blob_path(cx, cy, big, d, 8), cv.tint("primary", "surface", 0.08), 0.95)
    cv.path(
        blob_path(cx + big * 0.6, cy + big * 0.3, big * 0.5, d),
        cv.tint("accent", "surface", 0.1),
        0.9,
    )
    cv.path(hill_path(w, h, h * 0.88, h * 0.03, d), cv.tint("inverse", "surface", 0.25))


def _organic_plate(cv: Canvas) -> None:
    """A plate seen from above, something good on it, crumbs around."""
    s, d = _table(cv), cv.dice
    cx, cy = cv.width * d.between(0.45, 0.55), cv.height * d.between(0.45, 0.55)
    plate = s * d.between(0.26, 0.3)
    cv.circle(cx + s * 0.03, cy + s * 0.04, plate, cv.c("inverse"), 0.12)
    cv.circle(cx, cy, plate, cv.c("surface"))
    cv.circle(
        cx,
        cy,
        plate * 0.82,
        "none",
        0.6,
        extra=f' stroke="{cv.c("border")}" stroke-width="{_n(s / 160)}"',
    )
    cv.path(
        blob_path(cx, cy, plate * d.between(0.5, 0.62), d, 9),
        cv.tint("primary", "inverse", d.between(0, 0.35)),
    )
    cv.path(blob_path(cx - plate * 0.15, cy - plate * 0.15, plate * 0.2, d), cv.c("surface"), 0.25)
    _crumbs(cv, cx, cy, plate)


def _organic_loaf(cv: Canvas) -> None:
    """A long loaf on the table with its scored crust."""
    s, d = _table(cv), cv.dice
    cx, cy = cv.width / 2, cv.height / 2
    angle = d.between(-28, 28)
    rx, ry = s * d.between(0.3, 0.34), s * d.between(0.15, 0.19)
    rot = f' transform="rotate({_n(angle)} {_n(cx)} {_n(cy)})"'
    cv.ellipse(cx + s * 0.025, cy + s * 0.035, rx, ry, cv.c("inverse"), 0.14, rot)
    cv.ellipse(cx, cy, rx, ry, cv.tint("primary", "inverse", d.between(0.05, 0.3)), 1, rot)
    crust = cv.tint("primary", "surface", 0.45)
    cuts = " ".join(
        f"M{_n(cx + k * rx * 0.45 - rx * 0.12)} {_n(cy - ry * 0.5)}"
        f"Q{_n(cx + k * rx * 0.45 + rx * 0.05)} {_n(cy)} {_n(cx + k * rx * 0.45 - rx * 0.1)} "
        f"{_n(cy + ry * 0.5)}"
        for k in (-1, 0, 1)
    )
    cv.path(
        cuts, extra=f' stroke="{crust}" stroke-width="{_n(s / 70)}" stroke-linecap="round"{rot}'
    )
    _crumbs(cv, cx, cy, rx * 0.9, 12)


def _organic_cup(cv: Canvas) -> None:
    """A cup on its saucer from above, with something small beside it."""
    s, d = _table(cv), cv.dice
    cx, cy = cv.width * 0.46, cv.height * 0.48
    cv.circle(cx + s * 0.02, cy + s * 0.03, s * 0.24, cv.c("inverse"), 0.12)
    cv.circle(cx, cy, s * 0.24, cv.c("surface"))
    cv.circle(cx, cy, s * 0.15, cv.tint("surface", "border", 0.5))
    cv.rect(
        cx + s * 0.13, cy - s * 0.03, s * 0.1, s * 0.06, cv.tint("surface", "border", 0.5), s * 0.03
    )
    cv.circle(cx, cy, s * 0.125, cv.tint("inverse", "primary", 0.35))
    cv.path(blob_path(cx, cy, s * 0.05, d, 6), cv.c("surface"), 0.75)
    bx, by = cx + s * d.between(0.24, 0.3), cy + s * d.between(0.18, 0.26)
    cv.path(blob_path(bx, by, s * 0.08, d, 7), cv.tint("primary", "inverse", 0.2))


def _organic_sprig(cv: Canvas) -> None:
    """A leafy sprig in a round pot against a soft wall: calm, living, fits any business."""
    w, h, d = cv.width, cv.height, cv.dice
    s = min(w, h)
    wall = cv.linear("wall", [(0, cv.tint("surface", "accent", 0.1), 1), (1, cv.c("surface"), 1)])
    cv.rect(0, 0, w, h, wall)
    cv.circle(w * 0.72, h * 0.3, s * 0.32, cv.radial("glow", cv.c("primary"), 0.22))
    cx, ground = w * d.between(0.42, 0.58), h * 0.8
    cv.rect(0, ground, w, h - ground, cv.tint("inverse", "surface", 0.82))
    pot_w, pot_h = s * 0.26, s * 0.2
    cv.path(
        f"M{_n(cx - pot_w / 2)} {_n(ground - pot_h)}H{_n(cx + pot_w / 2)}"
        f"L{_n(cx + pot_w * 0.38)} {_n(ground)}H{_n(cx - pot_w * 0.38)}Z",
        cv.tint("primary", "inverse", 0.15),
    )
    stem_top = ground - pot_h - s * d.between(0.34, 0.42)
    cv.path(
        f"M{_n(cx)} {_n(ground - pot_h)}Q{_n(cx + s * 0.04)} {_n((ground + stem_top) / 2)} "
        f"{_n(cx)} {_n(stem_top)}",
        extra=f' stroke="{cv.tint("accent", "inverse", 0.4)}" stroke-width="{_n(s / 90)}"',
    )
    for i in range(5):
        t = 0.2 + i * 0.17
        y = ground - pot_h - (ground - pot_h - stem_top) * t
        side = 1 if i % 2 else -1
        leaf = s * d.between(0.07, 0.1) * (1.1 - t * 0.4)
        lx = cx + side * leaf * 0.9
        cv.ellipse(
            lx,
            y,
            leaf,
            leaf * 0.42,
            cv.tint("accent", "primary", d.between(0, 0.3)),
            0.95,
            f' transform="rotate({_n(side * -30)} {_n(lx)} {_n(y)})"',
        )


def _organic_pebbles(cv: Canvas) -> None:
    """Smooth stones balanced in a stack by still water: quiet, steady, cared for."""
    w, h, d = cv.width, cv.height, cv.dice
    s = min(w, h)
    sky = cv.linear("sky", [(0, cv.tint("surface", "primary", 0.12), 1), (1, cv.c("surface"), 1)])
    cv.rect(0, 0, w, h, sky)
    water = h * 0.72
    cv.rect(0, water, w, h - water, cv.tint("accent", "surface", 0.55))
    cx, y = w * d.between(0.4, 0.6), water
    for i, (name, weight) in enumerate((("inverse", 0.3), ("primary", 0.2), ("accent", 0.1))):
        rx = s * (0.2 - i * 0.045) * d.between(0.9, 1.1)
        ry = rx * d.between(0.34, 0.42)
        y -= ry * (1.0 if i == 0 else 1.8)
        cv.ellipse(cx, y, rx, ry, cv.tint(name, "surface", weight))
        cv.ellipse(cx - rx * 0.3, y - ry * 0.35, rx * 0.35, ry * 0.25, cv.c("surface"), 0.25)
    ripples = " ".join(
        f"M{_n(cx - s * r)} {_n(water + s * r * 0.12)}H{_n(cx + s * r)}" for r in (0.3, 0.45)
    )
    cv.path(ripples, extra=f' stroke="{cv.c("surface")}" stroke-width="{_n(s / 160)}"')


def draw_organic(cv: Canvas) -> None:
    """Soft blobs, a low sun, leaves and stones: warm, calm and natural briefs of any trade."""
    if cv.role == artifacts_pb2.IMAGE_ROLE_HERO:
        _draw(cv, _organic_landscape)
    elif cv.role == artifacts_pb2.IMAGE_ROLE_GALLERY:
        _scene(cv, (_organic_sprig, _organic_pebbles, _organic_blobs))
    else:
        _scene(cv, (_organic_blobs, _organic_sprig, _organic_pebbles))


def draw_kitchen(cv: Canvas) -> None:
    """The organic look with food on the table: plates, loaves and cups, for food trades only."""
    if cv.role == artifacts_pb2.IMAGE_ROLE_HERO:
        _draw(cv, _organic_landscape)
    elif cv.role == artifacts_pb2.IMAGE_ROLE_GALLERY:
        _scene(cv, (_organic_plate, _organic_loaf, _organic_cup))
    else:
        _scene(cv, (_organic_blobs, _organic_cup, _organic_loaf, _organic_plate))


def _grid(cv: Canvas) -> None:
    w, h = cv.width, cv.height
    cv.rect(
        0, 0, w, h, cv.linear("bg", [(0, cv.c("surface"), 1), (1, cv.c("surface-alt"), 1)], 120)
    )
    step = min(w, h) / 8
    lines = [f"M{_n(x)} 0V{_n(h)}" for x in _range(step, w, step)]
    lines += [f"M0 {_n(y)}H{_n(w)}" for y in _range(step, h, step)]
    cv.path(" ".join(lines), extra=f' stroke="{cv.c("border")}" stroke-width="1"')


def _arch_skyline(cv: Canvas) -> None:
    """Tall columns with lit windows, a dark ground and a gold circle."""
    w, h, d = cv.width, cv.height, cv.dice
    count = 7 if cv.role == artifacts_pb2.IMAGE_ROLE_HERO else 4
    col_w = w * 0.7 / (count * 1.55)
    x = w * d.between(0.15, 0.18)
    horizon = h * 0.84
    for i in range(count):
        height = h * d.between(0.25, 0.62)
        name = ("primary", "inverse")[i % 2]
        cv.rect(x, horizon - height, col_w, height, cv.tint(name, "surface", 0.12 * (i % 3)))
        for row in _range(horizon - height + col_w * 0.6, horizon - col_w * 0.3, col_w * 0.7):
            cv.rect(x + col_w * 0.25, row, col_w * 0.5, col_w * 0.18, cv.c("surface"), 0, 0.35)
        x += col_w * d.between(1.3, 1.7)
    cv.rect(0, horizon, w, h - horizon, cv.c("inverse"))
    arc_r = min(w, h) * d.between(0.2, 0.26)
    cx, cy = w * d.between(0.6, 0.72), h * d.between(0.3, 0.42)
    stroke = f' stroke="{cv.c("accent")}" stroke-width="{_n(max(2, w / 400))}"'
    cv.circle(cx, cy, arc_r, "none", extra=stroke)
    cv.path(f"M{_n(cx - arc_r * 1.2)} {_n(cy + arc_r * 1.4)}H{_n(cx + arc_r * 1.4)}", extra=stroke)


def _arch_documents(cv: Canvas) -> None:
    """Stacked papers with ruled lines and a gold seal."""
    w, h, d = cv.width, cv.height, cv.dice
    s = min(w, h)
    pw, ph = s * 0.5, s * 0.64
    cx, cy = w / 2, h / 2
    for i, angle in enumerate((-7.0, 4.0, 0.0)):
        rot = f' transform="rotate({_n(angle + d.between(-2, 2))} {_n(cx)} {_n(cy)})"'
        fill = cv.c("surface") if i == 2 else cv.tint("surface", "border", 0.4)
        cv.rect(
            cx - pw / 2,
            cy - ph / 2,
            pw,
            ph,
            fill,
            s * 0.01,
            1,
            f' stroke="{cv.c("border")}" stroke-width="1"{rot}',
        )
    lines = [
        f"M{_n(cx - pw * 0.36)} {_n(y)}H{_n(cx + pw * (0.36 - 0.3 * d.unit()))}"
        for y in _range(cy - ph * 0.3, cy + ph * 0.2, ph * 0.075)
    ]
    cv.path(
        " ".join(lines),
        extra=f' stroke="{cv.c("muted-text")}" stroke-width="{_n(s / 120)}" opacity="0.5"',
    )
    cv.rect(cx - pw * 0.36, cy - ph * 0.4, pw * 0.4, ph * 0.05, cv.c("primary"))
    cv.circle(cx + pw * 0.26, cy + ph * 0.32, s * 0.06, cv.c("accent"))
    cv.circle(
        cx + pw * 0.26,
        cy + ph * 0.32,
        s * 0.045,
        "none",
        extra=f' stroke="{cv.c("surface")}" stroke-width="{_n(s / 200)}"',
    )


def _arch_colonnade(cv: Canvas) -> None:
    """A row of arches on a plinth: order, proportion, permanence."""
    w, h, d = cv.width, cv.height, cv.dice
    count = 4 + d.index(2)
    bay = w * 0.7 / count
    r = bay * 0.32
    base, top = h * 0.8, h * d.between(0.28, 0.36)
    cv.rect(w * 0.12, top - r * 1.6, w * 0.76, base - top + r * 1.6, cv.c("primary"))
    arches = []
    for i in range(count):
        x = w * 0.15 + i * bay + (bay - 2 * r) / 2
        arches.append(
            f"M{_n(x)} {_n(base)}V{_n(top + r)}A{_n(r)} {_n(r)} 0 0 1 {_n(x + 2 * r)} "
            f"{_n(top + r)}V{_n(base)}Z"
        )
    cv.path(" ".join(arches), cv.tint("surface", "accent", 0.12))
    cv.rect(w * 0.1, base, w * 0.8, h * 0.05, cv.c("inverse"))
    cv.path(
        f"M{_n(w * 0.12)} {_n(top - r * 1.6)}H{_n(w * 0.88)}",
        extra=f' stroke="{cv.c("accent")}" stroke-width="{_n(max(2, w / 300))}"',
    )


def draw_architectural(cv: Canvas) -> None:
    """A strict grid with columns, papers or arches: sober, professional briefs."""
    _grid(cv)
    if cv.role == artifacts_pb2.IMAGE_ROLE_HERO:
        _arch_skyline(cv)
    else:
        _scene(cv, (_arch_documents, _arch_colonnade, _arch_skyline))


def _dark_grid(cv: Canvas) -> None:
    w, h = cv.width, cv.height
    cv.rect(0, 0, w, h, cv.c("inverse"))
    pid = f"{cv.prefix}-dots"
    gap = max(16.0, min(w, h) / 24)
    cv.defs.append(
        f'<pattern id="{pid}" width="{_n(gap)}" height="{_n(gap)}" '
        f'patternUnits="userSpaceOnUse"><circle cx="1.5" cy="1.5" r="1.5" '
        f'fill="{cv.c("on-inverse")}" opacity="0.14"/></pattern>'
    )
    cv.rect(0, 0, w, h, f"url(#{pid})")
    cv.circle(w * 0.65, h * 0.35, min(w, h) * 0.6, cv.radial("glow", cv.c("primary"), 0.45))


def _code_window(cv: Canvas, x0: float, y0: float, win_w: float, win_h: float) -> None:
    """An editor window with three dots and coloured lines of code."""
    d = cv.dice
    cv.rect(
        x0,
        y0,
        win_w,
        win_h,
        cv.tint("inverse", "surface", 0.5),
        min(win_w, win_h) * 0.03,
        0.95,
        f' stroke="{cv.c("border")}" stroke-width="1"',
    )
    bar = win_h * 0.09
    for i, name in enumerate(("accent", "primary", "muted-text")):
        cv.circle(x0 + bar * (0.7 + i * 0.6), y0 + bar / 2, bar * 0.18, cv.c(name))
    line_h = win_h * 0.045
    y = y0 + bar * 1.6
    indent = 0.0
    while y < y0 + win_h - line_h * 2:
        indent = max(0.0, min(3.0, indent + (d.index(3) - 1)))
        x = x0 + win_w * (0.06 + 0.05 * indent)
        for _ in range(1 + d.index(3)):
            seg = win_w * d.between(0.08, 0.24)
            if x + seg > x0 + win_w * 0.94:
                break
            name = ("primary", "accent", "muted-text", "on-inverse")[d.index(4)]
            cv.rect(x, y, seg, line_h, cv.c(name), line_h / 2, 0.85)
            x += seg + win_w * 0.025
        y += line_h * 2.1


def _waterfall(cv: Canvas, x0: float, top: float, span_w: float, row: float, rows: int) -> None:
    """Nested request timings: the picture of a trace."""
    d = cv.dice
    start, length = 0.0, 1.0
    for i in range(rows):
        name = ("primary", "accent", "link")[i % 3]
        cv.rect(
            x0 + span_w * start,
            top + i * row,
            span_w * length,
            row * 0.62,
            cv.c(name),
            row * 0.12,
            0.9,
        )
        start += length * d.between(0.05, 0.3)
        length *= d.between(0.55, 0.9)
        if start + length > 1:
            start, length = d.between(0.1, 0.5), d.between(0.2, 0.45)


def _term_hero(cv: Canvas) -> None:
    w, h = cv.width, cv.height
    # Everything inside the middle 72%, so a 4:3 crop of the 16:9 hero loses nothing.
    _code_window(cv, w * 0.15, h * 0.15, w * 0.36, h * 0.7)
    _waterfall(cv, w * 0.55, h * 0.2, w * 0.3, h * 0.075, 7)


def _term_window(cv: Canvas) -> None:
    _code_window(cv, cv.width * 0.14, cv.height * 0.14, cv.width * 0.72, cv.height * 0.72)


def _term_chart(cv: Canvas) -> None:
    """A latency chart: axes, a filled line and its peaks."""
    w, h, d = cv.width, cv.height, cv.dice
    left, right, top, bottom = w * 0.14, w * 0.86, h * 0.2, h * 0.8
    grid = [f"M{_n(left)} {_n(y)}H{_n(right)}" for y in _range(top, bottom + 1, (bottom - top) / 4)]
    cv.path(" ".join(grid), extra=f' stroke="{cv.c("on-inverse")}" stroke-width="1" opacity="0.15"')
    points = []
    for i in range(13):
        x = left + (right - left) * i / 12
        points.append((x, bottom - (bottom - top) * d.between(0.15, 0.9)))
    line = "M" + " L".join(f"{_n(x)} {_n(y)}" for x, y in points)
    fill = cv.linear("area", [(0, cv.c("primary"), 0.55), (1, cv.c("primary"), 0)], 90)
    cv.path(f"{line} L{_n(right)} {_n(bottom)} L{_n(left)} {_n(bottom)}Z", fill)
    cv.path(
        line,
        extra=f' stroke="{cv.c("accent")}" stroke-width="{_n(min(w, h) / 150)}" '
        f'stroke-linejoin="round"',
    )
    peak = min(points, key=lambda p: p[1])
    cv.circle(peak[0], peak[1], min(w, h) * 0.018, cv.c("accent"))


def _term_map(cv: Canvas) -> None:
    """A service map: nodes, their calls, one hot path."""
    w, h, d = cv.width, cv.height, cv.dice
    s = min(w, h)
    nodes = [
        (
            w * (0.2 + 0.2 * col) + s * d.between(-0.04, 0.04),
            h * (0.28 + 0.22 * row) + s * d.between(-0.04, 0.04),
        )
        for row in range(3)
        for col in range(4)
        if d.unit() > 0.25
    ] or [(w / 2, h / 2)]
    edges = " ".join(
        f"M{_n(a[0])} {_n(a[1])}L{_n(b[0])} {_n(b[1])}" for a, b in itertools.pairwise(nodes)
    )
    cv.path(
        edges, extra=f' stroke="{cv.c("on-inverse")}" stroke-width="{_n(s / 300)}" opacity="0.35"'
    )
    hot = nodes[: max(2, len(nodes) // 2)]
    cv.path(
        "M" + " L".join(f"{_n(x)} {_n(y)}" for x, y in hot),
        extra=f' stroke="{cv.c("accent")}" stroke-width="{_n(s / 110)}"',
    )
    for i, (x, y) in enumerate(nodes):
        name = "accent" if i < len(hot) else "primary"
        cv.circle(
            x,
            y,
            s * 0.045,
            cv.tint("inverse", "surface", 0.4),
            1,
            f' stroke="{cv.c(name)}" stroke-width="{_n(s / 160)}"',
        )


def _term_trace(cv: Canvas) -> None:
    _waterfall(cv, cv.width * 0.14, cv.height * 0.16, cv.width * 0.72, cv.height * 0.09, 8)


def draw_terminal(cv: Canvas) -> None:
    """A dot grid with code, charts, maps and traces: technical and software briefs."""
    _dark_grid(cv)
    if cv.role == artifacts_pb2.IMAGE_ROLE_HERO:
        _term_hero(cv)
    else:
        _scene(cv, (_term_window, _term_chart, _term_map, _term_trace))


def draw_geometric(cv: Canvas) -> None:
    """Big circles, triangles and a squiggle: playful, bold and creative briefs."""
    w, h, d = cv.width, cv.height, cv.dice
    cv.rect(0, 0, w, h, cv.c("surface-alt"))
    s = min(w, h)
    shapes: list[Callable[[float, float, float, str], None]] = [
        lambda x, y, r, col: cv.circle(x, y, r, col),
        lambda x, y, r, col: cv.path(
            f"M{_n(x - r)} {_n(y + r)}L{_n(x)} {_n(y - r)}L{_n(x + r)} {_n(y + r)}Z", col
        ),
        lambda x, y, r, col: cv.path(
            f"M{_n(x - r)} {_n(y)}A{_n(r)} {_n(r)} 0 0 1 {_n(x + r)} {_n(y)}Z", col
        ),
        lambda x, y, r, col: cv.rect(x - r, y - r, r * 2, r * 2, col, r * 0.3),
    ]
    count = 6 if cv.role == artifacts_pb2.IMAGE_ROLE_HERO else 4
    names = ("primary", "accent", "inverse", "link")
    for i in range(count):
        shape = shapes[d.index(len(shapes))]
        r = s * d.between(0.1, 0.24)
        shape(w * d.between(0.1, 0.9), h * d.between(0.15, 0.85), r, cv.c(names[i % 4]))
    amp, y = s * 0.04, h * d.between(0.3, 0.7)
    waves = " ".join(
        f"Q{_n(x + w / 24)} {_n(y + (amp if k % 2 else -amp))} {_n(x + w / 12)} {_n(y)}"
        for k, x in enumerate(_range(w * 0.1, w * 0.85, w / 12))
    )
    cv.path(
        f"M{_n(w * 0.1)} {_n(y)} {waves}",
        extra=f' stroke="{cv.c("text")}" stroke-width="{_n(s * 0.015)}" stroke-linecap="round"',
    )
    for _ in range(10):
        cv.circle(w * d.unit(), h * d.unit(), s * 0.012, cv.c(names[d.index(4)]))


def _luxe_ground(cv: Canvas) -> None:
    cv.rect(
        0,
        0,
        cv.width,
        cv.height,
        cv.linear("bg", [(0, cv.c("inverse"), 1), (1, cv.c("surface"), 1)], 60),
    )


def _gold_stroke(cv: Canvas, scale: float = 500) -> str:
    return (
        f' stroke="{cv.c("accent")}" stroke-width="{_n(max(1, min(cv.width, cv.height) / scale))}"'
    )


def _luxe_rings(cv: Canvas) -> None:
    """Concentric gold rings around a single facet."""
    w, h, d = cv.width, cv.height, cv.dice
    cx, cy = w * d.between(0.5, 0.66), h * d.between(0.42, 0.58)
    s = min(w, h)
    for i in range(7):
        cv.circle(cx, cy, s * (0.12 + i * 0.07), "none", 0.85 - i * 0.1, _gold_stroke(cv))
    fr = s * d.between(0.12, 0.18)
    cv.path(
        f"M{_n(cx)} {_n(cy - fr)}L{_n(cx + fr * 0.7)} {_n(cy)}L{_n(cx)} {_n(cy + fr)}"
        f"L{_n(cx - fr * 0.7)} {_n(cy)}Z",
        cv.tint("accent", "surface", 0.2),
        0.9,
    )
    cv.circle(cx, cy, s * 0.5, cv.radial("glow", cv.c("accent"), 0.18))
    cv.path(f"M{_n(w * 0.16)} {_n(h * 0.84)}H{_n(w * 0.42)}", extra=_gold_stroke(cv, 600))


def _luxe_arch(cv: Canvas) -> None:
    """A tall arched window framing a low sun over still water."""
    w, h, d = cv.width, cv.height, cv.dice
    s = min(w, h)
    aw, ah = s * 0.44, s * 0.74
    x0, base = w / 2 - aw / 2, h / 2 + ah / 2
    r = aw / 2
    arch = (
        f"M{_n(x0)} {_n(base)}V{_n(base - ah + r)}A{_n(r)} {_n(r)} 0 0 1 {_n(x0 + aw)} "
        f"{_n(base - ah + r)}V{_n(base)}Z"
    )
    cv.path(arch, cv.tint("inverse", "accent", 0.12))
    sun_y = base - ah * d.between(0.38, 0.5)
    cv.circle(w / 2, sun_y, r * 0.45, cv.tint("accent", "surface", 0.15))
    lines = " ".join(
        f"M{_n(w / 2 - r * k)} {_n(sun_y + r * (0.6 + i * 0.16))}H{_n(w / 2 + r * k)}"
        for i, k in enumerate((0.8, 0.6, 0.45, 0.3))
    )
    cv.path(lines, extra=_gold_stroke(cv, 400) + ' opacity="0.7"')
    cv.path(arch, extra=_gold_stroke(cv, 250))


def _luxe_facets(cv: Canvas) -> None:
    """A cluster of cut facets catching the light."""
    w, h, d = cv.width, cv.height, cv.dice
    s = min(w, h)
    cv.circle(w / 2, h / 2, s * 0.45, cv.radial("glow", cv.c("accent"), 0.2))
    for i in range(5):
        cx, cy = w / 2 + s * d.between(-0.22, 0.22), h / 2 + s * d.between(-0.2, 0.2)
        fr = s * d.between(0.08, 0.16)
        shade = cv.tint("accent", "surface", 0.1 + 0.12 * i)
        cv.path(
            f"M{_n(cx)} {_n(cy - fr)}L{_n(cx + fr * 0.7)} {_n(cy)}L{_n(cx)} {_n(cy + fr)}"
            f"L{_n(cx - fr * 0.7)} {_n(cy)}Z",
            shade,
            0.9,
            _gold_stroke(cv, 700),
        )


def draw_luxe(cv: Canvas) -> None:
    """A deep gradient, gold rings, arches and facets: refined, luxurious briefs."""
    _luxe_ground(cv)
    if cv.role == artifacts_pb2.IMAGE_ROLE_HERO:
        _luxe_rings(cv)
    else:
        _scene(cv, (_luxe_arch, _luxe_facets, _luxe_rings))


MOTIFS: dict[str, Callable[[Canvas], None]] = {
    "organic": draw_organic,
    "kitchen": draw_kitchen,
    "architectural": draw_architectural,
    "terminal": draw_terminal,
    "geometric": draw_geometric,
    "luxe": draw_luxe,
}

# The tone decides the motif; an unspecified tone falls back to the sector's.
TONE_MOTIFS: dict[str, str] = {
    "warm": "organic",
    "calm": "organic",
    "professional": "architectural",
    "technical": "terminal",
    "playful": "geometric",
    "bold": "geometric",
    "luxurious": "luxe",
}
SECTOR_MOTIFS: dict[str, str] = {
    "software": "terminal",
    "legal": "architectural",
    "finance": "architectural",
    "creative": "geometric",
    "retail": "geometric",
    "fitness": "geometric",
}


# Scenes that show food, and the sectors allowed them: a dentist or a charity never gets bread.
FOOD_SCENES = frozenset({"organic_plate", "organic_loaf", "organic_cup"})
FOOD_SECTORS = frozenset({"food", "cafe", "street_food", "bakery", "restaurant"})
# Code windows and charts say "software"; another technical brief gets the strict grid.
SOFTWARE_SECTORS = frozenset({"software"})


def motif_for(p: BriefProfile) -> str:
    """The motif family of a brief: tone first, then sector, then organic; the organic look
    sets food on the table only for a food, café or street-food business."""
    motif = TONE_MOTIFS.get(p.tone.key) or SECTOR_MOTIFS.get(p.sector.key, "organic")
    if motif == "organic" and p.sector.key in FOOD_SECTORS:
        return "kitchen"
    if motif == "terminal" and p.sector.key not in SOFTWARE_SECTORS:
        return "architectural"
    return motif


def _range(start: float, stop: float, step: float) -> list[float]:
    values: list[float] = []
    x = start
    while x < stop and len(values) < 200:
        values.append(x)
        x += step
    return values


# --- assembly ----------------------------------------------------------------------------------


def _ordinal(image_id: str, seed: str) -> int:
    """The image's number in its set ("gallery-3" gives 2), offset per brief so two sites do
    not open their galleries on the same scene."""
    match = re.search(r"(\d+)$", image_id)
    offset = int(hashlib.sha256(seed.encode()).hexdigest()[:4], 16)
    if match:
        return int(match.group(1)) - 1 + offset
    return int(hashlib.sha256(f"{seed}{image_id}".encode()).hexdigest()[:4], 16)


def compose(req: phases_pb2.GenerateImageRequest) -> Canvas:
    """The drawn canvas of one image-plan item: its SVG body and the scenes it shows."""
    spec = req.image
    p = profile(req.brief)
    width, height = image_size(spec)
    slug = safe_slug(spec.id, "image")
    canvas = Canvas(
        width=width,
        height=height,
        colors=palette_colors(req.style_system),
        dice=Dice(p.seed, spec.id, spec.prompt),
        prefix=f"sf-{slug}",
        role=spec.role or artifacts_pb2.IMAGE_ROLE_ILLUSTRATION,
        ordinal=_ordinal(spec.id, p.seed),
    )
    MOTIFS[motif_for(p)](canvas)
    return canvas


def render_image(req: phases_pb2.GenerateImageRequest) -> artifacts_pb2.GeneratedImage:
    """An SVG for one image-plan item, drawn in the style system's colours."""
    return svg_image(req.image, compose(req))
