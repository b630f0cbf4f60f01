"""The offline provider's reading of a brief: its sector, tone, stable seed and key phrases."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias, TypeVar

from sitefarm.v1 import artifacts_pb2, brief_pb2

T = TypeVar("T")

Density: TypeAlias = artifacts_pb2.Density.ValueType
CornerStyle: TypeAlias = artifacts_pb2.CornerStyle.ValueType
TypeMood: TypeAlias = artifacts_pb2.TypeMood.ValueType
HeaderStyle: TypeAlias = artifacts_pb2.HeaderStyle.ValueType


# --- seeding -----------------------------------------------------------------------------------


def stable_int(*parts: str) -> int:
    """A stable 64-bit integer from strings: the same in every process and Python version."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def stable_unit(*parts: str) -> float:
    """A stable float in [0, 1) from strings."""
    return stable_int(*parts) / 2**64


# --- sectors -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sector:
    """A family of businesses that share a look, a site structure and a vocabulary."""

    key: str
    keywords: tuple[str, ...]
    hue: float  # default brand hue when the brief gives no colours
    type_mood: TypeMood | None  # None: let the tone decide
    moods: tuple[str, ...]
    imagery: str
    audience_need: str
    noun: str  # how the copy refers to the business: "bakery", "firm", "product"
    schema_type: str
    default_offerings: tuple[str, ...]  # when the description lists none


SECTORS: tuple[Sector, ...] = (
    Sector(
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
        schema_type="FoodEstablishment",
        default_offerings=("seasonal plates", "fresh bakes", "good coffee", "cakes to order"),
    ),
    Sector(
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
        schema_type="LegalService",
        default_offerings=(
            "employment law",
            "commercial contracts",
            "disputes",
            "private client work",
        ),
    ),
    Sector(
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
        schema_type="FinancialService",
        default_offerings=("bookkeeping", "tax returns", "payroll", "business advice"),
    ),
    Sector(
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
        schema_type="SoftwareApplication",
        default_offerings=("automation", "integrations", "analytics", "team workspaces"),
    ),
    Sector(
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
        schema_type="MedicalBusiness",
        default_offerings=(
            "initial assessments",
            "treatment sessions",
            "follow-up care",
            "home exercise plans",
        ),
    ),
    Sector(
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
        schema_type="ExerciseGym",
        default_offerings=(
            "small-group classes",
            "personal training",
            "open gym",
            "beginner courses",
        ),
    ),
    Sector(
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
        schema_type="ProfessionalService",
        default_offerings=("brand identity", "websites", "campaigns", "art direction"),
    ),
    Sector(
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
        schema_type="Store",
        default_offerings=("new arrivals", "gifts", "seasonal collections", "made-to-order pieces"),
    ),
    Sector(
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
        schema_type="HomeAndConstructionBusiness",
        default_offerings=("repairs", "installations", "renovations", "maintenance visits"),
    ),
    Sector(
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
        schema_type="LodgingBusiness",
        default_offerings=("rooms", "breakfast", "local tours", "private stays"),
    ),
    Sector(
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
        schema_type="EducationalOrganization",
        default_offerings=(
            "one-to-one tutoring",
            "small-group classes",
            "exam preparation",
            "holiday courses",
        ),
    ),
    Sector(
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
        schema_type="NGO",
        default_offerings=(
            "community programmes",
            "volunteering",
            "advice services",
            "fundraising events",
        ),
    ),
)  # fmt: skip

GENERIC_SECTOR = Sector(
    key="generic",
    keywords=(),
    hue=208,
    type_mood=None,
    moods=("clear", "capable", "friendly", "modern", "dependable"),
    imagery="clean, natural-light photography of people and places at work",
    audience_need="understand what is on offer and how to get in touch",
    noun="business",
    schema_type="Organization",
    default_offerings=("consultations", "projects", "ongoing support"),
)


def _word_pattern(keyword: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(keyword) + r"(?![\w-])", re.IGNORECASE)


_KEYWORD_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    s.key: tuple(_word_pattern(k) for k in s.keywords) for s in SECTORS
}


