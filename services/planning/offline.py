"""The offline planner: sections, pages, images, search metadata and copy from the brief."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeAlias

from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.planning import copybank as bank
from services.planning.copybank import (
    FALLBACK_RECIPE,
    PAGE_RECIPES,
    Blueprint,
    PageRecipe,
    SectorCopy,
    Subject,
)
from services.runtime import palette
from services.runtime.brief_profile import (
    BriefProfile,
    fill,
    join_phrases,
    plain_text,
    profile,
    template_slots,
    upper_first,
)
from services.runtime.slugs import safe_slug

K = artifacts_pb2
Kind: TypeAlias = artifacts_pb2.SectionKind.ValueType
Variant: TypeAlias = artifacts_pb2.SectionVariant.ValueType

MAX_IMAGES = 12
MIN_IMAGES = 6
MAX_SECTIONS_PER_PAGE = 4
MAX_HOME_SECTIONS = 9
ALTERNATING_ROWS = 3
MAX_EYEBROW = 36


# --- shared reading ----------------------------------------------------------------------------


def recipe_for(title: str) -> PageRecipe:
    """The page recipe whose keywords appear as whole words in the title's slug."""
    slug = f"-{safe_slug(title)}-"
    for recipe in PAGE_RECIPES:
        if any(f"-{keyword}-" in slug for keyword in recipe.keywords):
            return recipe
    return FALLBACK_RECIPE


# Every blueprint id names one kind; ids a model or another plan invented fall back to words.
_ID_KINDS: dict[str, Kind] = {
    b.id: b.kind
    for blueprints in (*bank.SECTION_BLUEPRINTS.values(), bank.EXTRA_BLUEPRINTS.values())
    for b in blueprints
}
_KIND_WORDS: tuple[tuple[Kind, tuple[str, ...]], ...] = (
    (K.SECTION_KIND_HERO, ("hero", "intro", "banner", "masthead", "welcome")),
    (K.SECTION_KIND_TESTIMONIALS, ("testimonial", "testimonials", "reviews", "quotes", "stories")),
    (K.SECTION_KIND_FAQ, ("faq", "faqs", "questions")),
    (K.SECTION_KIND_PRICING, ("pricing", "prices", "plans", "memberships", "rates", "fees")),
    (K.SECTION_KIND_TEAM, ("team", "people", "coaches", "tutors", "staff", "lawyers")),
    (K.SECTION_KIND_STATS, ("stats", "numbers", "impact", "results", "figures")),
    (K.SECTION_KIND_GALLERY, ("gallery", "portfolio", "work", "projects", "photos")),
    (K.SECTION_KIND_CONTACT, ("contact", "visit", "location", "find-us", "directions")),
    (K.SECTION_KIND_CTA, ("cta", "order", "signup", "get-started", "get-involved", "book")),
    (K.SECTION_KIND_FEATURES, ("features", "feature", "benefits", "how-it-works", "why")),
    (K.SECTION_KIND_ABOUT, ("about", "story", "mission", "approach", "history", "studio")),
    (K.SECTION_KIND_SERVICES, ("services", "menu", "practice-areas", "products", "treatments",
                               "classes", "courses", "rooms", "collections", "programmes")),
)  # fmt: skip


def kind_of(section_id: str, plan: artifacts_pb2.SectionPlan | None = None) -> Kind:
    """The kind of a section: as the section plan says, else guessed from its id (a model's
    plan may leave a kind unspecified)."""
    if plan is not None:
        for spec in plan.sections:
            if spec.id == section_id and spec.kind:
                return spec.kind

    if section_id in _ID_KINDS:
        return _ID_KINDS[section_id]
    padded = f"-{section_id}-"
    for kind, words in _KIND_WORDS:
        if any(f"-{word}-" in padded for word in words):
            return kind
    return K.SECTION_KIND_TEXT


def _copy_bank(p: BriefProfile) -> SectorCopy:
    """The sector's copy bank, refined by the brief's words (an observability tool is not a
    generic SaaS product)."""
    for key, stems in bank.COPY_REFINEMENTS.get(p.sector.key, ()):
        if any(stem in f"{p.industry} {p.activity} {p.lead}".lower() for stem in stems):
            return bank.SECTOR_COPY[key]
    return bank.SECTOR_COPY.get(p.sector.key, bank.GENERIC_COPY)


def _offerings(p: BriefProfile, copy: SectorCopy) -> list[str]:
    """What the business offers: the brief's own list, else the copy bank's usual items."""
    if p.offerings:
        return list(p.offerings)
    return [title.lower() for title, _, _ in copy.default_items] or list(p.sector.default_offerings)


def planning_slots(p: BriefProfile, copy: SectorCopy) -> dict[str, str]:
    """Template slots with the offerings the planner's copy bank knows about."""
    slots = template_slots(p)
    offers = _offerings(p, copy)[:3]
    text = join_phrases(offers)
    slots.update(
        {
            "offers": text,
            "Offers": upper_first(text),
            "offer0": offers[0],
            "Offer0": upper_first(offers[0]),
        }
    )
    return slots


