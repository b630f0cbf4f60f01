"""The social card (og:image): a 1200x630 JPEG of the site's name in its brand colours, drawn
with Pillow, since the big social networks do not show SVG."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from services.kit.palette import contrast_ratio

WIDTH, HEIGHT = 1200, 630
MEDIA_TYPE = "image/jpeg"

# DejaVu ships with Debian (and the container image) and covers Latin, Greek, Cyrillic,
# Hebrew and Arabic; without it Pillow's own scalable default font still draws Latin.
_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
)
_BOLD = "DejaVuSans-Bold.ttf"
_REGULAR = "DejaVuSans.ttf"
# DejaVu has no Chinese, Japanese or Korean: these are tried first for such names.
_CJK_DIRS = (
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/wqy"),
)
_CJK_BOLD = ("NotoSansCJK-Bold.ttc", "NotoSansCJKjp-Bold.otf", "wqy-zenhei.ttc")
_CJK_REGULAR = ("NotoSansCJK-Regular.ttc", "NotoSansCJKjp-Regular.otf", "wqy-zenhei.ttc")
_MARGIN = 84
_NAME_SIZES = (112, 100, 88, 76, 66, 58, 50, 44)
_DETAIL_SIZE = 40


@lru_cache(maxsize=8)
def _font_path(file_names: tuple[str, ...], folders: tuple[Path, ...]) -> str | None:
    for file_name in file_names:
        for folder in folders:
            candidate = folder / file_name
            if candidate.is_file():
                return str(candidate)
    return None


def _is_cjk(text: str) -> bool:
    return any(
        "\u3000" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af" or "\uf900" <= char <= "\ufaff"
        for char in text
    )


@lru_cache(maxsize=32)
def _font(
    file_name: str, size: int, cjk: bool = False
) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    cjk_names = _CJK_BOLD if file_name == _BOLD else _CJK_REGULAR
    path = (_font_path(cjk_names, _CJK_DIRS) if cjk else None) or _font_path(
        (file_name,), _FONT_DIRS
    )
    # Raqm shapes Arabic and orders mixed directions; without it (BASIC layout) Arabic letters
    # come out unjoined and left to right: legible to nobody, but the card still renders.
    layout = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    if path:
        return ImageFont.truetype(path, size, layout_engine=layout)
    return ImageFont.load_default(size=size)


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return (int(hex_color[1:3], 16), int(hex_color[3:5], 16), int(hex_color[5:7], 16))


def _mix(a: str, b: str, weight: float) -> tuple[int, int, int]:
    ra, rb = _rgb(a), _rgb(b)
    return (
        round(ra[0] + (rb[0] - ra[0]) * weight),
        round(ra[1] + (rb[1] - ra[1]) * weight),
        round(ra[2] + (rb[2] - ra[2]) * weight),
    )


def _text_width(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont
) -> float:
    left, _, right, _ = draw.textbbox((0, 0), text, font=font)
    return right - left


def _wrap(
    draw: ImageDraw.ImageDraw,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    width: float,
) -> list[str]:
    """Lines of whole words that fit the width; a word wider than the line breaks by character
    (scripts written without spaces, such as Japanese, take that path)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if _text_width(draw, candidate, font) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if current and _text_width(draw, current + char, font) > width:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return lines


def _fit_name(
    draw: ImageDraw.ImageDraw, name: str, width: float
) -> tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, list[str]]:
    """The largest name size whose lines fit in three rows; the smallest size, cut, else."""
    cjk = _is_cjk(name)
    for size in _NAME_SIZES:
        font = _font(_BOLD, size, cjk)
        lines = _wrap(draw, name, font, width)
        if len(lines) <= (2 if size > 66 else 3):
            return font, lines
    font = _font(_BOLD, _NAME_SIZES[-1], cjk)
    lines = _wrap(draw, name, font, width)[:3]
    lines[-1] = lines[-1].rstrip()[:-1] + "…"
    return font, lines


def render_social_card(
    name: str, detail: str, colors: dict[str, str], *, rtl: bool = False
) -> bytes:
    """The card as JPEG bytes: the name large on the brand colour, the detail (a location or a
    short tagline) smaller beneath, an accent rule; text aligned to the start of its script."""
    background, ink = colors["primary"], colors["on-primary"]
    accent = colors["accent"]
    if contrast_ratio(accent, background) < 1.6:
        # An accent close to the brand colour would vanish: the rule takes the text's colour.
        accent = ink
    image = Image.new("RGB", (WIDTH, HEIGHT), _rgb(background))
    draw = ImageDraw.Draw(image)
    # A soft disc off the end edge and a band of the inverse colour frame the words.
    disc = _mix(background, ink, 0.1)
    cx = -140 if rtl else WIDTH + 140
    draw.ellipse((cx - 420, -180, cx + 420, 660), fill=disc)
    draw.rectangle((0, HEIGHT - 28, WIDTH, HEIGHT), fill=_rgb(colors["inverse"]))
    text_width = WIDTH - 2 * _MARGIN
    name_font, name_lines = _fit_name(draw, " ".join(name.split()) or " ", text_width)
    detail_font = _font(_REGULAR, _DETAIL_SIZE, _is_cjk(detail))
    detail_lines = _wrap(draw, " ".join(detail.split()), detail_font, text_width)[:2]

    name_size = getattr(name_font, "size", _NAME_SIZES[-1])
    name_step = round(name_size * 1.18)
    block = len(name_lines) * name_step + 56 + len(detail_lines) * round(_DETAIL_SIZE * 1.35)
    top = max(_MARGIN, (HEIGHT - 28 - block) // 2)
    anchor = "ra" if rtl else "la"
    x = WIDTH - _MARGIN if rtl else _MARGIN
    direction = "rtl" if rtl and features.check("raqm") else None
    y = top
    for line in name_lines:
        draw.text((x, y), line, font=name_font, fill=_rgb(ink), anchor=anchor, direction=direction)
        y += name_step
    rule_y = y + 18
    rule = (x - 120, rule_y, x, rule_y + 8) if rtl else (x, rule_y, x + 120, rule_y + 8)
    draw.rectangle(rule, fill=_rgb(accent))
    y = rule_y + 38
    for line in detail_lines:
        draw.text(
            (x, y), line, font=detail_font, fill=_rgb(ink), anchor=anchor, direction=direction
        )
        y += round(_DETAIL_SIZE * 1.35)
    out = io.BytesIO()
    # JPEG, the format every network's card accepts: it encodes in a third of PNG's time (the
    # card is drawn while the site is assembled, after the last page, so every job waits for
    # it), and with full-resolution colour (4:4:4) the letters keep crisp edges (about 70 kB).
    image.save(out, format="JPEG", quality=90, subsampling=0)
    return out.getvalue()
