"""The offline copywriter: every word in the brief's language, every fact from the brief.

Sentences come from the language's phrasebook (services/kit/words); names, quotes, prices,
figures, dates, hours and addresses come only from the brief. A section that needs facts the
brief lacks is left out, or drawn as a marked placeholder when the job asks for placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from sitefarm.v1 import artifacts_pb2, brief_pb2

from services.kit.brief_profile import stable_int
from services.kit.brief_text import plain_text
from services.kit.brief_words import Words, description_lead, offerings
from services.kit.languages import OFFLINE_LANGUAGES, offline_language
from services.kit.phrasebook import Pair, phrasebook

K = artifacts_pb2
Kind: TypeAlias = artifacts_pb2.SectionKind.ValueType

MAX_FAQ = 5

# The pages of a brief that asks for none, in each offline language's usual words.
DEFAULT_PAGE_TITLES: dict[str, tuple[str, ...]] = {
    "en": ("About", "Services", "Contact"),
    "de": ("Über uns", "Leistungen", "Kontakt"),
    "fr": ("À propos", "Services", "Contact"),
    "es": ("Sobre nosotros", "Servicios", "Contacto"),
    "ar": ("من نحن", "خدماتنا", "اتصل بنا"),
}
HERO_LEAD_MAX = 220

# --- facts -----------------------------------------------------------------------------------


def has_facts_for(kind: Kind, brief: brief_pb2.ProjectConfig) -> bool:
    """Whether the brief holds what a section of this kind must show to exist at all."""
    if kind == K.SECTION_KIND_CONTACT:
        # A way to reach or find the business; without one the section would be a heading.
        return any(
            plain_text(value)
            for value in (brief.address, brief.location, brief.phone, brief.contact_email)
        ) or any(h.days.strip() for h in brief.opening_hours)
    if kind == K.SECTION_KIND_TESTIMONIALS:
        return any(t.quote.strip() for t in brief.testimonials)
    if kind == K.SECTION_KIND_TEAM:
        return any(m.name.strip() for m in brief.team)
    if kind == K.SECTION_KIND_STATS:
        return any(f.value.strip() and f.label.strip() for f in brief.figures)
    if kind == K.SECTION_KIND_PRICING:
        return any(o.price.strip() for o in brief.offerings)
    return True


def has_story_facts(brief: brief_pb2.ProjectConfig) -> bool:
    """Whether the brief gives a founding year or credentials, which an about section says."""
    return bool(brief.founded.strip()) or any(c.strip() for c in brief.credentials)


FACT_KINDS = frozenset(
    {
        K.SECTION_KIND_TESTIMONIALS,
        K.SECTION_KIND_TEAM,
        K.SECTION_KIND_STATS,
        K.SECTION_KIND_PRICING,
        # Planned only with an address, a place, a phone, an e-mail or hours to show.
        K.SECTION_KIND_CONTACT,
    }
)
# The kinds whose items are the brief's facts (or marked placeholders), never sentences.
ITEM_FACT_KINDS = FACT_KINDS - {K.SECTION_KIND_CONTACT}


def contact_items(words: Words) -> list[artifacts_pb2.CopyItem]:
    """Address, phone, e-mail and opening hours, exactly as the brief gives them."""
    brief, ui = words.brief, words.ui
    items: list[artifacts_pb2.CopyItem] = []
    address = plain_text(brief.address) or plain_text(brief.location)
    if address:
        items.append(artifacts_pb2.CopyItem(title=ui.address, text=address))
    if phone := plain_text(brief.phone):
        items.append(artifacts_pb2.CopyItem(title=ui.phone, text=phone, meta=ui.call_action))
    if email := plain_text(brief.contact_email):
        items.append(artifacts_pb2.CopyItem(title=ui.email, text=email, meta=ui.write_action))
    if hours := hours_text(words):
        items.append(artifacts_pb2.CopyItem(title=ui.hours, text=hours))
    return items


def hours_text(words: Words) -> str:
    """The opening hours as written, one "days: hours" group after another."""
    brief = words.brief
    colon = "\u202f: " if words.book.code == "fr" else ": "  # French sets a thin space before it
    lines = [
        f"{plain_text(h.days)}{colon}{plain_text(h.hours)}"
        if h.hours.strip()
        else plain_text(h.days)
        for h in brief.opening_hours
        if h.days.strip()
    ]
    return words.ui.list_separator.join(lines)


def fact_faq(words: Words) -> list[artifacts_pb2.CopyItem]:
    """Questions the brief's own facts answer: where, when, how to reach."""
    brief, ui = words.brief, words.ui
    items: list[artifacts_pb2.CopyItem] = []
    if where := plain_text(brief.address) or plain_text(brief.location):
        items.append(artifacts_pb2.CopyItem(title=ui.faq_where, text=where))
    if hours := hours_text(words):
        items.append(artifacts_pb2.CopyItem(title=ui.faq_when, text=hours))
    reach = (
        words.fill(ui.reach_answer)
        or words.fill(ui.reach_phone_only)
        or words.fill(ui.reach_email_only)
    )
    if reach:
        items.append(artifacts_pb2.CopyItem(title=ui.faq_reach, text=reach))
    return items


