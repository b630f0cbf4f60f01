"""Which of the offline provider's languages a text is written in, by lingua: what the tests of
offline copy ask of every page and sentence."""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# The offline provider's languages (services.kit.languages.OFFLINE_LANGUAGES), as lingua names them.
LINGUA = {
    "en": Language.ENGLISH,
    "de": Language.GERMAN,
    "fr": Language.FRENCH,
    "es": Language.SPANISH,
    "ar": Language.ARABIC,
}


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LINGUA.values()).build()


def written_in(text: str) -> str | None:
    """The language code (en, de, fr, es, ar) lingua reads `text` as, or None."""
    detected = _detector().detect_language_of(text)
    return next((code for code, language in LINGUA.items() if language == detected), None)