def _unique(slug: str, used: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in used:
        candidate, n = f"{slug}-{n}", n + 1
    used.add(candidate)
    return candidate


def _page_titles(req_pages: Iterable[str], p: BriefProfile) -> list[str]:
    titles = [plain_text(t) for t in req_pages if plain_text(t)]
    titles = [t for t in titles if safe_slug(t, "") not in {"", "index", "home"}]
    return titles or list(bank.DEFAULT_PAGES.get(p.sector.key, bank.GENERIC_PAGES))


# --- section_plan ------------------------------------------------------------------------------


def section_plan(req: phases_pb2.PlanSectionsRequest) -> artifacts_pb2.SectionPlan:
    """The sector's section blueprint, extended with what the requested pages need."""
    p = profile(req.brief)
    slots = planning_slots(p, _copy_bank(p))
    body: list[Blueprint] = list(
        bank.SECTION_BLUEPRINTS.get(p.sector.key, bank.SECTION_BLUEPRINTS["generic"])
    )
    used = {b.id for b in body}
    extras: list[Blueprint] = []
    for title in _page_titles(req.brief.pages, p):
        recipe = recipe_for(title)
        if recipe.text_topic:
            # Docs, a blog or careers need a section of their own, named after the page.
            section_id = _unique(safe_slug(title, recipe.key), used)
            extras.append(Blueprint(section_id, K.SECTION_KIND_TEXT, recipe.purpose))
            continue
        main_kind = recipe.kinds[0] if recipe.kinds else K.SECTION_KIND_ABOUT
        if all(b.kind != main_kind for b in (*body, *extras)):
            extra = bank.EXTRA_BLUEPRINTS[main_kind]
            extras.append(Blueprint(_unique(extra.id, used), extra.kind, extra.purpose))
    if p.tone.key == "bold" and all(b.kind != K.SECTION_KIND_STATS for b in (*body, *extras)):
        extras.append(bank.EXTRA_BLUEPRINTS[K.SECTION_KIND_STATS])
    # Extras go before the closing contact/CTA sections so a home page still ends on an ask.
    closing = [b for b in body if b.kind in (K.SECTION_KIND_CONTACT, K.SECTION_KIND_CTA)]
    opening = [b for b in body if b not in closing]
    ordered = [*opening, *extras, *closing]
    return artifacts_pb2.SectionPlan(
        sections=[
            artifacts_pb2.SectionSpec(id=b.id, kind=b.kind, purpose=fill(b.purpose, slots))
            for b in ordered
        ]
    )


# --- page_plan ---------------------------------------------------------------------------------


def _nav_label(title: str) -> str:
    words = title.split()
    return title if len(title) <= 18 else " ".join(words[:2])[:18].strip()


def page_plan(req: phases_pb2.PlanPagesRequest) -> artifacts_pb2.PagePlan:
    """The home page, then one page per requested title, each built from 2-4 planned sections."""
    p = profile(req.brief)
    slots = planning_slots(p, _copy_bank(p))
    specs = list(req.section_plan.sections)
    by_kind: dict[Kind, list[str]] = {}
    for spec in specs:
        by_kind.setdefault(kind_of(spec.id) if not spec.kind else spec.kind, []).append(spec.id)
    hero = by_kind.get(K.SECTION_KIND_HERO, [None])[0]
    titles = _page_titles(req.brief.pages, p)
    recipes = [recipe_for(t) for t in titles]
    has_gallery_page = any(r.key == "gallery" for r in recipes)

    used_slugs = {"index"}
    text_ids = list(by_kind.get(K.SECTION_KIND_TEXT, []))
    pages: list[artifacts_pb2.PlannedPage] = []
    for title, recipe in zip(titles, recipes, strict=True):
        slug = _unique(safe_slug(title), used_slugs)
        ids: list[str] = [hero] if hero else []
        for kind in recipe.kinds:
            if kind == K.SECTION_KIND_TEXT:
                own = (
                    next((i for i in text_ids if i == slug), None)
                    or next((i for i in text_ids if recipe_for(i).key == recipe.key), None)
                    or (text_ids[0] if text_ids else None)
                )
                if own:
                    text_ids.remove(own)
                    ids.append(own)
                continue
            # The main offering or feature kind may span two sections ("features",
            # "how-it-works"); everything else contributes its first section.
            take = 2 if kind in (K.SECTION_KIND_SERVICES, K.SECTION_KIND_FEATURES) else 1
            ids.extend(by_kind.get(kind, [])[:take])
        ids = list(dict.fromkeys(ids))[:MAX_SECTIONS_PER_PAGE]
        for filler in (K.SECTION_KIND_CTA, K.SECTION_KIND_CONTACT, K.SECTION_KIND_ABOUT):
            if len(ids) >= 2:
                break
            ids.extend(i for i in by_kind.get(filler, [])[:1] if i not in ids)
        if len(ids) < 2:
            ids.extend(s.id for s in specs if s.id not in ids)
            ids = ids[:2]
        pages.append(
            artifacts_pb2.PlannedPage(
                slug=slug,
                title=title,
                nav_label=_nav_label(title),
                purpose=fill(recipe.purpose, {**slots, "page": title.lower(), "Page": title}),
                section_ids=ids,
            )
        )

    # The home page shows the whole story, except page-only text and a gallery with its own page.
    home_ids = [
        s.id
        for s in specs
        if (s.kind or kind_of(s.id)) != K.SECTION_KIND_TEXT
        and not (has_gallery_page and (s.kind or kind_of(s.id)) == K.SECTION_KIND_GALLERY)
    ]
    for droppable in (K.SECTION_KIND_FAQ, K.SECTION_KIND_TEAM, K.SECTION_KIND_PRICING):
        if len(home_ids) <= MAX_HOME_SECTIONS:
            break
        home_ids = [i for i in home_ids if i not in by_kind.get(droppable, [])]
    home = artifacts_pb2.PlannedPage(
        slug="index",
        title="Home",
        nav_label="Home",
        purpose=fill("Introduce {name} to {audience} and lead them to the next step.", slots),
        section_ids=home_ids[:MAX_HOME_SECTIONS] or [s.id for s in specs[:2]],
    )
    return artifacts_pb2.PagePlan(pages=[home, *pages])


# --- image_plan --------------------------------------------------------------------------------

_IMAGE_SIZES: dict[artifacts_pb2.ImageRole.ValueType, tuple[int, int]] = {
    K.IMAGE_ROLE_HERO: (1600, 900),
    K.IMAGE_ROLE_FEATURE: (800, 600),
    K.IMAGE_ROLE_GALLERY: (800, 800),
    K.IMAGE_ROLE_ILLUSTRATION: (800, 600),
}
_INNER_HERO_SIZE = (1600, 640)
_IMAGE_VARIANTS = frozenset({K.SECTION_VARIANT_SPLIT, K.SECTION_VARIANT_ALTERNATING})
# A split FAQ or contact section pairs text with text; only these kinds pair it with a picture.
_PICTURED_KINDS = frozenset(
    {
        K.SECTION_KIND_ABOUT,
        K.SECTION_KIND_SERVICES,
        K.SECTION_KIND_FEATURES,
        K.SECTION_KIND_CTA,
        K.SECTION_KIND_TEAM,
    }
)


@dataclass(frozen=True)
class _ImageCandidate:
    priority: int  # lower is more important when the budget runs out
    order: int  # position in page order, for a stable, readable plan
    spec: artifacts_pb2.ImageSpec


def _image_prompt(p: BriefProfile, subject: str, colours: list[str]) -> str:
    palette_hint = f" Colour accents of {join_phrases(colours)}." if colours else ""
    imagery = p.sector.imagery.split(":")[0]
    return (
        f"{upper_first(subject)}. {upper_first(imagery)}, {p.tone.imagery_modifier}."
        f"{palette_hint} No text, no logos."
    )


class _SubjectPool:
    """Hands out image subjects so no two images of a site show the same thing, while any
    unused subject remains."""

    def __init__(self, p: BriefProfile, copy: SectorCopy) -> None:
        self.offerings = [
            Subject(
                copy.offering_subject.prompt.replace("{item}", item),
                copy.offering_subject.alt.replace("{Item}", upper_first(item)),
            )
            for item in _offerings(p, copy)
        ]
        self.scenes = p.shuffled("scenes", copy.scenes)
        self.hero = copy.hero_subject
        self.about = copy.about_subject
        self._used: set[str] = set()
        self._repeats = 0

    def take(self, preferred: list[Subject]) -> Subject:
        for subject in (*preferred, *self.scenes, *self.offerings, self.about, self.hero):
            if subject.prompt not in self._used:
                self._used.add(subject.prompt)
                return subject
        # Every subject is taken: show one again, from another angle, so alts stay distinct.
        self._repeats += 1
        again = (preferred or [self.hero])[self._repeats % len(preferred or [self.hero])]
        return Subject(
            f"{again.prompt}, seen from a different angle",
            f"{again.alt}, another view" + (f" ({self._repeats})" if self._repeats > 1 else ""),
        )

    def preferred_for(self, kind: Kind) -> list[Subject]:
        """The subjects that suit a section kind, best first."""
        if kind == K.SECTION_KIND_HERO:
            return [self.hero]
        if kind == K.SECTION_KIND_GALLERY:
            return [*self.offerings, *self.scenes]
        if kind in (K.SECTION_KIND_ABOUT, K.SECTION_KIND_TEAM):
            return [self.about, *self.scenes]
        return [*self.offerings, *self.scenes]


def image_plan(req: phases_pb2.PlanImagesRequest) -> artifacts_pb2.ImagePlan:
    """Images for heroes, split and alternating sections and galleries: 6 to 12 a site."""
    p = profile(req.brief)
    copy = _copy_bank(p)
    slots = {**planning_slots(p, copy), "item": "", "Item": ""}
    pool = _SubjectPool(p, copy)
    colours = [palette.colour_name(c) for c in req.brief.brand_colors[:2] if palette.is_hex(c)]
    variants = {s.section_id: (s.variant, s.columns) for s in req.layout.sections}
    candidates: list[_ImageCandidate] = []
    used_ids: set[str] = set()

    def add(
        priority: int,
        page: str,
        section: str,
        role: artifacts_pb2.ImageRole.ValueType,
        preferred: list[Subject],
        suffix: str = "",
        size: tuple[int, int] | None = None,
    ) -> None:
        subject = pool.take(preferred)
        width, height = size or _IMAGE_SIZES[role]
        base = f"{section}{suffix}" if page == "index" else f"{page}-{section}{suffix}"
        spec = artifacts_pb2.ImageSpec(
            id=_unique(safe_slug(base, "image"), used_ids),
            page_slug=page,
            section_id=section,
            prompt=_image_prompt(p, fill(subject.prompt, slots), colours),
            alt=fill(subject.alt, slots),
            width=width,
            height=height,
            role=role,
        )
        candidates.append(_ImageCandidate(priority, len(candidates), spec))

    gallery_done = False
    for page in req.page_plan.pages:
        home = page.slug == "index"
        for section_id in page.section_ids:
            kind = kind_of(section_id, req.section_plan)
            variant, columns = variants.get(section_id, (K.SECTION_VARIANT_UNSPECIFIED, 1))
            if kind == K.SECTION_KIND_HERO:
                # Inner pages open on a slimmer banner showing a scene, not the home hero again.
                add(
                    0 if home else 3,
                    page.slug,
                    section_id,
                    K.IMAGE_ROLE_HERO,
                    pool.preferred_for(kind) if home else pool.scenes,
                    size=None if home else _INNER_HERO_SIZE,
                )
            elif kind == K.SECTION_KIND_GALLERY and not gallery_done:
                gallery_done = True
                count = min(6, max(4, columns * 2 if columns in (2, 3) else columns))
                for i in range(count):
                    add(
                        1,
                        page.slug,
                        section_id,
                        K.IMAGE_ROLE_GALLERY,
                        pool.preferred_for(kind),
                        f"-{i + 1}",
                    )
            elif variant in _IMAGE_VARIANTS and kind in _PICTURED_KINDS:
                # The renderer pairs alternating rows with images one to one; copy writes
                # three rows for offerings and features, prose sections get one picture.
                rows = (
                    ALTERNATING_ROWS
                    if (
                        variant == K.SECTION_VARIANT_ALTERNATING
                        and kind in (K.SECTION_KIND_SERVICES, K.SECTION_KIND_FEATURES)
                    )
                    else 1
                )
                for i in range(rows):
                    add(
                        2 if home else 4,
                        page.slug,
                        section_id,
                        K.IMAGE_ROLE_FEATURE,
                        pool.preferred_for(kind),
                        f"-{i + 1}" if rows > 1 else "",
                    )
    # Small sites still deserve some pictures: illustrate story and offering sections.
    pictured = {(c.spec.page_slug, c.spec.section_id) for c in candidates}
    for page in req.page_plan.pages:
        for section_id in page.section_ids:
            kind = kind_of(section_id, req.section_plan)
            if len(candidates) >= MIN_IMAGES:
                break
            if kind in _PICTURED_KINDS and (page.slug, section_id) not in pictured:
                pictured.add((page.slug, section_id))
                add(
                    5,
                    page.slug,
                    section_id,
                    K.IMAGE_ROLE_ILLUSTRATION,
                    pool.preferred_for(kind),
                    "-art",
                )
    chosen = sorted(candidates, key=lambda c: (c.priority, c.order))[:MAX_IMAGES]
    return artifacts_pb2.ImagePlan(images=[c.spec for c in sorted(chosen, key=lambda c: c.order)])


# --- seo ---------------------------------------------------------------------------------------

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

# How a meta description names what the business offers, by sector.
_OFFER_SENTENCES: dict[str, str] = {
    "food": "{Offers}, {made} fresh every day.",
    "legal": "Clear advice on {offers}.",
    "finance": "{Offers}, handled properly.",
    "software": "{Offers}, built for production.",
    "health": "{Offers}, with time to listen.",
    "hospitality": "{Offers}{in_place}.",
}

TITLE_MAX = 60
DESCRIPTION_MIN = 70
DESCRIPTION_MAX = 160


def schema_type(p: BriefProfile, industry: str, description: str) -> str:
    """The most specific schema.org type the brief's words support."""
    for text in (industry.lower(), description.lower()):
        for word, found in SCHEMA_TYPES:
            if re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
                return found
    if p.sector.key == "generic":
        return "LocalBusiness" if p.location else "Organization"
    return p.sector.schema_type


def _shorten(text: str, limit: int) -> str:
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
        core = sentence.lower().rstrip(".").split(" ", 1)[-1]
        if not sentence or core in text.lower():
            continue  # already said: padding must add something new
        candidate = f"{text} {sentence}".strip()
        if len(candidate) <= DESCRIPTION_MAX:
            text = candidate
        elif not text:
            text = _shorten(sentence, DESCRIPTION_MAX)
        if len(text) >= DESCRIPTION_MIN + 40:
            break
    if len(text) < DESCRIPTION_MIN:
        text = _shorten(
            f"{text} Find out more about what we do and get in touch today.", DESCRIPTION_MAX
        )
    return text


def _title(*candidates: str) -> str:
    for candidate in candidates:
        if candidate and len(candidate) <= TITLE_MAX:
            return candidate
    return _shorten(candidates[-1], TITLE_MAX)


def seo(req: phases_pb2.PlanSeoRequest) -> artifacts_pb2.SeoStrategy:
    """Titles, descriptions and keywords for every planned page, and the schema.org type."""
    p = profile(req.brief)
    copy = _copy_bank(p)
    slots = planning_slots(p, copy)
    where = f" in {p.place}" if p.place else ""
    lead_title = upper_first(re.sub(r"^(a|an|the)\s+", "", p.lead))
    about = fill("{Name} is {lead}{in_place}.", slots)
    audience = fill("For {audience}.", slots) if p.audience else ""
    offers = fill(_OFFER_SENTENCES.get(p.sector.key, "Offering {offers}."), slots)
    # The brief's own activity ("records every request ...") beats any template when it fits.
    activity = (
        _activity_sentence(p)
        if not p.activity.lower().startswith(("with ", "for ", "from "))
        else ""
    )
    site_description = fit_description(
        [about, activity, offers, audience], [f"Get in touch with {p.name} today."]
    )
    keywords_base = [p.industry, *(o.lower() for o in _offerings(p, copy)[:3])]
    if p.place:
        keywords_base.append(f"{p.industry} {p.place.lower()}")
    pages: list[artifacts_pb2.PageSeo] = []
    for page in req.page_plan.pages:
        if page.slug == "index":
            title = _title(
                f"{p.name} | {lead_title}{where}",
                f"{p.name} | {lead_title}",
                f"{p.name} | {upper_first(p.industry)}{where}",
                p.name,
            )
            description = site_description
            keywords = keywords_base
        else:
            recipe = recipe_for(page.title)
            page_slots = {**slots, "page": page.title.lower(), "Page": page.title}
            title = _title(f"{page.title} | {p.name}", f"{page.title} | {p.name[:40]}", page.title)
            description = fit_description(
                [fill(recipe.description, page_slots)],
                [offers, audience, about, f"Get in touch with {p.name} today."],
            )
            keywords = [page.title.lower(), *keywords_base]
        pages.append(
            artifacts_pb2.PageSeo(
                slug=page.slug,
                title=title,
                meta_description=description,
                keywords=list(dict.fromkeys(k for k in keywords if k))[:8],
            )
        )
    return artifacts_pb2.SeoStrategy(
        site_name=p.name,
        site_description=site_description,
        schema_type=schema_type(p, req.brief.industry, req.brief.description),
        pages=pages,
    )


# --- site_copy ---------------------------------------------------------------------------------

_CLIENT_WORDS: dict[str, str] = {
    "legal": "client", "finance": "client", "creative": "client", "health": "patient",
    "software": "team", "education": "learner", "hospitality": "guest", "fitness": "member",
    "nonprofit": "supporter", "food": "regular",
}  # fmt: skip
_MAKE_VERBS: dict[str, str] = {
    "baked": "bake", "roasted": "roast", "brewed": "brew", "cooked": "cook", "built": "build",
    "designed": "design", "arranged": "arrange",
}  # fmt: skip
# Words that mark a business-name token as a company suffix, not a founder's surname.
_NAME_SUFFIXES = frozenset(
    "llp ltd limited inc co co. & and partners associates law solicitors studio group "
    "the of llc plc gmbh consulting".split()
)


def plain(text: str) -> str:
    """Copy is plain text, whatever a brief field contained."""
    return plain_text(text)


@dataclass
class _Writer:
    """Everything a section writer needs, computed once per site."""

    p: BriefProfile
    copy: SectorCopy
    voice: bank.Voice
    slots: dict[str, str]
    strategy: artifacts_pb2.DesignStrategy
    contact: brief_pb2.ProjectConfig
    team: list[str]
    customers: list[str]
    page_headings: set[str]  # headings already on the current page: never say one twice

    def pick(self, salt: str, options: tuple[str, ...] | list[str]) -> str:
        return fill(self.p.pick(salt, options), self.slots)

    def heading(self, kind: Kind, salt: str, extra: tuple[str, ...] = (), avoid: str = "") -> str:
        options = [*extra, *self.voice.headings.get(kind, ())]
        options = options or list(bank.VOICES["friendly"].headings.get(kind, ("{Name}",)))
        filled = [fill(o, self.slots) for o in self.p.shuffled(f"heading:{salt}", options)]
        fresh = [
            h for h in filled if h.lower() not in self.page_headings and h.lower() != avoid.lower()
        ]
        chosen = (fresh or filled)[0]
        self.page_headings.add(chosen.lower())
        return chosen

    def eyebrow(self, kind: Kind, salt: str) -> str:
        options = self.voice.eyebrows.get(kind) or (bank.DEFAULT_EYEBROWS.get(kind, ""),)
        return self.pick(f"eyebrow:{salt}", options)


def _people(p: BriefProfile, brief_name: str) -> tuple[list[str], list[str]]:
    """(team, customers): distinct, stable names, nobody twice; the team's surnames start with
    the founders' when the business is named after people ("Hartwell Okafor LLP")."""
    firsts = p.shuffled("first-names", bank.FIRST_NAMES)
    surnames = p.shuffled("surnames", bank.SURNAMES)
    founders: list[str] = []
    if p.sector.key in ("legal", "finance", "creative", "generic"):
        founders = [
            w for w in re.findall(r"[A-Z][a-z]+", brief_name) if w.lower() not in _NAME_SUFFIXES
        ][:3]
    others = [s for s in surnames if s not in founders]
    team_surnames = [*founders, *others][:4]
    customer_surnames = [s for s in others if s not in team_surnames]
    team = [f"{f} {s}" for f, s in zip(firsts[:4], team_surnames, strict=False)]
    customers = [f"{f} {s}" for f, s in zip(firsts[4:], customer_surnames, strict=False)]
    return team, customers


def _fit_count(available: int, columns: int, low: int, high: int) -> int:
    """How many items to write so they fill the layout's grid rows evenly."""
    fits = [n for n in range(low, high + 1) if columns <= 1 or n % columns == 0] or [low]
    within = [n for n in fits if n <= available]
    return max(within) if within else min(fits)


def _where(p: BriefProfile, brief: brief_pb2.ProjectConfig) -> str:
    email = brief.contact_email.strip()
    if p.location:
        return f"You will find us in {p.location}."
    if email:
        return f"We work online; write to {email} and we will reply quickly."
    return "We work online and reply to every message quickly."


def _offering_items(w: _Writer, count: int) -> list[artifacts_pb2.CopyItem]:
    items: list[artifacts_pb2.CopyItem] = []
    texts = w.p.shuffled("offering-texts", w.copy.offering_texts)
    # Offerings keep the brief's own casing: they come from mid-sentence ("English", "API").
    for i, item in enumerate(w.p.offerings):
        text = fill(texts[i % len(texts)], {**w.slots, "item": item, "Item": upper_first(item)})
        items.append(artifacts_pb2.CopyItem(title=upper_first(item), text=text))
    for copy_item, price in zip(items, w.copy.prices, strict=False):
        copy_item.meta = fill(price, w.slots)
    taken = {i.title.lower() for i in items}
    for title, text, meta in w.copy.default_items:
        if len(items) >= count:
            break
        if not any(t in title.lower() or title.lower() in t for t in taken):
            items.append(
                artifacts_pb2.CopyItem(
                    title=title, text=fill(text, w.slots), meta=fill(meta, w.slots)
                )
            )
    return items[: max(count, 3)]


@dataclass(frozen=True)
class Arrangement:
    """How the layout arranges a section, which decides how many items fill it."""

    variant: Variant
    columns: int

    def count(self, available: int, low: int, high: int) -> int:
        """How many items to write: alternating rows are three, grids fill whole rows."""
        if self.variant == K.SECTION_VARIANT_ALTERNATING:
            return min(max(low, min(available, ALTERNATING_ROWS)), high)
        return _fit_count(available, self.columns, low, high)


@dataclass(frozen=True)
class _Job:
    """One section of one page to write."""

    section: artifacts_pb2.SectionCopy
    kind: Kind
    page: artifacts_pb2.PlannedPage
    recipe: PageRecipe
    shape: Arrangement

    @property
    def salt(self) -> str:
        return f"{self.page.slug}:{self.section.section_id}"


def _frame(
    w: _Writer,
    job: _Job,
    headings: tuple[str, ...] = (),
    eyebrow: str = "",
    intros: tuple[str, ...] = (),
) -> None:
    """Eyebrow, heading and opening paragraph: what every section kind starts with."""
    sc = job.section
    sc.eyebrow = fill(eyebrow, w.slots) if eyebrow else w.eyebrow(job.kind, job.salt)
    sc.heading = w.heading(job.kind, job.salt, headings, avoid=sc.eyebrow)
    intros = intros or (*w.voice.intros.get(job.kind, ()), *bank.KIND_INTROS.get(job.kind, ()))
    if intros:
        sc.paragraphs.append(w.pick(f"intro:{job.salt}", intros))


def _write_hero(w: _Writer, job: _Job) -> None:
    sc, page, recipe = job.section, job.page, job.recipe
    if page.slug == "index":
        # An eyebrow is a label: the sector's phrasing if short, else the plain industry.
        eyebrows = [fill(e, w.slots) for e in (w.copy.hero_eyebrow, "{Industry}{dot_place}")]
        sc.eyebrow = next((e for e in eyebrows if len(e) <= MAX_EYEBROW), upper_first(w.p.industry))
        value = w.strategy.value_proposition or fill("{Name} is {lead}{in_place}.", w.slots)
        opening = value.split(" ", 1)[0].lower()
        hero_headings = [fill(h, w.slots) for h in w.copy.hero_headings]
        # Short enough for a headline, and not starting like the paragraph under it.
        fitting = [h for h in hero_headings if 8 <= len(h) <= 70]
        varied = [h for h in fitting if h.split(" ", 1)[0].lower() != opening]
        sc.heading = w.p.pick("hero-heading", varied or fitting or [w.p.name])
        w.page_headings.add(sc.heading.lower())
        sc.paragraphs.append(value)
        if w.p.audience and w.p.audience_short.lower() not in value.lower():
            sc.paragraphs.append(fill("Made for {audience}.", w.slots))
        sc.cta_label = w.strategy.call_to_action
        return
    page_slots = {**w.slots, "page": page.title.lower(), "Page": page.title}
    sc.eyebrow = page.title
    # An offerings page opens with the sector's own words ("Practice areas", "The menu").
    headings: tuple[str, ...] = recipe.headings
    if recipe.key == "offerings":
        headings = (*w.copy.offering_headings, *headings)
    sc.heading = fill(w.p.pick(f"page-heading:{page.slug}", headings), page_slots)
    w.page_headings.add(sc.heading.lower())
    sc.paragraphs.append(fill(recipe.intro, page_slots))
    if recipe.key in ("offerings", "features", "pricing"):
        sc.cta_label = w.strategy.call_to_action


def _write_about(w: _Writer, job: _Job) -> None:
    sc = job.section
    sc.eyebrow = w.eyebrow(job.kind, job.salt)
    sc.heading = w.heading(job.kind, job.salt, avoid=sc.eyebrow)
    first, *rest = w.copy.about
    sc.paragraphs.extend([fill(first, w.slots), w.pick(f"about:{job.salt}", rest)])


def _write_offerings(w: _Writer, job: _Job) -> None:
    _frame(w, job, w.copy.offering_headings, eyebrow=w.copy.offering_eyebrow)
    available = len(w.p.offerings) + len(w.copy.default_items)
    items = _offering_items(w, job.shape.count(available, 3, 6))
    columns = job.shape.columns
    # A grid with a half-empty last row looks unfinished: trim to whole rows when that
    # still leaves a full first row.
    if job.shape.variant == K.SECTION_VARIANT_CARDS and columns > 1 and len(items) > columns:
        items = items[: len(items) - len(items) % columns]
    job.section.items.extend(items)


def _write_features(w: _Writer, job: _Job) -> None:
    sc = job.section
    if "how" in sc.section_id and w.copy.how_it_works:
        sc.eyebrow = "How it works"
        sc.heading = w.heading(job.kind, job.salt, bank.HOW_IT_WORKS_HEADINGS)
        sc.paragraphs.append(w.pick(f"how:{job.salt}", bank.HOW_IT_WORKS_INTROS))
        for i, (title, text) in enumerate(w.copy.how_it_works, start=1):
            sc.items.add(title=title, text=fill(text, w.slots), meta=f"Step {i}")
        return
    _frame(w, job)
    features = w.p.shuffled("features", w.copy.features)
    for title, text in features[: job.shape.count(len(features), 3, 6)]:
        sc.items.add(title=title, text=fill(text, w.slots))


def _write_testimonials(w: _Writer, job: _Job) -> None:
    _frame(w, job)
    count = 2 if job.shape.columns == 2 else 3
    for i, (quote, who) in enumerate(w.copy.testimonials[:count]):
        year = str(2014 + int(w.p.unit(f"year:{i}") * 8))
        job.section.items.add(
            title=w.customers[i],
            text=fill(quote, w.slots),
            meta=fill(who, {**w.slots, "year": year}),
        )


def _write_faq(w: _Writer, job: _Job) -> None:
    _frame(w, job)
    faqs = list(w.copy.faqs)
    faqs += [f for f in bank.GENERIC_COPY.faqs if f[0] not in {q for q, _ in faqs}]
    for question, answer in faqs[:5]:
        job.section.items.add(title=fill(question, w.slots), text=fill(answer, w.slots))


def _write_stats(w: _Writer, job: _Job) -> None:
    _frame(w, job)
    for figure, label, text in w.copy.stats[: 3 if job.shape.columns == 3 else 4]:
        job.section.items.add(title=label, text=fill(text, w.slots), meta=fill(figure, w.slots))


def _write_pricing(w: _Writer, job: _Job) -> None:
    _frame(w, job)
    for name, text, price in w.copy.plans[:3]:
        job.section.items.add(title=name, text=fill(text, w.slots), meta=fill(price, w.slots))
    job.section.cta_label = w.strategy.call_to_action


def _write_team(w: _Writer, job: _Job) -> None:
    _frame(w, job)
    count = 3 if job.shape.columns == 3 else 4
    for person, (role, bio) in zip(w.team, w.copy.team_roles[:count], strict=False):
        job.section.items.add(title=person, text=fill(bio, w.slots), meta=role)


def _write_contact(w: _Writer, job: _Job) -> None:
    _frame(w, job)
    sc, brief = job.section, w.contact
    if brief.location.strip():
        sc.items.add(title="Address", text=" ".join(brief.location.split()), meta="Find us")
    if brief.contact_email.strip():
        sc.items.add(title="Email", text=brief.contact_email.strip(), meta="Write to us")
    if brief.phone.strip():
        sc.items.add(title="Phone", text=brief.phone.strip(), meta="Call us")
    title, text = w.copy.contact_extra
    sc.items.add(title=title, text=fill(text, w.slots))
    sc.cta_label = w.strategy.call_to_action


def _write_cta(w: _Writer, job: _Job) -> None:
    _frame(w, job, w.copy.cta_headings, intros=w.copy.cta_paragraphs)
    job.section.cta_label = w.strategy.call_to_action or "Get in touch"


def _write_gallery(w: _Writer, job: _Job) -> None:
    _frame(w, job)


def _write_text(w: _Writer, job: _Job) -> None:
    sc, page = job.section, job.page
    own = recipe_for(sc.section_id)
    own = own if own.text_topic else job.recipe
    page_slots = {**w.slots, "page": page.title.lower(), "Page": page.title}
    sc.eyebrow = (
        page.title if page.slug != "index" else upper_first(sc.section_id.replace("-", " "))
    )
    fresh = [h for h in own.headings if fill(h, page_slots).lower() not in w.page_headings]
    sc.heading = fill(w.p.pick(f"text:{job.salt}", fresh or own.headings), page_slots)
    w.page_headings.add(sc.heading.lower())
    sc.paragraphs.append(fill(bank.TEXT_TOPIC_INTROS.get(own.text_topic, own.intro), page_slots))
    if own.text_topic == "journal":
        for i, topic in enumerate(w.copy.journal_topics):
            sc.items.add(
                title=fill(topic, w.slots),
                text=bank.JOURNAL_TEXTS[i % len(bank.JOURNAL_TEXTS)],
                meta=f"{4 + i * 2} min read",
            )
    else:
        for title, text, meta in bank.TEXT_TOPICS.get(own.text_topic, ()):
            sc.items.add(title=title, text=fill(text, w.slots), meta=meta)


# Each kind's writer fills what its SectionCopy needs; a table, so adding a kind is one entry.
SECTION_WRITERS: dict[Kind, Callable[[_Writer, _Job], None]] = {
    K.SECTION_KIND_HERO: _write_hero,
    K.SECTION_KIND_ABOUT: _write_about,
    K.SECTION_KIND_SERVICES: _write_offerings,
    K.SECTION_KIND_FEATURES: _write_features,
    K.SECTION_KIND_TESTIMONIALS: _write_testimonials,
    K.SECTION_KIND_FAQ: _write_faq,
    K.SECTION_KIND_STATS: _write_stats,
    K.SECTION_KIND_PRICING: _write_pricing,
    K.SECTION_KIND_TEAM: _write_team,
    K.SECTION_KIND_CONTACT: _write_contact,
    K.SECTION_KIND_CTA: _write_cta,
    K.SECTION_KIND_GALLERY: _write_gallery,
    K.SECTION_KIND_TEXT: _write_text,
}


def _activity_sentence(p: BriefProfile) -> str:
    """The brief's activity as a sentence: "Tracewind records ...", "We spend our days baking
    ...", or "" when the description has none."""
    activity = p.activity.rstrip(". ")
    first = activity.split(" ", 1)[0].lower() if activity else ""
    if not activity:
        return ""
    if first.endswith("ing"):
        return f"We spend our days {activity}."
    if first.endswith("s") and not first.endswith("ss"):
        return f"{p.name} {activity}."
    return ""


def _copy_slots(
    p: BriefProfile, copy: SectorCopy, brief: brief_pb2.ProjectConfig
) -> dict[str, str]:
    slots = planning_slots(p, copy)
    currency = p.currency
    activity_sentence = _activity_sentence(p) or fill("We make {offers}.", slots)
    slots.update(
        {
            "c": currency,
            "vat": " + VAT" if currency in ("£", "€") else "",
            "customer": _CLIENT_WORDS.get(p.sector.key, "customer"),
            "make": _MAKE_VERBS.get(p.craft, "make"),
            "dot_place": f" · {p.place}" if p.place else "",
            "location": p.location,
            "Where": _where(p, brief),
            "activity_sentence": activity_sentence,
            "Activity_sentence": upper_first(activity_sentence),
        }
    )
    return slots


def site_copy(req: phases_pb2.WriteCopyRequest) -> artifacts_pb2.SiteCopy:
    """Copy for every section of every page, written from the brief and the strategy."""
    p = profile(req.brief)
    copy = _copy_bank(p)
    slots = _copy_slots(p, copy, req.brief)
    team, customers = _people(p, req.brief.business_name)
    writer = _Writer(
        p=p,
        copy=copy,
        voice=bank.VOICES.get(p.tone.key, bank.VOICES["friendly"]),
        slots=slots,
        strategy=req.design_strategy,
        contact=req.brief,
        team=team,
        customers=customers,
        page_headings=set(),
    )
    shapes = {s.section_id: Arrangement(s.variant, s.columns) for s in req.layout.sections}
    pages: list[artifacts_pb2.PageCopy] = []
    for page in req.page_plan.pages:
        recipe = recipe_for(page.title) if page.slug != "index" else FALLBACK_RECIPE
        page_copy = artifacts_pb2.PageCopy(slug=page.slug)
        writer.page_headings = set()
        for section_id in page.section_ids:
            section = artifacts_pb2.SectionCopy(section_id=section_id)
            kind = kind_of(section_id, req.section_plan)
            shape = shapes.get(section_id, Arrangement(K.SECTION_VARIANT_UNSPECIFIED, 3))
            SECTION_WRITERS.get(kind, _write_text)(writer, _Job(section, kind, page, recipe, shape))
            _make_plain(section)
            page_copy.sections.append(section)
        pages.append(page_copy)
    tagline = req.design_strategy.value_proposition or fill("{Lead}{in_place}.", slots)
    return artifacts_pb2.SiteCopy(tagline=plain(_shorten_tagline(p, tagline)), pages=pages)


def _shorten_tagline(p: BriefProfile, value: str) -> str:
    # A header tagline must fit on one line; the lead phrase is the short fallback.
    if len(value) <= 90:
        return value
    return upper_first(f"{p.lead}{p.in_place}.")


def _make_plain(section: artifacts_pb2.SectionCopy) -> None:
    section.eyebrow = plain(section.eyebrow)
    section.heading = plain(section.heading)
    section.cta_label = plain(section.cta_label)
    paragraphs = [plain(t) for t in section.paragraphs]
    del section.paragraphs[:]
    section.paragraphs.extend(t for t in paragraphs if t)
    for item in section.items:
        item.title, item.text, item.meta = plain(item.title), plain(item.text), plain(item.meta)