def sector_faq(words: Words, salt: str) -> list[artifacts_pb2.CopyItem]:
    """The sector's questions whose answers the brief can fill."""
    pairs: list[Pair] = list(words.sector.faq)
    return [
        artifacts_pb2.CopyItem(title=q, text=a)
        for pair in pairs
        if (q := words.fill(pair.title)) and (a := words.fill(pair.text))
    ]


def placeholder_items(words: Words, kind: Kind, count: int) -> list[artifacts_pb2.CopyItem]:
    """Marked blanks for the owner to fill in, never shown as real: a price beside each
    offering, a quote, a person, a figure."""
    ui = words.ui
    if kind == K.SECTION_KIND_PRICING:
        # A price beside each offering; with none named, the offering is a blank too.
        named = [(o.name, o.text) for o in offerings(words)[:count]]
        return [
            artifacts_pb2.CopyItem(
                title=title, text=text, meta=ui.placeholder_price, placeholder=True
            )
            for title, text in named or [(ui.placeholder_note, "")] * count
        ]
    blank = {
        K.SECTION_KIND_TESTIMONIALS: {
            "title": ui.placeholder_attribution,
            "text": ui.placeholder_quote,
        },
        K.SECTION_KIND_TEAM: {
            "title": ui.placeholder_person,
            "text": ui.placeholder_bio,
            "meta": ui.placeholder_role,
        },
        K.SECTION_KIND_STATS: {
            "title": ui.placeholder_figure_label,
            "meta": ui.placeholder_figure,
        },
    }[kind]
    return [artifacts_pb2.CopyItem(**blank, placeholder=True) for _ in range(count)]


def fact_items(words: Words, kind: Kind) -> list[artifacts_pb2.CopyItem]:
    """The brief's own testimonials, team, figures or prices as items; [] when it has none."""
    brief = words.brief
    if kind == K.SECTION_KIND_TESTIMONIALS:
        return [
            artifacts_pb2.CopyItem(title=plain_text(t.attribution), text=plain_text(t.quote))
            for t in brief.testimonials
            if t.quote.strip()
        ]
    if kind == K.SECTION_KIND_TEAM:
        return [
            artifacts_pb2.CopyItem(
                title=plain_text(m.name), text=plain_text(m.bio), meta=plain_text(m.role)
            )
            for m in brief.team
            if m.name.strip()
        ]
    if kind == K.SECTION_KIND_STATS:
        return [
            artifacts_pb2.CopyItem(title=plain_text(f.label), meta=plain_text(f.value))
            for f in brief.figures
            if f.value.strip() and f.label.strip()
        ]
    if kind == K.SECTION_KIND_PRICING:
        return [
            artifacts_pb2.CopyItem(
                title=plain_text(o.name), text=plain_text(o.description), meta=plain_text(o.price)
            )
            for o in brief.offerings
            if o.price.strip() and o.name.strip()
        ]
    return []


# --- page purposes ---------------------------------------------------------------------------

# Purposes whose page opens on text of their own (what to do here), not on a section kind.
TEXT_PURPOSES = frozenset(
    {"booking", "donate", "volunteer", "docs", "journal", "careers", "events", "location"}
)


