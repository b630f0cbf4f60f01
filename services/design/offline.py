"""The offline design generators: strategy, context and style system from the brief alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.kit import palette
from services.kit.brief_profile import BriefProfile, profile, template_slots
from services.kit.brief_text import fill, join_phrases, upper_first
from services.kit.brief_words import Words, description_lead
from services.kit.tones import Harmony

# --- strategy banks ----------------------------------------------------------------------------
# Slots: {name} {lead} {offers} {offer0} {audience} {place} {in_place} {made} {activity}.


@dataclass(frozen=True)
class StrategyBank:
    """What a sector's sites usually want and promise, as templates."""

    goals: tuple[tuple[str, str], ...]  # (primary goal, call-to-action label)
    value_propositions: tuple[str, ...]
    key_messages: tuple[str, ...]
    personality: tuple[str, ...]


STRATEGY_BANKS: dict[str, StrategyBank] = {
    "food": StrategyBank(
        goals=(
            ("Bring neighbours through the door and take orders ahead", "Order ahead"),
            ("Get people to visit this week and come back next week", "Plan your visit"),
            ("Turn browsers into regulars who order for occasions", "Order for collection"),
        ),
        value_propositions=(
            "{Offers}, {made} by hand every morning{in_place}, the slow way.",
            "Good {offer0} and more, {made} fresh each day for {audience}.",
            "The neighbourhood {noun}{in_place}: {offers}, {made} with patience.",
        ),
        key_messages=(
            "Everything is {made} on site, every single day",
            "Good ingredients and time, no shortcuts",
            "A neighbourhood place that knows its regulars by name",
            "Orders for birthdays and gatherings, made to measure",
        ),
        personality=("generous", "crafted"),
    ),
    "legal": StrategyBank(
        goals=(
            ("Turn worried visitors into booked first consultations", "Book a consultation"),
            ("Get prospective clients to speak to a lawyer the same week", "Speak to a lawyer"),
        ),
        value_propositions=(
            "Clear, commercial advice on {offers}, from lawyers who answer the phone.",
            "Straight answers on {offers} for {audience}, with fees agreed up front.",
        ),
        key_messages=(
            "Senior lawyers lead every matter from start to finish",
            "Plain English, not legalese",
            "Fees agreed before the work begins",
            "Practical advice that keeps the business moving",
        ),
        personality=("principled", "precise"),
    ),
    "finance": StrategyBank(
        goals=(
            ("Convert visitors into booked discovery calls", "Book a free call"),
            ("Get small businesses to request a fixed-fee quote", "Get a quote"),
        ),
        value_propositions=(
            "{Offers} handled properly, so {audience} can get on with the work.",
            "Numbers you understand and deadlines you never miss, from {name}.",
        ),
        key_messages=(
            "Fixed monthly fees, no surprise invoices",
            "One named adviser who knows the business",
            "Deadlines tracked for you, reminders sent early",
        ),
        personality=("dependable", "candid"),
    ),
    "software": StrategyBank(
        goals=(
            ("Get engineers to install it and see their own data in minutes", "Start free"),
            ("Turn evaluating engineers into active trial users", "Get started"),
            ("Win a first team install and grow from there", "Try it now"),
        ),
        value_propositions=(
            "{Name} {activity}.",
            "Everything {audience} need from {lead}, without the busywork.",
        ),
        key_messages=(
            "Up and running in minutes, not sprints",
            "Open standards, no lock-in",
            "Built for real production traffic",
            "Transparent pricing that scales with you",
        ),
        personality=("precise", "transparent"),
    ),
    "health": StrategyBank(
        goals=(
            ("Help anxious visitors book a first appointment", "Book an appointment"),
            ("Get new patients to book an initial assessment", "Book an assessment"),
        ),
        value_propositions=(
            "Unhurried, expert care{in_place}: {offers}, shaped around you.",
            "Feel better, with {offers} from people who listen first.",
        ),
        key_messages=(
            "Qualified, registered practitioners",
            "Time to listen in every appointment",
            "Clear plans and honest prices",
        ),
        personality=("attentive", "reassuring"),
    ),
    "fitness": StrategyBank(
        goals=(
            ("Get newcomers to book a first session", "Book a free session"),
            ("Turn visitors into members", "Join today"),
        ),
        value_propositions=(
            "{Offers} for every level{in_place}, coached by people who care.",
            "Get stronger with {offers} and a crew that shows up for you.",
        ),
        key_messages=(
            "Beginners genuinely welcome",
            "Coaches who know your name",
            "Flexible memberships, no long contracts",
        ),
        personality=("energetic", "encouraging"),
    ),
    "creative": StrategyBank(
        goals=(
            ("Start conversations with clients who fit the studio", "Start a project"),
            ("Turn portfolio visitors into enquiries", "Get in touch"),
        ),
        value_propositions=(
            "{Offers} with an idea at the centre, from {name}.",
            "Work that looks like you and works for your audience: {offers}.",
        ),
        key_messages=(
            "Ideas first, pixels second",
            "Small senior team, direct access",
            "Clear process, honest timelines",
        ),
        personality=("inventive", "crafted"),
    ),
    "retail": StrategyBank(
        goals=(
            ("Bring browsers into the shop and onto the mailing list", "Visit the shop"),
            ("Turn visitors into customers", "Shop now"),
        ),
        value_propositions=(
            "{Offers}, chosen with care{in_place}.",
            "A small shop with a big heart: {offers} you will not find elsewhere.",
        ),
        key_messages=(
            "Every piece chosen by hand",
            "Friendly advice, in store and online",
            "Gift wrapping on the house",
        ),
        personality=("curated", "personal"),
    ),
    "trades": StrategyBank(
        goals=(
            ("Turn visitors into quote requests", "Get a free quote"),
            ("Get homeowners to book a survey visit", "Book a visit"),
        ),
        value_propositions=(
            "{Offers} done properly{in_place}, on time and tidied up after.",
            "Reliable {offers} from a team that turns up when it says it will.",
        ),
        key_messages=(
            "Fully insured and certified",
            "Fixed written quotes",
            "We leave the place cleaner than we found it",
        ),
        personality=("reliable", "practical"),
    ),
    "hospitality": StrategyBank(
        goals=(
            ("Turn lookers into direct bookings", "Book your stay"),
            ("Get visitors to check dates", "Check availability"),
        ),
        value_propositions=(
            "{Offers}{in_place}, and the time to enjoy them.",
            "A restful stay{in_place}, with {offers} done properly.",
        ),
        key_messages=(
            "Best rates when you book direct",
            "Local tips from hosts who live here",
            "Quiet rooms and generous breakfasts",
        ),
        personality=("restful", "welcoming"),
    ),
    "education": StrategyBank(
        goals=(
            ("Turn parents and learners into enrolments", "Enrol now"),
            ("Get families to book a free trial lesson", "Book a trial lesson"),
        ),
        value_propositions=(
            "{Offers} that build real confidence, not just grades.",
            "Patient, expert teaching{in_place}: {offers} for every learner.",
        ),
        key_messages=(
            "Qualified, experienced teachers",
            "Small groups, real attention",
            "Progress you can see every term",
        ),
        personality=("encouraging", "structured"),
    ),
    "nonprofit": StrategyBank(
        goals=(
            ("Turn visitors into donors and volunteers", "Get involved"),
            ("Get supporters to give monthly", "Donate"),
        ),
        value_propositions=(
            "{Offers}{in_place}, powered by people like you.",
            "Real help, close to home: {offers} for those who need it most.",
        ),
        key_messages=(
            "Every pound goes further locally",
            "Run by and for the community",
            "Open books, clear impact",
        ),
        personality=("hopeful", "human"),
    ),
    "generic": StrategyBank(
        goals=(
            ("Turn visitors into enquiries", "Get in touch"),
            ("Start a first conversation with the right customers", "Talk to us"),
        ),
        value_propositions=(
            "{Offers} from {name}, done carefully and explained clearly.",
            "{Name} makes {offers} simple for {audience}.",
        ),
        key_messages=(
            "Straightforward from the first conversation",
            "Experienced people, personal service",
            "Clear prices and honest advice",
        ),
        personality=("capable", "dependable"),
    ),
}