def classify_sector(brief: brief_pb2.ProjectConfig) -> Sector:
    """The design family of the brief's sector (services.kit.sectors, any offline language),
    else the sector whose English keywords the industry (first) or description match best."""
    from services.kit.sectors import DESIGN_FAMILY, sector_of  # the kit reads phrasebooks

    key = sector_of(brief)
    if key != "generic":
        family = DESIGN_FAMILY.get(key, key)
        return next((s for s in SECTORS if s.key == family), GENERIC_SECTOR)
    scores: dict[str, int] = {}
    for sector in SECTORS:
        patterns = _KEYWORD_PATTERNS[sector.key]
        # The industry field is the user's own word for it: it outweighs the description.
        industry_hits = sum(1 for p in patterns if p.search(brief.industry))
        text_hits = sum(
            1 for p in patterns if p.search(f"{brief.business_name} {brief.description}")
        )
        if industry_hits or text_hits:
            scores[sector.key] = industry_hits * 10 + text_hits
    if not scores:
        return GENERIC_SECTOR
    best = max(SECTORS, key=lambda s: (scores.get(s.key, 0), -SECTORS.index(s)))
    return best


# --- tones -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Harmony:
    """How an accent is derived from the primary: a hue offset (or absolute hue), S and L."""

    hue: float
    saturation: float
    lightness: float
    absolute: bool = False


@dataclass(frozen=True)
class ToneProfile:
    """Everything the tone decides about the look: rhythm, shape, type and colour behaviour."""

    key: str
    adjectives: tuple[str, ...]
    moods: tuple[str, ...]
    density: Density
    corner: CornerStyle
    type_mood: TypeMood
    header_style: HeaderStyle
    scale_ratio: float
    base_size_px: float
    dark_scheme: bool
    primary_saturation: float  # used only when the brief gives no colours
    primary_lightness: float
    accents: tuple[Harmony, ...]
    surface_hue: float | None  # None: tint the surface with the primary's hue
    surface_saturation: float
    surface_lightness: float
    heading_weight: int
    imagery_modifier: str
    visual_phrase: str


