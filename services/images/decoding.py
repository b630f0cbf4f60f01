"""An image's bytes checked before they join a site: a raster decoded by Pillow within bounds
(format, dimensions, pixels, bytes) and re-encoded as WebP when too large for the site's share;
an SVG through the allow-list sanitiser. A header's claims are never trusted: the dimensions
returned are the decoded image's."""

from __future__ import annotations

import io
import warnings

from PIL import Image

from services.llm.tasks import RenderedImage
from services.runtime.errors import ProviderError
from services.runtime.svg import UnsafeSvg, sanitised_svg

SVG = "image/svg+xml"
# What Pillow may read, by format, and the media type each is published as.
RASTER_MEDIA_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
MAX_SIDE = 16_383  # WebP's limit, and far past any planned image
# Tried in turn when a raster is too large for the site: quality first, then size.
_WEBP_QUALITIES = (82, 68, 54)
_DOWNSCALE_STEPS = (1.0, 0.75, 0.5)


class ImageRefused(ProviderError):
    """The image cannot join the site. Not transient: the node falls back to a placeholder
    without paying for the same answer again."""


def checked_image(
    image: RenderedImage, max_bytes: int, max_pixels: int, max_input_bytes: int
) -> RenderedImage:
    """`image` as the site may carry it, or ImageRefused saying why."""
    if len(image.data) > max_input_bytes:
        raise ImageRefused(f"the image is {len(image.data)} bytes, more than {max_input_bytes}")
    if image.media_type == SVG:
        try:
            data = sanitised_svg(image.data, max_bytes)
        except UnsafeSvg as problem:
            raise ImageRefused(f"the SVG image was refused: {problem}") from None
        width, height = _side(image.width), _side(image.height)
        return RenderedImage(data, SVG, width, height)
    return _checked_raster(image.data, max_bytes, max_pixels)


def _checked_raster(data: bytes, max_bytes: int, max_pixels: int) -> RenderedImage:
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb check warns first; here its warning refuses too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=list(RASTER_MEDIA_TYPES)) as decoded:
                width, height = decoded.size
                if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
                    raise ImageRefused(f"the image claims {width}x{height} pixels")
                if width * height > max_pixels:
                    raise ImageRefused(f"the image has {width * height} pixels, over {max_pixels}")
                decoded.load()  # every pixel read: a truncated or corrupt file fails here
                media_type = RASTER_MEDIA_TYPES[str(decoded.format)]
                if len(data) <= max_bytes:
                    return RenderedImage(data, media_type, width, height)
                return _smaller_webp(decoded, max_bytes)
    except ImageRefused:
        raise
    except Exception as error:  # Pillow's decoders raise many kinds on hostile input
        raise ImageRefused(f"the image could not be decoded ({type(error).__name__})") from None


def _smaller_webp(decoded: Image.Image, max_bytes: int) -> RenderedImage:
    """The image as a WebP of at most `max_bytes`: lower quality first, then smaller."""
    has_alpha = decoded.mode in ("RGBA", "LA", "PA") or "transparency" in decoded.info
    pixels = decoded.convert("RGBA" if has_alpha else "RGB")
    for scale in _DOWNSCALE_STEPS:
        size = (max(1, round(pixels.width * scale)), max(1, round(pixels.height * scale)))
        scaled = pixels if scale == 1.0 else pixels.resize(size, Image.Resampling.LANCZOS)
        for quality in _WEBP_QUALITIES:
            out = io.BytesIO()
            scaled.save(out, "WEBP", quality=quality, method=4)
            if out.tell() <= max_bytes:
                return RenderedImage(out.getvalue(), "image/webp", scaled.width, scaled.height)
    raise ImageRefused(f"the image stays over {max_bytes} bytes even as a small WebP")


def _side(value: int) -> int:
    """A width or height as a proto's int32 takes it: within 1..MAX_SIDE."""
    return min(max(int(value), 1), MAX_SIDE)
