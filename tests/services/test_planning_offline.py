"""The offline planner: sections, pages, images, SEO and copy that fit the brief and each other."""

from __future__ import annotations

import re

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.planning import offline
from testkit.briefs import EDGE_BRIEFS, EXAMPLE_NAMES, example_brief
from testkit.offline_chain import OfflineSite, run_offline

K = artifacts_pb2
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ALL_BRIEFS = [*(example_brief(n) for n in EXAMPLE_NAMES), *EDGE_BRIEFS]
BRIEF_IDS = [*EXAMPLE_NAMES, *(f"edge-{i}" for i in range(len(EDGE_BRIEFS)))]


def _kinds(site: OfflineSite) -> dict[str, int]:
    return {s.id: s.kind for s in site.sections.sections}


def _all_copy_text(site: OfflineSite) -> list[str]:
    texts = [site.copy.tagline]
    for page in site.copy.pages:
        for section in page.sections:
            texts += [section.eyebrow, section.heading, section.cta_label, *section.paragraphs]
            for item in section.items:
                texts += [item.title, item.text, item.meta]
    return [t for t in texts if t]


# --- section plan ------------------------------------------------------------------------------


@pytest.mark.parametrize("brief", ALL_BRIEFS, ids=BRIEF_IDS)
def test_section_ids_are_unique_slugs(brief: brief_pb2.ProjectConfig) -> None:
    ids = [s.id for s in run_offline(brief).sections.sections]
    assert len(ids) == len(set(ids))
    assert all(SLUG.match(i) for i in ids)
    assert ids[0] == "hero"


FACT_KINDS = {
    K.SECTION_KIND_TESTIMONIALS,
    K.SECTION_KIND_TEAM,
    K.SECTION_KIND_STATS,
    K.SECTION_KIND_PRICING,
}


def test_each_sector_gets_the_sections_it_needs() -> None:
    bakery = set(_kinds(run_offline(example_brief("bakery"))).values())
    assert {K.SECTION_KIND_HERO, K.SECTION_KIND_ABOUT, K.SECTION_KIND_SERVICES,
            K.SECTION_KIND_GALLERY, K.SECTION_KIND_CONTACT} <= bakery  # fmt: skip
    law = set(_kinds(run_offline(example_brief("lawfirm"))).values())
    assert {K.SECTION_KIND_SERVICES, K.SECTION_KIND_FAQ, K.SECTION_KIND_CONTACT,
            K.SECTION_KIND_CTA} <= law  # fmt: skip
    devtool = set(_kinds(run_offline(example_brief("devtool"))).values())
    assert {K.SECTION_KIND_FEATURES, K.SECTION_KIND_FAQ, K.SECTION_KIND_CTA} <= devtool
    assert K.SECTION_KIND_GALLERY not in devtool


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_sections_that_need_facts_exist_only_with_them(name: str) -> None:
    """Without testimonials, team, figures or prices in the brief none is planned, and each
    appears as a marked placeholder when the job asks for placeholders."""
    brief = example_brief(name)
    for field in ("offerings", "team", "testimonials", "figures"):
        brief.ClearField(field)  # type: ignore[arg-type]
    assert not set(_kinds(run_offline(brief)).values()) & FACT_KINDS
    drafted = run_offline(brief, placeholders=True)
    assert set(_kinds(drafted).values()) & FACT_KINDS


def test_a_requested_page_adds_the_section_it_needs() -> None:
    brief = example_brief("bakery")
    brief.ClearField("offerings")
    brief.pages.append("Pricing")
    assert K.SECTION_KIND_PRICING not in set(_kinds(run_offline(brief)).values())
    brief.offerings.add(name="Sourdough loaf", price="£4.50")
    assert K.SECTION_KIND_PRICING in set(_kinds(run_offline(brief)).values())


def test_docs_and_blog_pages_get_text_sections_of_their_own() -> None:
    site = run_offline(example_brief("devtool"))
    kinds = _kinds(site)
    assert kinds["docs"] == K.SECTION_KIND_TEXT
    assert kinds["blog"] == K.SECTION_KIND_TEXT


