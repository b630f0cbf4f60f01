"""Second content round: what a visitor reads is true and in the brief's language.

- a founding year and credentials the brief gives appear whatever the sector's plan;
- page titles never cut a long name mid-word and stay within 60 characters;
- a section without copy never shows the planner's (English) note;
- gallery words never claim the generator's pictures as the business's work or premises;
- sector copy assumes no service, and FAQ answers state no policy, the brief does not give;
- Spanish, French and German names that open on a plural or unlisted noun take their article.
"""

from __future__ import annotations

import re

import pytest
from sitefarm.v1 import artifacts_pb2 as a
from sitefarm.v1 import brief_pb2 as B

from services.codegen import offline as codegen_offline
from services.codegen import render, ui
from services.kit.articles import with_articles
from services.kit.phrasebook import phrasebook
from services.kit.seo import TITLE_MAX, cut_at_word, name_title
from testkit import codegen_artifacts as fx
from testkit.offline_chain import OfflineSite, run_offline
from tools.sitecheck.content_check import BriefFacts, Element, judge_titles, parse_page

CODES = ("en", "de", "fr", "es", "ar")


# --- a section without copy -------------------------------------------------------------------


def _render_without(slug: str, section_id: str, code: str) -> str:
    copy = fx.site_copy()
    for page in copy.pages:
        keep = [s for s in page.sections if s.section_id != section_id]
        del page.sections[:]
        page.sections.extend(keep)
    req = fx.page_request(slug, project=fx.brief(language=code), copy=copy)
    page = render.render_page(req, codegen_offline.page_composition(req))
    return page.html.decode() if isinstance(page.html, bytes) else str(page.html)


@pytest.mark.parametrize("code", CODES)
def test_a_section_without_copy_never_shows_the_planners_note(code: str) -> None:
    purposes = [s.purpose for s in fx.section_plan().sections]
    for slug, section_id in (("menu", "cta"), ("menu", "menu"), ("about", "story")):
        html = _render_without(slug, section_id, code)
        shown = [p for p in purposes if p in html]
        assert not shown, (code, slug, section_id, shown)


@pytest.mark.parametrize("code", ["de", "fr", "es", "ar"])
def test_a_section_without_copy_gets_a_heading_in_the_page_language(code: str) -> None:
    html = _render_without("menu", "menu", code)
    heading = ui.frame_words(code).section_headings["services"]
    assert re.search(r"<h2[^>]*>\s*" + re.escape(heading) + r"\s*</h2>", html), heading


# --- page titles ------------------------------------------------------------------------------

LONG_NAMES = {
    "es": "Taller de Bicicletas y Reparaciones Rápidas Hermanos Fernández de la Vega 1987",
    "fr": "Atelier de Restauration de Meubles Anciens et Tapisserie Dubois-Lefèvre",
    "de": "Kfz-Meisterbetrieb und Reifenservice Özdemir und Söhne Gebrüder Hartmann",
    "en": "The Old Mill Bakery, Coffee Roastery and Community Kitchen of North Yorkshire",
    "ar": "مركز النور للتدريب والاستشارات التعليمية وتطوير المهارات المهنية والشخصية",
}


@pytest.mark.parametrize("code", CODES)
def test_a_long_name_is_never_cut_mid_word_in_a_title(code: str) -> None:
    name = LONG_NAMES[code]
    brief = B.ProjectConfig(
        business_name=name,
        description="x",
        language=code,
        pages=["Blog", "Galería de trabajos", "Preguntas frecuentes"],
    )
    site = run_offline(brief)
    words = set(name.split())
    for page in site.seo.pages:
        assert len(page.title) <= TITLE_MAX, page.title
        if page.slug == "index" and name in page.title:
            continue
        named = page.title.split(" | ", 1)[-1] if " | " in page.title else ""
        if not named:
            continue  # the name left out: too long to say a useful part of
        assert named == name or named.endswith("\u2026"), page.title
        kept = named.rstrip("\u2026").split()
        assert kept and all(w in words for w in kept), page.title
        assert name.startswith(" ".join(kept)), page.title
        assert kept[-1].lower() not in ("de", "y", "la", "und", "of", "and", "the", "et", "du")


