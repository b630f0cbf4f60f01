"""The renderer turns artifacts into a safe, well-formed, fully linked static site."""

from __future__ import annotations

import itertools
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sitefarm.v1 import artifacts_pb2 as a
from sitefarm.v1 import brief_pb2

from orchestrator.bundle import write_bundle
from services.codegen import offline, render
from services.kit import palette
from services.runtime.site_paths import check_site_path
from testkit import codegen_artifacts as fx
from testkit.codegen_artifacts import ParsedPage


def build_site(
    project: brief_pb2.ProjectConfig | None = None,
    plan: a.PagePlan | None = None,
    copy: a.SiteCopy | None = None,
    images: list[a.GeneratedImage] | None = None,
) -> a.SiteBundle:
    plan = plan or fx.page_plan()
    pages = []
    for page in plan.pages:
        req = fx.page_request(page.slug, project=project, plan=plan, copy=copy, all_images=images)
        pages.append(render.render_page(req, offline.page_composition(req)))
    site_req = fx.site_request(pages, project=project, plan=plan, all_images=images)
    return render.assemble_site(site_req, offline.site_shell(site_req))


def files_of(bundle: a.SiteBundle) -> dict[str, bytes]:
    return {f.path: f.content for f in bundle.files}


def html_pages(bundle: a.SiteBundle) -> dict[str, str]:
    return {f.path: f.content.decode() for f in bundle.files if f.path.endswith(".html")}


def site_file_for(href: str, page_dir_root: str = "") -> str | None:
    """The bundle path an internal href points at, None for external and fragment links."""
    parts = urlsplit(href)
    if parts.scheme in ("mailto", "tel") or (not parts.path and parts.fragment):
        return None
    if parts.scheme in ("http", "https"):
        assert parts.netloc == "crumbandco.example", href
    path = parts.path.lstrip("/")
    return path or "index.html"


@pytest.fixture(scope="module")
def bundle() -> a.SiteBundle:
    return build_site()


@pytest.fixture(scope="module")
def pages(bundle: a.SiteBundle) -> dict[str, ParsedPage]:
    return {path: ParsedPage(html) for path, html in html_pages(bundle).items()}


# ---- Links and files --------------------------------------------------------------------


def test_bundle_has_every_page_the_shared_files_and_index_as_entry(bundle: a.SiteBundle) -> None:
    paths = set(files_of(bundle))
    assert {"index.html", "menu.html", "about.html", "visit.html", "404.html"} <= paths
    assert {"assets/site.css", "sitemap.xml", "robots.txt", "site.webmanifest"} <= paths
    assert bundle.entry_path == "index.html"
    assert len(paths) == len(bundle.files), "no path appears twice"


def test_main_nav_of_every_page_reaches_every_planned_page(
    bundle: a.SiteBundle, pages: dict[str, ParsedPage]
) -> None:
    files = files_of(bundle)
    planned = {render.page_path(p.slug) for p in fx.page_plan().pages}
    for path, page in pages.items():
        targets = {site_file_for(link["href"]) for link in page.links_in("Main")}
        assert targets == planned, path
        assert all(target in files for target in targets), path


def test_every_internal_link_resolves_to_a_bundle_file(
    bundle: a.SiteBundle, pages: dict[str, ParsedPage]
) -> None:
    files = files_of(bundle)
    for path, page in pages.items():
        for tag, attr in (("a", "href"), ("link", "href")):
            for attrs in page.all(tag):
                if attrs.get("rel") == "canonical":
                    continue
                target = site_file_for(attrs[attr])
                assert target is None or target in files, f"{path}: {attrs[attr]}"


def test_fragment_links_point_at_an_element_of_the_same_page(
    pages: dict[str, ParsedPage],
) -> None:
    for path, page in pages.items():
        ids = {attrs["id"] for _, attrs, _ in page.elements if "id" in attrs}
        for attrs in page.all("a"):
            if attrs["href"].startswith("#"):
                assert attrs["href"][1:] in ids, f"{path}: {attrs['href']}"