# --- page plan ---------------------------------------------------------------------------------


@pytest.mark.parametrize("brief", ALL_BRIEFS, ids=BRIEF_IDS)
def test_page_plan_invariants(brief: brief_pb2.ProjectConfig) -> None:
    site = run_offline(brief)
    pages = list(site.pages.pages)
    assert pages[0].slug == "index"
    slugs = [p.slug for p in pages]
    assert len(slugs) == len(set(slugs))
    assert all(SLUG.match(s) for s in slugs)
    assert [p.title for p in pages[1:]] == [p.nav_label for p in pages[1:]]  # never cut
    section_ids = set(_kinds(site))
    for page in pages:
        assert page.section_ids, page.slug
        assert set(page.section_ids) <= section_ids
        assert len(page.section_ids) == len(set(page.section_ids))
        assert page.title and page.nav_label and page.purpose
        if page.slug != "index":
            assert 2 <= len(page.section_ids) <= 4


def test_every_requested_page_is_planned_in_order() -> None:
    site = run_offline(example_brief("lawfirm"))
    assert [p.title for p in site.pages.pages] == [
        "Home",
        "Practice Areas",
        "Our Team",
        "Insights",
        "Contact",
    ]
    assert [p.slug for p in site.pages.pages][1:] == [
        "practice-areas",
        "our-team",
        "insights",
        "contact",
    ]


def test_pages_are_built_from_sections_that_fit_them() -> None:
    def sections_of(name: str, slug: str) -> set[int]:
        site = run_offline(example_brief(name))
        kinds = _kinds(site)
        page = next(p for p in site.pages.pages if p.slug == slug)
        return {kinds[i] for i in page.section_ids}

    assert K.SECTION_KIND_CONTACT in sections_of("bakery", "visit")
    assert K.SECTION_KIND_SERVICES in sections_of("bakery", "menu")
    assert K.SECTION_KIND_FAQ in sections_of("devtool", "pricing")
    assert K.SECTION_KIND_TEAM in sections_of("lawfirm", "our-team")
    assert K.SECTION_KIND_CONTACT in sections_of("lawfirm", "contact")


def test_a_brief_without_pages_gets_a_sensible_set() -> None:
    brief = brief_pb2.ProjectConfig(business_name="Acme", description="We make widgets.")
    titles = [p.title for p in run_offline(brief).pages.pages]
    assert titles == ["Home", "About", "Services", "Contact"]


def test_awkward_page_titles_become_safe_unique_slugs() -> None:
    slugs = [p.slug for p in run_offline(EDGE_BRIEFS[1]).pages.pages]
    assert slugs == ["index", "uber-uns", "faq-help", "about", "about-2", "speisekarte"]


# --- image plan --------------------------------------------------------------------------------


@pytest.mark.parametrize("brief", ALL_BRIEFS, ids=BRIEF_IDS)
def test_image_plan_invariants(brief: brief_pb2.ProjectConfig) -> None:
    site = run_offline(brief)
    images = list(site.images.images)
    assert len(images) <= 12
    ids = [i.id for i in images]
    assert len(ids) == len(set(ids))
    assert all(SLUG.match(i) for i in ids)
    pages = {p.slug: set(p.section_ids) for p in site.pages.pages}
    for image in images:
        assert image.section_id in pages[image.page_slug]
        assert image.width > 0 and image.height > 0
        assert image.role != K.IMAGE_ROLE_UNSPECIFIED
        assert image.alt == ""  # abstract art: decorative, in every language
        assert len(image.prompt) >= 40


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_sites_get_six_to_twelve_images_with_a_home_hero(name: str) -> None:
    site = run_offline(example_brief(name))
    images = list(site.images.images)
    assert 6 <= len(images) <= 12
    hero = next(i for i in images if i.page_slug == "index" and i.role == K.IMAGE_ROLE_HERO)
    assert (hero.width, hero.height) == (1600, 900)
    assert len({i.prompt for i in images}) == len(images)


