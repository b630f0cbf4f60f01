"""What the offline provider says, in one language: the shape every words/<code>.py fills in.

A phrasebook holds no facts. A name, a price, a figure, a date, a quote or a credential on an
offline site comes from the brief; the phrasebook holds the sentences around them, written
by a native copywriter for each sector and tone, and the interface's own words.

Slots: a template may use only the slots its field's comment lists. Each is filled verbatim
from the brief, so a template must read correctly with any value in it (put a slot where a
bare noun phrase or proper name fits the grammar: after a colon, as an apposition, after
"bei"/"chez"/"en"/"في"). A template whose slot the brief leaves empty is never chosen.
  {name}      the business name            {location}  where it is ("Leith, Edinburgh")
  {audience}  who it is for, as written    {phone} {email}  contact details
  {year}      the founding year            {page}      a page's title, as written
  {item}      one offering's name          {days} {hours}  one line of opening hours
"""

from __future__ import annotations

import string
from dataclasses import dataclass, fields
from importlib import import_module
from typing import Any

from services.kit.claims import claims_in

# Sector keys every phrasebook writes (the engine's sector table uses the same keys).
SECTORS: tuple[str, ...] = (
    "food",  # restaurants, bistros, bakeries, delis, caterers
    "street_food",  # food trucks, ice-cream vans, market stalls
    "cafe",  # cafés, coffee roasters, tea houses
    "dental",  # dental practices
    "health",  # medical practices, clinics, physiotherapy, therapy
    "fitness",  # gyms, yoga studios, personal trainers
    "legal",  # law firms, notaries
    "finance",  # accountants, tax advisers, insurance brokers
    "software",  # software products, developer tools, apps
    "creative",  # design studios, photographers, agencies
    "retail",  # shops, boutiques, florists, bookshops
    "luxury",  # watchmakers, jewellers, luxury houses
    "trades",  # plumbers, electricians, builders, carpenters
    "tutoring",  # tutors, language and music schools, courses
    "hospitality",  # hotels, B&Bs, guesthouses
    "nonprofit",  # charities, foundations, associations
    "generic",  # anything else: must fit any business
)

# Tone keys: the brief's Tone, with "friendly" for TONE_UNSPECIFIED.
TONES: tuple[str, ...] = (
    "warm", "professional", "playful", "bold", "calm", "luxurious", "technical", "friendly",
)  # fmt: skip

# Page purposes: a requested page's title is matched against each purpose's keywords.
PAGE_PURPOSES: tuple[str, ...] = (
    "contact",  # contact, visit, find us, directions, booking by message
    "offerings",  # menu, services, treatments, products, flavours, rooms, courses
    "pricing",  # prices, plans, fees, memberships
    "about",  # about, story, philosophy, approach
    "team",  # team, people, staff
    "reviews",  # reviews, testimonials
    "gallery",  # gallery, portfolio, work, photos
    "faq",  # questions, help
    "booking",  # appointments, reservations, book a table/room
    "donate",  # donate, give, support us (says how to give)
    "volunteer",  # volunteer, get involved, join us
    "features",  # features, how it works, product tour
    "docs",  # documentation, guides, API
    "journal",  # blog, news, journal
    "careers",  # jobs, careers
    "events",  # events, workshops, what's on
    "location",  # directions, getting here, neighbourhood (a place page)
)

# Section kinds, as the engine names them (artifacts.SectionKind without the prefix).
KINDS: tuple[str, ...] = (
    "hero", "about", "services", "features", "testimonials", "faq", "pricing", "team",
    "stats", "gallery", "contact", "cta", "text",
)  # fmt: skip


@dataclass(frozen=True)
class Pair:
    """A title with its text: an offering and its line, a step, a question and its answer."""

    title: str
    text: str


