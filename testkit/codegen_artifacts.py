"""Hand-built artifacts of a small bakery site, so codegen tests need no other phase."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from sitefarm.v1 import artifacts_pb2 as a
from sitefarm.v1 import brief_pb2, phases_pb2

HOSTILE = "<script>alert(1)</script>"


def brief(**overrides: object) -> brief_pb2.ProjectConfig:
    values: dict[str, object] = {
        "business_name": "Crumb & Co.",
        "description": "A family-run sourdough bakery baking every morning in Leith.",
        "audience": "Families and early risers in Leith.",
        "tone": brief_pb2.TONE_WARM,
        "brand_colors": ["#c8743a", "#3b2a20"],
        "pages": ["Menu", "About", "Visit"],
        "industry": "bakery",
        "location": "Leith, Edinburgh",
        "contact_email": "hello@crumbandco.example",
        "phone": "+44 131 555 0142",
        "site_url": "https://crumbandco.example",
        "language": "en-GB",
    }
    values.update(overrides)
    return brief_pb2.ProjectConfig(**values)  # type: ignore[arg-type]


def section_plan() -> a.SectionPlan:
    k = a.SectionKind
    specs = [
        ("hero", k.Value("SECTION_KIND_HERO"), "Make visitors hungry and show the bakery."),
        ("features", k.Value("SECTION_KIND_FEATURES"), "Why our bread is different."),
        ("stats", k.Value("SECTION_KIND_STATS"), "Numbers that build trust."),
        ("testimonials", k.Value("SECTION_KIND_TESTIMONIALS"), "What neighbours say."),
        ("menu", k.Value("SECTION_KIND_SERVICES"), "What we bake each day."),
        ("pricing", k.Value("SECTION_KIND_PRICING"), "Bread subscriptions."),
        ("gallery", k.Value("SECTION_KIND_GALLERY"), "The bakery in pictures."),
        ("story", k.Value("SECTION_KIND_ABOUT"), "How the bakery started."),
        ("team", k.Value("SECTION_KIND_TEAM"), "The bakers."),
        ("faq", k.Value("SECTION_KIND_FAQ"), "Answer common questions."),
        ("contact", k.Value("SECTION_KIND_CONTACT"), "How to find and reach us."),
        ("cta", k.Value("SECTION_KIND_CTA"), "Invite visitors to order a cake."),
    ]
    return a.SectionPlan(
        sections=[a.SectionSpec(id=i, kind=kind, purpose=p) for i, kind, p in specs]
    )


def layout() -> a.Layout:
    v = a.SectionVariant
    variants = {
        "hero": ("SECTION_VARIANT_SPLIT", 1),
        "features": ("SECTION_VARIANT_CARDS", 3),
        "stats": ("SECTION_VARIANT_BAND", 4),
        "testimonials": ("SECTION_VARIANT_CARDS", 3),
        "menu": ("SECTION_VARIANT_ALTERNATING", 1),
        "pricing": ("SECTION_VARIANT_CARDS", 3),
        "gallery": ("SECTION_VARIANT_CARDS", 3),
        "story": ("SECTION_VARIANT_SPLIT", 1),
        "team": ("SECTION_VARIANT_CARDS", 3),
        "faq": ("SECTION_VARIANT_LIST", 1),
        "contact": ("SECTION_VARIANT_SPLIT", 2),
        "cta": ("SECTION_VARIANT_BAND", 1),
    }
    return a.Layout(
        header_style=a.HEADER_STYLE_WITH_CTA,
        container_width_px=1200,
        sections=[
            a.SectionLayout(section_id=sid, variant=v.Value(name), columns=cols)
            for sid, (name, cols) in variants.items()
        ],
    )


COLORS = {
    "primary": "#8a4b1f",
    "on-primary": "#ffffff",
    "accent": "#f2c14e",
    "on-accent": "#2b1d12",
    "surface": "#fffaf4",
    "surface-alt": "#f5ebe0",
    "text": "#2b1d12",
    "muted-text": "#5f4b3c",
    "link": "#8a4b1f",
    "border": "#e3d3c2",
    "inverse": "#2b1d12",
    "on-inverse": "#fdf6ee",
}


def style_system() -> a.StyleSystem:
    steps = [
        ("small", 0.875, 1.5, 400),
        ("body", 1.0, 1.6, 400),
        ("lead", 1.2, 1.55, 400),
        ("h3", 1.25, 1.3, 600),
        ("h2", 1.95, 1.2, 700),
        ("h1", 2.44, 1.1, 700),
        ("display", 3.05, 1.05, 800),
    ]
    return a.StyleSystem(
        colors=[a.ColorToken(name=n, hex=h) for n, h in COLORS.items()],
        heading_font='"Fraunces", Georgia, serif',
        body_font='"Source Sans 3", system-ui, sans-serif',
        base_size_px=17,
        scale_ratio=1.25,
        type_scale=[
            a.TypeStep(name=n, size_rem=s, line_height=lh, weight=w) for n, s, lh, w in steps
        ],
        space_unit_px=8,
        radius_px=12,
    )


def page_plan() -> a.PagePlan:
    return a.PagePlan(
        pages=[
            a.PlannedPage(
                slug="index",
                title="Crumb & Co.",
                nav_label="Home",
                purpose="Welcome visitors and get them to order.",
                section_ids=["hero", "features", "stats", "testimonials", "cta"],
            ),
            a.PlannedPage(
                slug="menu",
                title="Menu",
                nav_label="Menu",
                purpose="Show what we bake and what it costs.",
                section_ids=["hero", "menu", "pricing", "gallery", "cta"],
            ),
            a.PlannedPage(
                slug="about",
                title="About us",
                nav_label="About",
                purpose="Tell our story.",
                section_ids=["story", "team", "faq"],
            ),
            a.PlannedPage(
                slug="visit",
                title="Visit the bakery",
                nav_label="Visit",
                purpose="Help visitors find us.",
                section_ids=["contact", "faq"],
            ),
        ]
    )


def _items(*rows: tuple[str, str, str]) -> list[a.CopyItem]:
    return [a.CopyItem(title=t, text=x, meta=m) for t, x, m in rows]


def site_copy() -> a.SiteCopy:
    home = a.PageCopy(
        slug="index",
        sections=[
            a.SectionCopy(
                section_id="hero",
                eyebrow="Leith's sourdough bakery",
                heading="Proper bread, baked at dawn",
                paragraphs=["Naturally leavened loaves and pastries from local flour."],
                cta_label="Order a cake",
            ),
            a.SectionCopy(
                section_id="features",
                heading="Why our bread tastes better",
                paragraphs=["Time, not shortcuts."],
                items=_items(
                    ("Slow fermented", "Every loaf proves for 36 hours.", ""),
                    ("Local flour", "Milled twenty miles away.", ""),
                    ("Baked daily", "Out of the oven by 7am.", ""),
                ),
            ),
            a.SectionCopy(
                section_id="stats",
                heading="Baked with care",
                items=_items(
                    ("Loaves a week", "", "1,200"),
                    ("Years in Leith", "", "12"),
                    ("Hours of proving", "", "36"),
                ),
            ),
            a.SectionCopy(
                section_id="testimonials",
                heading="Neighbours say",
                items=_items(
                    ("Aileen M.", "The best croissant north of Paris.", "Regular since 2015"),
                    ("Tom R.", "Our Saturday ritual.", "Leith"),
                ),
            ),
            a.SectionCopy(
                section_id="cta",
                heading="Celebrating something?",
                paragraphs=["Order a cake two days ahead."],
                cta_label="Order a cake",
            ),
        ],
    )
    menu = a.PageCopy(
        slug="menu",
        sections=[
            a.SectionCopy(section_id="hero", heading="Our menu", paragraphs=["Baked today."]),
            a.SectionCopy(
                section_id="menu",
                heading="Breads and pastries",
                items=_items(
                    ("Country sourdough", "Our everyday loaf.", "£4.50"),
                    ("Cardamom buns", "Swedish-style, sticky.", "£3.20"),
                ),
            ),
            a.SectionCopy(
                section_id="pricing",
                heading="Bread subscriptions",
                items=_items(
                    ("Weekly loaf", "One loaf every Saturday.", "£16 / month"),
                    ("Family", "Two loaves and buns.", "£38 / month"),
                    ("Feast", "Everything, every week.", "£60 / month"),
                ),
                cta_label="Subscribe",
            ),
            a.SectionCopy(
                section_id="gallery",
                heading="From the oven",
                items=_items(("Morning bake", "", ""), ("The counter", "", "")),
            ),
            # "cta" deliberately has no copy: the renderer must fall back to its purpose.
        ],
    )
    about = a.PageCopy(
        slug="about",
        sections=[
            a.SectionCopy(
                section_id="story",
                heading="Started in a tenement kitchen",
                paragraphs=["In 2013 Mairi baked her first loaf.", "Now we bake 1,200 a week."],
            ),
            a.SectionCopy(
                section_id="team",
                heading="The bakers",
                items=_items(
                    ("Mairi Campbell", "Founder and head baker.", "Founder"),
                    ("Luca Bianchi", "Pastry.", "Pastry chef"),
                ),
            ),
            a.SectionCopy(
                section_id="faq",
                heading="Questions",
                items=_items(
                    ("Do you bake gluten-free?", "Not yet, our kitchen has flour everywhere.", ""),
                    ("Can I reserve a loaf?", "Yes, call before 9am.", ""),
                ),
            ),
        ],
    )
    visit = a.PageCopy(
        slug="visit",
        sections=[
            a.SectionCopy(
                section_id="contact",
                heading="Come and see us",
                paragraphs=["We're at the foot of Leith Walk."],
                items=_items(("Mon-Fri", "7am to 3pm", ""), ("Sat-Sun", "8am to 2pm", "")),
            ),
            a.SectionCopy(
                section_id="faq",
                heading="Before you visit",
                items=_items(("Is there parking?", "On-street, free after 6pm.", "")),
            ),
        ],
    )
    return a.SiteCopy(tagline="Sourdough from Leith", pages=[home, menu, about, visit])


def seo() -> a.SeoStrategy:
    return a.SeoStrategy(
        site_name="Crumb & Co.",
        site_description="Sourdough bakery in Leith, Edinburgh.",
        schema_type="Bakery",
        pages=[
            a.PageSeo(slug="index", title="Crumb & Co. | Sourdough bakery in Leith",
                      meta_description="Naturally leavened bread baked every morning."),
            a.PageSeo(slug="menu", title="Menu | Crumb & Co.",
                      meta_description="Breads, pastries and subscriptions."),
            a.PageSeo(slug="about", title="About | Crumb & Co.",
                      meta_description="Our story and our bakers."),
            # "visit" deliberately has no entry: the renderer must fall back.
        ],
    )  # fmt: skip


def design_strategy() -> a.DesignStrategy:
    return a.DesignStrategy(
        positioning="Leith's neighbourhood sourdough bakery.",
        value_proposition="Proper bread, baked every morning, a short walk away.",
        personality=["warm", "honest", "crafty"],
        primary_goal="Order a cake",
        call_to_action="Order a cake",
        key_messages=["Slow fermentation", "Local flour"],
        visual_direction="Golden crusts in morning light.",
    )


def svg_bytes(label: str, fill: str = "#f5ebe0") -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">'
        f'<rect width="1200" height="800" fill="{fill}"/><title>{label}</title></svg>'
    ).encode()


def images() -> list[a.GeneratedImage]:
    """Images with ids <page>-<section>[-n]; section_id says where each one belongs."""
    rows = [
        ("index-hero", "index", "A golden sourdough loaf on a wooden board", 1200, 900),
        ("index-features-1", "index", "Dough proving in baskets", 800, 600),
        ("index-features-2", "index", "Sacks of local flour", 800, 600),
        ("index-features-3", "index", "Loaves coming out of the oven", 800, 600),
        ("menu-hero", "menu", "The bakery counter piled with bread", 1200, 900),
        ("menu-menu-1", "menu", "A sliced country sourdough", 800, 600),
        ("menu-menu-2", "menu", "Sticky cardamom buns", 800, 600),
        ("menu-gallery-1", "menu", "The morning bake", 800, 600),
        ("menu-gallery-2", "menu", "The shop counter", 800, 600),
        ("menu-gallery-3", "menu", "Flour dust on the bench", 800, 600),
        ("about-story", "about", "Mairi shaping dough", 1000, 800),
        ("about-team-1", "about", "Portrait of Mairi", 600, 600),
        ("about-team-2", "about", "Portrait of Luca", 600, 600),
    ]
    return [
        a.GeneratedImage(
            id=image_id,
            page_slug=page,
            section_id=re.sub(r"-\d+$", "", image_id.removeprefix(f"{page}-")),
            file_name=f"{image_id}.svg",
            media_type="image/svg+xml",
            data=svg_bytes(alt),
            width=w,
            height=h,
            alt=alt,
        )
        for image_id, page, alt, w, h in rows
    ]


def page_request(
    slug: str,
    *,
    project: brief_pb2.ProjectConfig | None = None,
    plan: a.PagePlan | None = None,
    copy: a.SiteCopy | None = None,
    all_images: list[a.GeneratedImage] | None = None,
) -> phases_pb2.GeneratePageRequest:
    plan = plan or page_plan()
    page = next(p for p in plan.pages if p.slug == slug)
    pool = images() if all_images is None else all_images
    return phases_pb2.GeneratePageRequest(
        brief=project or brief(),
        page=page,
        page_plan=plan,
        section_plan=section_plan(),
        copy=copy or site_copy(),
        layout=layout(),
        style_system=style_system(),
        seo=seo(),
        images=[img for img in pool if img.page_slug == page.slug],
        design_strategy=design_strategy(),
    )


def site_request(
    pages: list[a.PageCode],
    *,
    project: brief_pb2.ProjectConfig | None = None,
    plan: a.PagePlan | None = None,
    all_images: list[a.GeneratedImage] | None = None,
) -> phases_pb2.AssembleSiteRequest:
    return phases_pb2.AssembleSiteRequest(
        brief=project or brief(),
        pages=pages,
        page_plan=plan or page_plan(),
        style_system=style_system(),
        seo=seo(),
        images=images() if all_images is None else all_images,
        layout=layout(),
    )


VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


class ParsedPage(HTMLParser):
    """Collects what the tests inspect and every nesting error on the way."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.elements: list[tuple[str, dict[str, str], tuple[str, ...]]] = []
        self.doctype = ""
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.headings: list[int] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[tag for tag, _ in self.stack]}")

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def _ancestry(self) -> tuple[str, ...]:
        """Each open element as tag[aria-label], and as tag.class for each of its classes."""
        named = [f"{tag}[{attrs.get('aria-label', '')}]" for tag, attrs in self.stack]
        classed = [
            f"{tag}.{name}" for tag, attrs in self.stack for name in attrs.get("class", "").split()
        ]
        return (*named, *classed)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.elements.append((tag, values, self._ancestry()))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "script":
            self.scripts.append((values, ""))
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, values))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {n: v or "" for n, v in attrs}, self._ancestry()))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_ELEMENTS:
            self.errors.append(f"end tag for void element {tag}")
        elif not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def all(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs, _ in self.elements if name == tag]

    def links_in(self, nav: str) -> list[dict[str, str]]:
        """Links inside the nav named `nav` (its aria-label) or of class `nav` (site-nav, the
        header's, whatever language names it), each link once even where a small-screen menu
        repeats it."""
        links: list[dict[str, str]] = []
        for name, attrs, ancestry in self.elements:
            inside = f"nav[{nav}]" in ancestry or f"nav.{nav}" in ancestry
            if name == "a" and inside and "ul.nav-list--menu" not in ancestry:
                links.append(attrs)
        return links
