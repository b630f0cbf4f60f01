"""The offline provider writes every word in the brief's language and states only the brief's
facts: its phrasebooks are complete, its sectors fit, its sections with facts exist only when
the brief gives them (or as marked placeholders), and page titles in any script are kept."""

from __future__ import annotations

import re

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2

from services.kit.languages import OFFLINE_LANGUAGES
from services.kit.phrasebook import phrasebook, problems, texts_of
from services.kit.sectors import sector_of
from testkit.offline_chain import run_offline
from testkit.offline_languages import written_in

K = artifacts_pb2

# One brief per offline language, no facts beyond the basics; described in its language.
BRIEFS: dict[str, brief_pb2.ProjectConfig] = {
    "en": brief_pb2.ProjectConfig(
        business_name="Harbour Dental",
        description="A dental practice for check-ups, hygiene visits and nervous patients.",
        industry="dental practice",
        tone=brief_pb2.TONE_CALM,
        pages=["Treatments", "About", "Contact"],
        location="Leith, Edinburgh",
        language="en-GB",
    ),
    "de": brief_pb2.ProjectConfig(
        business_name="Zahnarztpraxis Keller",
        description="Moderne Zahnarztpraxis für Prophylaxe, Implantate und Angstpatienten.",
        industry="Zahnarztpraxis",
        tone=brief_pb2.TONE_CALM,
        pages=["Leistungen", "Über uns", "Kontakt"],
        location="München",
        phone="+49 89 1234567",
        language="de-AT",
    ),
    "fr": brief_pb2.ProjectConfig(
        business_name="Bistrot Lucien",
        description="Un bistrot de quartier : cuisine du marché, vins naturels et desserts.",
        industry="bistrot",
        tone=brief_pb2.TONE_WARM,
        pages=["La carte", "À propos", "Contact"],
        location="Lyon",
        language="fr",
    ),
    "es": brief_pb2.ProjectConfig(
        business_name="Heladería La Ola",
        description="Una furgoneta de helados artesanos que recorre playas y mercados.",
        industry="furgoneta de helados",
        tone=brief_pb2.TONE_PLAYFUL,
        pages=["Sabores", "Eventos", "Contacto"],
        location="Valencia",
        language="es",
    ),
    "ar": brief_pb2.ProjectConfig(
        business_name="عيادة الشفاء",
        description="عيادة طب عام لرعاية الأسرة والفحوصات الدورية.",
        industry="عيادة طبية",
        tone=brief_pb2.TONE_PROFESSIONAL,
        pages=["خدماتنا", "من نحن", "اتصل بنا"],
        location="عمّان",
        language="ar",
    ),
}


def _visible(copy: artifacts_pb2.SiteCopy) -> list[str]:
    texts = [copy.tagline]
    for page in copy.pages:
        for section in page.sections:
            texts += [section.eyebrow, section.heading, section.cta_label, *section.paragraphs]
            for item in section.items:
                texts += [item.title, item.text, item.meta]
    return [t for t in texts if t]


def _without_brief_words(text: str, brief: brief_pb2.ProjectConfig) -> str:
    for value in (brief.business_name, brief.location, brief.phone, brief.description):
        if value:
            text = text.replace(value, " ")
    return text


@pytest.mark.parametrize("code", OFFLINE_LANGUAGES)
def test_every_offline_language_has_a_complete_phrasebook(code: str) -> None:
    assert problems(phrasebook(code)) == []


@pytest.mark.parametrize("code", OFFLINE_LANGUAGES)
def test_phrasebooks_state_no_numbers(code: str) -> None:
    """A digit in a phrasebook would be a figure no brief gave."""
    with_digits = [
        where for where, text in texts_of(phrasebook(code), code) if re.search(r"\d", text)
    ]
    assert with_digits == []


@pytest.mark.parametrize("code", OFFLINE_LANGUAGES)
def test_every_word_of_the_copy_is_in_the_brief_language(code: str) -> None:
    brief = BRIEFS[code]
    site = run_offline(brief)
    text = _without_brief_words(" ".join(_visible(site.copy)), brief)
    assert written_in(text) == code
    # Sentence by sentence too: no English sentence hides in a long German page.
    for sentence in _visible(site.copy) + [p.meta_description for p in site.seo.pages]:
        own = _without_brief_words(sentence, brief).strip()
        if len(own.split()) >= 6:
            assert written_in(own) == code, sentence