def test_current_page_is_marked_in_the_main_nav(pages: dict[str, ParsedPage]) -> None:
    for path, page in pages.items():
        current = [link for link in page.links_in("Main") if link.get("aria-current") == "page"]
        if path == "404.html":
            assert current == []
        else:
            assert [site_file_for(link["href"]) for link in current] == [path]


def test_every_img_resolves_to_a_bundle_file_with_alt_width_and_height(
    bundle: a.SiteBundle, pages: dict[str, ParsedPage]
) -> None:
    files = files_of(bundle)
    seen = 0
    for path, page in pages.items():
        for img in page.all("img"):
            seen += 1
            assert img["src"] in files, f"{path}: {img['src']}"
            assert img["alt"].strip(), f"{path}: {img['src']} has no alt text"
            assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert seen >= 10, "the fixture's images appear on the pages"


def test_hero_image_loads_eagerly_and_every_other_image_lazily(
    pages: dict[str, ParsedPage],
) -> None:
    for path in ("index.html", "menu.html"):
        imgs = pages[path].all("img")
        eager = [img for img in imgs if img.get("loading") == "eager"]
        assert [img["src"] for img in eager] == [f"images/{path[:-5]}-hero.svg"]
        assert eager[0]["fetchpriority"] == "high"
        for img in imgs:
            if img not in eager:
                assert img["loading"] == "lazy" and img["decoding"] == "async"


def test_image_without_bytes_gets_a_placeholder_so_no_img_breaks() -> None:
    images = fx.images()
    images[0].ClearField("data")
    files = files_of(build_site(images=images))
    assert "images/index-hero.svg" in files
    assert files["images/index-hero.svg"].startswith(b"<svg")


def test_home_page_planned_under_another_slug_is_still_the_entry() -> None:
    plan = fx.page_plan()
    plan.pages[0].slug = "home"
    copy = fx.site_copy()
    copy.pages[0].slug = "home"
    bundle = build_site(plan=plan, copy=copy)
    files = files_of(bundle)
    assert files["index.html"] == files["home.html"]


# ---- Hostile input ----------------------------------------------------------------------


HOSTILE_SLUGS = {"../../x": "x.html", "/etc/passwd": "etc-passwd.html", "..\\..\\win": "win.html"}


def hostile_slug_plan() -> a.PagePlan:
    plan = fx.page_plan()
    for page, slug in zip(plan.pages[1:], HOSTILE_SLUGS, strict=True):
        page.slug = slug
    return plan


@pytest.mark.parametrize(("slug", "expected"), HOSTILE_SLUGS.items())
def test_hostile_slug_becomes_a_plain_file_name(slug: str, expected: str) -> None:
    assert render.page_path(slug) == expected


def test_hostile_slugs_and_image_names_cannot_leave_the_site(tmp_path: Path) -> None:
    images = fx.images()
    images[1].file_name = "../../../evil.svg"
    images[2].file_name = "C:\\Windows\\evil.png"
    images[2].media_type = "image/png"
    bundle = build_site(plan=hostile_slug_plan(), images=images)
    for site_file in bundle.files:
        assert check_site_path(site_file.path) == site_file.path
        assert not site_file.path.startswith("/") and ".." not in site_file.path.split("/")
    assert set(HOSTILE_SLUGS.values()) <= set(files_of(bundle))
    assert {"images/evil.svg", "images/evil.png"} <= set(files_of(bundle))

    out = tmp_path / "site"
    written = write_bundle(bundle, out)
    assert len(written) == len(bundle.files)
    assert all(path.resolve().is_relative_to(out.resolve()) for path in written)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"], "nothing beside the site"


def hostile_copy() -> a.SiteCopy:
    copy = fx.site_copy()
    copy.tagline = fx.HOSTILE
    for page_copy in copy.pages:
        for section in page_copy.sections:
            section.heading = fx.HOSTILE
            section.eyebrow = fx.HOSTILE
            section.paragraphs.append(fx.HOSTILE)
            for item in section.items:
                item.title = item.text = item.meta = fx.HOSTILE
    return copy