def _value_proposition(p: BriefProfile, bank: StrategyBank, slots: dict[str, str]) -> str:
    # "{Name} {activity}." reads well only when the activity starts with a verb ("records").
    # The brief's own activity is the most specific promise there is; prefer it when usable.
    specific = [t for t in bank.value_propositions if "{activity}" in t]
    if specific and _starts_with_verb(p):
        return fill(p.pick("value-proposition", specific), slots)
    generic = [t for t in bank.value_propositions if "{activity}" not in t]
    return fill(p.pick("value-proposition", generic), slots)


def _starts_with_verb(p: BriefProfile) -> bool:
    first = p.activity.split(" ", 1)[0].lower() if p.activity else ""
    return first.endswith("s") and not first.endswith("ss") and len(first) > 3


def _brand_colours(brief: brief_pb2.ProjectConfig) -> list[str]:
    return [palette.normalize_hex(c) for c in brief.brand_colors if palette.is_hex(c)]


# --- design_strategy ----------------------------------------------------------------------------


def design_strategy(
    req: phases_pb2.GenerateDesignStrategyRequest,
) -> artifacts_pb2.DesignStrategy:
    """What the site must achieve and how it should feel, from the brief's sector and tone."""
    p = profile(req.brief)
    bank = STRATEGY_BANKS.get(p.sector.key, STRATEGY_BANKS["generic"])
    slots = template_slots(p)
    goal, cta = p.pick("goal", bank.goals)
    audience = p.audience_short or "the people it serves"
    where = _location_suffix(p)
    positioning = f"{p.name} is {p.lead}{where}{',' if where else ''} for {audience}."
    personality = list(
        dict.fromkeys([*p.shuffled("adjectives", p.tone.adjectives)[:3], *bank.personality[:1]])
    )
    messages = [fill(m, slots) for m in p.shuffled("messages", bank.key_messages)[:3]]
    colours = _brand_colours(req.brief)
    colour_phrase = (
        join_phrases([palette.colour_name(c) for c in colours[:2]])
        if colours
        else f"a {palette.colour_name(_derived_primary(p))} signature colour"
    )
    visual = (
        f"{p.tone.visual_phrase}: {colour_phrase}, {_type_phrase(p)}, and "
        f"{p.sector.imagery.split(':')[0]}, {p.tone.imagery_modifier}."
    )
    # What a visitor reads (the promise and the button) is in the brief's language, from its
    # own description and the language's phrasebook; the rest steers the other phases.
    words = Words.for_brief(req.brief)
    promise = " ".join(description_lead(words)) or _value_proposition(p, bank, slots)
    cta = words.sector.primary_action or cta
    return artifacts_pb2.DesignStrategy(
        positioning=positioning,
        value_proposition=promise,
        personality=personality,
        primary_goal=goal,
        call_to_action=cta,
        key_messages=messages,
        visual_direction=visual,
    )