TONES: dict[str, ToneProfile] = {
    "warm": ToneProfile(
        key="warm",
        adjectives=("warm", "welcoming", "honest", "generous", "neighbourly"),
        moods=("cosy", "sunlit", "familiar"),
        density=artifacts_pb2.DENSITY_BALANCED,
        corner=artifacts_pb2.CORNER_STYLE_ROUND,
        type_mood=artifacts_pb2.TYPE_MOOD_HUMANIST,
        header_style=artifacts_pb2.HEADER_STYLE_CENTERED,
        scale_ratio=1.25,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.62,
        primary_lightness=0.46,
        accents=(Harmony(150, 0.26, 0.36), Harmony(36, 0.6, 0.4), Harmony(-28, 0.5, 0.42)),
        surface_hue=40,
        surface_saturation=0.6,
        surface_lightness=0.965,
        heading_weight=600,
        imagery_modifier="in soft golden morning light",
        visual_phrase="Sun-warmed and tactile",
    ),
    "professional": ToneProfile(
        key="professional",
        adjectives=("assured", "clear", "trustworthy", "discreet", "rigorous"),
        moods=("ordered", "calm", "confident"),
        density=artifacts_pb2.DENSITY_BALANCED,
        corner=artifacts_pb2.CORNER_STYLE_SHARP,
        type_mood=artifacts_pb2.TYPE_MOOD_SERIF,
        header_style=artifacts_pb2.HEADER_STYLE_WITH_CTA,
        scale_ratio=1.22,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.5,
        primary_lightness=0.28,
        accents=(Harmony(180, 0.45, 0.5), Harmony(200, 0.4, 0.42), Harmony(-160, 0.5, 0.38)),
        surface_hue=None,
        surface_saturation=0.2,
        surface_lightness=0.985,
        heading_weight=600,
        imagery_modifier="composed, with generous negative space",
        visual_phrase="Quiet, ordered and confident",
    ),
    "playful": ToneProfile(
        key="playful",
        adjectives=("playful", "bright", "curious", "upbeat", "cheeky"),
        moods=("bouncy", "colourful", "sunny"),
        density=artifacts_pb2.DENSITY_BALANCED,
        corner=artifacts_pb2.CORNER_STYLE_ROUND,
        type_mood=artifacts_pb2.TYPE_MOOD_GEOMETRIC,
        header_style=artifacts_pb2.HEADER_STYLE_INLINE,
        scale_ratio=1.3,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.78,
        primary_lightness=0.52,
        accents=(Harmony(120, 0.8, 0.55), Harmony(200, 0.75, 0.58), Harmony(-60, 0.85, 0.6)),
        surface_hue=None,
        surface_saturation=0.7,
        surface_lightness=0.975,
        heading_weight=800,
        imagery_modifier="with bursts of colour and playful shapes",
        visual_phrase="Bright, bouncy and full of colour",
    ),
    "bold": ToneProfile(
        key="bold",
        adjectives=("bold", "direct", "confident", "energetic", "uncompromising"),
        moods=("graphic", "loud", "kinetic"),
        density=artifacts_pb2.DENSITY_COMPACT,
        corner=artifacts_pb2.CORNER_STYLE_SHARP,
        type_mood=artifacts_pb2.TYPE_MOOD_GEOMETRIC,
        header_style=artifacts_pb2.HEADER_STYLE_WITH_CTA,
        scale_ratio=1.333,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.85,
        primary_lightness=0.46,
        accents=(Harmony(180, 0.9, 0.52), Harmony(52, 0.95, 0.52)),
        surface_hue=None,
        surface_saturation=0.0,
        surface_lightness=1.0,
        heading_weight=800,
        imagery_modifier="tightly cropped and high-contrast",
        visual_phrase="Loud, graphic and high-contrast",
    ),
    "calm": ToneProfile(
        key="calm",
        adjectives=("calm", "gentle", "spacious", "reassuring", "unhurried"),
        moods=("airy", "soft", "still"),
        density=artifacts_pb2.DENSITY_AIRY,
        corner=artifacts_pb2.CORNER_STYLE_SOFT,
        type_mood=artifacts_pb2.TYPE_MOOD_HUMANIST,
        header_style=artifacts_pb2.HEADER_STYLE_CENTERED,
        scale_ratio=1.2,
        base_size_px=18,
        dark_scheme=False,
        primary_saturation=0.32,
        primary_lightness=0.4,
        accents=(Harmony(-32, 0.3, 0.5), Harmony(32, 0.26, 0.48)),
        surface_hue=None,
        surface_saturation=0.22,
        surface_lightness=0.975,
        heading_weight=500,
        imagery_modifier="soft, diffused and unhurried",
        visual_phrase="Quiet, airy and unhurried",
    ),
    "luxurious": ToneProfile(
        key="luxurious",
        adjectives=("refined", "exclusive", "elegant", "understated", "meticulous"),
        moods=("velvet", "hushed", "gilded"),
        density=artifacts_pb2.DENSITY_AIRY,
        corner=artifacts_pb2.CORNER_STYLE_SHARP,
        type_mood=artifacts_pb2.TYPE_MOOD_SERIF,
        header_style=artifacts_pb2.HEADER_STYLE_CENTERED,
        scale_ratio=1.3,
        base_size_px=18,
        dark_scheme=True,
        primary_saturation=0.45,
        primary_lightness=0.3,
        accents=(Harmony(42, 0.52, 0.58, absolute=True), Harmony(30, 0.35, 0.7, absolute=True)),
        surface_hue=None,
        surface_saturation=0.18,
        surface_lightness=0.07,
        heading_weight=400,
        imagery_modifier="in low-key, dramatic light",
        visual_phrase="Dark, hushed and precise",
    ),
    "technical": ToneProfile(
        key="technical",
        adjectives=("precise", "fast", "transparent", "no-nonsense", "engineered"),
        moods=("crisp", "diagrammatic", "nocturnal"),
        density=artifacts_pb2.DENSITY_COMPACT,
        corner=artifacts_pb2.CORNER_STYLE_SOFT,
        type_mood=artifacts_pb2.TYPE_MOOD_TECHNICAL,
        header_style=artifacts_pb2.HEADER_STYLE_WITH_CTA,
        scale_ratio=1.25,
        base_size_px=16,
        dark_scheme=True,
        primary_saturation=0.75,
        primary_lightness=0.58,
        accents=(Harmony(-70, 0.75, 0.55), Harmony(-100, 0.65, 0.5), Harmony(180, 0.8, 0.6)),
        surface_hue=None,
        surface_saturation=0.28,
        surface_lightness=0.075,
        heading_weight=600,
        imagery_modifier="set on a dark, finely ruled grid",
        visual_phrase="Dark, crisp and engineered",
    ),
    "friendly": ToneProfile(
        key="friendly",
        adjectives=("friendly", "clear", "helpful", "modern", "straightforward"),
        moods=("bright", "open", "easy"),
        density=artifacts_pb2.DENSITY_BALANCED,
        corner=artifacts_pb2.CORNER_STYLE_SOFT,
        type_mood=artifacts_pb2.TYPE_MOOD_HUMANIST,
        header_style=artifacts_pb2.HEADER_STYLE_INLINE,
        scale_ratio=1.25,
        base_size_px=17,
        dark_scheme=False,
        primary_saturation=0.55,
        primary_lightness=0.42,
        accents=(Harmony(150, 0.5, 0.45), Harmony(30, 0.6, 0.5)),
        surface_hue=None,
        surface_saturation=0.2,
        surface_lightness=0.985,
        heading_weight=700,
        imagery_modifier="natural and bright",
        visual_phrase="Clean, bright and approachable",
    ),
}

