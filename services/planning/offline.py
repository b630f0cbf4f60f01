"""The offline planner: sections, pages, images, search metadata and copy from the brief."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.kit import palette
from services.kit.brief_profile import BriefProfile, profile, template_slots
from services.kit.brief_text import fill, join_phrases, plain_text, upper_first
from services.kit.brief_words import Words, description_lead, offerings, writing_language
from services.kit.seo import fit_description, name_title, page_title, schema_type
from services.kit.slugs import safe_slug
from services.planning import copybank as bank
from services.planning import writer
from services.planning.copybank import (
    FALLBACK_RECIPE,
    PAGE_RECIPES,
    Blueprint,
    PageRecipe,
)

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


_RECIPES = {recipe.key: recipe for recipe in PAGE_RECIPES}


def recipe_for(title: str, language: str = "") -> PageRecipe:
    """The page recipe for a title in any offline language (the phrasebooks' page keywords),
    else the one whose English keywords appear as whole words in the title's slug."""
    purpose = writer.page_purpose(title, safe_slug(title, ""), language)
    if purpose in _RECIPES:
        return _RECIPES[purpose]
    slug = f"-{safe_slug(title, '')}-"
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


def planning_slots(p: BriefProfile, words: Words) -> dict[str, str]:
    """Slots of the planner's internal purposes and image prompts (never shown to visitors)."""
    slots = template_slots(p)
    offers = [o.name for o in offerings(words)[:3]] or list(p.sector.default_offerings)
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


def _page_titles(brief: brief_pb2.ProjectConfig) -> list[str]:
    """The brief's page titles in any script, each kept (only a second home page goes); a
    brief that lists none gets About, Services and Contact in its language."""
    titles = [plain_text(t) for t in brief.pages if plain_text(t)]
    titles = [t for t in titles if safe_slug(t, "page") not in {"index", "home"}]
    if not titles and not brief.pages:
        return list(writer.DEFAULT_PAGE_TITLES[writing_language(brief)])
    return list(dict.fromkeys(titles))


# --- section_plan ------------------------------------------------------------------------------


def section_plan(req: phases_pb2.PlanSectionsRequest) -> artifacts_pb2.SectionPlan:
    """The sector's section blueprint, extended with what the requested pages need."""
    p = profile(req.brief)
    slots = planning_slots(p, Words.for_brief(req.brief))
    body: list[Blueprint] = list(
        bank.SECTION_BLUEPRINTS.get(p.sector.key, bank.SECTION_BLUEPRINTS["generic"])
    )
    used = {b.id for b in body}
    extras: list[Blueprint] = []
    for title in _page_titles(req.brief):
        recipe = recipe_for(title, req.brief.language)
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
    # Every fact the brief gives is shown: its testimonials, team, figures and prices get a
    # section even where the sector's usual plan has none.
    for kind in sorted(writer.FACT_KINDS):
        present = any(b.kind == kind for b in (*body, *extras))
        if not present and writer.has_facts_for(kind, req.brief):
            extra = bank.EXTRA_BLUEPRINTS[kind]
            extras.append(Blueprint(_unique(extra.id, used), extra.kind, extra.purpose))
    # A founding year or credentials the brief gives are said in an about section: a sector
    # whose plan has none (fitness, trades, software) gets one, so no fact the business gave
    # is dropped.
    if writer.has_story_facts(req.brief) and all(
        b.kind != K.SECTION_KIND_ABOUT for b in (*body, *extras)
    ):
        extra = bank.EXTRA_BLUEPRINTS[K.SECTION_KIND_ABOUT]
        extras.append(Blueprint(_unique(extra.id, used), extra.kind, extra.purpose))
    # Extras go before the closing contact/CTA sections so a home page still ends on an ask.
    closing = [b for b in body if b.kind in (K.SECTION_KIND_CONTACT, K.SECTION_KIND_CTA)]
    opening = [b for b in body if b not in closing]
    # Testimonials, team, figures and prices exist only with the brief's facts, or as marked
    # placeholders when the job asks for them: never invented.
    ordered = [
        b
        for b in (*opening, *extras, *closing)
        if b.kind not in writer.FACT_KINDS
        or req.placeholders
        or writer.has_facts_for(b.kind, req.brief)
    ]
    return artifacts_pb2.SectionPlan(
        sections=[
            artifacts_pb2.SectionSpec(id=b.id, kind=b.kind, purpose=fill(b.purpose, slots))
            for b in ordered
        ]
    )


# --- page_plan ---------------------------------------------------------------------------------


def page_plan(req: phases_pb2.PlanPagesRequest) -> artifacts_pb2.PagePlan:
    """The home page, then one page per requested title, each built from 2-4 planned sections."""
    p = profile(req.brief)
    slots = planning_slots(p, Words.for_brief(req.brief))
    specs = list(req.section_plan.sections)
    by_kind: dict[Kind, list[str]] = {}
    for spec in specs:
        by_kind.setdefault(kind_of(spec.id) if not spec.kind else spec.kind, []).append(spec.id)
    hero = by_kind.get(K.SECTION_KIND_HERO, [None])[0]
    titles = _page_titles(req.brief)
    language = req.brief.language
    recipes = [recipe_for(t, language) for t in titles]
    has_gallery_page = any(r.key == "gallery" for r in recipes)

    used_slugs = {"index"}
    text_ids = list(by_kind.get(K.SECTION_KIND_TEXT, []))
    pages: list[artifacts_pb2.PlannedPage] = []
    for title, recipe in zip(titles, recipes, strict=True):
        slug = _unique(safe_slug(title, "page"), used_slugs)
        ids: list[str] = [hero] if hero else []
        for kind in recipe.kinds:
            if kind == K.SECTION_KIND_TEXT:
                own = (
                    next((i for i in text_ids if i == slug), None)
                    or next(
                        (
                            i
                            for i in text_ids
                            if recipe_for(i, req.brief.language).key == recipe.key
                        ),
                        None,
                    )
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
        # A page whose own kinds need facts the brief lacks still says something true; its
        # call to action stays last.
        for filler in (K.SECTION_KIND_ABOUT, K.SECTION_KIND_CTA, K.SECTION_KIND_CONTACT):
            if len(ids) >= 3:
                break
            ids.extend(i for i in by_kind.get(filler, [])[:1] if i not in ids)
        ctas = [i for i in ids if i in by_kind.get(K.SECTION_KIND_CTA, [])]
        ids = [i for i in ids if i not in ctas] + ctas
        if len(ids) < 2:
            ids.extend(s.id for s in specs if s.id not in ids)
            ids = ids[:2]
        pages.append(
            artifacts_pb2.PlannedPage(
                slug=slug,
                title=title,
                nav_label=title,
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
    home_label = Words.for_brief(req.brief).ui.home
    home = artifacts_pb2.PlannedPage(
        slug="index",
        title=home_label,
        nav_label=home_label,
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
    """Hands out image subjects (prompts for an image model) so no two images of a site show
    the same thing, while any unused subject remains. Offline images are abstract art, so
    their alt text is empty: decorative to a screen reader, true in every language."""

    def __init__(self, p: BriefProfile, words: Words) -> None:
        imagery = p.sector.imagery.split(":")[-1]
        self.offerings = [o.name for o in offerings(words)]
        self.scenes = p.shuffled("scenes", [s.strip() for s in imagery.split(",") if s.strip()])
        self.hero = f"{words.sector.label}, {words.slots['name']}"
        self._used: set[str] = set()
        self._repeats = 0

    def take(self, preferred: list[str]) -> str:
        for subject in (*preferred, *self.scenes, *self.offerings, self.hero):
            if subject not in self._used:
                self._used.add(subject)
                return subject
        # Every subject is taken: show one again, from another angle.
        self._repeats += 1
        again = (preferred or [self.hero])[self._repeats % len(preferred or [self.hero])]
        return f"{again}, seen from a different angle ({self._repeats})"

    def preferred_for(self, kind: Kind) -> list[str]:
        """The subjects that suit a section kind, best first."""
        if kind == K.SECTION_KIND_HERO:
            return [self.hero]
        if kind in (K.SECTION_KIND_ABOUT, K.SECTION_KIND_TEAM):
            return list(self.scenes)
        return [*self.offerings, *self.scenes]


def image_plan(req: phases_pb2.PlanImagesRequest) -> artifacts_pb2.ImagePlan:
    """Images for heroes, split and alternating sections and galleries: 6 to 12 a site."""
    p = profile(req.brief)
    words = Words.for_brief(req.brief)
    pool = _SubjectPool(p, words)
    colours = [palette.colour_name(c) for c in req.brief.brand_colors[:2] if palette.is_hex(c)]
    variants = {s.section_id: (s.variant, s.columns) for s in req.layout.sections}
    candidates: list[_ImageCandidate] = []
    used_ids: set[str] = set()

    def add(
        priority: int,
        page: str,
        section: str,
        role: artifacts_pb2.ImageRole.ValueType,
        preferred: list[str],
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
            prompt=_image_prompt(p, subject, colours),
            alt="",
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


def seo(req: phases_pb2.PlanSeoRequest) -> artifacts_pb2.SeoStrategy:
    """Titles, descriptions and keywords for every planned page, in the brief's language."""
    words = Words.for_brief(req.brief)
    name, s = plain_text(req.brief.business_name), words.sector
    lead = " ".join(description_lead(words))
    opening = words.pick("meta", s.meta_descriptions)
    site_description = fit_description([opening, lead], [words.pick("tagline", s.taglines)])
    tagline = words.pick("tagline", s.taglines)
    keywords_base = [plain_text(req.brief.industry) or s.label, words.slots["location"]]
    keywords_base += [o.name for o in offerings(words)[:3]]
    pages: list[artifacts_pb2.PageSeo] = []
    for page in req.page_plan.pages:
        if page.slug == "index":
            title = page_title(f"{name} | {tagline}", f"{name} | {s.label}", name)
            description = site_description
            keywords = keywords_base
        else:
            title_text = plain_text(page.title)
            purpose = writer.page_purpose(page.title, page.slug, req.brief.language)
            pw = words.page_words(purpose)
            own = words.pick(f"meta:{page.slug}", pw.descriptions, page=title_text) if pw else ""
            title = name_title(title_text, name)
            description = fit_description([own, lead], [opening, tagline])
            keywords = [title_text, *keywords_base]
        pages.append(
            artifacts_pb2.PageSeo(
                slug=page.slug,
                title=title,
                meta_description=description,
                keywords=list(dict.fromkeys(k for k in keywords if k))[:8],
            )
        )
    return artifacts_pb2.SeoStrategy(
        site_name=name,
        site_description=site_description,
        schema_type=schema_type(req.brief),
        pages=pages,
    )


# --- site_copy ---------------------------------------------------------------------------------


def site_copy(req: phases_pb2.WriteCopyRequest) -> artifacts_pb2.SiteCopy:
    """Copy for every section of every page: the language's phrasebook around the brief's facts."""
    words = Words.for_brief(req.brief, placeholders=req.placeholders)
    pages = [_page_copy(words, page, req.layout, req.section_plan) for page in req.page_plan.pages]
    return artifacts_pb2.SiteCopy(tagline=_tagline(words), pages=pages)


def page_copy(req: phases_pb2.WritePageCopyRequest) -> artifacts_pb2.SiteCopy:
    """One page's copy and the site's tagline: word for word what site_copy writes for it."""
    words = Words.for_brief(req.brief, placeholders=req.placeholders)
    page = _page_copy(words, req.page, req.layout, req.section_plan)
    return artifacts_pb2.SiteCopy(tagline=_tagline(words), pages=[page])


def _page_copy(
    words: Words,
    page: artifacts_pb2.PlannedPage,
    layout: artifacts_pb2.Layout,
    sections: artifacts_pb2.SectionPlan,
) -> artifacts_pb2.PageCopy:
    columns = {s.section_id: s.columns for s in layout.sections}
    page_copy = artifacts_pb2.PageCopy(slug=page.slug)
    kinds = [kind_of(section_id, sections) for section_id in page.section_ids]
    has_contact = K.SECTION_KIND_CONTACT in kinds and bool(writer.contact_items(words))
    headings: set[str] = set()
    for section_id, kind in zip(page.section_ids, kinds, strict=True):
        shape = columns.get(section_id, 3)
        written = writer.write_section(words, section_id, kind, page, shape, has_contact, headings)
        if written is not None:
            page_copy.sections.append(written)
    return page_copy


def _tagline(words: Words) -> str:
    # A stable pick: every page's copy call writes the same tagline.
    return words.pick("tagline", words.sector.taglines) or words.slots["name"]