def _location_suffix(p: BriefProfile) -> str:
    # The lead or audience may already say where ("families in Leith"); say it once.
    if not p.place or p.place.lower() in f"{p.lead} {p.audience_short}".lower():
        return ""
    return f" in {p.location}"


def _type_phrase(p: BriefProfile) -> str:
    mood = _resolve_type_mood(p, artifacts_pb2.TYPE_MOOD_UNSPECIFIED)
    return {
        artifacts_pb2.TYPE_MOOD_SERIF: "classic serif headings",
        artifacts_pb2.TYPE_MOOD_GEOMETRIC: "geometric sans-serif headings",
        artifacts_pb2.TYPE_MOOD_TECHNICAL: "monospaced headings over a clean grotesque",
    }.get(mood, "friendly humanist type")


# --- design_context ----------------------------------------------------------------------------

# Tones strong enough to override the sector's own type preference.
_TONE_LED_TYPE = frozenset({"technical", "luxurious", "playful", "bold"})


def _resolve_type_mood(
    p: BriefProfile, given: artifacts_pb2.TypeMood.ValueType
) -> artifacts_pb2.TypeMood.ValueType:
    if given != artifacts_pb2.TYPE_MOOD_UNSPECIFIED:
        return given
    if p.tone.key in _TONE_LED_TYPE or p.sector.type_mood is None:
        return p.tone.type_mood
    return p.sector.type_mood


# What a sector's sites lean toward when the tone leaves room: (density, corners).
SECTOR_SHAPES: dict[
    str, tuple[artifacts_pb2.Density.ValueType | None, artifacts_pb2.CornerStyle.ValueType | None]
] = {
    "food": (None, artifacts_pb2.CORNER_STYLE_ROUND),
    "legal": (None, artifacts_pb2.CORNER_STYLE_SHARP),
    "finance": (None, artifacts_pb2.CORNER_STYLE_SHARP),
    "software": (artifacts_pb2.DENSITY_COMPACT, None),
    "health": (artifacts_pb2.DENSITY_AIRY, artifacts_pb2.CORNER_STYLE_SOFT),
    "fitness": (artifacts_pb2.DENSITY_COMPACT, None),
    "creative": (None, artifacts_pb2.CORNER_STYLE_SHARP),
    "retail": (None, artifacts_pb2.CORNER_STYLE_ROUND),
    "hospitality": (artifacts_pb2.DENSITY_AIRY, None),
    "education": (None, artifacts_pb2.CORNER_STYLE_ROUND),
    "nonprofit": (None, artifacts_pb2.CORNER_STYLE_ROUND),
}


