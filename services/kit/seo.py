"""Search metadata rules: the schema.org type a brief supports, and titles and descriptions
cut to what search results show. The offline planner and the SEO phase's fallback share them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitefarm.v1 import brief_pb2

from services.kit import sectors

# Finer schema.org types than the sector's default, by a word in the industry or description.
SCHEMA_TYPES: tuple[tuple[str, str], ...] = (
    ("bakery", "Bakery"), ("patisserie", "Bakery"), ("cafe", "CafeOrCoffeeShop"),
    ("café", "CafeOrCoffeeShop"), ("coffee", "CafeOrCoffeeShop"), ("restaurant", "Restaurant"),
    ("bistro", "Restaurant"), ("brewery", "Brewery"), ("bar", "BarOrPub"),
    ("law", "LegalService"), ("solicitor", "LegalService"), ("attorney", "Attorney"),
    ("notary", "Notary"), ("accountant", "AccountingService"),
    ("accounting", "AccountingService"), ("insurance", "InsuranceAgency"),
    ("dentist", "Dentist"), ("dental", "Dentist"), ("physio", "Physiotherapy"),
    ("clinic", "MedicalClinic"), ("spa", "DaySpa"), ("yoga", "ExerciseGym"),
    ("gym", "ExerciseGym"), ("hotel", "Hotel"), ("guesthouse", "BedAndBreakfast"),
    ("b&b", "BedAndBreakfast"), ("hostel", "Hostel"), ("florist", "Florist"),
    ("bookshop", "BookStore"), ("clothing", "ClothingStore"), ("jewellery", "JewelryStore"),
    ("plumber", "Plumber"), ("plumbing", "Plumber"), ("electrician", "Electrician"),
    ("roofing", "RoofingContractor"), ("school", "School"), ("nursery", "Preschool"),
    ("real estate", "RealEstateAgent"), ("estate agent", "RealEstateAgent"),
    ("salon", "BeautySalon"), ("hairdresser", "HairSalon"), ("architect", "ProfessionalService"),
)  # fmt: skip

TITLE_MAX = 60
DESCRIPTION_MIN = 70
DESCRIPTION_MAX = 160


def schema_type(brief: brief_pb2.ProjectConfig) -> str:
    """The most specific schema.org type the industry's words support, else the sector's.

    Only the industry refines it: a description that mentions a school is not a school."""
    industry = brief.industry.lower()
    for word, found in SCHEMA_TYPES:
        if re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", industry):
            return found
    sector = sectors.sector_of(brief)
    if sector == "generic":
        has_place = brief.address.strip() or brief.location.strip()
        return "LocalBusiness" if has_place else "Organization"
    return sectors.SCHEMA_TYPES[sector]


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary to at most `limit` characters, ending cleanly."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:|· -\u2013\u2014")
    return f"{cut}…"


def fit_description(sentences: Iterable[str], padding: Iterable[str]) -> str:
    """Sentences joined to 70-160 characters: whole sentences first, padding when short."""
    text = ""
    for sentence in (*sentences, *padding):
        sentence = " ".join(sentence.split())
        if sentence and sentence[-1] not in ".!?…。؟":
            sentence += "."  # a tagline joined after a sentence needs its own stop
        core = sentence.lower().rstrip(".").split(" ", 1)[-1]
        if not sentence or core in text.lower():
            continue  # already said: padding must add something new
        candidate = f"{text} {sentence}".strip()
        if len(candidate) <= DESCRIPTION_MAX:
            text = candidate
        elif not text:
            text = shorten(sentence, DESCRIPTION_MAX)
        if len(text) >= DESCRIPTION_MIN + 40:
            break
    return text


# Words a cut name must not end on: "Taller de…", "Smith and…", "Maison du…".
_DANGLING = frozenset(
    """a an and of the for at in on to & + - \u2013 \u2014 y e o u de del la las el los en con para
    et du des le les à au aux pour sur und der die das den dem des von vom zum zur für im am
    bei mit""".split()
)
MIN_TITLE_NAME = 12


def cut_at_word(text: str, limit: int) -> str:
    """The text whole when it fits, else its first whole words within `limit` characters
    (the ellipsis counted) ending on no article or conjunction; "" when no word fits."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    # Room for the ellipsis; the last word goes unless a space follows it where the cut falls.
    head, following = text[: max(0, limit - 1)], text[max(0, limit - 1) : limit]
    words = head.split(" ")
    if following != " ":
        words = words[:-1]
    while words and (words[-1].lower().strip(",;:|·") in _DANGLING or not words[-1].strip()):
        words.pop()
    cut = " ".join(words).rstrip(",;:|· -\u2013\u2014")
    return f"{cut}\u2026" if cut else ""


def name_title(title: str, name: str) -> str:
    """ "Page | Name" for a page's <title>: the name whole, else cut after a whole word with
    an ellipsis, else (too long to say a useful part of) left out."""
    title, name = " ".join(title.split()), " ".join(name.split())
    full = f"{title} | {name}" if title and name else title or name
    if len(full) <= TITLE_MAX:
        return full
    short = cut_at_word(name, TITLE_MAX - len(title) - 3) if title else ""
    if len(short) > MIN_TITLE_NAME:
        return f"{title} | {short}"
    return cut_at_word(title or name, TITLE_MAX) or shorten(title or name, TITLE_MAX)


def page_title(*candidates: str) -> str:
    """The first candidate short enough for a search result, else the last one cut."""
    for candidate in candidates:
        if candidate and len(candidate) <= TITLE_MAX:
            return candidate
    return cut_at_word(candidates[-1], TITLE_MAX) or shorten(candidates[-1], TITLE_MAX)
