"""The frame around every page speaks the brief's language, runs right to left when the script
does, never cuts a page title short, marks placeholders, states only the brief's facts and
carries a real social card."""

from __future__ import annotations

import io
import json
import re
from html import unescape

import pytest
from PIL import Image
from sitefarm.v1 import artifacts_pb2 as a
from sitefarm.v1 import brief_pb2

from services.codegen import offline, render, ui
from testkit import codegen_artifacts as fx
from testkit.codegen_artifacts import ParsedPage

# Words of the English frame that must not leak into a site in another language.
ENGLISH_FRAME = (
    "Skip to content",
    "All rights reserved",
    "Back to home",
    'aria-label="Main"',
    'aria-label="Footer"',
    "Page not found",
    "Opening hours",
    "Follow us",
)


def build(
    project: brief_pb2.ProjectConfig,
    plan: a.PagePlan | None = None,
    copy: a.SiteCopy | None = None,
    shell: a.SiteShell | None = None,
) -> dict[str, bytes]:
    """The site's files, rendered page by page and assembled as the phases do."""
    plan = plan or fx.page_plan()
    pages = []
    for page in plan.pages:
        req = fx.page_request(page.slug, project=project, plan=plan, copy=copy)
        pages.append(render.render_page(req, offline.page_composition(req)))
    site_req = fx.site_request(pages, project=project, plan=plan)
    bundle = render.assemble_site(site_req, shell or offline.site_shell(site_req))
    return {f.path: f.content for f in bundle.files}


def html_of(files: dict[str, bytes]) -> dict[str, str]:
    return {path: content.decode() for path, content in files.items() if path.endswith(".html")}


def seven_pages() -> a.PagePlan:
    plan = fx.page_plan()
    for slug, title in (
        ("team", "Our bakers"),
        ("wholesale", "Wholesale for cafés"),
        ("private-appointments", "Private Appointments and Tastings"),
    ):
        plan.pages.add(slug=slug, title=title, nav_label=title, section_ids=["story", "faq"])
    return plan


def arabic_brief(**facts: object) -> brief_pb2.ProjectConfig:
    return fx.brief(
        business_name="عيادة الشفاء لطب الأسنان",
        description="عيادة أسنان عائلية في عمّان.",
        location="عمّان، الأردن",
        language="ar",
        **facts,
    )


# ---- Language and direction ---------------------------------------------------------------


def test_every_page_of_an_arabic_site_is_marked_arabic_and_right_to_left() -> None:
    files = build(arabic_brief())
    pages = html_of(files)
    assert {"index.html", "menu.html", "about.html", "visit.html", "404.html"} <= set(pages)
    for path, html in pages.items():
        root = ParsedPage(html).all("html")[0]
        assert (root["lang"], root["dir"]) == ("ar", "rtl"), path
        assert "انتقل إلى المحتوى" in html and "جميع الحقوق محفوظة" in html, path
        assert not [word for word in ENGLISH_FRAME if word in html], path
    manifest = json.loads(files["site.webmanifest"])
    assert (manifest["lang"], manifest["dir"]) == ("ar", "rtl")


def test_a_left_to_right_site_says_so() -> None:
    for html in html_of(build(fx.brief())).values():
        assert ParsedPage(html).all("html")[0]["dir"] == "ltr"


def test_an_austrian_german_brief_gets_the_german_frame() -> None:
    files = build(fx.brief(language="de-AT", tone=brief_pb2.TONE_PROFESSIONAL))
    pages = html_of(files)
    for path, html in pages.items():
        parsed = ParsedPage(html)
        assert parsed.all("html")[0]["lang"] == "de-AT", path
        assert ">Zum Inhalt springen</a>" in html, path
        assert 'aria-label="Hauptmenü"' in html and 'aria-label="Fußzeile"' in html, path
        assert "Alle Rechte vorbehalten." in html, path
        assert ">Telefon</dt>" in html and ">E-Mail</dt>" in html, path
        assert not [word for word in ENGLISH_FRAME if word in html], path
    not_found = pages["404.html"]
    assert "<title>Seite nicht gefunden | Crumb &amp; Co.</title>" in not_found
    assert ">Zur Startseite</span>" in not_found
    assert json.loads(files["site.webmanifest"])["lang"] == "de-AT"
    metas = ParsedPage(pages["index.html"]).all("meta")
    assert {m.get("property"): m.get("content") for m in metas}["og:locale"] == "de_AT"


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "ar"])
@pytest.mark.parametrize("tone", list(brief_pb2.Tone.values()))
def test_the_offline_shell_writes_every_label_in_the_language_and_claims_nothing(
    language: str, tone: brief_pb2.Tone.ValueType
) -> None:
    project = fx.brief(language=language, tone=tone)
    shell = offline.site_shell(fx.site_request([], project=project))
    for name in ui.SHELL_LABELS:
        assert getattr(shell, name) == getattr(ui.frame_words(language), name), name
    assert shell.footer_note and shell.not_found_heading and shell.not_found_text
    # A note invites; it states no place, number or year the brief did not.
    assert "Leith" not in shell.footer_note and not re.search(r"\d", shell.footer_note)
    if language != "en":
        english = offline.site_shell(fx.site_request([], project=fx.brief(tone=tone)))
        assert shell.not_found_text != english.not_found_text