@pytest.mark.parametrize(
    ("title", "name", "expected"),
    [
        ("Blog", "Atemraum Yoga", "Blog | Atemraum Yoga"),
        (
            "Blog",
            "Taller de Bicicletas y Reparaciones Rápidas Hermanos Fernández de la Vega",
            "Blog | Taller de Bicicletas y Reparaciones Rápidas Hermanos\u2026",
        ),
        (
            "Preguntas frecuentes sobre reparaciones",
            "Taller de Bicicletas y Reparaciones Rápidas",
            "Preguntas frecuentes sobre reparaciones",
        ),
        ("Kontakt", "Supercalifragilisticexpialidociousundnochvielmehrwortlang" * 2, "Kontakt"),
    ],
)
def test_a_title_names_the_business_whole_cut_at_a_word_or_not_at_all(
    title: str, name: str, expected: str
) -> None:
    assert name_title(title, name) == expected
    assert cut_at_word("Taller de Bicicletas", 12) == "Taller\u2026"


# --- a founding year and credentials ----------------------------------------------------------

# Industries whose sector's plan has no about section of its own, in each language.
NO_ABOUT_INDUSTRIES = {
    "en": ("gym", "plumber", "software"),
    "de": ("Fitnessstudio", "Sanitär", "Software"),
    "fr": ("salle de sport", "plombier", "logiciel"),
    "es": ("gimnasio", "fontanero", "software"),
    "ar": ("نادي رياضي", "سباكة", "برمجيات"),
}


def _visible(site: OfflineSite) -> str:
    return " ".join(
        text
        for page in site.copy.pages
        for section in page.sections
        for text in (
            section.eyebrow,
            section.heading,
            *section.paragraphs,
            *(t for item in section.items for t in (item.title, item.text, item.meta)),
        )
    )


@pytest.mark.parametrize("code", CODES)
def test_a_founding_year_and_credentials_are_shown_whatever_the_sector(code: str) -> None:
    for industry in NO_ABOUT_INDUSTRIES[code]:
        brief = B.ProjectConfig(
            business_name="Nordlicht",
            description="x",
            industry=industry,
            language=code,
            founded="1987",
            credentials=["ISO 9001", "Meisterbetrieb HWK 42"],
        )
        site = run_offline(brief)
        text = _visible(site)
        for fact in ("1987", "ISO 9001", "Meisterbetrieb HWK 42"):
            assert fact in text, (code, industry, fact)
        home = next(p for p in site.pages.pages if p.slug == "index")
        kinds = {s.id: s.kind for s in site.sections.sections}
        assert a.SECTION_KIND_ABOUT in {kinds[i] for i in home.section_ids}, (code, industry)


def test_a_brief_without_those_facts_gets_no_extra_about_section() -> None:
    brief = B.ProjectConfig(
        business_name="Nordlicht", description="x", industry="gym", language="en",
        pages=["Classes", "Contact"],
    )  # fmt: skip
    kinds = [s.kind for s in run_offline(brief).sections.sections]
    assert a.SECTION_KIND_ABOUT not in kinds


# --- FAQ answers state no policy the brief does not give ---------------------------------------

