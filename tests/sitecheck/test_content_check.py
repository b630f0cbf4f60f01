"""The content checker judges hand-made pages the way it judges generated ones: the language
heard against `lang`, `dir="rtl"`, page titles in the navigation, and every price, number,
quote and person name against the brief. Fast: no generation, no browser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sitefarm.v1 import brief_pb2

from services.runtime.brief import parse_brief
from tools.sitecheck import content_check
from tools.sitecheck.content_check import check_site

YEAR = 2026

GERMAN = (
    "<p>Willkommen in unserer Praxis mitten in der Altstadt. Wir nehmen uns Zeit für Ihre "
    "Fragen und erklären jeden Schritt der Behandlung in Ruhe. Ob Kontrolle, professionelle "
    "Zahnreinigung oder eine neue Krone: Bei uns stehen Sie im Mittelpunkt, nicht der "
    "Terminkalender.</p>"
    "<p>Angstpatienten sind herzlich willkommen, und Kinder lernen bei uns spielerisch, dass "
    "der Besuch beim Zahnarzt keine Mutprobe sein muss. Rufen Sie uns an oder schreiben Sie "
    "uns, wir melden uns noch am selben Tag.</p>"
)
ENGLISH = (
    "<p>Welcome to our practice in the heart of the old town. We take the time to answer "
    "your questions and explain every step of your treatment calmly. Whether it is a "
    "check-up, a professional clean or a new crown, you come first, not the diary.</p>"
    "<p>Nervous patients are very welcome, and children learn with us that a visit to the "
    "dentist need not be a test of courage. Call or write to us and we will reply the same "
    "day.</p>"
)
ENGLISH_PARAGRAPH = (
    "<p>We take the time to answer your questions and explain every step of your "
    "treatment, so that you always know what comes next and why it matters.</p>"
)
ARABIC = (
    "<p>مرحباً بكم في عيادتنا في قلب المدينة. نخصص الوقت الكافي للإجابة عن أسئلتكم، ونشرح "
    "كل خطوة من خطوات العلاج بهدوء ووضوح. يستقبل فريقنا المرضى من جميع الأعمار، ويحرص على "
    "أن تشعروا بالراحة والطمأنينة منذ لحظة وصولكم.</p>"
    "<p>احجزوا موعدكم بالهاتف أو عبر البريد الإلكتروني، وسنرد عليكم في اليوم نفسه.</p>"
)
FRENCH = (
    "<p>Au coin de la rue, notre bistrot vous accueille du matin au soir. La carte change "
    "au fil des saisons et des arrivages du marché : des plats simples et généreux, préparés "
    "sur place avec des produits que nous connaissons bien. Installez-vous en terrasse aux "
    "beaux jours ou au comptoir pour un café, on s'occupe du reste.</p>"
)
SPANISH = (
    "<p>Acompañamos a estudiantes de primaria y secundaria para que recuperen la confianza "
    "en matemáticas, lengua e inglés. Trabajamos en grupos pequeños, con un plan adaptado a "
    "cada alumno y en contacto constante con las familias. Queremos que cada estudiante "
    "aprenda a organizarse y a disfrutar de lo que estudia.</p>"
)
TEXT_BY_LANGUAGE = {"de": GERMAN, "en": ENGLISH, "ar": ARABIC, "fr": FRENCH, "es": SPANISH}
HOME_BY_LANGUAGE = {"de": "Start", "en": "Home", "ar": "الرئيسية", "fr": "Accueil", "es": "Inicio"}


def brief_of(**fields: Any) -> brief_pb2.ProjectConfig:
    document: dict[str, Any] = {
        "business_name": "Zahnarztpraxis Lindenhof",
        "description": "Zahnarztpraxis für die ganze Familie.",
        "language": "de",
        "pages": ["Leistungen", "Kontakt"],
    }
    document.update(fields)
    return parse_brief(document)


def page_html(
    main: str,
    *,
    lang: str = "de",
    direction: str | None = None,
    nav: list[str] | None = None,
    head: str = "",
    footer: str = f"<p>© {YEAR} Zahnarztpraxis Lindenhof</p>",
) -> str:
    labels = nav if nav is not None else ["Leistungen", "Kontakt"]
    home = HOME_BY_LANGUAGE.get(lang.split("-")[0], "Home")
    links = "".join(f'<li><a href="p{i}.html">{label}</a></li>' for i, label in enumerate(labels))
    dir_attribute = f' dir="{direction}"' if direction else ""
    return (
        f'<!doctype html><html lang="{lang}"{dir_attribute}><head><meta charset="utf-8">'
        f"<title>Zahnarztpraxis Lindenhof</title>{head}</head><body>"
        f'<header id="site-header"><a href="index.html">Zahnarztpraxis Lindenhof</a>'
        f'<nav aria-label="Main"><ul><li><a href="index.html">{home}</a></li>{links}</ul></nav>'
        f'</header><main id="main">{main}</main>'
        f'<footer id="site-footer">{footer}</footer></body></html>'
    )


def site_with(tmp_path: Path, pages: dict[str, str]) -> Path:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    for name, html in pages.items():
        (site / name).write_text(html, encoding="utf-8")
    return site


def findings(
    tmp_path: Path, html: str, brief: brief_pb2.ProjectConfig | None = None, check: str = ""
) -> list[str]:
    result = check_site(site_with(tmp_path, {"index.html": html}), brief or brief_of(), YEAR)
    return [f"{f.check}: {f.message}" for f in result.findings if f.check.startswith(check)]


# --- language --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", sorted(TEXT_BY_LANGUAGE))
def test_text_in_the_pages_own_language_passes(tmp_path: Path, language: str) -> None:
    direction = "rtl" if language == "ar" else None
    html = page_html(TEXT_BY_LANGUAGE[language], lang=language, direction=direction)
    assert findings(tmp_path, html, brief_of(language=language), "language") == []


def test_german_text_under_lang_de_passes_and_is_reported_as_german(tmp_path: Path) -> None:
    result = check_site(site_with(tmp_path, {"index.html": page_html(GERMAN)}), brief_of(), YEAR)
    assert result.passed, result.findings
    page = result.pages[0]
    assert (page.detected, page.lang) == ("de", "de")
    assert page.confidence is not None and page.confidence > 0.9
    assert page.words >= content_check.MIN_PAGE_WORDS


def test_english_text_under_lang_de_fails_naming_the_language_heard(tmp_path: Path) -> None:
    problems = findings(tmp_path, page_html(ENGLISH), check="language")
    assert len(problems) == 1
    assert "English (en" in problems[0] and 'lang="de"' in problems[0]


def test_an_english_paragraph_in_a_german_page_fails(tmp_path: Path) -> None:
    problems = findings(tmp_path, page_html(GERMAN + ENGLISH_PARAGRAPH), check="language")
    assert len(problems) == 1
    assert "a paragraph in English" in problems[0] and "We take the time" in problems[0]


def test_a_lang_other_than_the_briefs_language_fails(tmp_path: Path) -> None:
    problems = findings(tmp_path, page_html(GERMAN, lang="de"), brief_of(language="fr"))
    assert any('<html lang="de"> but the brief asks for fr' in p for p in problems), problems


def test_a_regional_tag_is_judged_by_its_language(tmp_path: Path) -> None:
    assert findings(tmp_path, page_html(GERMAN, lang="de-AT"), brief_of(language="de-AT")) == []


def test_words_from_the_brief_do_not_sway_the_language(tmp_path: Path) -> None:
    """An English business name, offering and testimonial stay as written on a German site."""
    brief = brief_of(
        business_name="The Smile Studio by Dr. Anna Berger",
        offerings=[{"name": "Whitening and smile design for the whole family"}],
        testimonials=[
            {
                "quote": "The kindest dentist I have ever been to, and my kids love her too.",
                "attribution": "Sarah, London",
            }
        ],
    )
    main = (
        "<h1>The Smile Studio by Dr. Anna Berger</h1>"
        "<p>Whitening and smile design for the whole family</p>"
        "<figure><blockquote><p>The kindest dentist I have ever been to, and my kids love her "
        "too.</p></blockquote><figcaption>Sarah, London</figcaption></figure>"
        "<p>Kommen Sie vorbei, wir freuen uns auf Sie und nehmen uns Zeit für Ihre Fragen. "
        "Termine gibt es auch kurzfristig, rufen Sie einfach an.</p>"
    )
    assert findings(tmp_path, page_html(main), brief) == []


def test_a_page_with_too_few_words_of_its_own_is_not_judged(tmp_path: Path) -> None:
    result = check_site(
        site_with(tmp_path, {"index.html": page_html("<p>Thank you!</p>")}), brief_of(), YEAR
    )
    assert result.pages[0].detected is None
    assert [f for f in result.findings if f.check == "language"] == []


# --- direction -------------------------------------------------------------------------------


def test_arabic_without_dir_rtl_fails(tmp_path: Path) -> None:
    html = page_html(ARABIC, lang="ar", nav=["خدماتنا", "اتصل بنا"])
    brief = brief_of(language="ar", pages=["خدماتنا", "اتصل بنا"])
    assert findings(tmp_path, html, brief) == [
        "direction: right-to-left text (ar) but no dir on <html>"
    ]


def test_arabic_with_dir_rtl_and_arabic_page_titles_passes(tmp_path: Path) -> None:
    html = page_html(ARABIC, lang="ar", direction="rtl", nav=["خدماتنا", "اتصل بنا"])
    assert findings(tmp_path, html, brief_of(language="ar", pages=["خدماتنا", "اتصل بنا"])) == []


def test_dir_rtl_on_a_left_to_right_page_fails(tmp_path: Path) -> None:
    problems = findings(tmp_path, page_html(GERMAN, direction="rtl"), check="direction")
    assert problems == ['direction: dir="rtl" on a left-to-right page (lang="de")']


# --- navigation ------------------------------------------------------------------------------


def test_a_shortened_nav_label_fails(tmp_path: Path) -> None:
    brief = brief_of(pages=["Private Termine", "Kontakt"])
    html = page_html(GERMAN, nav=["Private Term…", "Kontakt"])
    assert findings(tmp_path, html, brief, "navigation") == [
        'navigation: page title "Private Termine" is shortened in the navigation to '
        '"Private Term…" (on every page)'
    ]


def test_a_page_title_missing_from_the_navigation_fails(tmp_path: Path) -> None:
    html = page_html(GERMAN, nav=["Leistungen"])
    assert findings(tmp_path, html, check="navigation") == [
        'navigation: page title "Kontakt" is missing from the navigation (on every page)'
    ]


def test_every_page_title_in_the_navigation_passes(tmp_path: Path) -> None:
    assert findings(tmp_path, page_html(GERMAN), check="navigation") == []


def test_a_nav_label_with_an_arrow_or_another_case_is_still_whole(tmp_path: Path) -> None:
    html = page_html(GERMAN, nav=["LEISTUNGEN", 'Kontakt <span aria-hidden="true">→</span>'])
    assert findings(tmp_path, html, check="navigation") == []


# --- facts -----------------------------------------------------------------------------------

INVENTED = {
    "price": '<ul><li><h3>Zahnreinigung</h3><p class="price">89 €</p></li></ul>',
    "number": "<p>Über 2.400 zufriedene Patientinnen und Patienten.</p>",
    "quote": "<figure><blockquote><p>Die beste Praxis der Stadt, ich komme immer wieder."
    "</p></blockquote><figcaption>Jana, Stammpatientin</figcaption></figure>",
    "name": '<ul><li class="card person"><h3 class="card-title">Dr. Maria Schulz</h3>'
    "<p>Zahnärztin</p></li></ul>",
    "quoted words": "<p>Unser Motto: „Gesunde Zähne, ein Leben lang“.</p>",
}


@pytest.mark.parametrize("kind", sorted(INVENTED))
def test_an_invented_fact_fails(tmp_path: Path, kind: str) -> None:
    problems = findings(tmp_path, page_html(GERMAN + INVENTED[kind]), check="facts")
    assert problems, kind
    assert all("is not in the brief and not marked data-placeholder" in p for p in problems)


def test_each_kind_of_invented_fact_is_reported_with_its_value_and_place(tmp_path: Path) -> None:
    problems = findings(tmp_path, page_html(GERMAN + "".join(INVENTED.values())), check="facts")
    text = "\n".join(problems)
    assert 'price "89"' in text
    assert 'number "2.400"' in text
    assert 'quote "Die beste Praxis der Stadt, ich komme immer wieder."' in text
    assert 'name "Jana, Stammpatientin"' in text
    assert 'name "Dr. Maria Schulz"' in text
    assert 'quote "Gesunde Zähne, ein Leben lang"' in text
    assert "#main" in text  # where on the page


@pytest.mark.parametrize("kind", sorted(INVENTED))
def test_the_same_fact_inside_data_placeholder_passes(tmp_path: Path, kind: str) -> None:
    marked = f'<div data-placeholder="replace before publishing">{INVENTED[kind]}</div>'
    assert findings(tmp_path, page_html(GERMAN + marked), check="facts") == []


def test_a_placeholder_mark_on_an_inline_element_covers_only_that_element(tmp_path: Path) -> None:
    main = GERMAN + '<p>Preis: <span data-placeholder="">89 €</span>, seit 1987.</p>'
    assert findings(tmp_path, page_html(main), check="facts") == [
        'facts: number "1987" is not in the brief and not marked data-placeholder '
        '(#main p: "Preis: 89 €, seit 1987.")'
    ]


FULL_BRIEF: dict[str, Any] = {
    "phone": "+44 131 555 0142",
    "address": "Lindenstraße 12, 10969 Berlin",
    "founded": "1998",
    "offerings": [
        {"name": "Professionelle Zahnreinigung", "price": "EUR 89.50"},
        {"name": "Kontrolle", "price": "1.200 €"},
    ],
    "team": [{"name": "Dr. Anna Berger", "role": "Zahnärztin"}],
    "testimonials": [
        {"quote": "Ich habe keine Angst mehr vor dem Bohrer.", "attribution": "Jonas, Kreuzberg"}
    ],
    "figures": [{"value": "1,200", "label": "Patientinnen und Patienten im Jahr"}],
    "opening_hours": [{"days": "Mo-Fr", "hours": "08:00-18:00"}],
}


def test_facts_from_the_brief_pass_however_they_are_formatted(tmp_path: Path) -> None:
    main = GERMAN + (
        "<ul><li><h3>Professionelle Zahnreinigung</h3><p>89,50 €</p></li>"
        "<li><h3>Kontrolle</h3><p>EUR 1,200</p></li></ul>"
        '<ul><li class="card person"><h3 class="card-title">Dr. Anna Berger</h3>'
        "<p>Zahnärztin</p></li></ul>"
        "<figure><blockquote><p>„Ich habe keine Angst mehr vor dem Bohrer“</p></blockquote>"
        "<figcaption><cite>Jonas, Kreuzberg</cite></figcaption></figure>"
        "<dl><dt>Patientinnen und Patienten im Jahr</dt><dd>1.200</dd></dl>"
        "<p>Seit 1998 in der Lindenstraße 12, 10969 Berlin. Mo-Fr 8:00-18:00.</p>"
        '<p>Telefon: <a href="tel:+441315550142">0131 555 0142</a>, '
        "international +44 131 555 0142.</p>"
    )
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "Dentist", "name": "Zahnarztpraxis Lindenhof", "foundingDate": "1998", '
        '"telephone": "+44 131 555 0142", "url": "https://praxis-2024.example/", '
        '"image": {"@type": "ImageObject", "url": "images/hero-1600.png", "width": 1600}, '
        '"employee": {"@type": "Person", "name": "Dr. Anna Berger"}, '
        '"makesOffer": {"@type": "Offer", "price": 89.5, "priceCurrency": "EUR"}, '
        '"review": {"@type": "Review", "reviewBody": "Ich habe keine Angst mehr vor dem '
        'Bohrer.", "author": {"@type": "Person", "name": "Jonas, Kreuzberg"}}}</script>'
    )
    assert findings(tmp_path, page_html(main, head=head), brief_of(**FULL_BRIEF)) == []


def test_invented_facts_in_json_ld_fail(tmp_path: Path) -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "Dentist", "name": "Zahnarztpraxis Lindenhof", '
        '"aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.9, "reviewCount": 212}, '
        '"founder": {"@type": "Person", "name": "Dr. Klaus Weber"}, '
        '"review": {"@type": "Review", "reviewBody": "Super Praxis!", "author": "Lena M."}, '
        '"makesOffer": {"@type": "Offer", "price": "49.00"}}</script>'
    )
    problems = "\n".join(findings(tmp_path, page_html(GERMAN, head=head), check="facts"))
    for expected in (
        'number "4.9"',
        'number "212"',
        'name "Dr. Klaus Weber"',
        'quote "Super Praxis!"',
        'name "Lena M."',
        'price "49.00"',
    ):
        assert expected in problems, (expected, problems)


def test_the_copyright_year_and_the_not_found_status_are_no_facts(tmp_path: Path) -> None:
    not_found = page_html("<p>404</p><h1>Seite nicht gefunden</h1>" + GERMAN)
    site = site_with(tmp_path, {"index.html": page_html(GERMAN), "404.html": not_found})
    assert check_site(site, brief_of(), YEAR).findings == []
    in_main = page_html(GERMAN + f"<p>Neu im Jahr {YEAR}: längere Öffnungszeiten.</p>")
    assert findings(tmp_path, in_main, check="facts") == [
        f'facts: number "{YEAR}" is not in the brief and not marked data-placeholder '
        f'(#main p: "Neu im Jahr {YEAR}: längere Öffnungszeiten.")'
    ]


def test_numbers_in_urls_e_mail_addresses_file_names_css_and_codes_are_no_facts(
    tmp_path: Path,
) -> None:
    main = GERMAN + (
        '<p style="margin: 12px">Schreiben Sie an team24@praxis-2024.example oder besuchen '
        "Sie www.praxis-2024.example/termine-7 (Plan: anfahrt-3.pdf).</p>"
        "<p>Wir beraten auch B2B-Kunden, etwa zum Scanner iTero5D.</p>"
        '<img src="images/hero-1600.png" alt="Unser Wartezimmer" width="1600" height="900">'
    )
    head = "<style>.hero { padding: 48px 24px; }</style>"
    assert findings(tmp_path, page_html(main, head=head), check="facts") == []


def test_digits_in_alt_text_and_meta_description_are_facts(tmp_path: Path) -> None:
    head = '<meta name="description" content="Seit 25 Jahren Ihre Praxis in Berlin.">'
    main = GERMAN + '<img src="a.png" alt="Unsere 3 Behandlungszimmer" width="4" height="3">'
    problems = "\n".join(findings(tmp_path, page_html(main, head=head), check="facts"))
    assert 'number "25"' in problems and "meta description" in problems
    assert 'number "3"' in problems and "img[alt]" in problems


# --- the command -----------------------------------------------------------------------------


def test_the_command_writes_markdown_and_json_and_exits_1_on_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = site_with(tmp_path, {"index.html": page_html(ENGLISH + INVENTED["price"])})
    brief = tmp_path / "brief.yaml"
    brief.write_text(
        "business_name: Zahnarztpraxis Lindenhof\ndescription: x\nlanguage: de\n"
        "pages: [Leistungen, Kontakt]\n",
        encoding="utf-8",
    )
    assert content_check.main(["--brief", str(brief), str(site)]) == 1
    report = json.loads((site / "_report" / "content.json").read_text(encoding="utf-8"))
    assert report["passed"] is False
    assert {f["check"] for f in report["failures"]} == {"language", "facts"}
    assert report["pages"][0]["detected"] == "en"
    markdown = (site / "_report" / "content.md").read_text(encoding="utf-8")
    assert "**FAIL**" in markdown and "| index.html | de |" in markdown
    assert "FAIL (2)" in capsys.readouterr().out


def test_the_command_reads_the_brief_the_cli_wrote_beside_the_site(tmp_path: Path) -> None:
    site = site_with(tmp_path, {"index.html": page_html(GERMAN)})
    (site / "_report").mkdir()
    (site / "_report" / "brief.json").write_text(
        json.dumps(
            {
                "business_name": "Zahnarztpraxis Lindenhof",
                "description": "x",
                "language": "de",
                "pages": ["Leistungen", "Kontakt"],
            }
        ),
        encoding="utf-8",
    )
    assert content_check.main([str(site)]) == 0
    assert "**PASS**" in (site / "_report" / "content.md").read_text(encoding="utf-8")


def test_the_command_without_a_brief_says_how_to_get_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = site_with(tmp_path, {"index.html": page_html(GERMAN)})
    assert content_check.main([str(site)]) == 2
    assert "--brief" in capsys.readouterr().err