def test_a_model_writes_the_labels_of_a_language_the_offline_table_lacks() -> None:
    labels = {
        "skip_link_label": "本文へスキップ",
        "nav_label": "メインメニュー",
        "footer_nav_label": "フッター",
        "menu_label": "メニュー",
        "rights_label": "無断転載を禁じます。",
        "phone_label": "電話",
    }
    shell = a.SiteShell(
        footer_note="ご来店をお待ちしております。",
        not_found_heading="ページが見つかりません",
        not_found_text="お探しのページは移動したか、存在しません。",
        home_label="ホームへ戻る",
        **labels,
    )
    pages = html_of(build(fx.brief(language="ja"), plan=seven_pages(), shell=shell))
    for path, html in pages.items():
        assert ParsedPage(html).all("html")[0]["lang"] == "ja"
        for label in labels.values():
            assert label in html, (path, label)
        assert "Skip to content" not in html and 'aria-label="Main"' not in html, path
    assert "ページが見つかりません" in pages["404.html"] and "ホームへ戻る" in pages["404.html"]


def test_labels_a_model_leaves_empty_or_unusable_fall_back_to_the_table() -> None:
    shell = a.SiteShell(skip_link_label="", nav_label="x" * 500, menu_label="  Menü  ")
    words = ui.words_with_shell("de", shell)
    assert words.skip_link_label == "Zum Inhalt springen"
    assert words.nav_label == "Hauptmenü"
    assert words.menu_label == "Menü"


# ---- Navigation -----------------------------------------------------------------------------


def test_a_long_page_title_shows_in_full_in_both_navigations() -> None:
    label = "Private Appointments and Tastings"
    assert len(label) >= 24
    pages = html_of(build(fx.brief(), plan=seven_pages()))
    for path, html in pages.items():
        parsed = ParsedPage(html)
        for nav in ("site-nav", "footer-nav"):
            hrefs = [link["href"] for link in parsed.links_in(nav)]
            assert any(href.endswith("private-appointments.html") for href in hrefs), path
        assert html.count(f">{label}</a>") >= 3, path  # header, small-screen menu, footer


def test_past_five_pages_the_header_folds_behind_a_details_menu() -> None:
    pages = html_of(build(fx.brief(), plan=seven_pages()))
    planned = {render.page_path(p.slug) for p in seven_pages().pages}
    for path, html in pages.items():
        menu = re.search(r'<details class="nav-menu">(.*?)</details>', html, re.S)
        assert menu, path
        assert re.search(r'<summary class="nav-toggle">.*<span data-ui="menu_label">Menu</span>',
                         menu.group(1))  # fmt: skip
        hrefs = {h.lstrip("/") for h in re.findall(r'href="([^"]+)"', menu.group(1))}
        assert hrefs == planned, path
    assert '<details class="nav-menu">' not in html_of(build(fx.brief()))["index.html"]


def test_the_menu_folds_only_on_small_screens() -> None:
    css = render.stylesheet(fx.style_system(), fx.layout())
    small = css[css.index("@media (max-width: 47.99rem)") :]
    assert ".site-nav--collapsible .nav-list--inline {\n    display: none;" in small
    assert ".site-nav--collapsible .nav-menu {\n    display: block;" in small
    assert ".nav-menu {\n  display: none;" in css  # wide screens: the links show inline