@dataclass(frozen=True)
class SectorWords:
    """How one kind of business is written about. 2-3 variants wherever a tuple is asked."""

    # Words that identify the sector in the brief's industry or description, lower case, in
    # this language (several forms: "zahnarzt", "zahnarztpraxis", "zahnärztin"). Matched as
    # whole words or word starts, so a stem like "zahnarzt" matches "zahnarztpraxis".
    keywords: tuple[str, ...]
    # What the business is, as a short label for an eyebrow or a meta line: "Dental practice".
    label: str
    # Home page headline, 3-8 words. Slots: {name} {location}.
    hero_headings: tuple[str, ...]
    # The sentence under it when the brief's own description is long. Slots: {name} {location}.
    hero_lines: tuple[str, ...]
    # The hero's button, a verb phrase of 1-3 words: "Book an appointment", "See the menu".
    primary_action: str
    # About section: headings, and 2-3 paragraphs of plain descriptive copy on how such a
    # business works with its customers (no history, no claims of years, awards, numbers).
    # Slots: {name} {location} {audience}.
    about_headings: tuple[str, ...]
    about_paragraphs: tuple[str, ...]
    # Offerings section: headings ("Our treatments", "On the menu") and a one-line intro.
    # Slots: {name}.
    offerings_headings: tuple[str, ...]
    offerings_intro: tuple[str, ...]
    # A line under an offering the brief names without describing it. No slots; must fit
    # any offering of the sector ("Ask us what suits you best.").
    offering_blurbs: tuple[str, ...]
    # How working with the business goes, 3 steps ("Book", "Talk it through", "Treatment").
    # Slots: {phone} {email} allowed in texts (a step using one is skipped when it is empty).
    process_heading: str
    steps: tuple[Pair, ...]
    # 4-6 questions a visitor of this sector asks, answered without any fact the brief might
    # not hold (no prices, durations, numbers, names). Slots: {name} {location} {phone} {email}.
    faq: tuple[Pair, ...]
    # The closing call to action: headings and a sentence. Slots: {name} {location}.
    cta_headings: tuple[str, ...]
    cta_lines: tuple[str, ...]
    # The home page meta description's opening, 60-110 characters. Slots: {name} {location}.
    meta_descriptions: tuple[str, ...]
    # A short tagline for the footer and titles, 2-6 words. Slots: {name} {location}.
    taglines: tuple[str, ...]


@dataclass(frozen=True)
class PageWords:
    """A page whose title matches `keywords`: how it opens and describes itself."""

    # Slug words of page titles for this purpose in this language ("kontakt", "anfahrt").
    # Matched against the transliterated, hyphenated title; include the common plurals.
    keywords: tuple[str, ...]
    # The page's opening heading. Slots: {name} {page} {location}.
    headings: tuple[str, ...]
    # The paragraph under it, 1-2 sentences. Slots: {name} {page} {location}.
    intros: tuple[str, ...]
    # Its meta description, 70-150 characters. Slots: {name} {page} {location}.
    descriptions: tuple[str, ...]
    # Body paragraphs for purposes that have no section kind of their own (donate, volunteer,
    # booking, docs, journal, careers, events, location): what a visitor does here, with no
    # invented fact. Slots: {name} {phone} {email} {location}. Empty for the other purposes.
    body: tuple[str, ...] = ()


@dataclass(frozen=True)
class Interface:
    """The site's own words: labels, section titles by kind, contact and placeholder text."""

    home: str  # the home page's nav label: "Home", "Startseite"
    # Section headings and eyebrows by kind (KINDS), 2 variants each; used when the sector has
    # nothing better. Slots: {name}.
    headings: dict[str, tuple[str, ...]]
    eyebrows: dict[str, str]
    # Contact section.
    contact_headings: tuple[str, ...]
    contact_intros: tuple[str, ...]  # Slots: {name}.
    address: str  # "Address"
    phone: str  # "Phone"
    email: str  # "Email"
    hours: str  # "Opening hours"
    call_action: str  # button: "Call us"
    write_action: str  # button: "Write to us"
    # Facts from the brief, framed: founded "Since {year}", a credential list's heading.
    founded: str  # Slots: {year}
    credentials_heading: str
    team_heading: str
    reviews_heading: str
    figures_heading: str
    prices_heading: str
    # Questions the engine asks and answers from the brief's own facts.
    faq_where: str  # "Where do I find you?" (answered with the address or location)
    faq_when: str  # "When are you open?" (answered with the opening hours)
    faq_reach: str  # "How do I reach you?" (answered with phone and e-mail)
    reach_answer: str  # Slots: {phone} {email} — e.g. "Call {phone} or write to {email}."
    reach_phone_only: str  # Slots: {phone}
    reach_email_only: str  # Slots: {email}
    # Placeholders (only with --placeholders): what the owner must supply, clearly a blank.
    placeholder_note: str  # "Placeholder: replace before publishing"
    placeholder_quote: str  # "A customer's words, quoted with their permission."
    placeholder_attribution: str  # "Customer's name"
    placeholder_person: str  # "Name"
    placeholder_role: str  # "Role"
    placeholder_bio: str  # "A sentence or two about this person."
    placeholder_figure: str  # the value, no digit: "XX" or "—"
    placeholder_figure_label: str  # "What this figure counts"
    placeholder_price: str  # "Price"
    # How a list is joined: ", " and the final " and ".
    list_separator: str
    list_last: str
    # Lower-case the first letter of a brief phrase put mid-sentence (English, French,
    # Spanish: yes; German nouns and Arabic: no).
    lowercase_inserted: bool