def test_hostile_brief_and_copy_are_escaped_in_every_page_and_the_json_ld() -> None:
    project = fx.brief(
        business_name=fx.HOSTILE,
        description=fx.HOSTILE,
        location=fx.HOSTILE,
        contact_email=f"{fx.HOSTILE}@x.example",
        phone=fx.HOSTILE,
    )
    plan = fx.page_plan()
    plan.pages[1].nav_label = fx.HOSTILE
    images = fx.images()
    images[0].alt = '"><script>alert(1)</script>'
    bundle = build_site(project=project, plan=plan, copy=hostile_copy(), images=images)

    for path, html in html_pages(bundle).items():
        assert "<script>alert" not in html.lower(), path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path
        page = ParsedPage(html)
        assert page.errors == [], path
        # The only scripts are JSON-LD blocks; nothing hostile became an element.
        assert all(attrs == {"type": "application/ld+json"} for attrs, _ in page.scripts)

    home = ParsedPage(html_pages(bundle)["index.html"])
    [(_, json_ld)] = home.scripts
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in json_ld
    assert json.loads(json_ld)["name"] == fx.HOSTILE
    assert b"<script>" not in files_of(bundle)["site.webmanifest"]


# ---- Document structure -----------------------------------------------------------------


def test_every_page_is_well_formed_html5(pages: dict[str, ParsedPage]) -> None:
    for path, page in pages.items():
        assert page.doctype.lower() == "doctype html", path
        assert page.errors == [], f"{path}: {page.errors}"
        ids = [attrs["id"] for _, attrs, _ in page.elements if "id" in attrs]
        assert len(ids) == len(set(ids)), f"{path}: duplicate ids"
        assert [attrs.get("charset") for attrs in page.all("meta") if "charset" in attrs] == [
            "utf-8"
        ]
        assert len(page.all("main")) == 1 and page.all("main")[0]["id"] == "main"
        assert page.all("a")[0]["href"] == "#main", "the skip link comes first"


def test_exactly_one_h1_per_page_and_heading_levels_never_skip(
    pages: dict[str, ParsedPage],
) -> None:
    for path, page in pages.items():
        assert page.headings.count(1) == 1, path
        assert page.headings[0] == 1, path
        for previous, current in itertools.pairwise(page.headings):
            assert current <= previous + 1, f"{path}: h{previous} then h{current}"


def test_page_without_hero_opens_with_its_title_as_h1(pages: dict[str, ParsedPage]) -> None:
    visit = html_pages(build_site())["visit.html"]
    assert re.search(r"<h1[^>]*>Visit the bakery</h1>", visit)


def test_every_section_is_labelled_by_its_heading(pages: dict[str, ParsedPage]) -> None:
    for path, page in pages.items():
        ids = {attrs["id"] for _, attrs, _ in page.elements if "id" in attrs}
        for section in page.all("section"):
            assert section["aria-labelledby"] in ids, path


def test_lang_attribute_comes_from_the_brief_and_defaults_to_en(
    pages: dict[str, ParsedPage],
) -> None:
    for page in pages.values():
        assert page.all("html")[0]["lang"] == "en-GB"
    for language in ("", 'not a language"><x'):
        req = fx.page_request("index", project=fx.brief(language=language))
        html = render.render_page(req, offline.page_composition(req)).html
        assert ParsedPage(html).all("html")[0]["lang"] == "en"


