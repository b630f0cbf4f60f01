"""SVG made safe to publish: an SVG opened on its own runs in the site's origin, so every one a
site carries is parsed as XML by an allow-list sanitiser (Cloudflare's svg-hush) that keeps
drawing elements and presentation attributes and drops scripts, event handlers, foreign
content, entities and links to other documents. What it cannot parse is refused, not patched."""

from __future__ import annotations

import re

from py_svg_hush import filter_svg

# Raster images an SVG may embed as data: URLs (they cannot script); any other data: URL goes.
_EMBEDDED_IMAGES = {"image": ["png", "jpeg", "webp", "gif"]}
_XML_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>'
_SVG_ROOT = b'<svg xmlns="http://www.w3.org/2000/svg"'
_SCRIPT_URL = re.compile(rb"(?:java|vb)script\s*:|data\s*:\s*text/", re.IGNORECASE)


class UnsafeSvg(ValueError):
    """The bytes are not an SVG this sanitiser can make safe."""


def sanitised_svg(data: bytes, max_bytes: int) -> bytes:
    """The SVG as the allow-list leaves it (UTF-8, no XML declaration), or UnsafeSvg."""
    if len(data) > max_bytes:
        raise UnsafeSvg(f"the SVG is {len(data)} bytes, more than {max_bytes}")
    try:
        clean = filter_svg(data, _EMBEDDED_IMAGES)
    except ValueError:  # not well-formed XML, an unknown encoding, nesting past its limit
        raise UnsafeSvg("not a well-formed SVG document") from None
    clean = clean.removeprefix(_XML_DECLARATION).lstrip()
    # The root must be an SVG element of the SVG namespace: anything else is no image.
    if not clean.startswith(_SVG_ROOT):
        raise UnsafeSvg("its root is not an <svg> element of the SVG namespace")
    # The allow-list leaves an animation's values (`to="javascript:..."`) once it has dropped
    # what they would set; a document still naming a script URL is refused all the same.
    if _SCRIPT_URL.search(clean):
        raise UnsafeSvg("it names a script URL")
    return clean
