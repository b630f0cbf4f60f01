"""The offline designer's reading of a brief: its design family, tone, stable seed and the
phrases every offline generator shares, computed once."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sitefarm.v1 import brief_pb2

from services.kit.brief_text import (
    audience_short,
    extract_offerings,
    first_sentence,
    join_phrases,
    plain_text,
    split_description,
    upper_first,
)
from services.kit.design_families import DesignFamily
from services.kit.sectors import design_family
from services.kit.tones import ToneProfile, tone_profile

T = TypeVar("T")


# --- seeding -----------------------------------------------------------------------------------


def stable_int(*parts: str) -> int:
    """A stable 64-bit integer from strings: the same in every process and Python version."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def stable_unit(*parts: str) -> float:
    """A stable float in [0, 1) from strings."""
    return stable_int(*parts) / 2**64


def brief_seed(brief: brief_pb2.ProjectConfig) -> str:
    """A stable fingerprint of what makes a brief itself (not its page list or colours)."""
    parts = (brief.business_name, brief.industry, brief.description, str(int(brief.tone)))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# --- the profile -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BriefProfile:
    """Everything the offline generators read from one brief, computed once."""

    name: str
    sector: DesignFamily  # the design family of the brief's sector
    tone: ToneProfile
    seed: str
    lead: str  # "a family-run sourdough bakery"
    activity: str  # "baking naturally leavened loaves, ..."
    offerings: tuple[str, ...]  # from the description's list, may be empty
    audience_short: str  # "families and early risers in Leith"
    location: str
    place: str  # the first part of the location: "Leith"
    craft: str  # the participle for how things are made here: "baked", "brewed", "made"
    noun: str  # what the business is in one word: "bakery", "firm", "profiler"

    def pick(self, salt: str, options: Sequence[T]) -> T:
        """A stable choice among `options` for this brief and purpose."""
        if not options:
            raise ValueError(f"nothing to pick for {salt!r}")
        return options[stable_int(self.seed, salt) % len(options)]

    def shuffled(self, salt: str, options: Sequence[T]) -> list[T]:
        """`options` in a stable order particular to this brief and purpose."""
        keyed = sorted(range(len(options)), key=lambda i: stable_int(self.seed, salt, str(i)))
        return [options[i] for i in keyed]

    def unit(self, salt: str) -> float:
        """A stable float in [0, 1) for this brief and purpose."""
        return stable_unit(self.seed, salt)

    @property
    def in_place(self) -> str:
        """ " in Leith" or "" when the brief has no location."""
        return f" in {self.place}" if self.place else ""


_BUSINESS_NOUNS = frozenset(
    "bakery cafe café restaurant bistro shop store firm practice studio agency clinic gym "
    "school academy hotel salon company business charity foundation team product app "
    "platform service consultancy brewery kitchen deli florist bookshop boutique partnership "
    "collective cooperative co-op trust".split()
)


def _industry_lead(industry: str, family: DesignFamily) -> str:
    """ "a bakery", "a developer tools product": the business named by its industry."""
    words = industry.strip().lower()
    if not words:
        phrase = family.noun
    elif words.split()[-1] in _BUSINESS_NOUNS:
        phrase = words
    else:
        phrase = f"{words} {family.noun}"
    return ("an " if phrase[:1] in "aeiou" else "a ") + phrase


# First stem found in the industry and description says how the goods are made.
_CRAFT_STEMS: tuple[tuple[str, str], ...] = (
    ("bak", "baked"),
    ("patisserie", "baked"),
    ("roast", "roasted"),
    ("coffee", "roasted"),
    ("brew", "brewed"),
    ("restaurant", "cooked"),
    ("kitchen", "cooked"),
    ("bistro", "cooked"),
    ("build", "built"),
    ("joiner", "built"),
    ("carpent", "built"),
    ("design", "designed"),
    ("florist", "arranged"),
    ("flower", "arranged"),
)


def _craft(text: str) -> str:
    return next((word for stem, word in _CRAFT_STEMS if stem in text), "made")


def profile(brief: brief_pb2.ProjectConfig) -> BriefProfile:
    """Read a brief once into the phrases and choices every offline generator shares."""
    clean = brief_pb2.ProjectConfig()
    clean.CopyFrom(brief)
    for field_name in ("business_name", "description", "audience", "location", "industry"):
        setattr(clean, field_name, plain_text(getattr(brief, field_name)))
    brief = clean
    name = brief.business_name or "Our business"
    family = design_family(brief)
    lead, activity = split_description(brief.description, name)
    if not lead:
        lead = _industry_lead(brief.industry, family)
    location = brief.location
    # An audience of punctuation alone says nothing: the family's usual audience stands in.
    said = first_sentence(brief.audience)
    return BriefProfile(
        name=name,
        sector=family,
        tone=tone_profile(brief.tone),
        seed=brief_seed(brief),
        lead=lead,
        activity=activity,
        offerings=tuple(extract_offerings(brief.description)),
        audience_short=audience_short(brief.audience) if said else family.default_audience,
        location=location,
        place=location.split(",")[0].strip(),
        craft=_craft(f"{brief.industry} {brief.description}".lower()),
        noun=lead.split()[-1].lower().strip(",.") if lead else family.noun,
    )


def template_slots(p: BriefProfile) -> dict[str, str]:
    """The slot values every internal template of the offline designer may use (strategy
    banks, section purposes, image prompts), for brief_text.fill."""
    offers = list(p.offerings or p.sector.default_offerings)[:3]
    offers_text = join_phrases(offers)
    audience = p.audience_short
    return {
        "name": p.name,
        "Name": p.name,
        "lead": p.lead,
        "Lead": upper_first(p.lead),
        "offers": offers_text,
        "Offers": upper_first(offers_text),
        "offer0": offers[0],
        "Offer0": upper_first(offers[0]),
        "audience": audience,
        "Audience": upper_first(audience),
        "place": p.place or "town",
        "in_place": p.in_place,
        "made": p.craft,
        "noun": p.noun,
        "activity": p.activity.rstrip(". "),
    }