def page_purpose(title: str, slug: str, language: str = "") -> str:
    """What a page is for, from its title: the longest page keyword of the brief's language
    that the title holds as whole words, else of another offline language; "" for none."""
    padded, raw = f"-{slug}-", title.lower()
    codes = [c for c in (offline_language(language), *OFFLINE_LANGUAGES) if c]
    for code in dict.fromkeys(codes):
        try:
            book = phrasebook(code)
        except (ImportError, AttributeError):  # a language being written stops no other
            continue
        best = (0, "")
        for purpose, page in book.pages.items():
            for keyword in page.keywords:
                keyword = "-".join(keyword.strip().lower().split())
                if len(keyword) > best[0] and _title_holds(padded, raw, keyword):
                    best = (len(keyword), purpose)
        if best[1]:
            return best[1]
    return ""


def _title_holds(padded_slug: str, raw_title: str, keyword: str) -> bool:
    """Whole words only: in the transliterated slug, or (for a keyword in another script,
    such as Arabic) in the title as written."""
    if keyword.isascii():
        return f"-{keyword}-" in padded_slug
    words = keyword.replace("-", " ")
    return re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", raw_title) is not None


# --- sections --------------------------------------------------------------------------------


@dataclass
class Section:
    """One section of one page being written, and what the writer knows about its place."""

    copy: artifacts_pb2.SectionCopy
    kind: Kind
    page: artifacts_pb2.PlannedPage
    purpose: str
    columns: int
    salt: str
    page_has_contact: bool = False
    page_headings: set[str] = field(default_factory=set)  # shared by the page's sections


def _heading(
    words: Words, sc: Section, options: Sequence[str], fallback: str = "", **extra: str
) -> str:
    """A stable choice of heading that this page has not used yet."""
    filled = words.options(options, **extra)
    fresh = [h for h in filled if h.casefold() not in sc.page_headings] or filled
    if not fresh:
        chosen = fallback or words.slots["name"]
    else:
        chosen = fresh[stable_int(words.slots["name"], "heading", sc.salt) % len(fresh)]
    sc.page_headings.add(chosen.casefold())
    return chosen


def _frame(words: Words, sc: Section, headings: Sequence[str], intros: Sequence[str] = ()) -> None:
    """Eyebrow, heading and opening line, the way every section kind starts."""
    kind_name = _KIND_NAMES.get(sc.kind, "text")
    sc.copy.eyebrow = words.ui.eyebrows.get(kind_name, "")
    options = [*headings, *words.ui.headings.get(kind_name, ())]
    sc.copy.heading = _heading(words, sc, options)
    if intro := words.pick(f"intro:{sc.salt}", intros):
        sc.copy.paragraphs.append(intro)


def _write_hero(words: Words, sc: Section) -> None:
    s, page = words.sector, sc.page
    if page.slug == "index":
        location = words.slots["location"]
        # The brief's own word for its trade is the most exact label, when it is short.
        industry = plain_text(words.brief.industry)
        label = industry[:1].upper() + industry[1:] if 0 < len(industry) <= 32 else s.label
        sc.copy.eyebrow = f"{label} · {location}" if location else label
        sc.copy.heading = _heading(words, sc, s.hero_headings)
        lead = description_lead(words)
        # A long description reads badly under a headline: the sector's line stands in, and
        # the about section opens with the brief's own words instead.
        if (
            lead
            and len(lead[0]) > HERO_LEAD_MAX
            and (line := words.pick("hero-line", s.hero_lines))
        ):
            lead = [line]
        sc.copy.paragraphs.extend(lead)
        sc.copy.cta_label = s.primary_action
        return
    pw = words.page_words(sc.purpose)
    sc.copy.eyebrow = words.slots["name"]
    title = plain_text(page.title)
    sc.copy.heading = _heading(words, sc, pw.headings if pw else (), fallback=title, page=title)
    if pw and (intro := words.pick(f"page-intro:{page.slug}", pw.intros, page=title)):
        sc.copy.paragraphs.append(intro)
    if sc.purpose in ("offerings", "pricing", "features", "booking"):
        sc.copy.cta_label = s.primary_action