def test_head_carries_seo_title_description_canonical_and_open_graph(
    pages: dict[str, ParsedPage],
) -> None:
    menu = pages["menu.html"]
    metas = {m.get("property") or m.get("name"): m.get("content") for m in menu.all("meta")}
    assert metas["description"] == "Breads, pastries and subscriptions."
    assert metas["og:title"] == "Menu | Crumb & Co."
    assert metas["og:url"] == "https://crumbandco.example/menu.html"
    assert metas["og:image"] == "https://crumbandco.example/assets/social-card.jpg"
    assert metas["twitter:card"] == "summary_large_image"
    assert metas["og:site_name"] == "Crumb & Co."
    assert metas["theme-color"] == fx.COLORS["primary"]
    canonical = [link for link in menu.all("link") if link.get("rel") == "canonical"]
    assert canonical[0]["href"] == "https://crumbandco.example/menu.html"
    stylesheets = [link["href"] for link in menu.all("link") if link.get("rel") == "stylesheet"]
    assert stylesheets == ["assets/site.css"]
    # No SEO entry for "visit": the site's own description stands in.
    visit = {m.get("name"): m.get("content") for m in pages["visit.html"].all("meta")}
    assert visit["description"] == "Sourdough bakery in Leith, Edinburgh."


def test_without_a_site_url_links_stay_relative_and_no_url_is_claimed_canonical() -> None:
    bundle = build_site(project=fx.brief(site_url=""))
    menu = ParsedPage(html_pages(bundle)["menu.html"])
    # A canonical or og:url must be absolute (Lighthouse fails a relative one): none at all.
    assert not [link for link in menu.all("link") if link.get("rel") == "canonical"]
    metas = {m.get("property") or m.get("name"): m.get("content") for m in menu.all("meta")}
    assert "og:url" not in metas
    # The social card is still there, by a path relative to the page.
    assert metas["og:image"] == "assets/social-card.jpg"
    stylesheets = [link["href"] for link in menu.all("link") if link.get("rel") == "stylesheet"]
    assert stylesheets == ["assets/site.css"]
    robots = files_of(bundle)["robots.txt"].decode()
    assert "Allow: /" in robots and "Sitemap:" not in robots
    assert "<script" not in html_pages(bundle)["menu.html"]


def test_json_ld_describes_the_business_on_the_home_page_only(
    pages: dict[str, ParsedPage],
) -> None:
    [(_, text)] = pages["index.html"].scripts
    data = json.loads(text)
    assert data["@type"] == "Bakery"
    assert data["name"] == "Crumb & Co."
    assert data["url"] == "https://crumbandco.example/"
    assert data["email"] == "hello@crumbandco.example"
    assert data["telephone"] == "+44 131 555 0142"
    assert data["address"] == "Leith, Edinburgh"
    assert all(page.scripts == [] for path, page in pages.items() if path != "index.html")


def test_copy_reaches_its_section_and_missing_copy_never_shows_the_purpose(
    bundle: a.SiteBundle,
) -> None:
    pages = html_pages(bundle)
    assert "Proper bread, baked at dawn" in pages["index.html"]
    assert "Every loaf proves for 36 hours." in pages["index.html"]
    # The planner's note is for the writer, not for visitors (and it is English).
    assert "Invite visitors to order a cake." not in pages["menu.html"]


def test_sections_render_by_kind(bundle: a.SiteBundle) -> None:
    pages = html_pages(bundle)
    home, menu, about, visit = (pages[p] for p in ("index.html", "menu.html", "about.html",
                                                    "visit.html"))  # fmt: skip
    assert re.search(r"<figure[^>]*>\s*<blockquote>", home)
    assert "<figcaption>" in home
    assert '<dl class="stats' in home
    assert "<details" in about and "<summary>" in about
    assert 'class="card plan plan--featured"' in menu
    assert 'class="gallery' in menu
    assert "<address" in visit
    assert 'href="mailto:hello@crumbandco.example"' in visit
    assert 'href="tel:+441315550142"' in visit
    # The CTA band's button leads to the contact-like page.
    assert re.search(r'id="cta".*?href="visit\.html"', home, re.S)


def test_section_backgrounds_follow_the_composition() -> None:
    req = fx.page_request("index")
    composition = a.PageComposition(
        sections=[
            a.ComposedSection(section_id="cta", background=a.SECTION_BACKGROUND_INVERSE),
            a.ComposedSection(section_id="hero", background=a.SECTION_BACKGROUND_BRAND),
            a.ComposedSection(section_id="features", background=a.SECTION_BACKGROUND_MUTED),
        ]
    )
    html = render.render_page(req, composition).html
    classes = re.findall(r'<section id="([a-z-]+)" class="[^"]*\bbg-([a-z]+)"', html)
    # The hero opens the page; sections the composition forgot still appear, plainly.
    assert classes == [
        ("hero", "brand"),
        ("cta", "inverse"),
        ("features", "muted"),
        ("stats", "plain"),
        ("testimonials", "plain"),
    ]