def test_a_regional_tag_writes_its_language() -> None:
    site = run_offline(BRIEFS["de"])  # de-AT
    assert site.pages.pages[0].nav_label == phrasebook("de").interface.home


@pytest.mark.parametrize("code", OFFLINE_LANGUAGES)
def test_no_fact_appears_that_the_brief_did_not_give(code: str) -> None:
    brief = BRIEFS[code]
    site = run_offline(brief)
    kinds = {s.kind for s in site.sections.sections}
    assert not kinds & {
        K.SECTION_KIND_TESTIMONIALS,
        K.SECTION_KIND_TEAM,
        K.SECTION_KIND_STATS,
        K.SECTION_KIND_PRICING,
    }
    brief_digits = set(re.findall(r"\d+", str(brief)))
    for text in _visible(site.copy):
        for number in re.findall(r"\d+", text):
            assert number in brief_digits, text


def test_placeholders_are_marked_and_never_shown_as_real() -> None:
    brief = brief_pb2.ProjectConfig()
    brief.CopyFrom(BRIEFS["en"])
    brief.pages.extend(["Team", "Reviews"])
    site = run_offline(brief, placeholders=True)
    marked = [
        section for page in site.copy.pages for section in page.sections if section.placeholder
    ]
    assert {s.section_id for s in marked} >= {"team", "testimonials"}
    for section in marked:
        assert section.items and all(item.placeholder for item in section.items)


def test_a_brief_with_facts_shows_them_all_and_nothing_more() -> None:
    brief = brief_pb2.ProjectConfig()
    brief.CopyFrom(BRIEFS["en"])
    brief.pages.extend(["Team", "Prices"])
    brief.offerings.add(name="Check-up", description="A calm look at teeth and gums.", price="£55")
    brief.offerings.add(name="Hygiene visit", price="£70")
    brief.team.add(name="Dr Mairi Gunn", role="Dentist", bio="Mairi looks after families.")
    brief.testimonials.add(quote="They made me feel at ease.", attribution="Ruth, Leith")
    brief.figures.add(value="1,200", label="patients registered")
    brief.opening_hours.add(days="Mon-Fri", hours="08:00-18:00")
    site = run_offline(brief)
    text = " ".join(_visible(site.copy))
    for fact in ("Check-up", "£55", "£70", "Dr Mairi Gunn", "They made me feel at ease.",
                 "Ruth, Leith", "1,200", "patients registered", "08:00-18:00"):  # fmt: skip
        assert fact in text
    brief_digits = set(re.findall(r"\d+", str(brief)))
    assert set(re.findall(r"\d+", text)) <= brief_digits
    assert not any(
        item.placeholder for p in site.copy.pages for s in p.sections for item in s.items
    )


def test_the_industry_outweighs_the_description() -> None:
    van = brief_pb2.ProjectConfig(
        business_name="Scoops",
        description="An ice-cream van that parks outside schools and at summer fairs.",
        industry="ice cream van",
    )
    assert sector_of(van) == "street_food"
    site = run_offline(van)
    assert site.seo.schema_type == "FoodEstablishment"


@pytest.mark.parametrize(
    ("industry", "sector"),
    [
        ("Zahnarztpraxis", "dental"),
        ("salon de thé", "cafe"),
        ("relojería", "luxury"),
        ("جمعية خيرية", "nonprofit"),
        ("electrician", "trades"),
        ("Nachhilfe", "tutoring"),
        ("chambres d'hôtes", "hospitality"),
    ],
)
def test_sectors_are_recognised_in_every_language(industry: str, sector: str) -> None:
    brief = brief_pb2.ProjectConfig(business_name="X", description="-", industry=industry)
    assert sector_of(brief) == sector


def test_page_titles_in_any_script_are_kept_whole_with_distinct_files() -> None:
    site = run_offline(BRIEFS["ar"])
    inner = site.pages.pages[1:]
    assert [p.title for p in inner] == list(BRIEFS["ar"].pages)
    assert [p.nav_label for p in inner] == list(BRIEFS["ar"].pages)
    slugs = [p.slug for p in site.pages.pages]
    assert all(slugs) and len(set(slugs)) == len(slugs)


def test_long_page_titles_are_never_cut() -> None:
    brief = brief_pb2.ProjectConfig()
    brief.CopyFrom(BRIEFS["en"])
    brief.pages[:] = ["Private Appointments", "Emergency Dental Care at Weekends"]
    site = run_offline(brief)
    assert [p.nav_label for p in site.pages.pages[1:]] == list(brief.pages)
