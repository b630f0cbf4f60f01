"""Which language a brief asks for, how it is named, which way it runs, and who writes it."""

from __future__ import annotations

from functools import lru_cache

import langcodes

# The languages the offline provider has real copy for (services/kit/words/<code>.py).
OFFLINE_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "ar")
DEFAULT_LANGUAGE = "en"

# Written right to left (the document gets dir="rtl"), whichever provider writes them.
RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv"})


def language_tag(tag: str) -> str:
    """The brief's tag, normalised (`de-at` -> `de-AT`); English when empty or unreadable."""
    tag = tag.strip()
    if not tag:
        return DEFAULT_LANGUAGE
    try:
        return str(langcodes.standardize_tag(tag))
    except (ValueError, langcodes.tag_parser.LanguageTagError):
        return DEFAULT_LANGUAGE


def primary_language(tag: str) -> str:
    """The language subtag alone: `de-AT` -> `de`, `zh-Hant-TW` -> `zh`."""
    return language_tag(tag).split("-")[0].lower()


def is_rtl(tag: str) -> bool:
    """True for a language written right to left (Arabic, Hebrew, Persian, Urdu, ...)."""
    return primary_language(tag) in RTL_LANGUAGES


def offline_language(tag: str) -> str | None:
    """The offline language that writes `tag` (a regional tag falls back to its language),
    or None when the offline provider cannot write it."""
    code = primary_language(tag)
    return code if code in OFFLINE_LANGUAGES else None


@lru_cache(maxsize=256)
def language_name(tag: str) -> str:
    """The language in English words, with its tag: `German (de)`, `German (Austria) (de-AT)`.

    Model prompts say this, so the model is told the language in words, not only as a code."""
    normalised = language_tag(tag)
    try:
        name = langcodes.Language.get(normalised).display_name("en")
    except (ValueError, LookupError):
        name = normalised
    return f"{name} ({normalised})"


def offline_languages_text() -> str:
    """`en (English), de (German), ...`: for messages that say what the offline provider writes."""
    return ", ".join(f"{code} ({language_name(code).split(' (')[0]})" for code in OFFLINE_LANGUAGES)