def test_galleries_get_square_images_of_the_briefs_offerings() -> None:
    site = run_offline(example_brief("bakery"))
    gallery = [i for i in site.images.images if i.role == K.IMAGE_ROLE_GALLERY]
    assert len(gallery) >= 4
    assert all((i.width, i.height) == (800, 800) for i in gallery)
    assert any("cardamom buns" in i.prompt.lower() for i in gallery)


# --- seo ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("brief", ALL_BRIEFS, ids=BRIEF_IDS)
def test_seo_titles_and_descriptions_fit_the_limits(brief: brief_pb2.ProjectConfig) -> None:
    site = run_offline(brief)
    assert [p.slug for p in site.seo.pages] == [p.slug for p in site.pages.pages]
    assert 70 <= len(site.seo.site_description) <= 160
    for page in site.seo.pages:
        assert 0 < len(page.title) <= 60, page.title
        assert 70 <= len(page.meta_description) <= 160, page.meta_description
        assert page.keywords


def test_schema_type_follows_the_industry() -> None:
    types = {n: run_offline(example_brief(n)).seo.schema_type for n in EXAMPLE_NAMES}
    assert types == {
        "bakery": "Bakery",
        "lawfirm": "LegalService",
        "devtool": "Organization",
    }
    generic = brief_pb2.ProjectConfig(business_name="Acme", description="We help.")
    assert run_offline(generic).seo.schema_type == "Organization"


def test_page_titles_name_the_page_and_the_business() -> None:
    site = run_offline(example_brief("bakery"))
    titles = {p.slug: p.title for p in site.seo.pages}
    assert titles["menu"] == "Menu | Crumb & Co."
    assert titles["index"].startswith("Crumb & Co.")


# --- copy --------------------------------------------------------------------------------------


@pytest.mark.parametrize("brief", ALL_BRIEFS, ids=BRIEF_IDS)
def test_copy_covers_every_section_of_every_page(brief: brief_pb2.ProjectConfig) -> None:
    site = run_offline(brief)
    assert [p.slug for p in site.copy.pages] == [p.slug for p in site.pages.pages]
    for planned, written in zip(site.pages.pages, site.copy.pages, strict=True):
        # A section the brief gives nothing true to say (no questions, no contact) is left
        # out; the rest keep the plan's order.
        written_ids = [s.section_id for s in written.sections]
        assert written_ids == [i for i in planned.section_ids if i in written_ids]
        assert len(written_ids) >= min(2, len(planned.section_ids)), planned.slug
        for section in written.sections:
            assert section.heading, (planned.slug, section.section_id)
            assert len(section.paragraphs) <= 3, (planned.slug, section.section_id)


@pytest.mark.parametrize("brief", ALL_BRIEFS, ids=BRIEF_IDS)
def test_copy_is_plain_text_without_placeholders(brief: brief_pb2.ProjectConfig) -> None:
    for text in _all_copy_text(run_offline(brief)):
        assert not re.search(r"</?[a-zA-Z]", text), text
        assert "{" not in text and "}" not in text, text
        assert "lorem" not in text.lower()
        assert "  " not in text


def test_item_counts_fit_each_section_kind() -> None:
    for name in EXAMPLE_NAMES:
        site = run_offline(example_brief(name))
        kinds = _kinds(site)
        for page in site.copy.pages:
            for section in page.sections:
                kind, n = kinds[section.section_id], len(section.items)
                if kind in (K.SECTION_KIND_SERVICES, K.SECTION_KIND_FEATURES):
                    # The brief's offerings; a brief that names none gets no guessed list,
                    # only words that invite questions.
                    assert 2 <= n <= 6 or (n == 0 and section.paragraphs), section.section_id
                elif kind == K.SECTION_KIND_FAQ:
                    assert 3 <= n <= 5 and all(i.title.endswith("?") for i in section.items)
                elif kind in FACT_KINDS:
                    assert n and not any(i.placeholder for i in section.items)


