"""What the planning phases ask of the model."""

from sitefarm.v1 import brief_pb2

from services.llm.prompt_rules import VERBATIM_RULE, facts_rule, language_rule

SECTIONS = (
    "You are an information architect. From the brief, choose the library of sections the "
    "site's pages are built from (hero, features, about, services, testimonials, gallery, "
    "pricing, FAQ, CTA, contact, team, stats, text), each with a unique lowercase slug id and "
    "its purpose for the visitor. Include only what this business needs."
)

PAGES = (
    "You are an information architect. Plan the site's pages: the home page first with slug "
    "'index', then one page for each page the brief asks for, each with a lowercase slug, a "
    "title, a short navigation label, its purpose and 2 to 4 section ids from the section plan "
    "in page order. Use only section ids that exist in the section plan."
)

IMAGES = (
    "You are an art director. Plan the site's images: for hero, split and alternating "
    "sections and galleries, one image each (a site needs 6 to 12), with a unique slug id, the "
    "page slug and section id it belongs to, a vivid prompt for an image model in the style "
    "the layout implies, a meaningful alt text, a size in pixels and its role."
)

SEO = (
    "You are an SEO specialist. Write the site's search metadata: site name, site "
    "description, the schema.org type of the business, and for every planned page a title of "
    "at most 60 characters, a meta description of 70 to 160 characters and target keywords."
)

COPY = (
    "You are a conversion copywriter. Write every word of the site in the brief's tone: a "
    "tagline, and for every section of every planned page an eyebrow, a heading, one or two "
    "paragraphs and the items the section kind needs: features, services and offerings, "
    "questions and answers, contact details. Testimonials come only from the brief's "
    "testimonials (quote and attribution as given), team members only from its team, prices "
    "only from its offerings, figures only from its figures. Be specific to this business. "
    "Plain text only, no markup."
)

PAGE_COPY = (
    "You are a conversion copywriter. Write every word of one page of the site, the page given, "
    "in the brief's tone: for every section of the page an eyebrow, a heading, one or two "
    "paragraphs and the items the section kind needs: features, services and offerings, "
    "questions and answers, contact details. Also write the site's tagline, two to six words "
    "from the design strategy's value proposition: every page's writer is asked for it, so keep "
    "it plain. Testimonials come only from the brief's testimonials (quote and attribution as "
    "given), team members only from its team, prices only from its offerings, figures only "
    "from its figures. Be specific to this business. Plain text only, no markup. Answer with "
    "this one page in pages, under its slug."
)

_FACT_SECTIONS = (
    "Plan testimonials, team, pricing and stats sections only when the brief states those "
    "facts (its testimonials, team, offerings with prices, figures)."
)

_FACT_SECTIONS_PLACEHOLDERS = (
    "Testimonials, team, pricing and stats sections need the brief's facts; where the brief "
    "lacks them you may still plan such a section: it is drawn as a marked placeholder for "
    "the owner to fill in."
)


def sections(brief: brief_pb2.ProjectConfig, placeholders: bool) -> str:
    """Which sections a site has decides which facts it needs."""
    return " ".join(
        (
            SECTIONS,
            language_rule(brief),
            _FACT_SECTIONS_PLACEHOLDERS if placeholders else _FACT_SECTIONS,
        )
    )


def pages(brief: brief_pb2.ProjectConfig) -> str:
    """Titles and navigation labels are words a visitor reads."""
    return " ".join(
        (
            PAGES,
            language_rule(brief),
            "The brief's page titles stay as written, in whatever script.",
        )
    )


def images(brief: brief_pb2.ProjectConfig) -> str:
    """Alt text is read aloud to visitors; the image model's prompt is not shown."""
    return " ".join(
        (
            IMAGES,
            language_rule(brief),
            "That includes every alt text; the image model's prompt may be in English. No "
            "image shows a named person the brief does not name.",
        )
    )


def seo(brief: brief_pb2.ProjectConfig) -> str:
    """Titles and descriptions show in search results and social cards."""
    return " ".join((SEO, language_rule(brief), facts_rule()))


def copy(brief: brief_pb2.ProjectConfig, placeholders: bool) -> str:
    """The site's words: the language, the brief's wording kept, and only the brief's facts."""
    return " ".join((COPY, language_rule(brief), VERBATIM_RULE, facts_rule(placeholders)))


def page_copy(brief: brief_pb2.ProjectConfig, placeholders: bool) -> str:
    """One page's words, under the same rules as the whole site's."""
    return " ".join((PAGE_COPY, language_rule(brief), VERBATIM_RULE, facts_rule(placeholders)))
