"""Slugs and file names from untrusted text that can never leave the site folder."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MAX = 60


def safe_slug(text: str, fallback: str = "page") -> str:
    """Lowercase ASCII letters, digits and single hyphens; never empty, never a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")[:_MAX].strip("-")
    return slug or fallback


def unique_slugs(texts: Iterable[str], fallback: str = "item") -> list[str]:
    """safe_slug of each text, suffixed -2, -3, ... where two would collide."""
    seen: set[str] = set()
    slugs = []
    for text in texts:
        base = safe_slug(text, fallback)
        slug, n = base, 2
        while slug in seen:
            slug, n = f"{base}-{n}", n + 1
        seen.add(slug)
        slugs.append(slug)
    return slugs