def test_sitemap_lists_every_page_with_absolute_urls(bundle: a.SiteBundle) -> None:
    root = ET.fromstring(files_of(bundle)["sitemap.xml"])
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    assert locs == [
        "https://crumbandco.example/",
        "https://crumbandco.example/menu.html",
        "https://crumbandco.example/about.html",
        "https://crumbandco.example/visit.html",
    ]
    robots = files_of(bundle)["robots.txt"].decode()
    assert "Sitemap: https://crumbandco.example/sitemap.xml" in robots


def test_without_site_url_there_is_no_sitemap_and_robots_names_none() -> None:
    files = files_of(build_site(project=fx.brief(site_url="")))
    assert "sitemap.xml" not in files
    assert "robots.txt" in files and b"Sitemap:" not in files["robots.txt"]


def test_not_found_page_uses_the_shell_copy_and_root_relative_links(
    pages: dict[str, ParsedPage], bundle: a.SiteBundle
) -> None:
    html = html_pages(bundle)["404.html"]
    shell = offline.site_shell(fx.site_request([]))
    assert "Sorry, we can&#39;t find that page" in html
    assert "We&#39;d love to hear from you." in html
    links = [link["href"] for link in pages["404.html"].links_in("Main")]
    assert links and all(href.startswith("/") for href in links)
    assert shell.not_found_heading and shell.not_found_text and shell.footer_note


# ---- Names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("About Us", "about-us"),
        ("Café & Crème", "cafe-creme"),
        ("../../x", "x"),
        ("/etc/passwd", "etc-passwd"),
        ("", "page"),
        ("!!!", "page"),
        ("x" * 80, "x" * 60),
        ("a" * 59 + "-b", "a" * 59),
    ],
)
def test_safe_slug(text: str, slug: str) -> None:
    assert render.safe_slug(text) == slug


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("hero.PNG", "hero.png"),
        ("Hero Image.jpeg", "hero-image.jpeg"),
        ("../../evil.svg", "evil.svg"),
        ("evil.sh", "evil-sh.png"),
        ("no-extension", "no-extension.png"),
        (".png", "png.png"),
        ("", "image.png"),
    ],
)
def test_safe_file_name(name: str, safe: str) -> None:
    assert render.safe_file_name(name) == safe


def test_page_path_of_the_home_page_is_index() -> None:
    assert render.page_path("index") == render.page_path("") == "index.html"
    assert render.page_path("Our Menu") == "our-menu.html"


# ---- Composition and shell --------------------------------------------------------------


def test_offline_composition_is_deterministic_and_never_stacks_bold_bands() -> None:
    for page in fx.page_plan().pages:
        req = fx.page_request(page.slug)
        first, second = offline.page_composition(req), offline.page_composition(req)
        assert first == second
        assert [s.section_id for s in first.sections] == list(page.section_ids)
        strong = (a.SECTION_BACKGROUND_BRAND, a.SECTION_BACKGROUND_INVERSE)
        backgrounds = [s.background for s in first.sections]
        for previous, current in itertools.pairwise(backgrounds):
            assert not (previous in strong and current in strong)
            assert previous != current
    composed = offline.page_composition(fx.page_request("index"))
    home = {s.section_id: s.background for s in composed.sections}
    assert home["hero"] == a.SECTION_BACKGROUND_PLAIN
    assert home["stats"] == a.SECTION_BACKGROUND_INVERSE
    assert home["cta"] == a.SECTION_BACKGROUND_BRAND


def test_bold_brief_gets_a_brand_hero() -> None:
    req = fx.page_request("index", project=fx.brief(tone=brief_pb2.TONE_BOLD))
    assert offline.page_composition(req).sections[0].background == a.SECTION_BACKGROUND_BRAND