_TONE_KEYS: dict[int, str] = {
    brief_pb2.TONE_WARM: "warm",
    brief_pb2.TONE_PROFESSIONAL: "professional",
    brief_pb2.TONE_PLAYFUL: "playful",
    brief_pb2.TONE_BOLD: "bold",
    brief_pb2.TONE_CALM: "calm",
    brief_pb2.TONE_LUXURIOUS: "luxurious",
    brief_pb2.TONE_TECHNICAL: "technical",
}


def tone_profile(tone: brief_pb2.Tone.ValueType) -> ToneProfile:
    """The tone's profile; an unspecified or unknown tone reads as friendly."""
    return TONES[_TONE_KEYS.get(int(tone), "friendly")]


# --- phrases from the brief --------------------------------------------------------------------

_STOPWORDS = frozenset(
    "a an the and or of on in at to for from with by across into over about within while "
    "who that which where when whose every each our your their its his her this these those "
    "so as via per than then".split()
)
# Words ending in -ing that are nouns in business descriptions, not the verb that starts
# the activity clause.
_ING_NOUNS = frozenset(
    "building clothing wedding catering bookkeeping landscaping roofing plumbing accounting "
    "engineering marketing branding training tutoring nursing housing boxing climbing "
    "running cleaning decorating consulting publishing printing trading booking ticketing "
    "hosting computing learning banking farming fishing painting spring thing morning "
    "evening ceiling dining".split()
)
_LIST_BOUNDARY = _STOPWORDS | {"is", "are", "we", "makes", "make", "sells", "sell", "offers"}
_CLAUSE_STARTS = frozenset({"that", "who", "which", "where", "with", "for", "from"})
_ARTICLE = re.compile(r"^(a|an|the)\s", re.IGNORECASE)
_DETERMINERS = ("the ", "our ", "their ", "your ", "its ", "a ", "an ")


def _is_activity_verb(word: str) -> bool:
    w = word.lower().strip(",.;:")
    return len(w) > 5 and w.endswith("ing") and w not in _ING_NOUNS