# Topics where an answer would state a policy (cancellation, delivery, parking, payment, fees,
# timing, rights) and the words with which an answer invites the visitor to ask instead.
POLICY_TOPICS = {
    "en": r"cancel|deliver|parking|\bpay|\bfee|\bcost|charge|rights|schedule|refund|switch",
    "de": r"storn|absag|liefer|park|zahlung|kosten|gebühr|rechte|zeitplan|korrektur|versicherung",
    "fr": r"annul|livr|stationn|paie|honorair|coût|devis|droits|calendrier|tarif",
    "es": r"cancel|entreg|aparc|\bpag|honorari|presupuesto|derechos|plazo|precio|cambi",
    "ar": r"إلغاء|توصيل|موقف|الدفع|أتعاب|الأتعاب|تكلفة|التكلفة|حقوق|سعر",
}
INVITATIONS = {
    "en": r"\bask\b|\btell us\b|get in touch|let us know|contact us|talk",
    "de": r"fragen sie|sagen sie uns|melden sie sich|sprechen sie uns|schreiben sie uns|"
    r"nennen sie uns|erzählen sie|fragen sie uns",
    "fr": r"demandez|dites-nous|contactez|écrivez-nous|parlez-nous|parlons|posez",
    "es": r"pregúnta|cuéntanos|escríbenos|dinos|avísanos|contacta|llámanos|consúltanos",
    "ar": r"اسألونا|أخبرونا|تواصلوا|راسلونا|اتصلوا|حدّثونا|حدثونا",
}


@pytest.mark.parametrize("code", CODES)
def test_faq_answers_invite_a_question_rather_than_state_a_policy(code: str) -> None:
    stated = [
        (key, pair.title, pair.text)
        for key, sector in phrasebook(code).sectors.items()
        for pair in sector.faq
        if re.search(POLICY_TOPICS[code], f"{pair.title} {pair.text}", re.IGNORECASE)
        and not re.search(INVITATIONS[code], pair.text, re.IGNORECASE)
    ]
    assert not stated, stated


# --- gallery words ----------------------------------------------------------------------------

# Words that present the generator's pictures as the business's own work, projects, premises,
# people or photos.
OWN_WORK = {
    "en": r"our work|our projects|selected work|recent work|finished jobs|in pictures|"
    r"closer look|photos of",
    "de": r"unsere[rn]? arbeit|unsere projekte|so sieht es bei uns aus|blick hinein|"
    r"eindrücke|in bildern|unserem alltag",
    "fr": r"notre travail|nos réalisations|réalisations|nos projets|aperçu|en images, pour|"
    r"découvrir notre",
    "es": r"nuestro trabajo|nuestros proyectos|nuestro espacio|un vistazo|así es|"
    r"en imágenes",
    "ar": r"أعمالنا|عملنا|مشاريعنا|لمحة بالصور|صور من",
}
GALLERY_PAGES = {
    "en": "Gallery",
    "de": "Galerie",
    "fr": "Galerie",
    "es": "Galería",
    "ar": "معرض الصور",
}
GALLERY_INDUSTRIES = {
    "en": ("photographer", "plumber", "bakery", "hotel"),
    "de": ("Fotograf", "Sanitär", "Bäckerei", "Hotel"),
    "fr": ("photographe de mariage", "plombier", "boulangerie", "hôtel"),
    "es": ("fotógrafo", "fontanero", "panadería", "hotel"),
    "ar": ("تصوير", "سباكة", "مخبز", "فندق"),
}


@pytest.mark.parametrize("code", CODES)
def test_gallery_words_never_claim_the_pictures_as_the_business_own(code: str) -> None:
    for industry in GALLERY_INDUSTRIES[code]:
        brief = B.ProjectConfig(
            business_name="Nordlicht",
            description="x",
            industry=industry,
            language=code,
            location="Lyon",
            pages=[GALLERY_PAGES[code], "FAQ"],
        )
        site = run_offline(brief)
        kinds = {s.id: s.kind for s in site.sections.sections}
        gallery_slugs = {p.slug for p in site.pages.pages if p.title == GALLERY_PAGES[code]}
        assert gallery_slugs, [p.title for p in site.pages.pages]
        texts: list[str] = []
        for page in site.copy.pages:
            for section in page.sections:
                is_gallery = kinds[section.section_id] == a.SECTION_KIND_GALLERY
                opens_gallery_page = page.slug in gallery_slugs and (
                    kinds[section.section_id] == a.SECTION_KIND_HERO
                )
                if is_gallery or opens_gallery_page:
                    texts += [section.eyebrow, section.heading, *section.paragraphs]
        for page in site.seo.pages:
            if page.slug in gallery_slugs:
                texts += [page.title, page.meta_description]
        for spec in site.sections.sections:
            if spec.kind == a.SECTION_KIND_GALLERY:
                assert "generated" in spec.purpose, spec.purpose  # a model is told so too
        claimed = [t for t in texts if re.search(OWN_WORK[code], t, re.IGNORECASE)]
        assert not claimed, (code, industry, claimed)
        assert all(image.alt == "" for image in site.images.images)


