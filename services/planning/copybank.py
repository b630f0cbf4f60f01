"""The offline planner's structure: the sections each sector's site is built from and the
kinds of section each kind of page holds. No visible words: those live in services/kit/words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from sitefarm.v1 import artifacts_pb2

K = artifacts_pb2  # short alias for the SectionKind constants below
Kind: TypeAlias = artifacts_pb2.SectionKind.ValueType

# Purposes are instructions for the other phases, filled by brief_text.fill: {name}
# {offer0} {offers} {audience} {page}; a capitalised slot name gives the capitalised value.


# --- section blueprints ------------------------------------------------------------------------


@dataclass(frozen=True)
class Blueprint:
    """One section a sector's site is built from: its id, kind and purpose."""

    id: str
    kind: Kind
    purpose: str


def _b(section_id: str, kind: Kind, purpose: str) -> Blueprint:
    return Blueprint(section_id, kind, purpose)


# A gallery's pictures are made by the image generator: illustrations, never the business's
# own work, projects, premises or people, so its words may not present them as such.
GALLERY_PURPOSE = (
    "Show illustrations in the spirit of {name}; they are generated art, so never call them "
    "its work, projects, premises or people."
)

SECTION_BLUEPRINTS: dict[str, tuple[Blueprint, ...]] = {
    "food": (
        _b("hero", K.SECTION_KIND_HERO, "Make {offer0} irresistible and say where to find it."),
        _b("story", K.SECTION_KIND_ABOUT, "Tell how {name} began and why it does things slowly."),
        _b("menu", K.SECTION_KIND_SERVICES, "Show what is on the counter, with prices."),
        _b("gallery", K.SECTION_KIND_GALLERY, GALLERY_PURPOSE),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let regulars say why they come back."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer questions about orders, allergens and hours."),
        _b("visit", K.SECTION_KIND_CONTACT, "Give the address, hours and how to order ahead."),
        _b("order", K.SECTION_KIND_CTA, "Turn appetite into a visit or an order."),
    ),
    "legal": (
        _b("hero", K.SECTION_KIND_HERO, "Reassure a worried visitor they are in the right place."),
        _b("practice-areas", K.SECTION_KIND_SERVICES, "Show the problems the firm solves."),
        _b("approach", K.SECTION_KIND_ABOUT, "Explain how the firm works and what it costs."),
        _b("team", K.SECTION_KIND_TEAM, "Introduce the lawyers a client would work with."),
        _b("stats", K.SECTION_KIND_STATS, "Back the promise with track record."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let clients vouch for the firm."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer the questions people are afraid to ask."),
        _b("contact", K.SECTION_KIND_CONTACT, "Make the first conversation easy to start."),
        _b("cta", K.SECTION_KIND_CTA, "Invite a confidential first call."),
    ),
    "finance": (
        _b("hero", K.SECTION_KIND_HERO, "Promise calm, organised numbers."),
        _b("services", K.SECTION_KIND_SERVICES, "Show what is handled and for whom."),
        _b("approach", K.SECTION_KIND_ABOUT, "Explain how working together runs month to month."),
        _b("pricing", K.SECTION_KIND_PRICING, "Show fixed fees plainly."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let clients describe the relief."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer questions about switching and deadlines."),
        _b("contact", K.SECTION_KIND_CONTACT, "Offer a first call."),
        _b("cta", K.SECTION_KIND_CTA, "Invite a free call."),
    ),
    "software": (
        _b("hero", K.SECTION_KIND_HERO, "Say what it does in one breath and get a first install."),
        _b("features", K.SECTION_KIND_FEATURES, "Show the capabilities that matter in production."),
        _b("how-it-works", K.SECTION_KIND_FEATURES, "Walk through setup to first result."),
        _b("stats", K.SECTION_KIND_STATS, "Prove it is fast and light."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let engineers vouch for it."),
        _b("pricing", K.SECTION_KIND_PRICING, "Show plans and what is free."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer objections about data, overhead and lock-in."),
        _b("cta", K.SECTION_KIND_CTA, "Get the first install."),
    ),
    "health": (
        _b("hero", K.SECTION_KIND_HERO, "Reassure and invite a first appointment."),
        _b("treatments", K.SECTION_KIND_SERVICES, "Show the treatments and what they cost."),
        _b("about", K.SECTION_KIND_ABOUT, "Explain the clinic's way of caring."),
        _b("team", K.SECTION_KIND_TEAM, "Introduce the practitioners."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let patients speak."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer first-visit questions."),
        _b("contact", K.SECTION_KIND_CONTACT, "Give address, hours and booking."),
        _b("cta", K.SECTION_KIND_CTA, "Invite a booking."),
    ),
    "fitness": (
        _b("hero", K.SECTION_KIND_HERO, "Make a first session feel doable."),
        _b("classes", K.SECTION_KIND_SERVICES, "Show the classes and who they suit."),
        _b("stats", K.SECTION_KIND_STATS, "Show the community in numbers."),
        _b("coaches", K.SECTION_KIND_TEAM, "Introduce the coaches."),
        _b("memberships", K.SECTION_KIND_PRICING, "Show memberships plainly."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let members tell their story."),
        _b("contact", K.SECTION_KIND_CONTACT, "Give the address and timetable."),
        _b("cta", K.SECTION_KIND_CTA, "Book a first session."),
    ),
    "creative": (
        _b("hero", K.SECTION_KIND_HERO, "State the studio's point of view."),
        _b("work", K.SECTION_KIND_GALLERY, GALLERY_PURPOSE),
        _b("services", K.SECTION_KIND_SERVICES, "Say what the studio does."),
        _b("studio", K.SECTION_KIND_ABOUT, "Explain how projects run."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let clients describe the collaboration."),
        _b("contact", K.SECTION_KIND_CONTACT, "Start a project conversation."),
        _b("cta", K.SECTION_KIND_CTA, "Invite a project enquiry."),
    ),
    "retail": (
        _b("hero", K.SECTION_KIND_HERO, "Show the best of the shop."),
        _b("collections", K.SECTION_KIND_SERVICES, "Show what is in stock."),
        _b("story", K.SECTION_KIND_ABOUT, "Tell the shop's story."),
        _b("gallery", K.SECTION_KIND_GALLERY, GALLERY_PURPOSE),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let customers speak."),
        _b("visit", K.SECTION_KIND_CONTACT, "Give address and opening hours."),
        _b("cta", K.SECTION_KIND_CTA, "Bring people in."),
    ),
    "trades": (
        _b("hero", K.SECTION_KIND_HERO, "Promise reliable work and a fast quote."),
        _b("services", K.SECTION_KIND_SERVICES, "Show the jobs the team takes on."),
        _b("stats", K.SECTION_KIND_STATS, "Show reliability in numbers."),
        _b("projects", K.SECTION_KIND_GALLERY, GALLERY_PURPOSE),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let customers vouch for the work."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer questions about quotes and certificates."),
        _b("contact", K.SECTION_KIND_CONTACT, "Make asking for a quote easy."),
        _b("cta", K.SECTION_KIND_CTA, "Ask for a quote."),
    ),
    "hospitality": (
        _b("hero", K.SECTION_KIND_HERO, "Make the stay feel close enough to touch."),
        _b("rooms", K.SECTION_KIND_SERVICES, "Show the rooms and rates."),
        _b("story", K.SECTION_KIND_ABOUT, "Tell the story of the house and the area."),
        _b("gallery", K.SECTION_KIND_GALLERY, GALLERY_PURPOSE),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let guests speak."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer check-in and parking questions."),
        _b("contact", K.SECTION_KIND_CONTACT, "Give directions and contact."),
        _b("cta", K.SECTION_KIND_CTA, "Book direct."),
    ),
    "education": (
        _b("hero", K.SECTION_KIND_HERO, "Promise progress and confidence."),
        _b("courses", K.SECTION_KIND_SERVICES, "Show what is taught and to whom."),
        _b("approach", K.SECTION_KIND_ABOUT, "Explain how teaching works."),
        _b("stats", K.SECTION_KIND_STATS, "Show results."),
        _b("tutors", K.SECTION_KIND_TEAM, "Introduce the teachers."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let parents and learners speak."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer enrolment questions."),
        _b("contact", K.SECTION_KIND_CONTACT, "Make enquiring easy."),
        _b("cta", K.SECTION_KIND_CTA, "Book a trial lesson."),
    ),
    "nonprofit": (
        _b("hero", K.SECTION_KIND_HERO, "State the cause and the way to help."),
        _b("mission", K.SECTION_KIND_ABOUT, "Explain why the charity exists."),
        _b("programmes", K.SECTION_KIND_SERVICES, "Show what the charity does."),
        _b("impact", K.SECTION_KIND_STATS, "Show impact in numbers."),
        _b("stories", K.SECTION_KIND_TESTIMONIALS, "Share the voices of people helped."),
        _b("contact", K.SECTION_KIND_CONTACT, "Make getting in touch easy."),
        _b("get-involved", K.SECTION_KIND_CTA, "Turn sympathy into action."),
    ),
    "generic": (
        _b("hero", K.SECTION_KIND_HERO, "Say what {name} does and for whom."),
        _b("services", K.SECTION_KIND_SERVICES, "Show what is on offer."),
        _b("about", K.SECTION_KIND_ABOUT, "Tell the story behind {name}."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let customers speak."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer common questions."),
        _b("contact", K.SECTION_KIND_CONTACT, "Make getting in touch easy."),
        _b("cta", K.SECTION_KIND_CTA, "Invite the next step."),
    ),
}  # fmt: skip

# Sections added when a page asks for a kind the sector's blueprint lacks.
EXTRA_BLUEPRINTS: dict[Kind, Blueprint] = {
    K.SECTION_KIND_PRICING: _b("pricing", K.SECTION_KIND_PRICING, "Show prices plainly."),
    K.SECTION_KIND_TEAM: _b("team", K.SECTION_KIND_TEAM, "Introduce the people."),
    K.SECTION_KIND_FAQ: _b("faq", K.SECTION_KIND_FAQ, "Answer common questions."),
    K.SECTION_KIND_GALLERY: _b("gallery", K.SECTION_KIND_GALLERY, GALLERY_PURPOSE),
    K.SECTION_KIND_STATS: _b("stats", K.SECTION_KIND_STATS, "Show the numbers."),
    K.SECTION_KIND_TESTIMONIALS: _b(
        "testimonials", K.SECTION_KIND_TESTIMONIALS, "Let customers speak."
    ),
    K.SECTION_KIND_ABOUT: _b("about", K.SECTION_KIND_ABOUT, "Tell the story behind {name}."),
    K.SECTION_KIND_SERVICES: _b("services", K.SECTION_KIND_SERVICES, "Show what is on offer."),
    K.SECTION_KIND_FEATURES: _b("features", K.SECTION_KIND_FEATURES, "Show what it does."),
    K.SECTION_KIND_CONTACT: _b("contact", K.SECTION_KIND_CONTACT, "Make getting in touch easy."),
    K.SECTION_KIND_CTA: _b("cta", K.SECTION_KIND_CTA, "Invite the next step."),
}


# --- page recipes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageRecipe:
    """What a page with a title like these is for, and the kinds of section it is built from."""

    key: str
    keywords: tuple[str, ...]  # slug words matched against the page title
    kinds: tuple[Kind, ...]  # in page order, after the page's opening hero
    purpose: str
    headings: tuple[str, ...]  # the page's opening heading
    intro: str  # the page's opening paragraph
    description: str  # its meta description
    text_topic: str = ""  # for TEXT sections made for this page


PAGE_RECIPES: tuple[PageRecipe, ...] = (
    PageRecipe(
        key="contact",
        keywords=("contact", "visit", "find-us", "location", "locations", "get-in-touch",
                  "enquire", "enquiries", "book", "booking", "reservations", "directions",
                  "hours", "reach-us", "kontakt", "contacto", "contatti"),
        kinds=(K.SECTION_KIND_CONTACT, K.SECTION_KIND_FAQ),
        purpose="Tell visitors exactly how to reach {name} and what happens next.",
        headings=("Come and see us{in_place}", "Get in touch", "Let's talk", "Where to find us"),
        intro="Everything you need to reach {name}: where we are, when we are around and the "
        "quickest way to get an answer.",
        description="How to reach {name}{in_place}: address, opening hours, phone and email.",
    ),
    PageRecipe(
        key="pricing",
        keywords=("pricing", "prices", "plans", "rates", "fees", "membership", "memberships",
                  "tariffs", "costs", "preise", "tarifs", "precios"),
        kinds=(K.SECTION_KIND_PRICING, K.SECTION_KIND_FAQ, K.SECTION_KIND_CTA),
        purpose="Show what {name} costs, plainly, and answer the doubts that stop a decision.",
        headings=("Simple, honest pricing", "Plans that grow with you", "What it costs"),
        intro="Clear prices with no small print. Pick what fits today and change it whenever "
        "you need to.",
        description="Plans and prices for {name}: what is included, what it costs and how to "
        "get started.",
    ),
    PageRecipe(
        key="team",
        keywords=("team", "our-team", "people", "staff", "lawyers", "coaches", "tutors",
                  "meet", "partners", "practitioners", "leadership"),
        kinds=(K.SECTION_KIND_TEAM, K.SECTION_KIND_TESTIMONIALS, K.SECTION_KIND_CTA),
        purpose="Introduce the people behind {name} so visitors know who they will deal with.",
        headings=("The people behind {name}", "Meet the team", "Who you will work with"),
        intro="A small team of people who care about getting it right, and who you can "
        "actually talk to.",
        description="Meet the people behind {name}: their experience, their roles and how to "
        "reach them.",
    ),
    PageRecipe(
        key="about",
        keywords=("about", "about-us", "story", "our-story", "history", "mission", "ethos",
                  "approach", "who-we-are", "values", "studio", "uber-uns", "a-propos",
                  "sobre-nosotros", "chi-siamo", "over-ons"),
        kinds=(K.SECTION_KIND_ABOUT, K.SECTION_KIND_STATS, K.SECTION_KIND_TEAM,
               K.SECTION_KIND_TESTIMONIALS),
        purpose="Tell the story of {name} and why it works the way it does.",
        headings=("Our story", "How {name} began", "Why we do it this way"),
        intro="How {name} started, what we care about and the people who make it happen.",
        description="The story of {name}: {lead}{in_place}, and the people and values "
        "behind it.",
    ),
    PageRecipe(
        key="features",
        keywords=("features", "product", "how-it-works", "platform", "tour", "why",
                  "capabilities", "integrations"),
        kinds=(K.SECTION_KIND_FEATURES, K.SECTION_KIND_STATS, K.SECTION_KIND_CTA),
        purpose="Show what {name} does in detail and why it is better for {audience}.",
        headings=("Everything {name} does", "Built for the way you work", "A closer look"),
        intro="A closer look at what {name} does, how it fits into your day and why "
        "{audience} choose it.",
        description="What {name} does: the features, how it works and why {audience} choose "
        "it.",
    ),
    PageRecipe(
        key="offerings",
        keywords=("menu", "services", "what-we-do", "practice-areas", "products", "treatments",
                  "classes", "courses", "rooms", "collections", "shop", "expertise",
                  "solutions", "programmes", "programs", "specialisms", "offer", "catering",
                  "cakes", "speisekarte", "carte", "leistungen"),
        kinds=(K.SECTION_KIND_SERVICES, K.SECTION_KIND_TESTIMONIALS, K.SECTION_KIND_CTA),
        purpose="Show everything {name} offers, with enough detail to choose.",
        headings=("What we offer", "How we can help"),
        intro="Here is what {name} offers, with prices where we can give them, and how to "
        "get it.",
        description="{Offers} from {name}{in_place}: what we offer, prices and how to order "
        "or book.",
    ),
    PageRecipe(
        key="gallery",
        keywords=("gallery", "portfolio", "work", "projects", "case-studies", "photos",
                  "showcase", "lookbook"),
        kinds=(K.SECTION_KIND_GALLERY, K.SECTION_KIND_TESTIMONIALS, K.SECTION_KIND_CTA),
        purpose=GALLERY_PURPOSE,
        headings=("Selected work", "A look inside", "Recent work"),
        intro="A few favourites from {name}, with more to see in person.",
        description="A look at the work of {name}{in_place}: photos, projects and favourites.",
    ),
    PageRecipe(
        key="faq",
        keywords=("faq", "faqs", "questions", "help", "support"),
        kinds=(K.SECTION_KIND_FAQ, K.SECTION_KIND_CONTACT),
        purpose="Answer the questions visitors ask before they commit.",
        headings=("Questions, answered", "Good to know", "Frequently asked questions"),
        intro="The questions we hear most, answered straight. Anything else, just ask.",
        description="Answers to common questions about {name}: how it works, prices and "
        "getting in touch.",
    ),
    PageRecipe(
        key="reviews",
        keywords=("reviews", "testimonials", "clients", "customers", "stories",
                  "success-stories"),
        kinds=(K.SECTION_KIND_TESTIMONIALS, K.SECTION_KIND_STATS, K.SECTION_KIND_CTA),
        purpose="Let customers of {name} make the case.",
        headings=("In their words", "What people say", "Kind words"),
        intro="We would rather our customers did the talking. Here is what some of them say.",
        description="What customers say about {name}{in_place}: reviews, stories and results.",
    ),
    PageRecipe(
        key="docs",
        keywords=("docs", "documentation", "guides", "developers", "api", "reference",
                  "quickstart", "resources"),
        kinds=(K.SECTION_KIND_TEXT, K.SECTION_KIND_FAQ, K.SECTION_KIND_CTA),
        purpose="Point developers to the quickstart, guides and reference for {name}.",
        headings=("Documentation", "Build with {name}", "Start here"),
        intro="From first install to production: quickstart, guides and the full reference "
        "for {name}.",
        description="Documentation for {name}: quickstart, guides, API reference and "
        "self-hosting notes.",
        text_topic="docs",
    ),
    PageRecipe(
        key="journal",
        keywords=("blog", "news", "insights", "journal", "articles", "updates", "press",
                  "notes", "changelog"),
        kinds=(K.SECTION_KIND_TEXT, K.SECTION_KIND_CTA),
        purpose="Share what {name} knows and what is new.",
        headings=("Notes from {name}", "Latest thinking", "News and notes"),
        intro="Practical notes, news and ideas from the people behind {name}.",
        description="Insights, news and practical notes from {name} for {audience}.",
        text_topic="journal",
    ),
    PageRecipe(
        key="careers",
        keywords=("careers", "jobs", "join-us", "hiring", "vacancies", "work-with-us"),
        kinds=(K.SECTION_KIND_TEXT, K.SECTION_KIND_TEAM, K.SECTION_KIND_CTA),
        purpose="Show what it is like to work at {name} and what roles are open.",
        headings=("Work with us", "Join {name}", "Careers"),
        intro="We are always glad to hear from good people. Here is how we work and who we "
        "are looking for.",
        description="Careers at {name}: how we work, what we offer and the roles we are "
        "hiring for.",
        text_topic="careers",
    ),
    PageRecipe(
        key="events",
        keywords=("events", "workshops", "whats-on", "what-s-on", "calendar", "classes-and-events"),
        kinds=(K.SECTION_KIND_TEXT, K.SECTION_KIND_CTA),
        purpose="Show what is coming up at {name}.",
        headings=("What's on", "Upcoming events", "Join us"),
        intro="Workshops, tastings and get-togethers: here is what is coming up at {name}.",
        description="Upcoming events and workshops at {name}{in_place}, and how to join in.",
        text_topic="events",
    ),
)  # fmt: skip

# Purposes whose words live in the phrasebooks' page bodies (services/kit/words): a Booking,
# Donate, Volunteer or Getting-here page opens on its own text, then contact or a call.
PAGE_RECIPES += tuple(
    PageRecipe(
        key=key,
        keywords=keywords,
        kinds=kinds,
        purpose=purpose,
        headings=(),
        intro="",
        description="",
        text_topic=key,
    )
    for key, keywords, kinds, purpose in (
        ("booking", ("book", "booking", "appointments", "reservations", "reserve"),
         (K.SECTION_KIND_TEXT, K.SECTION_KIND_CONTACT),
         "Tell visitors how to book with {name} and what happens next."),
        ("donate", ("donate", "donations", "give", "giving", "support-us"),
         (K.SECTION_KIND_TEXT, K.SECTION_KIND_CONTACT),
         "Say how to give to {name} and how gifts are acknowledged."),
        ("volunteer", ("volunteer", "volunteering", "get-involved", "join-us"),
         (K.SECTION_KIND_TEXT, K.SECTION_KIND_CONTACT),
         "Say how to volunteer with {name} and how to start."),
        ("location", ("getting-here", "directions", "find-us", "location"),
         (K.SECTION_KIND_TEXT, K.SECTION_KIND_CONTACT),
         "Say where {name} is and how to get there."),
    )
)  # fmt: skip

FALLBACK_RECIPE = PageRecipe(
    key="page",
    keywords=(),
    kinds=(K.SECTION_KIND_ABOUT, K.SECTION_KIND_CTA),
    purpose="Tell visitors about {page} at {name}.",
    headings=("{Page} at {name}", "All about {page}"),
    intro="{Page} at {name}: what you need to know, in brief.",
    description="{Page} at {name}{in_place}: everything you need to know about {offers}.",
)

# Pages planned when the brief lists none, by sector.
DEFAULT_PAGES: dict[str, tuple[str, ...]] = {
    "food": ("Menu", "About", "Visit"),
    "software": ("Features", "Pricing", "Contact"),
    "legal": ("Services", "About", "Contact"),
    "hospitality": ("Rooms", "About", "Contact"),
    "health": ("Treatments", "About", "Contact"),
    "fitness": ("Classes", "Memberships", "Contact"),
}
GENERIC_PAGES: tuple[str, ...] = ("About", "Services", "Contact")