def test_site_shell_speaks_in_the_brief_tone() -> None:
    technical_brief = fx.brief(tone=brief_pb2.TONE_TECHNICAL)
    technical = offline.site_shell(fx.site_request([], project=technical_brief))
    warm = offline.site_shell(fx.site_request([]))
    assert technical.not_found_heading != warm.not_found_heading
    assert technical.footer_note != warm.footer_note
    assert "Crumb & Co." in technical.footer_note


# ---- Stylesheet -------------------------------------------------------------------------


def test_stylesheet_declares_every_token_as_a_custom_property() -> None:
    css = render.stylesheet(fx.style_system(), fx.layout())
    for name, value in fx.COLORS.items():
        assert f"--color-{name}: {value};" in css
    for needed in ("--font-heading:", "--font-body:", "--step-h1:", "--step-body:",
                   "--space-4:", "--radius:", "--container: 1200px;"):  # fmt: skip
        assert needed in css
    assert "clamp(" in css
    assert "prefers-reduced-motion" in css
    assert ":focus-visible" in css
    assert "min-height: 48px" in css


def test_stylesheet_only_pairs_colours_the_style_system_guarantees() -> None:
    css = render.stylesheet(fx.style_system(), fx.layout())
    allowed = set(palette.TEXT_PAIRS)
    for block in re.findall(r"\{([^{}]*)\}", css):
        background = re.search(r"background:\s*var\(--color-([a-z-]+)\)", block)
        color = re.search(r"(?<![-\w])color:\s*var\(--color-([a-z-]+)\)", block)
        if background and color:
            assert (color.group(1), background.group(1)) in allowed, block


def test_stylesheet_rejects_a_font_stack_that_smuggles_css() -> None:
    style = fx.style_system()
    style.heading_font = "x; } body { background: url(https://evil.example/x.png)"
    css = render.stylesheet(style, fx.layout())
    assert "evil.example" not in css


def test_unreadable_colour_tokens_are_repaired_not_trusted() -> None:
    style = fx.style_system()
    for token in style.colors:
        if token.name == "on-primary":
            token.hex = token.hex.replace("#ffffff", "#8a4b20")
    colors = render.resolved_colors(style)
    for fg, bg in palette.TEXT_PAIRS:
        assert palette.contrast_ratio(colors[fg], colors[bg]) >= 4.5, (fg, bg)
    # The fixture's own tokens all pass, so they are used unchanged.
    assert render.resolved_colors(fx.style_system()) == fx.COLORS


def test_images_land_in_the_section_their_section_id_names() -> None:
    plan = fx.page_plan()
    plan.pages[2].section_ids[:] = ["about", "team"]
    req = fx.page_request("about", plan=plan)
    req.section_plan.sections.add(id="about", kind=a.SECTION_KIND_ABOUT, purpose="Our story.")
    for image in req.images:
        if image.id == "about-story":
            image.section_id = "about"
    html = render.render_page(req, offline.page_composition(req)).html
    about = html[html.index('<section id="about"') : html.index('<section id="team"')]
    team = html[html.index('<section id="team"') :]
    assert "images/about-story.svg" in about
    assert "images/about-team-1.svg" in team and "images/about-team-2.svg" in team


def test_an_svg_that_could_run_script_is_replaced_by_a_placeholder() -> None:
    images = fx.images()
    images[0].data = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
    images[1].data = b"<svg><script>alert(1)</script></svg>"
    files = files_of(build_site(images=images))
    for name in ("index-hero.svg", "index-features-1.svg"):
        content = files[f"images/{name}"]
        assert b"alert" not in content and content.startswith(b"<svg")


def test_an_image_without_alt_text_is_drawn_as_decorative() -> None:
    images = fx.images()
    for image in images:
        image.alt = ""
    pages = html_pages(build_site(images=images))
    imgs = ParsedPage(pages["index.html"]).all("img")
    assert imgs and all(img["alt"] == "" for img in imgs)
