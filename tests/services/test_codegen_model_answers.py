"""Whatever schema-valid answer a model gives, the renderer still builds a sound site."""

from __future__ import annotations

from typing import TypeVar
from urllib.parse import urlsplit

import pytest
from google.protobuf import json_format
from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2 as a
from sitefarm.v1 import phases_pb2

from services.codegen import offline, render
from services.kit import palette
from services.llm.schema import json_schema
from services.runtime.site_paths import check_site_path
from testkit import codegen_artifacts as fx
from testkit.codegen_artifacts import ParsedPage
from testkit.schema_faker import fake_from_schema

M = TypeVar("M", bound=Message)


def fake(message_type: type[M], seed: int) -> M:
    """A model answer: valid against the phase's schema, otherwise arbitrary."""
    answer = fake_from_schema(json_schema(message_type), f"{message_type.__name__}-{seed}")
    return json_format.ParseDict(answer, message_type())


def internal_target(href: str) -> str | None:
    parts = urlsplit(href)
    if parts.scheme in ("mailto", "tel") or (not parts.path and parts.fragment):
        return None
    return parts.path.lstrip("/") or "index.html"


@pytest.mark.parametrize("seed", range(16))
def test_any_schema_valid_answers_still_make_a_sound_site(seed: int) -> None:
    # Even seeds: the fixture's plan with model-made words, styles and layout; odd seeds:
    # everything made up, so section ids, slugs and copy rarely line up with each other.
    made_up = seed % 2 == 1
    plan = fake(a.PagePlan, seed) if made_up else fx.page_plan()
    if not plan.pages:
        plan = fx.page_plan()
    section_plan = fake(a.SectionPlan, seed) if made_up else fx.section_plan()
    copy = fake(a.SiteCopy, seed)
    if not made_up:
        for page_copy, page in zip(copy.pages, plan.pages, strict=False):
            page_copy.slug = page.slug
    layout, style = fake(a.Layout, seed), fake(a.StyleSystem, seed)
    seo, strategy = fake(a.SeoStrategy, seed), fake(a.DesignStrategy, seed)
    images = fx.images()

    pages = []
    for page in plan.pages:
        req = phases_pb2.GeneratePageRequest(
            brief=fx.brief(),
            page=page,
            page_plan=plan,
            section_plan=section_plan,
            copy=copy,
            layout=layout,
            style_system=style,
            seo=seo,
            images=[i for i in images if i.page_slug == page.slug],
            design_strategy=strategy,
        )
        pages.append(render.render_page(req, fake(a.PageComposition, seed)))
    site_req = phases_pb2.AssembleSiteRequest(
        brief=fx.brief(),
        pages=pages,
        page_plan=plan,
        style_system=style,
        seo=seo,
        images=images,
        layout=layout,
    )
    bundle = render.assemble_site(site_req, fake(a.SiteShell, seed))

    files = {f.path: f.content for f in bundle.files}
    assert "index.html" in files
    planned = {render.page_path(p.slug) for p in plan.pages}
    for path, content in files.items():
        assert check_site_path(path) == path
        if not path.endswith(".html"):
            continue
        parsed = ParsedPage(content.decode())
        assert parsed.errors == [], f"{path}: {parsed.errors}"
        assert parsed.headings.count(1) == 1, path
        # The header's nav by its class: a model's shell names it in the site's language.
        nav = {internal_target(link["href"]) for link in parsed.links_in("site-nav")}
        assert nav == planned, path
        for link in parsed.all("a"):
            target = internal_target(link["href"])
            assert target is None or target in files, f"{path}: {link['href']}"
        for img in parsed.all("img"):
            assert img["src"] in files and img["alt"] and img["width"] and img["height"]
    css = files["assets/site.css"].decode()
    colors = render.resolved_colors(style)
    for fg, bg in palette.TEXT_PAIRS:
        assert palette.contrast_ratio(colors[fg], colors[bg]) >= palette.WCAG_AA
        assert f"--color-{fg}: {colors[fg]};" in css
    assert offline.page_composition(req) == offline.page_composition(req)
