"""Untrusted names become safe slugs and file names in any script, never a path."""

from __future__ import annotations

import re

import pytest

from services.kit.slugs import safe_slug, unique_slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("../../x", "x"),
        ("/etc/passwd", "etc-passwd"),
        ("..\\..\\win", "win"),
        ("Café & Crème", "cafe-creme"),
        ("", "page"),
        ("....", "page"),
        ("x" * 200, "x" * 60),
    ],
)
def test_safe_slug_never_leaves_the_folder(text: str, slug: str) -> None:
    assert safe_slug(text) == slug


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Über uns", "uber-uns"),
        ("Préstamos y créditos", "prestamos-y-creditos"),
        ("Привет мир", "privet-mir"),
        ("Ελληνικά", "ellenika"),
    ],
)
def test_titles_in_any_script_are_transliterated(title: str, slug: str) -> None:
    assert safe_slug(title) == slug


def test_arabic_and_japanese_titles_give_distinct_non_empty_slugs() -> None:
    titles = ["اتصل بنا", "من نحن", "خدماتنا", "お問い合わせ"]
    slugs = [safe_slug(title) for title in titles]
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in slugs), slugs
    assert len(set(slugs)) == len(slugs)


def test_words_that_transliterate_to_nothing_get_a_stable_hashed_fallback() -> None:
    first, second = safe_slug("🍞🥐"), safe_slug("☕")
    assert re.fullmatch(r"page-[0-9a-f]{8}", first)
    assert first == safe_slug("🍞🥐") and first != second
    assert safe_slug("🍞", fallback="") == ""


def test_unique_slugs_suffix_collisions() -> None:
    assert unique_slugs(["About", "about", "ABOUT!"]) == ["about", "about-2", "about-3"]