def _shape(
    p: BriefProfile,
) -> tuple[artifacts_pb2.Density.ValueType, artifacts_pb2.CornerStyle.ValueType]:
    """Density and corners: a strong tone decides, otherwise the sector leans in."""
    if p.tone.key in _TONE_LED_TYPE:
        return p.tone.density, p.tone.corner
    density, corner = SECTOR_SHAPES.get(p.sector.key, (None, None))
    return density or p.tone.density, corner or p.tone.corner


def design_context(req: phases_pb2.GenerateDesignContextRequest) -> artifacts_pb2.DesignContext:
    """The brief's market and audience read into density, corners, type mood and imagery."""
    p = profile(req.brief)
    need = p.sector.audience_need
    if p.audience_short:
        summary = f"{upper_first(p.audience_short)}, who come to {need}."
    else:
        summary = f"People looking for {p.lead}, who come to {need}."
    moods = list(
        dict.fromkeys(
            [*p.shuffled("moods", p.sector.moods)[:4], *p.shuffled("tone-moods", p.tone.moods)[:2]]
        )
    )[:6]
    return artifacts_pb2.DesignContext(
        industry=req.brief.industry.strip() or p.sector.key,
        audience_summary=summary,
        mood_keywords=moods,
        imagery_style=f"{upper_first(p.sector.imagery)}, {p.tone.imagery_modifier}.",
        density=_shape(p)[0],
        corner_style=_shape(p)[1],
        type_mood=_resolve_type_mood(p, artifacts_pb2.TYPE_MOOD_UNSPECIFIED),
    )


# --- style_system: fonts -----------------------------------------------------------------------

# System font stacks only: no web fonts, so no network and no layout shift.
FONT_STACKS: dict[str, str] = {
    "transitional": "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, serif",
    "old-style": "'Iowan Old Style', 'Palatino Linotype', 'URW Palladio L', P052, serif",
    "didone": "Didot, 'Bodoni MT', 'Noto Serif Display', 'URW Palladio L', P052, Sylfaen, serif",
    "antique": "Superclarendon, 'Bookman Old Style', 'URW Bookman', 'URW Bookman L', "
    "'Georgia Pro', Georgia, serif",
    "slab": "Rockwell, 'Rockwell Nova', 'Roboto Slab', 'DejaVu Serif', 'Sitka Small', serif",
    "geometric": "Avenir, Montserrat, Corbel, 'URW Gothic', source-sans-pro, sans-serif",
    "rounded": "ui-rounded, 'Hiragino Maru Gothic ProN', Quicksand, Comfortaa, Manjari, "
    "'Arial Rounded MT', 'Arial Rounded MT Bold', Calibri, source-sans-pro, sans-serif",
    "industrial": "Bahnschrift, 'DIN Alternate', 'Franklin Gothic Medium', "
    "'Nimbus Sans Narrow', sans-serif-condensed, sans-serif",
    "humanist": "Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', source-sans-pro, "
    "sans-serif",
    "neo-grotesque": "Inter, Roboto, 'Helvetica Neue', 'Arial Nova', 'Nimbus Sans', Arial, "
    "sans-serif",
    "monospace": "ui-monospace, 'Cascadia Code', 'Source Code Pro', Menlo, Consolas, "
    "'DejaVu Sans Mono', monospace",
    "system-ui": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, "
    "sans-serif",
}

TypeMoodValue: TypeAlias = artifacts_pb2.TypeMood.ValueType