def _write_about(words: Words, sc: Section) -> None:
    s = words.sector
    _frame(words, sc, s.about_headings)
    lead = description_lead(words)
    if lead and len(lead[0]) > HERO_LEAD_MAX:
        sc.copy.paragraphs.extend(lead)
    paragraphs = words.options(s.about_paragraphs)
    # Two, in the order they are written: a later paragraph may build on the first ("With
    # that, we ..."), so the first always leads and a stable pick of the others follows.
    if len(paragraphs) > 2:
        rest = paragraphs[1:]
        paragraphs = [paragraphs[0], rest[stable_int(words.slots["name"], sc.salt) % len(rest)]]
    sc.copy.paragraphs.extend(paragraphs)
    if founded := words.fill(words.ui.founded):
        sc.copy.paragraphs.append(founded)
    for credential in words.brief.credentials:
        if text := plain_text(credential):
            sc.copy.items.add(title=text)


def _write_offerings(words: Words, sc: Section) -> None:
    s = words.sector
    offered = offerings(words)
    blurbs = words.options(s.offering_blurbs)
    start = stable_int(words.slots["name"], sc.salt)
    if not offered:
        # Nothing named: the brief's own words say what it does (the home page's hero
        # already did), then an invitation to ask. No guessed list of services.
        _frame(words, sc, s.offerings_headings)
        if sc.page.slug != "index":
            sc.copy.paragraphs.extend(description_lead(words))
        if blurbs:
            sc.copy.paragraphs.append(blurbs[start % len(blurbs)])
        return
    _frame(words, sc, s.offerings_headings, s.offerings_intro)
    for i, offering in enumerate(offered):
        # Blurbs in turn, so two offerings never share one while another is unused.
        text = offering.text or (blurbs[(start + i) % len(blurbs)] if blurbs else "")
        sc.copy.items.add(title=offering.name, text=text, meta=offering.price)


def _write_features(words: Words, sc: Section) -> None:
    s = words.sector
    if words.sector_key == "software" and "how" not in sc.copy.section_id:
        _write_offerings(words, sc)
        return
    sc.copy.eyebrow = words.ui.eyebrows.get("features", "")
    sc.copy.heading = s.process_heading
    for step in s.steps:
        if (title := words.fill(step.title)) and (text := words.fill(step.text)):
            sc.copy.items.add(title=title, text=text)


def _write_facts(words: Words, sc: Section) -> None:
    """Testimonials, team, figures or prices: the brief's, or marked placeholders, or none."""
    ui = words.ui
    headings = {
        K.SECTION_KIND_TESTIMONIALS: ui.reviews_heading,
        K.SECTION_KIND_TEAM: ui.team_heading,
        K.SECTION_KIND_STATS: ui.figures_heading,
        K.SECTION_KIND_PRICING: ui.prices_heading,
    }
    _frame(words, sc, (headings[sc.kind],))
    items = fact_items(words, sc.kind)
    if not items and words.placeholders:
        items = placeholder_items(words, sc.kind, 3 if sc.columns != 2 else 2)
        sc.copy.placeholder = True
    sc.copy.items.extend(items)
    if sc.kind == K.SECTION_KIND_PRICING:
        sc.copy.cta_label = words.sector.primary_action


def _write_faq(words: Words, sc: Section) -> None:
    _frame(words, sc, ())
    # Where, when and how to reach: asked only where no contact section already answers.
    answered = sc.page_has_contact
    items = [*([] if answered else fact_faq(words)), *sector_faq(words, sc.salt)]
    sc.copy.items.extend(items[:MAX_FAQ])


def _write_contact(words: Words, sc: Section) -> None:
    ui = words.ui
    _frame(words, sc, ui.contact_headings, (*words.tone.contact_intros, *ui.contact_intros))
    # The renderer prints address, phone and e-mail from the brief beside the section; the
    # items add what it does not: the opening hours.
    if hours := hours_text(words):
        sc.copy.items.add(title=ui.hours, text=hours)
    if words.slots["phone"]:
        sc.copy.cta_label = ui.call_action
    elif words.slots["email"]:
        sc.copy.cta_label = ui.write_action


def _write_cta(words: Words, sc: Section) -> None:
    s = words.sector
    _frame(words, sc, s.cta_headings, (*words.tone.cta_lines, *s.cta_lines))
    sc.copy.cta_label = s.primary_action