# --- articles by rule -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name", "template", "expected"),
    [
        ("de", "Schlosserei Brandt", "bei {name}.", "bei der Schlosserei Brandt."),
        ("de", "Gebäudereinigung Weiß", "Kontakt zu {name}", "Kontakt zur Gebäudereinigung Weiß"),
        ("de", "Holzbau Huber", "Neues von {name}", "Neues vom Holzbau Huber"),
        ("de", "Reifenservice Ötz", "Interesse an {name}", "Interesse am Reifenservice Ötz"),
        ("de", "Haustechnik Meier", "Über {name}", "Über die Haustechnik Meier"),
        ("de", "Atemraum Yoga", "bei {name}", "bei Atemraum Yoga"),
        ("de", "Bauer Reisen", "bei {name}", "bei Bauer Reisen"),
        ("es", "Fontanería López", "Contacta con {name}", "Contacta con la Fontanería López"),
        ("es", "Cerrajería Ruiz", "Bienvenida a {name}", "Bienvenida a la Cerrajería Ruiz"),
        ("es", "Limpiezas Brillo", "Blog de {name}", "Blog de Limpiezas Brillo"),
        ("es", "Reformas Hermanos Gil", "a {name}", "a Reformas Hermanos Gil"),
        ("es", "María Ruiz Fotografía", "de {name}", "de María Ruiz Fotografía"),
        ("fr", "Plomberie Martin", "Bienvenue à {name}", "Bienvenue à la Plomberie Martin"),
        ("fr", "Serrurerie Dupont", "Le site de {name}", "Le site de la Serrurerie Dupont"),
        ("fr", "Valérie Coiffure", "chez {name}", "chez Valérie Coiffure"),
        ("fr", "Transports Martin", "de {name}", "de Transports Martin"),
    ],
)  # fmt: skip
def test_a_name_that_opens_on_a_noun_by_its_ending_takes_its_article(
    code: str, name: str, template: str, expected: str
) -> None:
    assert with_articles(template, name, code).format(name=name) == expected


def test_a_plural_trade_name_is_written_bare_on_its_site() -> None:
    brief = B.ProjectConfig(
        business_name="Limpiezas Brillo",
        description="Limpieza de casas y oficinas en Sevilla.",
        industry="limpieza",
        language="es",
        pages=["Servicios", "Contacto"],
        location="Sevilla",
    )
    text = _visible(run_offline(brief))
    assert not re.search(r"\b(el|la|los|las|al|del) Limpiezas Brillo", text), text


def _page(title: str) -> Element:
    return parse_page(f"<html><head><title>{title}</title></head><body></body></html>")


def test_the_content_check_finds_a_name_cut_mid_word_in_a_title() -> None:
    name = "Taller de Bicicletas y Reparaciones Rápidas Hermanos"
    facts = BriefFacts.of(B.ProjectConfig(business_name=name, description="x", pages=["Taller"]))
    cut = {"blog.html": _page("Blog | Taller de Bicicletas y Reparaciones Rápi")}
    assert [f.check for f in judge_titles(cut, facts)] == ["title"]
    fine = {
        "blog.html": _page("Blog | Taller de Bicicletas y Reparaciones\u2026"),
        "index.html": _page(f"{name} | Hablemos"),
        "taller.html": _page(f"Taller | {name}"),
        "faq.html": _page("Preguntas frecuentes"),
    }
    assert judge_titles(fine, facts) == []