# ---- File names ------------------------------------------------------------------------------


def test_arabic_page_titles_become_distinct_files_and_no_page_is_dropped() -> None:
    plan = fx.page_plan()
    titles = ["الرئيسية", "خدماتنا", "من نحن", "اتصل بنا"]
    for page, title in zip(plan.pages[1:], titles[1:], strict=True):
        page.slug, page.title, page.nav_label = title, title, title
    files = build(arabic_brief(), plan=plan)
    paths = [render.page_path(page.slug) for page in plan.pages]
    assert len(set(paths)) == len(paths)
    for path, title in zip(paths[1:], titles[1:], strict=True):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.html", path), path
        assert path in files
        assert f">{title}</a>" in files["index.html"].decode()


# ---- Placeholders ----------------------------------------------------------------------------


def test_placeholders_are_marked_and_real_facts_are_not() -> None:
    copy = fx.site_copy()
    features, testimonials = copy.pages[0].sections[1], copy.pages[0].sections[3]
    features.items[1].placeholder = True
    testimonials.placeholder = True
    stats = copy.pages[0].sections[2]
    stats.items[0].placeholder = True
    html = html_of(build(fx.brief(language="de"), copy=copy))["index.html"]
    marker = ui.frame_words("de").placeholder_label

    section = re.search(r'<section id="testimonials"[^>]*>', html)
    assert section and "data-placeholder" in section.group(0)
    cards = re.findall(r'<li class="card"( data-placeholder)?>(.*?)</li>', html, re.S)
    marked = [body for flag, body in cards if flag]
    assert len(marked) == 1 and "Local flour" in marked[0] and marker in marked[0]
    assert all(marker not in body for flag, body in cards if not flag)
    assert re.search(r'<div class="stat" data-placeholder>\s*<dt><span class="placeholder-badge"',
                     html)  # fmt: skip
    assert html.count(marker) == 3
    # Untouched facts carry no marker.
    plain = html_of(build(fx.brief()))["index.html"]
    assert "data-placeholder" not in plain and "placeholder-badge" not in plain


def test_the_placeholder_marker_is_visible_and_readable() -> None:
    css = render.stylesheet(fx.style_system(), fx.layout())
    assert "[data-placeholder] {\n  outline: 2px dashed currentColor;" in css
    badge = css[css.index(".placeholder-badge {") :]
    badge = badge[: badge.index("}")]
    # The inverse pair is one the style system guarantees readable (WCAG AA).
    assert "background: var(--color-inverse);" in badge
    assert "color: var(--color-on-inverse);" in badge


# ---- Facts in the markup -----------------------------------------------------------------------


def json_ld(files: dict[str, bytes]) -> dict[str, object]:
    [(_, text)] = ParsedPage(files["index.html"].decode()).scripts
    data: dict[str, object] = json.loads(text)
    return data


def test_json_ld_states_no_opening_hours_prices_or_dates_the_brief_does_not() -> None:
    data = json_ld(build(fx.brief()))
    assert data["inLanguage"] == "en-GB"
    for claim in ("openingHours", "foundingDate", "priceRange", "makesOffer", "sameAs"):
        assert claim not in data, claim


def test_json_ld_carries_the_brief_facts_as_written() -> None:
    project = fx.brief(
        address="12 Henderson Street, Leith, Edinburgh EH6 6BS",
        founded="2013",
        opening_hours=[
            brief_pb2.OpeningHours(days="Mon-Fri", hours="07:00-15:00"),
            brief_pb2.OpeningHours(days="Sat", hours="08:00-14:00"),
        ],
        social_links=[
            brief_pb2.SocialLink(network="Instagram", url="https://instagram.com/crumbandco"),
            brief_pb2.SocialLink(network="Evil", url="javascript:alert(1)"),
        ],
        offerings=[
            brief_pb2.Offering(name="Country sourdough", price="£4.50"),
            brief_pb2.Offering(name="Bread subscription", price="£16 / month"),
            brief_pb2.Offering(name="Celebration cakes", description="To order."),
        ],
    )
    files = build(project)
    data = json_ld(files)
    assert data["address"] == "12 Henderson Street, Leith, Edinburgh EH6 6BS"
    assert data["openingHours"] == ["Mon-Fri 07:00-15:00", "Sat 08:00-14:00"]
    assert data["foundingDate"] == "2013"
    assert data["sameAs"] == ["https://instagram.com/crumbandco"]
    assert data["priceRange"] == "£4.50 \u2013 £16 / month"
    offers = data["makesOffer"]
    assert isinstance(offers, list) and len(offers) == 3
    assert offers[0]["price"] == "4.50" and offers[0]["priceCurrency"] == "GBP"
    assert "price" not in offers[1] and "price" not in offers[2]  # words, not a bare amount

    home = files["index.html"].decode()
    assert '<a href="https://instagram.com/crumbandco" rel="me noopener">Instagram</a>' in home
    assert "javascript:" not in home
    assert "<dt>Mon-Fri</dt><dd>07:00-15:00</dd>" in home
    assert "12 Henderson Street, Leith, Edinburgh EH6 6BS" in home