def test_contact_sections_add_only_the_briefs_opening_hours() -> None:
    """The renderer prints address, phone and e-mail beside a contact section; its items are
    the opening hours, as written, and nothing else."""
    brief = example_brief("bakery")
    brief.ClearField("opening_hours")
    site = run_offline(brief)
    contact = next(s for p in site.copy.pages for s in p.sections if s.section_id == "visit")
    assert list(contact.items) == []
    brief.opening_hours.add(days="Tue-Sat", hours="07:30-15:00")
    site = run_offline(brief)
    contact = next(s for p in site.copy.pages for s in p.sections if s.section_id == "visit")
    assert [(i.title, i.text) for i in contact.items] == [("Opening hours", "Tue-Sat: 07:30-15:00")]


def test_copy_is_written_from_the_brief() -> None:
    bakery = " ".join(_all_copy_text(run_offline(example_brief("bakery"))))
    assert "Crumb & Co." in bakery and "Leith" in bakery and "viennoiserie" in bakery.lower()
    law = " ".join(_all_copy_text(run_offline(example_brief("lawfirm"))))
    assert "workplace investigations" in law.lower() and "Okafor" in law
    devtool = run_offline(example_brief("devtool"))
    hero = devtool.copy.pages[0].sections[0]
    assert hero.cta_label == devtool.strategy.call_to_action


def test_the_examples_get_different_copy() -> None:
    headings = [
        tuple(s.heading for p in run_offline(example_brief(n)).copy.pages for s in p.sections)
        for n in EXAMPLE_NAMES
    ]
    assert len(set(headings)) == 3
    # Interface headings ("Contact us", "Gallery") may be shared; the sector's own are not.
    assert len(set(headings[0]) & set(headings[1])) < len(set(headings[0])) / 2


def test_no_heading_repeats_on_a_page() -> None:
    for name in EXAMPLE_NAMES:
        for page in run_offline(example_brief(name)).copy.pages:
            headings = [s.heading.lower() for s in page.sections]
            assert len(headings) == len(set(headings)), (name, page.slug, headings)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_the_same_brief_gives_identical_plans_and_copy(name: str) -> None:
    first, second = run_offline(example_brief(name)), run_offline(example_brief(name))
    assert first.sections == second.sections
    assert first.pages == second.pages
    assert first.images == second.images
    assert first.seo == second.seo
    assert first.copy == second.copy


def test_section_kinds_are_read_back_from_ids() -> None:
    assert offline.kind_of("practice-areas") == K.SECTION_KIND_SERVICES
    assert offline.kind_of("visit") == K.SECTION_KIND_CONTACT
    assert offline.kind_of("our-pricing-plans") == K.SECTION_KIND_PRICING
    assert offline.kind_of("something-else") == K.SECTION_KIND_TEXT


def test_copy_handles_a_model_made_plan_it_did_not_make() -> None:
    brief = example_brief("bakery")
    pages = artifacts_pb2.PagePlan(
        pages=[artifacts_pb2.PlannedPage(slug="index", title="Home", section_ids=["intro", "xyz"])]
    )
    copy = offline.site_copy(phases_pb2.WriteCopyRequest(brief=brief, page_plan=pages))
    assert [s.section_id for s in copy.pages[0].sections] == ["intro", "xyz"]
    assert all(s.heading for s in copy.pages[0].sections)


def test_no_price_is_written_that_the_brief_did_not_give() -> None:
    for location, language in (("Leeds, England", "en"), ("Lyon, France", "fr")):
        brief = brief_pb2.ProjectConfig(
            business_name="Cafe", description="A cafe.", industry="cafe", location=location,
            language=language,
        )  # fmt: skip
        text = " ".join(_all_copy_text(run_offline(brief)))
        assert not re.search(r"[£€$]|\d", text), text


def test_a_cafe_is_not_written_as_a_bakery() -> None:
    cafe = brief_pb2.ProjectConfig(business_name="Bean", description="A cafe.", industry="cafe")
    text = " ".join(_all_copy_text(run_offline(cafe))).lower()
    assert "sourdough" not in text and "starter" not in text