def first_sentence(text: str) -> str:
    """The first sentence of `text`, without its final full stop."""
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else text
    return sentence.rstrip(".!? ")


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word looks like a name or acronym."""
    if _ARTICLE.match(text) or (len(text) > 1 and text[0].isupper() and text[1].islower()):
        return text[0].lower() + text[1:]
    return text


def upper_first(text: str) -> str:
    """Upper-case the first letter."""
    return text[:1].upper() + text[1:]


def _strip_name_prefix(sentence: str, name: str) -> str:
    if name and sentence.lower().startswith(name.lower()):
        rest = sentence[len(name) :].lstrip(" ,:-")
        return re.sub(r"^(is|are)\s+", "", rest, flags=re.IGNORECASE)
    return sentence


def split_description(description: str, name: str) -> tuple[str, str]:
    """(what the business is, what it does) from the description's first sentence, e.g.
    ("a family-run sourdough bakery", "baking naturally leavened loaves ...")."""
    sentence = _strip_name_prefix(first_sentence(description), name)
    words = sentence.split()
    cut = len(words)
    for i, word in enumerate(words):
        bare = word.lower().strip(",;:")
        if i > 0 and (bare in _CLAUSE_STARTS or _is_activity_verb(word)):
            cut = i
            break
        if word.endswith((",", ";", ":")):
            cut = i + 1
            break
    lead = " ".join(words[:cut]).rstrip(",;:")
    activity = " ".join(words[cut:])
    activity = re.sub(r"^(that|who|which)\s+", "", activity, flags=re.IGNORECASE)
    # Only "A/An/The <noun phrase>" is safe to reuse as "Name is <lead>"; anything else
    # ("We bake ...", "Bright Minds tutors ...") falls back to the industry.
    if not _ARTICLE.match(lead) or len(lead.split()) > 9:
        return "", activity
    return lower_first(lead), activity


def extract_offerings(description: str) -> list[str]:
    """The comma-and list in a description, e.g. "loaves, viennoiserie and cakes"; [] if none."""
    for sentence in re.split(r"(?<=[.!?])\s+", " ".join(description.split())):
        found = _list_in_sentence(sentence.rstrip(".!? "))
        if found:
            return found
    return []


def _clean_item(words: list[str]) -> str | None:
    text = " ".join(words).strip(" ,;:")
    for determiner in _DETERMINERS:
        if text.lower().startswith(determiner):
            text = text[len(determiner) :]
    parts = text.split()
    if not 1 <= len(parts) <= 4:
        return None
    if parts[0].lower() in _STOPWORDS or any(p.lower() in {"and", "or"} for p in parts):
        return None
    return text


def _list_in_sentence(sentence: str) -> list[str]:
    segments = [s.strip() for s in sentence.split(",")]
    if len(segments) < 2:
        return []
    # The list head is the tail of the first segment after its last boundary word.
    head_words = segments[0].split()
    start = 0
    for i, word in enumerate(head_words):
        # A trailing -ing word is the first item itself ("with bouldering, ropes and ...").
        verb = _is_activity_verb(word) and i < len(head_words) - 1
        if word.lower() in _LIST_BOUNDARY or verb:
            start = i + 1
    head = _clean_item(head_words[start:][-4:]) if start < len(head_words) else None
    items: list[str] = [head] if head else []
    if not items:
        return []
    for middle in segments[1:-1]:
        item = _clean_item(middle.split())
        if item is None:
            return []
        items.append(item)
    last = re.split(r"\s+(?:and|or|&)\s+", segments[-1], maxsplit=1)
    if last[0].lower().startswith(("and ", "or ")):
        last = [last[0].split(" ", 1)[1]]
    if len(last) == 2:
        before = _clean_item(last[0].split())
        if before is None:
            return []
        items.append(before)
        tail_words: list[str] = []
        for word in last[1].split():
            if word.lower() in _STOPWORDS and tail_words:
                break
            tail_words.append(word)
        after = _clean_item(tail_words)
        if after is None:
            return []
        items.append(after)
    else:
        # "a, b, and c": the last segment starts with the conjunction and was handled above.
        item = _clean_item(last[0].split())
        if item is None:
            return []
        items.append(item)
    return items if len(items) >= 2 else []


def audience_short(audience: str) -> str:
    """The audience up to its first relative clause, e.g. "families and early risers in Leith"."""
    sentence = first_sentence(audience)
    words = sentence.split()
    for i, word in enumerate(words):
        bare = word.lower().strip(",;:")
        # Any -ing word ends the noun phrase here ("engineers running ..."), nouns included.
        if i > 1 and (bare in {"who", "that", "which"} or (len(bare) > 5 and bare.endswith("ing"))):
            words = words[:i]
            break
    return lower_first(" ".join(words).rstrip(",;: "))


_GBP_PLACES = re.compile(
    r"\b(england|scotland|wales|uk|united kingdom|britain|london|edinburgh|glasgow|manchester"
    r"|leeds|bristol|birmingham|liverpool|cardiff|belfast|leith|oxford|cambridge|york)\b",
    re.IGNORECASE,
)
_EUR_PLACES = re.compile(
    r"\b(ireland|dublin|france|paris|lyon|marseille|germany|deutschland|berlin|munich|hamburg"
    r"|spain|madrid|barcelona|italy|rome|milan|netherlands|amsterdam|rotterdam|belgium"
    r"|brussels|austria|vienna|portugal|lisbon|porto|finland|helsinki|greece|athens)\b",
    re.IGNORECASE,
)
_EUR_LANGS = ("de", "fr", "es", "it", "nl", "pt", "fi", "el", "sk", "sl", "et", "lv", "lt")


def currency_symbol(brief: brief_pb2.ProjectConfig) -> str:
    """£, € or $ from the brief's language region and location."""
    lang = brief.language.lower()
    if lang.endswith("-gb") or _GBP_PLACES.search(brief.location):
        return "£"
    if (
        lang.endswith("-ie")
        or lang.split("-")[0] in _EUR_LANGS
        or _EUR_PLACES.search(brief.location)
    ):
        return "€"
    return "$"


