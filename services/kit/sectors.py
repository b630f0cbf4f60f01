"""Which kind of business a brief describes, in any offline language; the industry decides first."""

from __future__ import annotations

import re
from functools import lru_cache

from sitefarm.v1 import brief_pb2

from services.kit.languages import OFFLINE_LANGUAGES
from services.kit.phrasebook import SECTORS, phrasebook

# English stems that name a sector whatever the brief's language (industries are often
# written in English), beside each phrasebook's own keywords.
_SHARED_KEYWORDS: dict[str, tuple[str, ...]] = {
    "street_food": ("food truck", "food-truck", "foodtruck", "ice cream", "ice-cream", "gelato"),
    "cafe": ("tea house", "teahouse", "tea room", "tearoom", "café", "cafe", "coffee"),
    "dental": ("dental", "dentist", "orthodont"),
    "luxury": ("watchmak", "horolog", "jewel", "luxury"),
    "nonprofit": ("charity", "non-profit", "nonprofit", "ngo", "foundation"),
    "hospitality": ("hotel", "b&b", "bed and breakfast", "guesthouse", "guest house", "hostel"),
    "tutoring": ("tutor", "tuition", "coaching school", "language school"),
}

# The sector family the design side (palette hue, type, motifs) knows a new sector by.
DESIGN_FAMILY: dict[str, str] = {
    "street_food": "food",
    "cafe": "food",
    "dental": "health",
    "luxury": "retail",
    "tutoring": "education",
}

# schema.org type of each sector; the industry's own words may name a finer one.
SCHEMA_TYPES: dict[str, str] = {
    "food": "FoodEstablishment",
    "street_food": "FoodEstablishment",
    "cafe": "CafeOrCoffeeShop",
    "dental": "Dentist",
    "health": "MedicalClinic",
    "fitness": "ExerciseGym",
    "legal": "LegalService",
    "finance": "FinancialService",
    "software": "Organization",
    "creative": "ProfessionalService",
    "retail": "Store",
    "luxury": "Store",
    "trades": "HomeAndConstructionBusiness",
    "tutoring": "EducationalOrganization",
    "hospitality": "LodgingBusiness",
    "nonprofit": "NGO",
    "generic": "LocalBusiness",
}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[tuple[re.Pattern[str], int], ...]]:
    """Per sector, each keyword as a word-start pattern with its length (longer = surer)."""
    keywords: dict[str, set[str]] = {key: set(_SHARED_KEYWORDS.get(key, ())) for key in SECTORS}
    for code in OFFLINE_LANGUAGES:
        try:
            book = phrasebook(code)
        except (ImportError, AttributeError):  # a language being written stops no other
            continue
        for key, words in book.sectors.items():
            keywords[key].update(w.strip().lower() for w in words.keywords if w.strip())
    return {
        key: tuple((_pattern(word), len(word)) for word in sorted(words))
        for key, words in keywords.items()
        if key != "generic"
    }


def _pattern(word: str) -> re.Pattern[str]:
    """A keyword as a word start ("zahnarzt" in "zahnarztpraxis"); a short one only as a
    whole word, so "api" never finds "apiculteur"."""
    end = r"(?!\w)" if len(word) <= 4 else ""
    return re.compile(r"(?<!\w)" + re.escape(word) + end)


def _best(text: str) -> tuple[int, str]:
    """(strength, sector) of the longest sector keyword found in text; (0, "generic") if none."""
    text = text.lower()
    best = (0, "generic")
    for key, patterns in _patterns().items():
        for pattern, strength in patterns:
            if strength > best[0] and pattern.search(text):
                best = (strength, key)
    return best


def sector_of(brief: brief_pb2.ProjectConfig) -> str:
    """The brief's sector key: the industry's words outweigh the description's, so an
    ice-cream van that parks outside schools is a food business, not a school."""
    strength, key = _best(brief.industry)
    if strength:
        return key
    return _best(f"{brief.business_name} {brief.description}")[1]
