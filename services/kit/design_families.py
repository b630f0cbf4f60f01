"""The design families the offline designer knows a sector by: hue, type, moods, imagery,
what its visitors need and what it usually offers.

A phrasebook sector (services/kit/phrasebook.py) maps to one of these families in
services/kit/sectors.py: a dental practice looks like a health business, a cafe like food.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from sitefarm.v1 import artifacts_pb2

TypeMood: TypeAlias = artifacts_pb2.TypeMood.ValueType


@dataclass(frozen=True)
class DesignFamily:
    """A family of businesses that share a look, a site structure and a vocabulary."""

    key: str
    keywords: tuple[str, ...]  # English words that place a brief here when no sector matched
    hue: float  # default brand hue when the brief gives no colours
    type_mood: TypeMood | None  # None: let the tone decide
    moods: tuple[str, ...]
    imagery: str
    audience_need: str
    noun: str  # how the copy refers to the business: "bakery", "firm", "product"
    default_audience: str  # who the site speaks to when the brief does not say
    default_offerings: tuple[str, ...]  # when the description lists none


DESIGN_FAMILIES: tuple[DesignFamily, ...] = (
    DesignFamily(
        key="food",
        keywords=(
            "bakery", "baker", "bakes", "patisserie", "cafe", "café", "coffee", "roastery",
            "restaurant", "bistro", "kitchen", "deli", "delicatessen", "catering", "brewery",
            "pizzeria", "food", "chocolatier", "tearoom", "tea room", "bar", "wine bar",
        ),
        hue=26,
        type_mood=artifacts_pb2.TYPE_MOOD_SERIF,
        moods=("golden", "crusty", "morning", "hand-made", "generous", "homely", "seasonal"),
        imagery="natural-light food photography: close-ups of food, flour-dusted hands at "
        "work and wooden counters",
        audience_need="see what is fresh today, check opening hours and find the door",
        noun="kitchen",
        default_audience="neighbours and visitors",
        default_offerings=("seasonal plates", "fresh bakes", "good coffee", "cakes to order"),
    ),
    DesignFamily(
        key="legal",
        keywords=(
            "law", "legal", "solicitor", "solicitors", "attorney", "attorneys", "lawyer",
            "lawyers", "barrister", "barristers", "notary", "law firm", "llp",
        ),
        hue=214,
        type_mood=artifacts_pb2.TYPE_MOOD_SERIF,
        moods=("assured", "discreet", "precise", "steady", "principled", "clear"),
        imagery="restrained editorial photography: architectural detail, paper and ink, "
        "calm offices in cool daylight",
        audience_need="find out quickly whether the firm can help, who they would work with "
        "and how to get a first conversation",
        noun="firm",
        default_audience="businesses and individuals",
        default_offerings=(
            "employment law",
            "commercial contracts",
            "disputes",
            "private client work",
        ),
    ),
    DesignFamily(
        key="finance",
        keywords=(
            "accounting", "accountant", "accountants", "bookkeeping", "tax", "finance",
            "financial", "wealth", "insurance", "bank", "investment", "payroll", "audit",
        ),
        hue=196,
        type_mood=None,
        moods=("clear", "dependable", "measured", "organised", "candid"),
        imagery="clean editorial photography and charts: tidy desks, ledgers, city light",
        audience_need="understand what is included, what it costs and who will look after "
        "their numbers",
        noun="practice",
        default_audience="small businesses and sole traders",
        default_offerings=("bookkeeping", "tax returns", "payroll", "business advice"),
    ),
    DesignFamily(
        key="software",
        keywords=(
            "software", "developer", "developers", "developer tools", "devtools", "saas",
            "api", "platform", "app", "cloud", "data", "analytics", "ai", "profiler",
            "observability", "open-source", "open source", "database", "infrastructure",
            "tooling", "sdk", "cli",
        ),
        hue=252,
        type_mood=artifacts_pb2.TYPE_MOOD_TECHNICAL,
        moods=("precise", "fast", "transparent", "engineered", "modern", "focused"),
        imagery="crisp product illustration: interface fragments, timelines, graphs and "
        "terminal windows on a fine grid",
        audience_need="understand what the product does, how it fits their stack and what "
        "it costs before they try it",
        noun="product",
        default_audience="engineering teams",
        default_offerings=("automation", "integrations", "analytics", "team workspaces"),
    ),
    DesignFamily(
        key="health",
        keywords=(
            "clinic", "dental", "dentist", "physio", "physiotherapy", "health", "medical",
            "therapy", "therapist", "wellness", "yoga", "spa", "massage", "pharmacy",
            "osteopath", "counselling", "counseling", "nutrition", "care home",
        ),
        hue=176,
        type_mood=artifacts_pb2.TYPE_MOOD_HUMANIST,
        moods=("gentle", "clean", "restorative", "attentive", "fresh", "light"),
        imagery="soft, bright photography: calm treatment rooms, plants, natural textures",
        audience_need="feel reassured, see the treatments on offer and book an appointment",
        noun="clinic",
        default_audience="patients of every age",
        default_offerings=(
            "initial assessments",
            "treatment sessions",
            "follow-up care",
            "home exercise plans",
        ),
    ),
    DesignFamily(
        key="fitness",
        keywords=(
            "gym", "fitness", "pilates", "crossfit", "climbing", "sport", "sports",
            "boxing", "running", "personal training", "martial arts", "dance",
        ),
        hue=8,
        type_mood=artifacts_pb2.TYPE_MOOD_GEOMETRIC,
        moods=("strong", "energetic", "motivating", "sweaty", "community"),
        imagery="dynamic photography: movement, chalked hands, morning sessions",
        audience_need="see the timetable, what a first session is like and what it costs",
        noun="studio",
        default_audience="people of every fitness level",
        default_offerings=(
            "small-group classes",
            "personal training",
            "open gym",
            "beginner courses",
        ),
    ),
    DesignFamily(
        key="creative",
        keywords=(
            "design", "studio", "agency", "architecture", "architect", "architects",
            "photography", "photographer", "creative", "branding", "marketing", "film",
            "illustration", "animation", "interior design",
        ),
        hue=330,
        type_mood=artifacts_pb2.TYPE_MOOD_GEOMETRIC,
        moods=("inventive", "crafted", "editorial", "curious", "sharp"),
        imagery="editorial compositions: bold crops, studio light, material samples",
        audience_need="judge the work, understand how a project runs and start a "
        "conversation",
        noun="studio",
        default_audience="brands with something to say",
        default_offerings=("brand identity", "websites", "campaigns", "art direction"),
    ),
    DesignFamily(
        key="retail",
        keywords=(
            "shop", "store", "boutique", "florist", "flowers", "bookshop", "books",
            "fashion", "clothing", "jewellery", "jewelry", "gifts", "homeware", "records",
            "bike shop", "market",
        ),
        hue=344,
        type_mood=None,
        moods=("curated", "tactile", "colourful", "personal", "seasonal"),
        imagery="styled product photography on textured backgrounds with daylight shadows",
        audience_need="browse what is in stock, check opening hours and find the shop",
        noun="shop",
        default_audience="curious shoppers",
        default_offerings=("new arrivals", "gifts", "seasonal collections", "made-to-order pieces"),
    ),
    DesignFamily(
        key="trades",
        keywords=(
            "construction", "builder", "builders", "building", "plumber", "plumbing",
            "electrician", "electrical", "joinery", "joiner", "carpentry", "landscaping",
            "roofing", "renovation", "renovations", "decorating", "cleaning", "removals",
            "handyman", "heating",
        ),
        hue=40,
        type_mood=artifacts_pb2.TYPE_MOOD_GEOMETRIC,
        moods=("reliable", "practical", "tidy", "skilled", "local"),
        imagery="honest on-site photography: tools, materials, finished rooms in daylight",
        audience_need="check the trade is reliable, see past jobs and ask for a quote",
        noun="team",
        default_audience="homeowners and landlords",
        default_offerings=("repairs", "installations", "renovations", "maintenance visits"),
    ),
    DesignFamily(
        key="hospitality",
        keywords=(
            "hotel", "guesthouse", "guest house", "b&b", "bed and breakfast", "inn", "lodge",
            "hostel", "holiday", "travel", "tours", "retreat", "venue", "cottage", "glamping",
        ),
        hue=150,
        type_mood=artifacts_pb2.TYPE_MOOD_SERIF,
        moods=("restful", "scenic", "welcoming", "unhurried", "local"),
        imagery="atmospheric travel photography: rooms in morning light, landscapes, "
        "breakfast tables",
        audience_need="picture their stay, compare rooms and book dates",
        noun="house",
        default_audience="travellers",
        default_offerings=("rooms", "breakfast", "local tours", "private stays"),
    ),
    DesignFamily(
        key="education",
        keywords=(
            "school", "tutoring", "tutor", "tutors", "academy", "course", "courses",
            "training", "nursery", "university", "learning", "lessons", "coaching",
            "bootcamp", "language school",
        ),
        hue=282,
        type_mood=artifacts_pb2.TYPE_MOOD_HUMANIST,
        moods=("encouraging", "bright", "structured", "curious", "supportive"),
        imagery="bright classroom and study photography: notebooks, hands raised, daylight",
        audience_need="see what is taught, how it works and how to enrol",
        noun="school",
        default_audience="learners and their families",
        default_offerings=(
            "one-to-one tutoring",
            "small-group classes",
            "exam preparation",
            "holiday courses",
        ),
    ),
    DesignFamily(
        key="nonprofit",
        keywords=(
            "charity", "nonprofit", "non-profit", "foundation", "community", "volunteer",
            "volunteers", "ngo", "trust", "campaign",
        ),
        hue=138,
        type_mood=artifacts_pb2.TYPE_MOOD_HUMANIST,
        moods=("hopeful", "human", "grounded", "open", "together"),
        imagery="documentary photography: people working together, local places, real "
        "moments",
        audience_need="understand the cause, see the impact and find a way to help",
        noun="charity",
        default_audience="the local community",
        default_offerings=(
            "community programmes",
            "volunteering",
            "advice services",
            "fundraising events",
        ),
    ),
)  # fmt: skip

GENERIC_FAMILY = DesignFamily(
    key="generic",
    keywords=(),
    hue=208,
    type_mood=None,
    moods=("clear", "capable", "friendly", "modern", "dependable"),
    imagery="clean, natural-light photography of people and places at work",
    audience_need="understand what is on offer and how to get in touch",
    noun="business",
    default_audience="customers",
    default_offerings=("consultations", "projects", "ongoing support"),
)
