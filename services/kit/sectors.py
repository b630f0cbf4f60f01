"""Which kind of business a brief describes, in any offline language (the industry decides
first), and the design family that kind of business is drawn in."""

from __future__ import annotations

import re
from functools import lru_cache

from sitefarm.v1 import brief_pb2

from services.kit.design_families import DESIGN_FAMILIES, GENERIC_FAMILY, DesignFamily
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

# Businesses no sector fits that a sector's keyword would otherwise claim: a vet is no
# doctor's practice ("clínica veterinaria" is not a "clínica"), a car garage is no home
# tradesman, a driving school teaches no children maths. They win over a sector's keyword
# of the same length, so such a business is written to in neutral words.
_NO_SECTOR_KEYWORDS: tuple[str, ...] = (
    "veterinar", "vétérinaire", "vet clinic", "vet practice", "vets", "tierarzt", "tierärzt",
    "tierklinik", "tiermedizin", "بيطري", "بيطرية", "طب بيطري", "autowerkstatt", "kfz-werkstatt",
    "kfz-meisterbetrieb", "kfz-betrieb", "car garage", "car repair", "auto repair",
    "mot centre", "garage automobile", "taller mecánico", "ورشة سيارات", "driving school",
    "driving instructor", "fahrschule", "auto-école", "autoescuela", "مدرسة قيادة",
    "تعليم القيادة",
)  # fmt: skip

# The design family (palette hue, type, motifs) of a sector that has none of its own.
_FAMILY_OF_SECTOR: dict[str, str] = {
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


def load_offline_kit() -> None:
    """Load every offline phrasebook and compile the sector patterns now, in the calling
    thread. A phase service does it before serving: the first call pays nothing for it, and
    worker threads never load them at the same moment."""
    _patterns()


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
    keywords["generic"] = set(_NO_SECTOR_KEYWORDS)
    return {
        key: tuple((_pattern(word), len(word) + (key == "generic")) for word in sorted(words))
        for key, words in keywords.items()
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


def _english_pattern(keyword: str) -> re.Pattern[str]:
    """An English keyword as a whole word, not part of a hyphenated one."""
    return re.compile(r"(?<![\w-])" + re.escape(keyword) + r"(?![\w-])", re.IGNORECASE)


_FAMILY_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    family.key: tuple(_english_pattern(k) for k in family.keywords) for family in DESIGN_FAMILIES
}


def design_family(brief: brief_pb2.ProjectConfig) -> DesignFamily:
    """The design family of the brief's sector (any offline language), else the family whose
    English keywords the industry (first) or description match best."""
    key = sector_of(brief)
    if key != "generic":
        family_key = _FAMILY_OF_SECTOR.get(key, key)
        return next((f for f in DESIGN_FAMILIES if f.key == family_key), GENERIC_FAMILY)
    scores: dict[str, int] = {}
    for family in DESIGN_FAMILIES:
        patterns = _FAMILY_PATTERNS[family.key]
        # The industry field is the user's own word for it: it outweighs the description.
        industry_hits = sum(1 for p in patterns if p.search(brief.industry))
        text_hits = sum(
            1 for p in patterns if p.search(f"{brief.business_name} {brief.description}")
        )
        if industry_hits or text_hits:
            scores[family.key] = industry_hits * 10 + text_hits
    if not scores:
        return GENERIC_FAMILY
    return max(DESIGN_FAMILIES, key=lambda f: (scores.get(f.key, 0), -DESIGN_FAMILIES.index(f)))