def _write_gallery(words: Words, sc: Section) -> None:
    _frame(words, sc, ())


def _write_text(words: Words, sc: Section) -> None:
    """A page's own text: what to do on a Donate, Volunteer, Booking or Careers page."""
    purpose = (
        sc.purpose
        if sc.purpose in TEXT_PURPOSES
        else page_purpose(sc.copy.section_id, sc.copy.section_id, words.brief.language)
    )
    pw = words.page_words(purpose) if purpose else None
    title = plain_text(sc.page.title)
    sc.copy.eyebrow = title if sc.page.slug != "index" else words.slots["name"]
    if pw is not None and pw.body:
        sc.copy.heading = _heading(words, sc, pw.headings, fallback=title, page=title)
        sc.copy.paragraphs.extend(words.options(pw.body))
        return
    sc.copy.heading = _heading(words, sc, words.sector.about_headings, fallback=title)
    sc.copy.paragraphs.extend(words.options(words.sector.about_paragraphs)[:2])


_KIND_NAMES: dict[Kind, str] = {
    K.SECTION_KIND_HERO: "hero",
    K.SECTION_KIND_ABOUT: "about",
    K.SECTION_KIND_SERVICES: "services",
    K.SECTION_KIND_FEATURES: "features",
    K.SECTION_KIND_TESTIMONIALS: "testimonials",
    K.SECTION_KIND_FAQ: "faq",
    K.SECTION_KIND_PRICING: "pricing",
    K.SECTION_KIND_TEAM: "team",
    K.SECTION_KIND_STATS: "stats",
    K.SECTION_KIND_GALLERY: "gallery",
    K.SECTION_KIND_CONTACT: "contact",
    K.SECTION_KIND_CTA: "cta",
    K.SECTION_KIND_TEXT: "text",
}

SECTION_WRITERS = {
    K.SECTION_KIND_HERO: _write_hero,
    K.SECTION_KIND_ABOUT: _write_about,
    K.SECTION_KIND_SERVICES: _write_offerings,
    K.SECTION_KIND_FEATURES: _write_features,
    K.SECTION_KIND_TESTIMONIALS: _write_facts,
    K.SECTION_KIND_TEAM: _write_facts,
    K.SECTION_KIND_STATS: _write_facts,
    K.SECTION_KIND_PRICING: _write_facts,
    K.SECTION_KIND_FAQ: _write_faq,
    K.SECTION_KIND_CONTACT: _write_contact,
    K.SECTION_KIND_CTA: _write_cta,
    K.SECTION_KIND_GALLERY: _write_gallery,
    K.SECTION_KIND_TEXT: _write_text,
}

# Kinds that say nothing without items: left out when the brief gives them none.
_NEEDS_ITEMS = frozenset({*ITEM_FACT_KINDS, K.SECTION_KIND_FAQ})


def write_section(
    words: Words,
    section_id: str,
    kind: Kind,
    page: artifacts_pb2.PlannedPage,
    columns: int,
    page_has_contact: bool = False,
    page_headings: set[str] | None = None,
) -> artifacts_pb2.SectionCopy | None:
    """One section's copy, or None when the brief gives it nothing true to say."""
    language = words.brief.language
    purpose = "" if page.slug == "index" else page_purpose(page.title, page.slug, language)
    sc = Section(
        artifacts_pb2.SectionCopy(section_id=section_id),
        kind,
        page,
        purpose,
        columns,
        f"{page.slug}:{section_id}",
        page_has_contact,
        page_headings if page_headings is not None else set(),
    )
    SECTION_WRITERS.get(kind, _write_text)(words, sc)
    if kind in _NEEDS_ITEMS and not sc.copy.items:
        return None
    if kind == K.SECTION_KIND_CONTACT and not contact_items(words):
        # Nothing to say about getting in touch: no address, phone or e-mail. The planner
        # leaves such a section out; a placeholder job marks where the details go.
        if not words.placeholders:
            return None
        sc.copy.paragraphs[:] = [words.ui.placeholder_note]
        sc.copy.placeholder = True
        sc.copy.cta_label = ""
    return sc.copy