# ---- The social card ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "project",
    [fx.brief(), arabic_brief(), fx.brief(business_name="茶房みどり", language="ja")],
    ids=["latin", "arabic", "japanese"],
)
def test_the_social_card_is_a_1200_by_630_jpeg_in_the_bundle(
    project: brief_pb2.ProjectConfig,
) -> None:
    files = build(project, shell=a.SiteShell())
    card = Image.open(io.BytesIO(files[render.SOCIAL_CARD_PATH]))
    assert (card.format, card.size) == ("JPEG", (1200, 630))
    # Drawn in the brand colour, with the name in the readable text colour on it (JPEG moves a
    # colour by a step or two, never to another colour).
    colors = render.resolved_colors(fx.style_system())
    rgb = card.convert("RGB")

    def near(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
        return max(abs(x - y) for x, y in zip(a, b, strict=True)) <= 6

    def color(hex_: str) -> tuple[int, ...]:
        return tuple(Image.new("RGB", (1, 1), hex_).getpixel((0, 0)))  # type: ignore[arg-type]

    assert near(rgb.getpixel((600, 20)), color(colors["primary"]))  # type: ignore[arg-type]
    ink = color(colors["on-primary"])
    assert any(near(c, ink) for _, c in (rgb.getcolors(1_000_000) or []))


def test_og_image_is_the_card_by_absolute_url_when_the_site_has_an_address() -> None:
    pages = html_of(build(fx.brief()))
    for path in ("index.html", "about.html"):
        metas = {
            m.get("property") or m.get("name"): m.get("content")
            for m in ParsedPage(pages[path]).all("meta")
        }
        assert metas["og:image"] == "https://crumbandco.example/assets/social-card.jpg"
        assert metas["twitter:card"] == "summary_large_image"
        assert (metas["og:image:width"], metas["og:image:height"]) == ("1200", "630")


# ---- The stylesheet mirrors ---------------------------------------------------------------------


def test_the_stylesheet_uses_logical_properties_and_carries_arabic_and_cjk_faces() -> None:
    css = render.stylesheet(fx.style_system(), fx.layout())
    physical = re.findall(
        r"^\s*(left|right|margin-left|margin-right|padding-left|padding-right|"
        r"border-left|border-right|text-align:\s*(?:left|right))\s*[:;]",
        css,
        re.M,
    )
    assert physical == []
    assert "inset-inline-start" in css and "padding-inline-start" in css
    arabic = re.search(r":root:lang\(ar\)[^{]*\{([^}]*)\}", css)
    assert arabic and '"Noto Sans Arabic"' in arabic.group(1) and "Tahoma" in arabic.group(1)
    japanese = re.search(r":root:lang\(ja\)[^{]*\{([^}]*)\}", css)
    assert japanese and '"Hiragino Sans"' in japanese.group(1)
    assert '[dir="rtl"] .icon-flip' in css


def test_the_not_found_pages_title_cuts_a_long_name_after_a_whole_word() -> None:
    name = "Taller de Bicicletas y Reparaciones Rápidas Hermanos García"
    req = fx.site_request([], project=fx.brief(business_name=name, language="es"))
    req.seo.site_name = name
    bundle = render.assemble_site(req, offline.site_shell(req))
    page = next(f.content.decode() for f in bundle.files if f.path == "404.html")
    (title,) = re.findall(r"<title>(.*?)</title>", unescape(page))
    assert len(title) <= 60, title
    head, _, cut = title.partition(" | ")
    assert head and cut.endswith("…") and name.startswith(cut.removesuffix("…")), title
