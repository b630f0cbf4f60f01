"""Slugs and file names from untrusted text in any script that can never leave the site folder."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from slugify import slugify

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MAX = 60


def _has_words(text: str) -> bool:
    """True when the text holds a letter, digit or symbol of any script, not only punctuation."""
    return any(unicodedata.category(char)[0] in "LNS" for char in text)


# Pure and called for every link of every page: transliteration is worth remembering.
@lru_cache(maxsize=4096)
def safe_slug(text: str, fallback: str = "page") -> str:
    """Lowercase ASCII letters, digits and single hyphens; never a path.

    Any script is transliterated ("Über uns" -> "uber-uns", "اتصل بنا" -> "tsl-bn"); words
    that leave nothing behind (emoji, say) get `<fallback>-<hash>`, stable and distinct per
    text, and text without words gets the fallback itself."""
    text = text or ""
    transliterated = slugify(text, max_length=_MAX * 2, word_boundary=False, lowercase=True)
    # slugify already yields [a-z0-9-]; the second pass makes that a guarantee, not a hope.
    slug = _NOT_SLUG.sub("-", transliterated).strip("-")[:_MAX].strip("-")
    if slug or not fallback:
        return slug
    if _has_words(text):
        digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:8]
        return f"{fallback}-{digest}"
    return fallback


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