@dataclass(frozen=True)
class ToneWords:
    """What a tone changes in the words: a CTA line and a contact intro in its voice."""

    cta_lines: tuple[str, ...]  # Slots: {name}
    contact_intros: tuple[str, ...]  # Slots: {name}


@dataclass(frozen=True)
class Phrasebook:
    """Everything the offline provider writes in one language."""

    code: str  # "de"
    sectors: dict[str, SectorWords]  # every key of SECTORS
    pages: dict[str, PageWords]  # every key of PAGE_PURPOSES
    tones: dict[str, ToneWords]  # every key of TONES
    interface: Interface


_SLOTS = frozenset(
    {"name", "location", "audience", "phone", "email", "year", "page", "item", "days", "hours"}
)


def slots_of(template: str) -> set[str]:
    """The slot names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def texts_of(value: Any, where: str) -> list[tuple[str, str]]:
    """Every string inside a phrasebook value, with where it is."""
    if isinstance(value, str):
        return [(where, value)]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in texts_of(v, f"{where}.{k}")]
    if isinstance(value, tuple):
        return [t for i, v in enumerate(value) for t in texts_of(v, f"{where}[{i}]")]
    if hasattr(value, "__dataclass_fields__"):
        return [
            t for f in fields(value) for t in texts_of(getattr(value, f.name), f"{where}.{f.name}")
        ]
    return []


def problems(book: Phrasebook) -> list[str]:
    """What is missing or malformed in a phrasebook; empty when it is complete."""
    found: list[str] = []
    for table, keys in ((book.sectors, SECTORS), (book.pages, PAGE_PURPOSES), (book.tones, TONES)):
        found += [f"missing {key!r}" for key in keys if key not in table]
        found += [f"unknown {key!r}" for key in table if key not in keys]
    found += [
        f"interface.headings: missing {k!r}" for k in KINDS if k not in book.interface.headings
    ]
    for where, text in texts_of(book, book.code):
        if not text.strip() and not where.endswith("list_last"):
            found.append(f"{where}: empty")
        try:
            unknown = slots_of(text) - _SLOTS
        except ValueError as exc:
            found.append(f"{where}: {exc}")
            continue
        if unknown:
            found.append(f"{where}: unknown slot(s) {sorted(unknown)}")
        # A phrasebook sentence is said of every business of its sector: it may praise none.
        if ".keywords" not in where and (claims := claims_in(text, book.code)):
            found.append(f"{where}: claims {claims} that no brief gave: {text!r}")
    for key, sector in book.sectors.items():
        for name in ("hero_headings", "about_paragraphs", "faq", "steps"):
            if len(getattr(sector, name)) < 2:
                found.append(f"sectors.{key}.{name}: give at least 2")
    return found


def phrasebook(code: str) -> Phrasebook:
    """The phrasebook of an offline language (services/kit/words/<code>.py)."""
    module = import_module(f"services.kit.words.{code}")
    return module.BOOK  # type: ignore[no-any-return]


if __name__ == "__main__":  # python -m services.kit.phrasebook de: is the German book complete?
    import sys

    for code in sys.argv[1:]:
        issues = problems(phrasebook(code))
        print(f"{code}: {'complete' if not issues else f'{len(issues)} problem(s)'}")
        for issue in issues:
            print(f"  {issue}")
        if issues:
            raise SystemExit(1)