# --- the profile -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BriefProfile:
    """Everything the offline generators read from one brief, computed once."""

    name: str
    sector: Sector
    tone: ToneProfile
    seed: str
    lead: str  # "a family-run sourdough bakery"
    activity: str  # "baking naturally leavened loaves, ..."
    offerings: tuple[str, ...]  # from the description's list, may be empty
    audience: str  # full audience sentence, lower-cased start
    audience_short: str
    location: str
    place: str  # the first part of the location: "Leith"
    currency: str
    industry: str
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


def _industry_lead(industry: str, sector: Sector) -> str:
    """ "a bakery", "a developer tools product": the business named by its industry."""
    words = industry.strip().lower()
    if not words:
        phrase = sector.noun
    elif words.split()[-1] in _BUSINESS_NOUNS:
        phrase = words
    else:
        phrase = f"{words} {sector.noun}"
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


def brief_seed(brief: brief_pb2.ProjectConfig) -> str:
    """A stable fingerprint of what makes a brief itself (not its page list or colours)."""
    parts = (brief.business_name, brief.industry, brief.description, str(int(brief.tone)))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


_TAGS = re.compile(r"</?[A-Za-z!?][^>]*>?")

# Who a site speaks to when the brief does not say.
DEFAULT_AUDIENCES: dict[str, str] = {
    "food": "neighbours and visitors",
    "legal": "businesses and individuals",
    "finance": "small businesses and sole traders",
    "software": "engineering teams",
    "health": "patients of every age",
    "fitness": "people of every fitness level",
    "creative": "brands with something to say",
    "retail": "curious shoppers",
    "trades": "homeowners and landlords",
    "hospitality": "travellers",
    "education": "learners and their families",
    "nonprofit": "the local community",
    "generic": "customers",
}


def plain_text(text: str) -> str:
    """Brief text without anything that looks like markup, whitespace collapsed: every word
    the offline provider writes starts from this."""
    return " ".join(_TAGS.sub("", text).split())


def profile(brief: brief_pb2.ProjectConfig) -> BriefProfile:
    """Read a brief once into the phrases and choices every offline generator shares."""
    clean = brief_pb2.ProjectConfig()
    clean.CopyFrom(brief)
    for field_name in ("business_name", "description", "audience", "location", "industry"):
        setattr(clean, field_name, plain_text(getattr(brief, field_name)))
    brief = clean
    name = brief.business_name or "Our business"
    sector = classify_sector(brief)
    lead, activity = split_description(brief.description, name)
    if not lead:
        lead = _industry_lead(brief.industry, sector)
    location = brief.location
    audience = lower_first(first_sentence(brief.audience)) if brief.audience else ""
    return BriefProfile(
        name=name,
        sector=sector,
        tone=tone_profile(brief.tone),
        seed=brief_seed(brief),
        lead=lead,
        activity=activity,
        offerings=tuple(extract_offerings(brief.description)),
        audience=audience,
        audience_short=(
            audience_short(brief.audience) if audience else DEFAULT_AUDIENCES[sector.key]
        ),
        location=location,
        place=location.split(",")[0].strip(),
        currency=currency_symbol(brief),
        industry=brief.industry.lower() or sector.noun,
        craft=_craft(f"{brief.industry} {brief.description}".lower()),
        noun=lead.split()[-1].lower().strip(",.") if lead else sector.noun,
    )


# --- templates ---------------------------------------------------------------------------------


def join_phrases(items: list[str] | tuple[str, ...], conjunction: str = "and") -> str:
    """ "a, b and c": the natural-language list of `items`."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def template_slots(p: BriefProfile) -> dict[str, str]:
    """The slot values every copy template of the offline provider may use."""
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
        "industry": p.industry,
    }


def fill(template: str, slots: dict[str, str]) -> str:
    """Fill a template's {slots}; {Slot} gives the capitalised value of {slot}; unknown slots
    stay empty rather than raising, so a bank entry can never crash a generation."""

    def value(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in slots:
            return slots[key]
        return upper_first(slots.get(key[:1].lower() + key[1:], ""))

    text = re.sub(r"\{(\w+)\}", value, template)
    return re.sub(r"\s{2,}", " ", text).replace(" ,", ",").replace(" .", ".").strip()