# (type mood, tone or None for any tone) -> (heading stack, body stack) pairings.
FONT_PAIRINGS: dict[tuple[TypeMoodValue, str | None], tuple[tuple[str, str], ...]] = {
    (artifacts_pb2.TYPE_MOOD_SERIF, "warm"): (("old-style", "humanist"), ("antique", "humanist")),
    (artifacts_pb2.TYPE_MOOD_SERIF, "professional"): (
        ("transitional", "neo-grotesque"),
        ("transitional", "system-ui"),
    ),
    (artifacts_pb2.TYPE_MOOD_SERIF, "luxurious"): (
        ("didone", "old-style"),
        ("didone", "humanist"),
    ),
    (artifacts_pb2.TYPE_MOOD_SERIF, "calm"): (("old-style", "humanist"),),
    (artifacts_pb2.TYPE_MOOD_SERIF, None): (
        ("transitional", "humanist"),
        ("old-style", "neo-grotesque"),
        ("slab", "humanist"),
    ),
    (artifacts_pb2.TYPE_MOOD_GEOMETRIC, "playful"): (
        ("rounded", "humanist"),
        ("rounded", "geometric"),
    ),
    (artifacts_pb2.TYPE_MOOD_GEOMETRIC, "bold"): (
        ("industrial", "neo-grotesque"),
        ("geometric", "neo-grotesque"),
    ),
    (artifacts_pb2.TYPE_MOOD_GEOMETRIC, None): (
        ("geometric", "humanist"),
        ("geometric", "neo-grotesque"),
    ),
    (artifacts_pb2.TYPE_MOOD_HUMANIST, "warm"): (("humanist", "humanist"), ("slab", "humanist")),
    (artifacts_pb2.TYPE_MOOD_HUMANIST, "calm"): (
        ("humanist", "humanist"),
        ("old-style", "humanist"),
    ),
    (artifacts_pb2.TYPE_MOOD_HUMANIST, None): (
        ("humanist", "humanist"),
        ("humanist", "neo-grotesque"),
    ),
    (artifacts_pb2.TYPE_MOOD_TECHNICAL, None): (
        ("monospace", "neo-grotesque"),
        ("monospace", "system-ui"),
    ),
}


def font_pair(p: BriefProfile, mood: TypeMoodValue) -> tuple[str, str]:
    """(heading stack, body stack) for a type mood, tuned by tone, varied by brief."""
    if mood == artifacts_pb2.TYPE_MOOD_UNSPECIFIED:
        mood = artifacts_pb2.TYPE_MOOD_HUMANIST
    options = FONT_PAIRINGS.get((mood, p.tone.key)) or FONT_PAIRINGS[(mood, None)]
    heading, body = p.pick("fonts", options)
    return FONT_STACKS[heading], FONT_STACKS[body]


# --- style_system: type scale, space, radius ------------------------------------------------------

# (step, exponent of the ratio, line height); body line height comes from the density.
_TYPE_STEPS: tuple[tuple[str, int, float], ...] = (
    ("body", 0, 0.0),
    ("small", -1, 1.5),
    ("h4", 1, 1.35),
    ("h3", 2, 1.3),
    ("h2", 3, 1.2),
    ("h1", 4, 1.12),
    ("display", 5, 1.05),
)
_BODY_LINE_HEIGHT = {
    artifacts_pb2.DENSITY_COMPACT: 1.5,
    artifacts_pb2.DENSITY_BALANCED: 1.6,
    artifacts_pb2.DENSITY_AIRY: 1.7,
}
_SPACE_UNIT = {
    artifacts_pb2.DENSITY_COMPACT: 6,
    artifacts_pb2.DENSITY_BALANCED: 8,
    artifacts_pb2.DENSITY_AIRY: 10,
}
_RADII: dict[artifacts_pb2.CornerStyle.ValueType, tuple[int, ...]] = {
    artifacts_pb2.CORNER_STYLE_SHARP: (0, 2),
    artifacts_pb2.CORNER_STYLE_SOFT: (6, 8, 10),
    artifacts_pb2.CORNER_STYLE_ROUND: (16, 20, 24),
}


def type_scale(
    base_px: float, ratio: float, heading_weight: int, density: artifacts_pb2.Density.ValueType
) -> list[artifacts_pb2.TypeStep]:
    """A modular scale: each step is the ratio times the one below, in rem of a 16px root."""
    steps = []
    for name, exponent, line_height in _TYPE_STEPS:
        size = base_px / 16 * ratio**exponent
        is_heading = exponent > 0
        steps.append(
            artifacts_pb2.TypeStep(
                name=name,
                size_rem=round(size, 3),
                line_height=line_height or _BODY_LINE_HEIGHT.get(density, 1.6),
                weight=heading_weight if is_heading else 400,
            )
        )
    return steps


# --- style_system: colour ----------------------------------------------------------------------


def _derived_primary(p: BriefProfile) -> str:
    # Sector hue, nudged per brief so two bakeries without brand colours still differ.
    hue = (p.sector.hue + (p.unit("hue") - 0.5) * 28) % 360
    return palette.hsl_hex(hue, p.tone.primary_saturation, p.tone.primary_lightness)


