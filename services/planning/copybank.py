"""Template banks of the offline planner: section blueprints, page recipes, copy and imagery."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TypeAlias

from sitefarm.v1 import artifacts_pb2

K = artifacts_pb2  # short alias for the SectionKind constants below
Kind: TypeAlias = artifacts_pb2.SectionKind.ValueType

# Template slots (filled by services.design.offline.fill): {name} {lead} {offers} {offer0}
# {audience} {place} {in_place} {made} {noun} {industry} {c} (currency) {vat} {item} {Item}
# {location} {cta} {page}; a capitalised slot name gives the capitalised value.


# --- section blueprints ------------------------------------------------------------------------


@dataclass(frozen=True)
class Blueprint:
    """One section a sector's site is built from: its id, kind and purpose."""

    id: str
    kind: Kind
    purpose: str


def _b(section_id: str, kind: Kind, purpose: str) -> Blueprint:
    return Blueprint(section_id, kind, purpose)


SECTION_BLUEPRINTS: dict[str, tuple[Blueprint, ...]] = {
    "food": (
        _b("hero", K.SECTION_KIND_HERO, "Make {offer0} irresistible and say where to find it."),
        _b("story", K.SECTION_KIND_ABOUT, "Tell how {name} began and why it does things slowly."),
        _b("menu", K.SECTION_KIND_SERVICES, "Show what is on the counter, with prices."),
        _b("gallery", K.SECTION_KIND_GALLERY, "Let the bakes and the room speak for themselves."),
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
        _b("work", K.SECTION_KIND_GALLERY, "Show selected work."),
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
        _b("gallery", K.SECTION_KIND_GALLERY, "Let the products speak."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let customers speak."),
        _b("visit", K.SECTION_KIND_CONTACT, "Give address and opening hours."),
        _b("cta", K.SECTION_KIND_CTA, "Bring people in."),
    ),
    "trades": (
        _b("hero", K.SECTION_KIND_HERO, "Promise reliable work and a fast quote."),
        _b("services", K.SECTION_KIND_SERVICES, "Show the jobs the team takes on."),
        _b("stats", K.SECTION_KIND_STATS, "Show reliability in numbers."),
        _b("projects", K.SECTION_KIND_GALLERY, "Show finished jobs."),
        _b("testimonials", K.SECTION_KIND_TESTIMONIALS, "Let customers vouch for the work."),
        _b("faq", K.SECTION_KIND_FAQ, "Answer questions about quotes and certificates."),
        _b("contact", K.SECTION_KIND_CONTACT, "Make asking for a quote easy."),
        _b("cta", K.SECTION_KIND_CTA, "Ask for a quote."),
    ),
    "hospitality": (
        _b("hero", K.SECTION_KIND_HERO, "Make the stay feel close enough to touch."),
        _b("rooms", K.SECTION_KIND_SERVICES, "Show the rooms and rates."),
        _b("story", K.SECTION_KIND_ABOUT, "Tell the story of the house and the area."),
        _b("gallery", K.SECTION_KIND_GALLERY, "Show rooms and surroundings."),
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
    K.SECTION_KIND_GALLERY: _b("gallery", K.SECTION_KIND_GALLERY, "Show the work."),
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
        purpose="Show the work of {name} at its best.",
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


# --- tone voice --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    """How a tone words the generic parts of a site."""

    headings: dict[Kind, tuple[str, ...]]
    eyebrows: dict[Kind, tuple[str, ...]]
    cta_paragraphs: tuple[str, ...]
    contact_intro: tuple[str, ...]

    @property
    def intros(self) -> dict[Kind, tuple[str, ...]]:
        """The tone's own opening paragraphs by kind (CTA and contact speak in its voice)."""
        return {K.SECTION_KIND_CTA: self.cta_paragraphs, K.SECTION_KIND_CONTACT: self.contact_intro}


VOICES: dict[str, Voice] = {
    "warm": Voice(
        headings={
            K.SECTION_KIND_TESTIMONIALS: ("Kind words from our regulars",
                                          "What our neighbours say"),
            K.SECTION_KIND_FAQ: ("Good to know", "Your questions, answered"),
            K.SECTION_KIND_TEAM: ("The people behind the counter", "Say hello to the team"),
            K.SECTION_KIND_STATS: ("A few things we are proud of", "By the numbers"),
            K.SECTION_KIND_CONTACT: ("Come and say hello", "Pop in{in_place}"),
            K.SECTION_KIND_CTA: ("We would love to see you", "Come hungry, leave happy"),
            K.SECTION_KIND_PRICING: ("Treats, priced fairly", "Honest prices"),
            K.SECTION_KIND_GALLERY: ("A peek inside", "Fresh from the oven"),
            K.SECTION_KIND_ABOUT: ("Our story", "How it all began"),
            K.SECTION_KIND_SERVICES: ("What we make", "On the counter today"),
            K.SECTION_KIND_FEATURES: ("Why people love it", "The little things"),
        },
        eyebrows={
            K.SECTION_KIND_TESTIMONIALS: ("From our regulars",),
            K.SECTION_KIND_CONTACT: ("Visit us", "Find us"),
            K.SECTION_KIND_ABOUT: ("Our story", "Since day one"),
            K.SECTION_KIND_CTA: ("See you soon",),
        },
        cta_paragraphs=(
            "Pop in, say hello and take something good home. We will be here.",
            "There is always something fresh waiting. Come and see what is good today.",
        ),
        contact_intro=("We are easy to find and always happy to chat.",),
    ),
    "professional": Voice(
        headings={
            K.SECTION_KIND_TESTIMONIALS: ("What our clients say", "Client perspectives"),
            K.SECTION_KIND_FAQ: ("Frequently asked questions", "Before you call"),
            K.SECTION_KIND_TEAM: ("Our people", "The lawyers you will work with",
                                  "Experienced, accessible, senior-led"),
            K.SECTION_KIND_STATS: ("Track record", "Experience that counts"),
            K.SECTION_KIND_CONTACT: ("Speak to us in confidence", "Contact the firm"),
            K.SECTION_KIND_CTA: ("Talk it through with us", "Take the first step today"),
            K.SECTION_KIND_PRICING: ("Transparent fees", "How we charge"),
            K.SECTION_KIND_GALLERY: ("Selected matters",),
            K.SECTION_KIND_ABOUT: ("Our approach", "How we work"),
            K.SECTION_KIND_SERVICES: ("How we can help", "Areas of expertise"),
            K.SECTION_KIND_FEATURES: ("Why clients choose us",),
        },
        eyebrows={
            K.SECTION_KIND_TESTIMONIALS: ("Client feedback",),
            K.SECTION_KIND_CONTACT: ("Contact",),
            K.SECTION_KIND_ABOUT: ("Our approach",),
            K.SECTION_KIND_CTA: ("Next steps",),
            K.SECTION_KIND_STATS: ("Track record",),
        },
        cta_paragraphs=(
            "A short, confidential conversation is often enough to know where you stand. "
            "There is no obligation.",
            "Tell us what is happening and we will tell you, plainly, what we would do next.",
        ),
        contact_intro=(
            "Every enquiry is read by a qualified person and treated in confidence.",
        ),
    ),
    "playful": Voice(
        headings={
            K.SECTION_KIND_TESTIMONIALS: ("People are saying nice things", "Fan mail"),
            K.SECTION_KIND_FAQ: ("Burning questions", "You asked, we answered"),
            K.SECTION_KIND_TEAM: ("The crew", "Meet the gang"),
            K.SECTION_KIND_STATS: ("Numbers we like", "The fun facts"),
            K.SECTION_KIND_CONTACT: ("Say hi!", "Come find us"),
            K.SECTION_KIND_CTA: ("Ready when you are", "Go on, you know you want to"),
            K.SECTION_KIND_PRICING: ("Pick your favourite", "Prices that make sense"),
            K.SECTION_KIND_GALLERY: ("Feast your eyes", "Snapshots"),
            K.SECTION_KIND_ABOUT: ("The story so far",),
            K.SECTION_KIND_SERVICES: ("The good stuff",),
            K.SECTION_KIND_FEATURES: ("Why it's brilliant",),
        },
        eyebrows={K.SECTION_KIND_CTA: ("Psst",), K.SECTION_KIND_CONTACT: ("Hello!",)},
        cta_paragraphs=("It takes two minutes to start, and we think you'll like it here.",),
        contact_intro=("Drop us a line: we answer quickly and we don't bite.",),
    ),
    "bold": Voice(
        headings={
            K.SECTION_KIND_TESTIMONIALS: ("Don't take our word for it", "Proof"),
            K.SECTION_KIND_FAQ: ("Straight answers", "No-nonsense FAQ"),
            K.SECTION_KIND_TEAM: ("The team that delivers", "Who's behind it"),
            K.SECTION_KIND_STATS: ("Results, not promises", "The numbers"),
            K.SECTION_KIND_CONTACT: ("Let's go", "Get in touch now"),
            K.SECTION_KIND_CTA: ("Stop waiting. Start now.", "Make the move"),
            K.SECTION_KIND_PRICING: ("Clear prices. No games.",),
            K.SECTION_KIND_GALLERY: ("The work speaks",),
            K.SECTION_KIND_ABOUT: ("Why we exist",),
            K.SECTION_KIND_SERVICES: ("What we do best",),
            K.SECTION_KIND_FEATURES: ("Built to win",),
        },
        eyebrows={K.SECTION_KIND_CTA: ("Now",)},
        cta_paragraphs=("Everything you need, nothing you don't. Start today.",),
        contact_intro=("Tell us what you need. We move fast.",),
    ),
    "calm": Voice(
        headings={
            K.SECTION_KIND_TESTIMONIALS: ("In their words", "Shared experiences"),
            K.SECTION_KIND_FAQ: ("Gentle answers to common questions", "Good to know"),
            K.SECTION_KIND_TEAM: ("The people who will look after you",),
            K.SECTION_KIND_STATS: ("Quietly, over the years",),
            K.SECTION_KIND_CONTACT: ("Whenever you are ready", "Reach out"),
            K.SECTION_KIND_CTA: ("Take the first step, at your own pace",),
            K.SECTION_KIND_PRICING: ("Clear, simple prices",),
            K.SECTION_KIND_GALLERY: ("A calm space",),
            K.SECTION_KIND_ABOUT: ("A gentler way",),
            K.SECTION_KIND_SERVICES: ("How we can help",),
            K.SECTION_KIND_FEATURES: ("What to expect",),
        },
        eyebrows={K.SECTION_KIND_CTA: ("When you are ready",)},
        cta_paragraphs=("There is no rush. Get in touch whenever it feels right.",),
        contact_intro=("Write or call at any time; we will come back to you gently and soon.",),
    ),
    "luxurious": Voice(
        headings={
            K.SECTION_KIND_TESTIMONIALS: ("Said of us", "In confidence"),
            K.SECTION_KIND_FAQ: ("Particulars",),
            K.SECTION_KIND_TEAM: ("The artisans", "Our people"),
            K.SECTION_KIND_STATS: ("A considered record",),
            K.SECTION_KIND_CONTACT: ("By appointment", "Enquiries"),
            K.SECTION_KIND_CTA: ("An invitation", "Reserve your place"),
            K.SECTION_KIND_PRICING: ("Offerings",),
            K.SECTION_KIND_GALLERY: ("The collection",),
            K.SECTION_KIND_ABOUT: ("The house",),
            K.SECTION_KIND_SERVICES: ("The offering",),
            K.SECTION_KIND_FEATURES: ("Details that matter",),
        },
        eyebrows={K.SECTION_KIND_CTA: ("By invitation",), K.SECTION_KIND_CONTACT: ("Enquiries",)},
        cta_paragraphs=("Every detail is arranged around you. We would be delighted to "
                        "welcome you.",),
        contact_intro=("Our team responds personally to every enquiry.",),
    ),
    "technical": Voice(
        headings={
            K.SECTION_KIND_TESTIMONIALS: ("Trusted by teams who ship", "From the teams using it"),
            K.SECTION_KIND_FAQ: ("FAQ", "Questions engineers ask"),
            K.SECTION_KIND_TEAM: ("Who builds it", "The team behind it"),
            K.SECTION_KIND_STATS: ("Benchmarks", "Fast by design"),
            K.SECTION_KIND_CONTACT: ("Talk to us", "Get in touch"),
            K.SECTION_KIND_CTA: ("See it for yourself", "Up and running in minutes",
                                 "Try it on your own work"),
            K.SECTION_KIND_PRICING: ("Pricing", "Start free, scale when you need to"),
            K.SECTION_KIND_GALLERY: ("In detail", "A closer look"),
            K.SECTION_KIND_ABOUT: ("Why we built it",),
            K.SECTION_KIND_SERVICES: ("What you get",),
            K.SECTION_KIND_FEATURES: ("Features", "What it does"),
        },
        eyebrows={
            K.SECTION_KIND_FEATURES: ("Features", "Capabilities"),
            K.SECTION_KIND_PRICING: ("Pricing",),
            K.SECTION_KIND_FAQ: ("FAQ",),
            K.SECTION_KIND_STATS: ("Performance",),
            K.SECTION_KIND_CTA: ("Get started",),
        },
        cta_paragraphs=(
            "Start in minutes and see a first result the same day. No credit card.",
            "Try it on real work, then decide. We will answer every question on the way.",
        ),
        contact_intro=("Questions about setup, security or pricing? A specialist will answer.",),
    ),
    "friendly": Voice(
        headings={
            K.SECTION_KIND_TESTIMONIALS: ("What people say", "Happy customers"),
            K.SECTION_KIND_FAQ: ("Frequently asked questions", "Good to know"),
            K.SECTION_KIND_TEAM: ("Meet the team",),
            K.SECTION_KIND_STATS: ("At a glance",),
            K.SECTION_KIND_CONTACT: ("Get in touch", "Contact us"),
            K.SECTION_KIND_CTA: ("Ready to get started?", "Let's talk"),
            K.SECTION_KIND_PRICING: ("Pricing",),
            K.SECTION_KIND_GALLERY: ("Gallery",),
            K.SECTION_KIND_ABOUT: ("About us",),
            K.SECTION_KIND_SERVICES: ("What we do",),
            K.SECTION_KIND_FEATURES: ("Why choose us",),
        },
        eyebrows={},
        cta_paragraphs=("Getting started is easy. Get in touch and we will take it from there.",),
        contact_intro=("We are happy to help: get in touch any way you like.",),
    ),
}  # fmt: skip

# Opening paragraphs by kind, shared by every tone (a tone's own intros come first).
KIND_INTROS: dict[Kind, tuple[str, ...]] = {
    K.SECTION_KIND_SERVICES: (
        "{Offers} and more, for {audience}.",
        "Everything here is {made} with the same care, first visit or hundredth.",
        "A short list, done properly. Ask us about anything you do not see here.",
    ),
    K.SECTION_KIND_FEATURES: (
        "Everything {audience} need, and nothing they do not.",
        "The details that make {name} worth choosing.",
    ),
    K.SECTION_KIND_TESTIMONIALS: (
        "We would rather our {customer}s did the talking.",
        "A few words from people who know us well.",
    ),
    K.SECTION_KIND_FAQ: ("The questions we hear most, answered plainly. Anything else? Just ask.",),
    K.SECTION_KIND_STATS: ("A few numbers that say more than adjectives.",),
    K.SECTION_KIND_PRICING: ("Clear prices, agreed up front. No surprises on the invoice.",),
    K.SECTION_KIND_TEAM: (
        "Small enough to know every {customer}, experienced enough to get it right.",
    ),
    K.SECTION_KIND_GALLERY: (
        "A glimpse of {name}{in_place}.",
        "Some favourites, photographed where they were {made}.",
    ),
}
HOW_IT_WORKS_HEADINGS: tuple[str, ...] = (
    "From first step to first result, in three steps",
    "Three steps to your first result",
)
HOW_IT_WORKS_INTROS: tuple[str, ...] = (
    "No migration project and nothing to babysit: {name} fits the way your team already works.",
)

# Eyebrows when neither the sector nor the tone has one for a kind.
DEFAULT_EYEBROWS: dict[Kind, str] = {
    K.SECTION_KIND_HERO: "{Industry}",
    K.SECTION_KIND_FEATURES: "Why {name}",
    K.SECTION_KIND_ABOUT: "About {name}",
    K.SECTION_KIND_SERVICES: "What we offer",
    K.SECTION_KIND_TESTIMONIALS: "Testimonials",
    K.SECTION_KIND_GALLERY: "Gallery",
    K.SECTION_KIND_PRICING: "Pricing",
    K.SECTION_KIND_FAQ: "Questions",
    K.SECTION_KIND_CTA: "Next step",
    K.SECTION_KIND_CONTACT: "Contact",
    K.SECTION_KIND_TEAM: "Our team",
    K.SECTION_KIND_STATS: "In numbers",
    K.SECTION_KIND_TEXT: "{Page}",
}


# --- sector copy -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """An image subject: the prompt for the image model and the alt text for the reader."""

    prompt: str
    alt: str


@dataclass(frozen=True)
class SectorCopy:
    """A sector's copy: headings, item banks and image subjects, as templates."""

    hero_headings: tuple[str, ...]
    hero_eyebrow: str
    about: tuple[str, ...]  # paragraph templates, two are used
    offering_eyebrow: str
    offering_headings: tuple[str, ...]
    offering_texts: tuple[str, ...]  # templates with {item}, for offerings named in the brief
    default_items: tuple[tuple[str, str, str], ...]  # (title, text, meta) to fill up with
    prices: tuple[str, ...]  # meta lines for the offerings the brief names, in order
    features: tuple[tuple[str, str], ...]
    stats: tuple[tuple[str, str, str], ...]  # (figure, label, text)
    faqs: tuple[tuple[str, str], ...]
    testimonials: tuple[tuple[str, str], ...]  # (quote, who they are)
    team_roles: tuple[tuple[str, str], ...]  # (role, bio)
    plans: tuple[tuple[str, str, str], ...]  # (name, what is included, price)
    contact_extra: tuple[str, str]  # (title, text): opening hours or response time
    journal_topics: tuple[str, ...]
    hero_subject: Subject
    about_subject: Subject
    offering_subject: Subject  # {item}
    scenes: tuple[Subject, ...]  # gallery subjects beyond the offerings
    how_it_works: tuple[tuple[str, str], ...] = field(default=())
    cta_headings: tuple[str, ...] = field(default=())  # preferred over the tone's
    cta_paragraphs: tuple[str, ...] = field(default=())


GENERIC_COPY = SectorCopy(
    hero_headings=(
        "{Offers}, done properly",
        "{Name}: {offers} for {audience}",
        "The {noun} {audience} rely on",
    ),
    hero_eyebrow="{Industry}{dot_place}",
    about=(
        "{Name} is {lead}{in_place}. We started it because {audience} deserved something "
        "better than the usual: clearer advice, fairer prices and people who care.",
        "Today we look after {offers} for people who value doing things properly. Every job "
        "gets the same attention, whether it is the first or the five-hundredth.",
        "We keep things simple: listen first, explain plainly, then do what we said we would.",
    ),
    offering_eyebrow="Services",
    offering_headings=("What we do", "How we can help"),
    offering_texts=(
        "Handled carefully, from first conversation to finished result.",
        "Explained clearly and priced fairly, with no surprises.",
        "From people who have done it many times before.",
    ),
    default_items=(
        ("Consultations", "A first conversation to understand what you need.", ""),
        ("Projects", "Work planned, delivered and reported on clearly.", ""),
        ("Ongoing support", "Someone to call when things change.", ""),
        ("Advice", "Honest guidance, even when the answer is 'not yet'.", ""),
    ),
    prices=(),
    features=(
        ("Clear from the start", "You know what happens and what it costs before we begin."),
        ("Personal service", "One point of contact who knows your situation."),
        ("Experience", "Years of doing this well for people like you."),
        ("Fair prices", "No surprises, no small print."),
    ),
    stats=(
        ("10+", "Years in business", "Doing this well, for a long time."),
        ("500+", "Happy customers", "Many of them come back."),
        ("24h", "Reply time", "We answer every message within a working day."),
        ("4.9/5", "Average rating", "From reviews by real customers."),
    ),
    faqs=(
        (
            "How do I get started?",
            "Get in touch by email or phone and tell us what you "
            "need. We will reply within a working day.",
        ),
        (
            "How much does it cost?",
            "It depends on what you need; we always give a clear price before any work starts.",
        ),
        ("Where are you based?", "{Where}"),
        (
            "Can I change my mind?",
            "Of course. Tell us as early as you can and we will sort it out fairly.",
        ),
    ),
    testimonials=(
        (
            "{Name} made the whole thing simple. Clear, friendly and exactly what we needed.",
            "Customer since {year}",
        ),
        (
            "Quick to reply, honest about what was possible, and then they simply delivered.",
            "Local customer",
        ),
        ("I have recommended {name} to everyone who asks. Proper service.", "Returning customer"),
    ),
    team_roles=(
        ("Founder", "Started {name} and still answers the phone."),
        ("Operations lead", "Keeps everything running on time."),
        ("Customer lead", "Makes sure every customer is looked after."),
        ("Specialist", "Brings years of hands-on experience."),
    ),
    plans=(
        ("Starter", "The essentials to get going.", "From {c}49"),
        ("Standard", "Everything most customers need.", "From {c}99"),
        ("Premium", "A fully managed service with priority support.", "From {c}199"),
    ),
    contact_extra=("Response time", "We reply to every message within one working day."),
    journal_topics=(
        "What to ask before you choose a {noun}",
        "Five things we have learned in {place}",
        "How we price our work, and why",
    ),
    hero_subject=Subject(
        "the team of {name} at work, relaxed and focused", "The team at {name} at work"
    ),
    about_subject=Subject(
        "a candid portrait of the people behind {name}", "The people behind {name}"
    ),
    offering_subject=Subject(
        "a clean, considered still life representing {item}", "{Item} at {name}"
    ),
    scenes=(
        Subject("a bright, tidy workspace with natural light", "Inside {name}"),
        Subject("a handshake across a table with coffee cups", "Meeting a customer"),
        Subject("detail of tools and materials laid out neatly", "Tools of the trade"),
        Subject("a welcoming entrance with the door open", "The entrance of {name}"),
    ),
)

SECTOR_COPY: dict[str, SectorCopy] = {
    "food": SectorCopy(
        hero_headings=("Good food, made properly{in_place}", "{Offer0}, worth the trip",
                       "Pull up a chair", "Fresh, simple and made with care"),
        hero_eyebrow="{Lead}{dot_place}",
        about=(
            "{Name} is {lead}{in_place}. It began with a simple idea: good ingredients, cooked "
            "with care and served by people who love it.",
            "{Activity_sentence} Everything is made in our own kitchen, and the menu follows "
            "the seasons and the best of what our suppliers bring in.",
            "We cook for {audience}, and we are just as happy to see you for a quick coffee as "
            "for a long lunch.",
        ),
        offering_eyebrow="The menu",
        offering_headings=("On the menu", "What we {make}", "From the kitchen"),
        offering_texts=("{Made} fresh every day, in our own kitchen.",
                        "Simple, seasonal and generous.",
                        "A favourite with our regulars, for good reason.",
                        "To enjoy here or to take away."),
        default_items=(("Breakfast", "Eggs, good bread and proper coffee, served until noon.",
                        "From {c}7"),
                       ("Lunch plates", "Seasonal, generous and changing every week.",
                        "From {c}11"),
                       ("Coffee", "Roasted locally, made with care.", "From {c}2.80"),
                       ("Cakes", "Baked each morning, gone by the afternoon.", "From {c}3.50"),
                       ("Private dining", "Our table for your celebration.", "On request"),
                       ("Catering", "Platters and lunches for your team or event.",
                        "On request")),
        prices=("From {c}6", "From {c}9", "From {c}3.50", "From {c}12", "From {c}5"),
        features=(("Seasonal menu", "What is best this week, cooked simply."),
                  ("Local suppliers", "Named farms and growers we know."),
                  ("Made in house", "Stocks, sauces, bread and cakes, all our own."),
                  ("Book ahead", "Reserve a table for busy weekends.")),
        stats=(("7", "Days a week", "Open for breakfast and lunch."),
               ("12", "Local suppliers", "Within a short drive of the kitchen."),
               ("100%", "Made in house", "From stock to cake."),
               ("4.8/5", "Guest rating", "From verified reviews.")),
        faqs=(("Do I need to book?", "Walk-ins are always welcome; for groups of six or more, "
               "or weekend mornings, booking ahead is a good idea."),
              ("Do you cater for allergies?", "Tell us when you order and we will guide you "
               "through the menu. Our kitchen handles nuts, gluten and dairy."),
              ("Do you have vegetarian and vegan dishes?", "Always, and they are marked on "
               "the menu."),
              ("Can I hire the space?", "Yes, for private events outside our usual hours. "
               "Get in touch with a date and we will send options."),
              ("Where are you?", "{Where}")),
        testimonials=(("Our favourite table{in_place}. Generous plates and the warmest welcome.",
                       "Regular since {year}"),
                      ("The kind of place you tell friends about, then worry it will get too "
                       "busy.", "Weekend regular"),
                      ("Simple food done brilliantly. The coffee alone is worth the trip.",
                       "Visitor{in_place}")),
        team_roles=(("Head chef", "Writes the menu around what the growers bring in."),
                    ("Front of house", "Knows every regular by name."),
                    ("Sous chef", "Keeps the kitchen running, calm and on time."),
                    ("Founder", "Still works the pass most days.")),
        plans=(("Set lunch", "Two courses from the daily menu.", "{c}18"),
               ("Sharing table", "A feast for four, chosen by the kitchen.", "{c}90"),
               ("Private dining", "The whole room for your celebration.", "From {c}600")),
        contact_extra=("Opening hours", "Open every day for breakfast and lunch."),
        journal_topics=("What is in season this month", "Meet our suppliers",
                        "The story behind our favourite dish"),
        hero_subject=Subject("a generous table of {offer0} and coffee in warm morning light",
                             "{Offer0} on a table at {name}"),
        about_subject=Subject("a cook plating food in a bright, busy kitchen",
                              "The kitchen at {name}"),
        offering_subject=Subject("a close-up of {item} on a ceramic plate", "{Item} at {name}"),
        scenes=(Subject("a sunny window table with two coffees", "Coffee by the window"),
                Subject("a counter with cakes under glass domes", "Cakes on the counter"),
                Subject("fresh vegetables in crates from a local grower",
                        "Fresh produce from a local grower"),
                Subject("the dining room with people chatting at lunch",
                        "Lunchtime in the dining room"),
                Subject("a chef's hands finishing a plate with herbs",
                        "A plate being finished with herbs")),
    ),
    "food-bakery": SectorCopy(
        hero_headings=("{Offer0}, worth getting up for", "{Made} this morning{in_place}",
                       "Slow dough, warm ovens, good mornings", "Proper {offer0}, {made} by hand"),
        hero_eyebrow="{Lead}{dot_place}",
        about=(
            "{Name} is {lead}{in_place}. It began with a starter, a borrowed oven and a "
            "stubborn belief that good bread takes time.",
            "{Activity_sentence} No shortcuts and no improvers: just good flour, water, salt, "
            "patience and people who love doing it.",
            "We bake for {audience}, and we know most of them by name. Come early for the "
            "best choice; come any time for a chat.",
        ),
        offering_eyebrow="The menu",
        offering_headings=("On the counter today", "What we {make}", "The menu"),
        offering_texts=("{Made} fresh each morning, and usually gone by the afternoon.",
                        "{Made} by hand in small batches, the way they should be.",
                        "Simple ingredients, plenty of time and a hot oven.",
                        "To take away, or to order ahead for the weekend."),
        default_items=(("Morning buns", "Laminated dough, cinnamon and orange zest.", "{c}3.40"),
                       ("Filter coffee", "Roasted locally, brewed fresh all day.", "{c}2.90"),
                       ("Seasonal tart", "Whatever the market had best this week.", "{c}4.50"),
                       ("Country sourdough", "A long-fermented loaf with a crackling crust.",
                        "{c}4.80"),
                       ("Celebration cakes", "Made to order for birthdays and gatherings.",
                        "From {c}32"),
                       ("Sandwiches", "On our own bread, filled just before noon.", "{c}6.50")),
        prices=("From {c}4.20", "From {c}2.80", "From {c}32", "From {c}3.50", "From {c}5"),
        features=(("Slow fermentation", "Forty-eight hours for flavour and an easier digestion."),
                  ("Local flour", "Milled nearby from grain we can trace."),
                  ("Made on site", "Everything is {made} in the room behind the counter."),
                  ("Order ahead", "Reserve loaves and cakes for collection.")),
        stats=(("48h", "Slow ferment", "Time every loaf spends becoming bread."),
               ("6am", "Ovens on", "So the counter is full when you arrive."),
               ("100%", "Made on site", "Every loaf, bun and cake, {made} here."),
               ("0", "Improvers", "Just flour, water, salt and time.")),
        faqs=(("Do you take orders for celebration cakes?", "Yes. Give us at least three days' "
               "notice by phone or email and we will talk flavours, sizes and messages."),
              ("When is the best time to come?", "Early. The counter is fullest first thing and "
               "our most popular bakes often sell out by early afternoon."),
              ("Do you have vegan options?", "Always a few, marked on the counter. Our kitchen "
               "handles wheat, nuts and dairy, so we cannot promise anything is allergen-free."),
              ("Can I reserve bread for collection?", "Yes: call or email the day before and "
               "we will keep it aside with your name on it."),
              ("Where are you?", "{Where}")),
        testimonials=(("The best loaf I have eaten outside France, and they remember how I like "
                       "it sliced.", "Regular since {year}"),
                      ("Our daughter's birthday cake was the star of the party. Beautiful, and "
                       "it tasted even better.", "Ordered a celebration cake"),
                      ("Saturday mornings start with a queue outside {name}, and it is always "
                       "worth it.", "Neighbour{in_place}")),
        team_roles=(("Head baker", "Has been shaping dough since before dawn for years."),
                    ("Pastry chef", "In charge of everything laminated, glazed or iced."),
                    ("Front of house", "Knows every regular's order by heart."),
                    ("Founder", "Still bakes the first batch most mornings.")),
        plans=(("6-inch cake", "Serves 8 to 10. Choose a sponge, a filling and a message.",
                "{c}32"),
               ("8-inch cake", "Serves 14 to 16, decorated with seasonal fruit and flowers.",
                "{c}48"),
               ("Bread club", "A loaf of your choice every week, ready to collect.",
                "{c}18 a month")),
        contact_extra=("Opening hours", "Tuesday to Sunday, from early until sold out."),
        journal_topics=("Why our sourdough takes two days", "What is in season this month",
                        "The story of our starter"),
        hero_subject=Subject("a rustic wooden counter piled with {offer0}, flour dust and "
                             "a steaming coffee in morning light",
                             "{Offer0} on the counter at {name}"),
        about_subject=Subject("hands shaping dough on a floured bench at dawn",
                              "A baker shaping dough by hand at {name}"),
        offering_subject=Subject("a close-up of {item} on a wooden board", "{Item} at {name}"),
        scenes=(Subject("loaves with deep, crackled crusts cooling on a wire rack",
                        "Loaves cooling on a rack"),
                Subject("a baker scoring dough before it goes into the oven",
                        "Scoring dough before baking"),
                Subject("sacks of flour stacked in a sunlit corner", "Sacks of local flour"),
                Subject("a tray of glossy pastries fresh from the oven",
                        "A tray of pastries fresh from the oven"),
                Subject("a flat white beside a cinnamon bun on a sunny table",
                        "Coffee and a cinnamon bun by the window"),
                Subject("the shopfront in early morning light with a small queue outside",
                        "The shopfront of {name} in the morning")),
    ),
    "legal": SectorCopy(
        hero_headings=("Clear advice on {offers}", "When work gets complicated, talk to us first",
                       "Senior lawyers for {audience}", "The law, explained plainly"),
        hero_eyebrow="{Lead}{dot_place}",
        about=(
            "{Name} is {lead}{in_place}. We act for {audience}, and we give the same "
            "straight answer whichever side of the table you are on.",
            "Every matter is led by a senior lawyer from the first call. We tell you early what "
            "a problem is likely to cost, what the realistic outcomes are and what we would do "
            "in your position.",
            "Most of our work never reaches a tribunal or a court, because good advice given "
            "early usually means it does not have to.",
        ),
        offering_eyebrow="Practice areas",
        offering_headings=("Practice areas", "Where we can help", "Our expertise"),
        offering_texts=("Clear, commercial advice on {item}, from first call to resolution.",
                        "Practical guidance on {item}, led by a senior lawyer who knows your "
                        "sector.",
                        "We protect your position early and keep the costs proportionate.",
                        "Calm, discreet support with {item}, whichever side you are on."),
        default_items=(("Employment law", "Contracts, policies, disputes and exits.",
                        "Employers and employees"),
                       ("Commercial contracts", "Terms that protect you and read clearly.",
                        "Fixed-fee options"),
                       ("Disputes", "Resolving disagreements early, or winning them.",
                        "Senior-led"),
                       ("Workplace investigations", "Independent, fair and well documented.",
                        "Confidential"),
                       ("Settlement agreements", "Fair terms, explained before you sign.",
                        "Fixed fee"),
                       ("Director and executive exits", "Discreet advice for senior departures.",
                        "Confidential"),
                       ("HR advice line", "A lawyer on the phone when a people issue starts.",
                        "Monthly retainer")),
        prices=("Fixed-fee options", "Senior-led", "Same-week advice", "Employers and employees",
                "Confidential"),
        features=(("Senior-led", "A partner is involved in every matter."),
                  ("Fees agreed up front", "Fixed fees wherever the work allows."),
                  ("Plain English", "Advice you can act on, not hedge-everything memos."),
                  ("Fast first view", "A written first view within two working days.")),
        stats=(("20+", "Years of practice", "Advising employers and employees alike."),
               ("300+", "Businesses advised", "From start-ups to established employers."),
               ("48h", "To a first view", "In writing, with options and likely costs."),
               ("9 in 10", "Settled early", "Disputes resolved before a final hearing.")),
        faqs=(("How much will it cost?", "We agree fees before we start. Many matters run on a "
               "fixed fee; where they cannot, we give an estimate and update it as we go."),
              ("Is my first conversation confidential?", "Yes. Anything you tell us is "
               "confidential from the first call, whether or not you instruct us."),
              ("Do you act for employees as well as employers?", "Yes. We act for both, and "
               "always check for conflicts before we take anything on."),
              ("How quickly can you help?", "Usually the same week. If a deadline is close, "
               "tell us when you call and we will prioritise it."),
              ("Where are you based?", "{Where} We also meet clients by video.")),
        testimonials=(("They told us in the first call what the realistic outcomes were, and "
                       "they were right. Calm, precise and worth every penny.",
                       "Founder, technology start-up"),
                      ("I was dreading the process. They explained every step in plain English "
                       "and got me a fair settlement.", "Employee client"),
                      ("Our go-to firm for contracts and people issues. Fast, commercial and "
                       "never precious.", "HR Director, manufacturing group")),
        team_roles=(("Managing Partner", "Leads the firm's employment practice; advises boards "
                     "on restructuring and senior exits."),
                    ("Partner, Commercial", "Drafts and negotiates contracts for growing "
                     "companies."),
                    ("Senior Associate", "Runs disputes and workplace investigations."),
                    ("Associate", "Supports clients day to day with clear, quick answers.")),
        plans=(("First conversation", "A confidential call to understand the problem and "
                "your options.", "Free, 30 minutes"),
               ("Fixed-fee review", "A written view on a contract, dispute or process, with "
                "recommended next steps.", "From {c}450{vat}"),
               ("Ongoing counsel", "A named lawyer on call for your business, with "
                "priority response.", "From {c}1,200 a month{vat}")),
        contact_extra=("Response time", "Every enquiry answered by a lawyer within one "
                       "working day."),
        journal_topics=("What a settlement agreement should really include",
                        "Restructuring fairly: a checklist for founders",
                        "Five clauses to check before you sign"),
        hero_subject=Subject("a calm, light-filled meeting room with a long table, papers and "
                             "a city view", "A quiet meeting room at {name}"),
        about_subject=Subject("a lawyer listening closely across a table, notes in hand",
                              "A lawyer at {name} in a client meeting"),
        offering_subject=Subject("an architectural detail suggesting {item}: order, structure "
                                 "and clarity", "An abstract image for {item}"),
        scenes=(Subject("rows of bound legal volumes on a shelf", "Legal books on a shelf"),
                Subject("a fountain pen resting on a signed agreement", "A signed agreement"),
                Subject("a modern office stairwell in cool daylight", "The offices of {name}"),
                Subject("two colleagues reviewing documents at a standing desk",
                        "Colleagues reviewing documents"),
                Subject("a city skyline at dusk seen from an office window",
                        "The city from the office at dusk"),
                Subject("a neat desk with a notebook, a laptop and a cup of coffee",
                        "A lawyer's desk")),
    ),
    "software": SectorCopy(
        hero_headings=("{Activity}", "Less busywork, more real work",
                       "The {noun} your team will actually use", "{Lead} for {audience}"),
        hero_eyebrow="{Lead}",
        about=(
            "{Name} is {lead}. We built it because the tools we had made simple work slow.",
            "It is designed for {audience}: quick to start, pleasant to use every day and "
            "honest about what it does with your data.",
            "We ship small improvements every week, and we read every piece of feedback.",
        ),
        offering_eyebrow="What you get",
        offering_headings=("What you get", "Everything in one place"),
        offering_texts=("Included on every plan.", "Ready on day one, no setup project."),
        default_items=(("Automation", "Let the repetitive work run itself.", ""),
                       ("Integrations", "Connect the tools you already use.", ""),
                       ("Analytics", "See what is working at a glance.", ""),
                       ("Collaboration", "Work together in real time.", "")),
        prices=(),
        features=(("Set up in minutes", "Import your data and invite the team in one sitting."),
                  ("Works with your tools", "Integrations for the apps you already use."),
                  ("Secure by default", "Single sign-on, audit logs and encryption "
                   "everywhere."),
                  ("Fast everywhere", "Every screen loads in well under a second."),
                  ("An API for everything", "Automate anything you can click."),
                  ("Real support", "People who answer within hours, not days.")),
        stats=(("5 min", "To get started", "From sign-up to first result."),
               ("99.9%", "Uptime", "Backed by an SLA on paid plans."),
               ("30+", "Integrations", "With the tools teams already use."),
               ("4.8/5", "Average rating", "From verified reviews.")),
        faqs=(("Is there a free trial?", "Yes: every paid plan starts with a free trial, and "
               "no card is needed to begin."),
              ("Is my data secure?", "Data is encrypted in transit and at rest, and you can "
               "export or delete it at any time."),
              ("Can I cancel at any time?", "Yes. Plans are monthly or yearly and you can "
               "cancel from your settings."),
              ("Does it work with our other tools?", "Very likely: there are ready-made "
               "integrations, an API and webhooks for everything else."),
              ("Do you offer discounts?", "Yes, for non-profits, education and start-ups. "
               "Just ask.")),
        testimonials=(("It replaced two tools and a spreadsheet on the first day.",
                       "Operations lead, growing start-up"),
                      ("The rare product the whole team likes using.", "Head of product, SaaS"),
                      ("Support answered in minutes and fixed it in hours.",
                       "Founder, e-commerce brand")),
        team_roles=(("Co-founder and CEO", "Talks to customers every week."),
                    ("Co-founder and CTO", "Leads the engineering team."),
                    ("Head of design", "Makes complicated things feel simple."),
                    ("Customer success", "Helps every new team get started.")),
        plans=(("Free", "For individuals getting started.", "Free"),
               ("Pro", "For growing teams that need more.", "{c}12 per user a month"),
               ("Business", "Security, controls and priority support.", "{c}29 per user a month")),
        contact_extra=("Response time", "A real person replies within one working day."),
        journal_topics=("How small teams get more done with less", "What is new this month",
                        "Five workflows worth automating"),
        hero_subject=Subject("an abstract product view: clean interface panels, charts and "
                             "cards floating on a soft grid", "The {name} app"),
        about_subject=Subject("an illustration of a small team collaborating around screens",
                              "A team working together"),
        offering_subject=Subject("an interface fragment illustrating {item}", "{Item} in {name}"),
        scenes=(Subject("a dashboard with simple charts", "A dashboard"),
                Subject("a phone and a laptop showing the same workspace", "The app on every "
                        "device"),
                Subject("a settings screen with toggles", "Settings"),
                Subject("an integrations grid of app tiles", "Integrations"),
                Subject("a calendar view with coloured blocks", "A calendar view")),
        how_it_works=(("Sign up", "Create an account in under a minute."),
                      ("Connect your tools", "Bring in your data with a few clicks."),
                      ("Get to work", "Invite the team and let the busywork run itself.")),
    ),
    "software-observability": SectorCopy(
        hero_headings=("{Activity}", "See everything. Fix what matters.",
                       "{Lead} for {audience}", "From first request to root cause, "
                       "in one view"),
        hero_eyebrow="{Lead}",
        about=(
            "{Name} is {lead}. We built it because we were tired of guessing where our own "
            "production systems spent their time.",
            "It is designed for {audience}: quick to install, light on overhead and honest "
            "about what it measures.",
            "The core is open, the data format is open, and you can leave at any time.",
        ),
        offering_eyebrow="What you get",
        offering_headings=("What you get", "Built for production"),
        offering_texts=("Out of the box, on every plan.", "With no extra configuration."),
        default_items=(("Distributed tracing", "Follow every request across services.", ""),
                       ("Dashboards", "The views you need, ready on day one.", ""),
                       ("Alerts", "Know before your users do.", ""),
                       ("Integrations", "Works with the stack you already run.", "")),
        prices=(),
        features=(("One timeline for every request", "Follow a request across every service, "
                   "queue and database call, end to end."),
                  ("Cost next to latency", "See what each endpoint costs to serve, right "
                   "beside how long it takes."),
                  ("Five-minute setup", "One agent, automatic instrumentation for the common "
                   "frameworks, first results in minutes."),
                  ("Open standards", "Built on OpenTelemetry, so your data is never locked "
                   "in."),
                  ("Low overhead", "Adaptive sampling keeps the cost in production close to "
                   "zero."),
                  ("Self-host or cloud", "Run it in your own cluster or let us run it for you.")),
        stats=(("Under 2%", "Overhead", "Measured CPU cost in production."),
               ("5 min", "To first result", "From install to a live view."),
               ("40+", "Integrations", "Languages, frameworks and clouds."),
               ("99.9%", "Cloud uptime", "Backed by an SLA on paid plans.")),
        faqs=(("How much overhead does it add?", "Typically under two per cent CPU, with "
               "adaptive sampling. You can cap it per service."),
              ("Where is my data stored?", "Self-hosted, it never leaves your cluster. On our "
               "cloud, you choose the region, and data is encrypted at rest and in transit."),
              ("Does it work with OpenTelemetry?", "Yes. It speaks OTLP natively, so existing "
               "instrumentation works as it is."),
              ("Is there a free plan?", "Yes. The open-source core is free forever, and the "
               "hosted plan is free for small teams."),
              ("Can I self-host?", "Yes: a Helm chart and a single binary are provided, with "
               "guides for the common setups.")),
        testimonials=(("We found a slow query that had been costing us for a year, in the "
                       "first afternoon.", "Staff engineer, fintech platform"),
                      ("It replaced three tools and a lot of guesswork. Setup took less time "
                       "than our stand-up.", "Platform lead, e-commerce"),
                      ("The first profiler our whole team actually opens every day.",
                       "Engineering manager, SaaS start-up")),
        team_roles=(("Co-founder and CEO", "Spent a decade on call for large distributed "
                     "systems."),
                    ("Co-founder and CTO", "Maintains the open-source core."),
                    ("Developer advocate", "Writes the guides and answers the hard questions."),
                    ("Founding engineer", "Builds the timeline and the query engine.")),
        plans=(("Community", "The open-source core. Self-host, unlimited services, community "
                "support.", "Free"),
               ("Team", "Hosted, 30-day retention, alerts and SSO for growing teams.",
                "{c}29 per seat a month"),
               ("Enterprise", "Custom retention, VPC deployment, audit logs and a named "
                "engineer.", "Let's talk")),
        contact_extra=("Response time", "An engineer replies within one working day."),
        journal_topics=("Finding the slowest endpoint in a distributed system",
                        "Sampling without losing the interesting requests",
                        "What a request really costs"),
        hero_subject=Subject("an abstract product view: a timeline of nested spans, a latency "
                             "chart and a terminal", "The {name} timeline view"),
        about_subject=Subject("an illustration of services connected by request paths",
                              "Services connected by request paths"),
        offering_subject=Subject("an interface fragment illustrating {item}",
                                 "{Item} in {name}"),
        scenes=(Subject("a dashboard with latency percentiles", "A latency dashboard"),
                Subject("a flame graph of a slow request", "A flame graph"),
                Subject("a terminal installing the agent", "Installing the agent"),
                Subject("a service map of connected nodes", "A service map"),
                Subject("a cost breakdown chart per endpoint", "Cost per endpoint"),
                Subject("an alert timeline with a spike and its root cause",
                        "An alert traced to its root cause"),
                Subject("a code editor beside a trace waterfall", "Code beside its trace")),
        cta_headings=("Ship your first trace today", "Up and running in five minutes"),
        cta_paragraphs=(
            "Install the agent, point it at your services and see your first trace in "
            "minutes. No credit card.",
            "Free for small teams and open source at the core. Upgrade when it pays for itself.",
        ),
        how_it_works=(("Install the agent", "One command or one Helm chart; nothing to change "
                       "in your code."),
                      ("Send traffic", "Requests are traced automatically across services."),
                      ("Find the bottleneck", "Open the timeline and see exactly where time "
                       "and money went.")),
    ),
}  # fmt: skip


def _sector(**changes: object) -> SectorCopy:
    """A sector's copy as the generic bank with some fields replaced."""
    return replace(GENERIC_COPY, **changes)  # type: ignore[arg-type]


# Finer banks chosen by words in the industry or description: (bank key, word stems).
COPY_REFINEMENTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "food": (
        (
            "food-bakery",
            ("bak", "bread", "sourdough", "patisser", "viennoiserie", "loaf", "loaves", "pastr"),
        ),
    ),
    "software": (
        (
            "software-observability",
            (
                "trace",
                "tracing",
                "profil",
                "latency",
                "observab",
                "monitor",
                "telemetry",
                "metrics",
                "logging",
            ),
        ),
    ),
}

# Sectors with lighter banks: the generic copy with their own vocabulary where it matters most.
SECTOR_COPY.update(
    {
        "finance": _sector(
            offering_headings=("What we look after", "Services"),
            hero_headings=("Calm, organised numbers", "{Offers}, sorted", "Your numbers, handled"),
            offering_eyebrow="Services",
            offering_texts=(
                "Done accurately and on time, every time.",
                "With a named adviser who knows your business.",
            ),
            prices=("Fixed monthly fee", "Deadline tracked", "Named adviser", "Cloud-ready"),
            stats=(
                ("0", "Missed deadlines", "Reminders go out early."),
                ("15+", "Years of practice", "Qualified, chartered advisers."),
                ("250+", "Clients", "Sole traders to growing companies."),
                ("1 day", "Reply time", "Answers in plain English."),
            ),
            plans=(
                (
                    "Sole trader",
                    "Self-assessment, bookkeeping review and reminders.",
                    "From {c}45 a month",
                ),
                (
                    "Small company",
                    "Accounts, corporation tax, payroll for up to 5.",
                    "From {c}150 a month",
                ),
                (
                    "Growing company",
                    "Management accounts, forecasting and a monthly call.",
                    "From {c}380 a month",
                ),
            ),
            scenes=(
                Subject(
                    "a tidy desk with a laptop, receipts and a cup of tea", "A tidy desk at {name}"
                ),
                Subject("a simple bar chart rising gently", "A growth chart"),
                Subject("an adviser talking with a client over coffee", "An adviser with a client"),
            ),
        ),
        "health": _sector(
            offering_headings=("Treatments", "How we can help"),
            hero_headings=(
                "Feel better, with care that listens",
                "{Offers}{in_place}",
                "Expert care, at an unhurried pace",
            ),
            offering_eyebrow="Treatments",
            offering_texts=(
                "Tailored to you after a proper assessment.",
                "With time to talk, in a calm, private room.",
            ),
            prices=("From {c}55", "From {c}65", "From {c}45", "From {c}40"),
            contact_extra=(
                "Opening hours",
                "Monday to Saturday, with early and evening appointments.",
            ),
            scenes=(
                Subject(
                    "a calm treatment room with plants and soft light", "A treatment room at {name}"
                ),
                Subject(
                    "a practitioner explaining an exercise to a patient",
                    "A practitioner with a patient",
                ),
                Subject("a bright waiting area with wooden chairs", "The waiting area"),
            ),
        ),
        "fitness": _sector(
            offering_texts=(
                "Coached, welcoming and scaled to your level.",
                "Small groups, big energy.",
                "Beginners genuinely welcome.",
            ),
            offering_headings=("Classes", "Find your class"),
            hero_headings=(
                "Stronger, together",
                "Your first session is on us",
                "Train hard. Feel good.",
            ),
            offering_eyebrow="Classes",
            prices=("Drop-in {c}12", "10 classes {c}95", "Included in membership"),
            plans=(
                ("Off-peak", "Unlimited classes before 4pm on weekdays.", "{c}39 a month"),
                ("Unlimited", "Every class, every day, plus open gym.", "{c}59 a month"),
                ("Class pack", "Ten classes to use within three months.", "{c}95"),
            ),
            contact_extra=("Opening hours", "Early till late, seven days a week."),
            scenes=(
                Subject("athletes mid-movement in a bright studio", "A class in full swing"),
                Subject("chalked hands gripping a bar", "Chalked hands on a bar"),
                Subject("a coach encouraging a member", "A coach with a member"),
            ),
        ),
        "creative": _sector(
            offering_texts=(
                "Strategy, craft and care, start to finish.",
                "Senior people on every project.",
                "Clear process, honest timelines.",
            ),
            offering_headings=("What we do", "Services"),
            hero_headings=(
                "Ideas that look like you",
                "Design with a point of view",
                "{Offers} for brands with something to say",
            ),
            offering_eyebrow="Services",
            scenes=(
                Subject(
                    "material samples and colour swatches on a table", "Colour swatches and samples"
                ),
                Subject("a poster series pinned to a studio wall", "Work on the studio wall"),
                Subject("a designer sketching at a large desk", "Sketching in the studio"),
                Subject("a brand identity system laid out on paper", "A brand identity"),
            ),
        ),
        "retail": _sector(
            offering_texts=(
                "Chosen by hand, in small quantities.",
                "Ask us and we will gift-wrap it.",
                "New pieces arrive every few weeks.",
            ),
            offering_headings=("In the shop", "Shop the collection"),
            hero_headings=(
                "Chosen with care{in_place}",
                "{Offers} you will not find elsewhere",
                "A little shop with a lot to love",
            ),
            offering_eyebrow="In the shop",
            prices=("From {c}12", "From {c}8", "From {c}25", "Made to order"),
            contact_extra=("Opening hours", "Tuesday to Saturday, 10am to 6pm."),
            scenes=(
                Subject("a styled shelf of products in daylight", "A shelf in the shop"),
                Subject("a gift wrapped in paper and string", "A wrapped gift"),
                Subject("the shop window at dusk", "The shop window"),
            ),
        ),
        "trades": _sector(
            offering_texts=(
                "Fixed written quote before we start.",
                "Fully insured, tidy, on time.",
                "Guaranteed workmanship.",
            ),
            offering_headings=("What we do", "Jobs we take on"),
            hero_headings=(
                "{Offers} done properly{in_place}",
                "Reliable work. Fixed quotes.",
                "The {noun} that turns up on time",
            ),
            offering_eyebrow="Services",
            prices=("Free quote", "Fixed price", "Guaranteed work", "Same-week visits"),
            stats=(
                ("15+", "Years on the tools", "Qualified and insured."),
                ("800+", "Jobs completed", "Homes and businesses locally."),
                ("4.9/5", "Customer rating", "From verified reviews."),
                ("12 months", "Guarantee", "On all workmanship."),
            ),
            scenes=(
                Subject("a finished kitchen in daylight", "A finished kitchen"),
                Subject("neatly arranged tools in a van", "Tools ready for the job"),
                Subject("a craftsman measuring timber", "Measuring timber on site"),
            ),
        ),
        "hospitality": _sector(
            offering_texts=(
                "Quiet, comfortable and looked after properly.",
                "With breakfast, good linen and a warm welcome.",
                "Book direct for the best rate.",
            ),
            offering_headings=("Rooms and rates", "Where you will stay"),
            hero_headings=(
                "Stay a while{in_place}",
                "Slow mornings, good beds",
                "Your place{in_place}",
            ),
            offering_eyebrow="Rooms",
            prices=("From {c}95 a night", "From {c}120 a night", "From {c}160 a night"),
            contact_extra=("Check-in", "From 3pm; check-out by 11am."),
            scenes=(
                Subject("a sunlit bedroom with linen sheets", "A bedroom in the morning"),
                Subject("a breakfast table by a window", "Breakfast by the window"),
                Subject("the surrounding landscape at golden hour", "The view nearby"),
            ),
        ),
        "education": _sector(
            offering_texts=(
                "Small groups and patient, qualified teachers.",
                "Progress you can see every term.",
                "Online or in person.",
            ),
            offering_headings=("Courses", "What we teach"),
            hero_headings=(
                "Confidence that lasts",
                "Learning that clicks",
                "{Offers} for curious minds",
            ),
            offering_eyebrow="Courses",
            prices=("From {c}35 a lesson", "From {c}20 a class", "Termly plans"),
            scenes=(
                Subject("a student smiling over an open notebook", "A student at work"),
                Subject("a small group around a table with a tutor", "A small-group class"),
                Subject("a bright classroom with books", "A classroom"),
            ),
        ),
        "nonprofit": _sector(
            offering_texts=(
                "Run with volunteers and local partners.",
                "Free for everyone who needs it.",
                "Funded by people like you.",
            ),
            offering_headings=("What we do", "Our programmes"),
            hero_headings=(
                "Real help, close to home",
                "Together, we can do more{in_place}",
                "Every hour and every pound counts",
            ),
            offering_eyebrow="What we do",
            stats=(
                ("2,400", "People supported", "Last year alone."),
                ("180", "Volunteers", "Giving their time every week."),
                ("87p", "In every pound", "Spent directly on our work."),
                ("12", "Years", "Serving the community."),
            ),
            plans=(
                ("Give monthly", "A regular gift we can plan around.", "From {c}5 a month"),
                ("Volunteer", "Give a few hours a week.", "Your time"),
                ("Fundraise", "Run, bake or climb for us.", "Any amount"),
            ),
            scenes=(
                Subject("volunteers sorting donations together", "Volunteers at work"),
                Subject("a community meal at long tables", "A community meal"),
                Subject("hands planting in a community garden", "The community garden"),
            ),
        ),
    }
)

# Topic cards for TEXT sections (docs, journal, careers, events): (title, text, meta).
TEXT_TOPICS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "docs": (("Quickstart", "Install {name} and see your first result in five minutes.",
              "5 min"),
             ("Guides", "Step-by-step walkthroughs for the most common setups.", "Guides"),
             ("API reference", "Every endpoint, field and option, documented.", "Reference"),
             ("Self-hosting", "Run {name} in your own infrastructure.", "Operations")),
    "careers": (("How we work", "Small teams, clear goals and time to do things properly.",
                 "Culture"),
                ("What we offer", "Fair pay, flexible hours and room to grow.", "Benefits"),
                ("Open roles", "We post new roles here first. Speculative letters welcome.",
                 "Hiring")),
    "events": (("Open evening", "Meet the team and see how we work.", "Monthly"),
               ("Workshop", "A hands-on session for beginners.", "Booking required"),
               ("Seasonal celebration", "Food, friends and a few surprises.", "All welcome")),
}  # fmt: skip


# Opening paragraph and card texts of TEXT sections by topic, so they never repeat the page intro.
TEXT_TOPIC_INTROS: dict[str, str] = {
    "docs": "Start with the quickstart, then dive into the guides or the full reference.",
    "journal": "Short, practical pieces on {offers}, written for {audience}.",
    "careers": "We hire rarely and carefully, and we look after the people we hire.",
    "events": "Places are limited, so book early. Most events are free.",
}
JOURNAL_TEXTS: tuple[str, ...] = (
    "What we see most often, and what to do about it.",
    "A step-by-step checklist you can use today.",
    "The questions people ask us, answered in plain English.",
)

# --- people ------------------------------------------------------------------------------------

FIRST_NAMES: tuple[str, ...] = (
    "Amara", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Isla", "Jonah", "Kemi",
    "Liam", "Maya", "Niall", "Olu", "Priya", "Quentin", "Rosa", "Sami", "Tess", "Umar",
    "Vera", "Wes", "Ximena", "Yusuf", "Zoe", "Aoife", "Bilal", "Carmen", "Dara",
)  # fmt: skip
SURNAMES: tuple[str, ...] = (
    "Adeyemi", "Brennan", "Castillo", "Dubois", "Eriksen", "Fraser", "Gupta", "Hughes",
    "Iwasaki", "Jensen", "Kowalski", "Lindqvist", "MacLeod", "Nakamura", "Okonkwo", "Patel",
    "Quinn", "Rahman", "Silva", "Thornton", "Ueda", "Varga", "Whitfield", "Yilmaz", "Zamora",
)  # fmt: skip