def _harmony(primary_hue: float, harmony: Harmony) -> str:
    hue = harmony.hue if harmony.absolute else primary_hue + harmony.hue
    return palette.hsl_hex(hue, harmony.saturation, harmony.lightness)


# Below this a button in the primary colour barely separates from the page behind it.
_MIN_BUTTON_CONTRAST = 1.6


def palette_tokens(p: BriefProfile, brand: list[str]) -> dict[str, str]:
    """The twelve colour tokens from brand colours (or a derived hue) and the tone's rules."""
    tone = p.tone
    primary = brand[0] if brand else _derived_primary(p)
    h, s, _ = palette.hex_to_hsl(primary)
    accent: str | None = None
    inverse: str | None = None
    for extra in brand[1:]:
        # A very dark brand colour reads as the brand's ink, not as an accent.
        if palette.hex_to_hsl(extra)[2] < 0.25 and inverse is None:
            inverse = extra
        elif accent is None:
            accent = extra
    accent = accent or _harmony(h, p.pick("accent", tone.accents))
    ink_hue = palette.hex_to_hsl(inverse)[0] if inverse else h

    surface_hue = tone.surface_hue if tone.surface_hue is not None else h
    surface_sat = tone.surface_saturation if s > 0.08 else 0.0
    surface = palette.hsl_hex(surface_hue, surface_sat, tone.surface_lightness)
    if palette.contrast_ratio(primary, surface) < _MIN_BUTTON_CONTRAST:
        # A brand colour as dark (or light) as the page itself would make invisible buttons:
        # it becomes the page, and the accent carries the calls to action.
        surface, primary = primary, accent
        h, s, _ = palette.hex_to_hsl(primary)
        accent = _harmony(h, p.pick("accent-2", tone.accents))
    if tone.dark_scheme:
        surface_alt = palette.mix(palette.mix(surface, "#ffffff", 0.05), primary, 0.05)
        text = palette.hsl_hex(h, 0.25, 0.93)
        muted = palette.hsl_hex(h, 0.14, 0.72)
        link = palette.hsl_hex(h, max(s, 0.6), 0.74)
        inverse = inverse or palette.hsl_hex(h, min(0.5, s), 0.17)
    else:
        surface_alt = palette.mix(surface, primary, 0.07)
        text = palette.hsl_hex(ink_hue, min(0.35, s), 0.13)
        muted = palette.hsl_hex(ink_hue, min(0.16, s), 0.38)
        link = primary
        ink_sat = 0.12 if tone.key == "bold" else min(0.45, s)
        inverse = inverse or palette.hsl_hex(h, ink_sat, 0.08 if tone.key == "bold" else 0.14)
    return {
        "primary": primary,
        "on-primary": palette.readable_on(primary, h),
        "accent": accent,
        "on-accent": palette.readable_on(accent),
        "surface": surface,
        "surface-alt": surface_alt,
        "text": text,
        "muted-text": muted,
        "link": link,
        "border": palette.mix(surface, text, 0.15),
        "inverse": inverse,
        "on-inverse": palette.readable_on(inverse, ink_hue, tint=0.25),
    }


def style_system(req: phases_pb2.GenerateStyleSystemRequest) -> artifacts_pb2.StyleSystem:
    """Design tokens from the brand colours, the tone and the design context."""
    p = profile(req.brief)
    ctx = req.design_context
    density = ctx.density or _shape(p)[0]
    corner = ctx.corner_style or _shape(p)[1]
    mood = _resolve_type_mood(p, ctx.type_mood)
    heading_font, body_font = font_pair(p, mood)
    tokens = palette_tokens(p, _brand_colours(req.brief))
    style = artifacts_pb2.StyleSystem(
        colors=[artifacts_pb2.ColorToken(name=k, hex=v) for k, v in tokens.items()],
        heading_font=heading_font,
        body_font=body_font,
        base_size_px=p.tone.base_size_px,
        scale_ratio=p.tone.scale_ratio,
        type_scale=type_scale(
            p.tone.base_size_px, p.tone.scale_ratio, p.tone.heading_weight, density
        ),
        space_unit_px=_SPACE_UNIT.get(density, 8),
        radius_px=p.pick("radius", _RADII.get(corner, _RADII[artifacts_pb2.CORNER_STYLE_SOFT])),
    )
    return palette.ensure_contrast(style)
