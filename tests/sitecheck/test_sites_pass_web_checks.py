"""Generated sites pass the web's own checks: the Nu HTML Checker, axe-core at desktop and
mobile widths, Lighthouse in all four categories, a link check, and screenshots.

The sites: every example brief, and the nine-page brief of examples/briefs/ (the only one
whose navigation collapses behind a menu button), through the offline provider; the bakery
brief through the
openai provider against the fake server (random schema-valid answers, which the planning
service mostly discards as they name no planned section); and random schema-valid answers
lined up with a full plan and rendered directly, so every section kind meets arbitrary
words, variants, columns, backgrounds, colours and fonts. All sites are checked in one run of
tools/sitecheck/check-site.mjs (one Chromium for axe and the screenshots, a pool of Lighthouse
workers), then each check is asserted on its own. The tools come from `make check-tools`;
without them these tests fail, they never skip. What the sites say (language, page titles,
facts against the brief) is judged for every brief in tests/sitecheck/test_content.py, the
fast tier, so the run here leaves the content check out (`--content none`).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from google.protobuf import json_format
from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2 as a
from sitefarm.v1 import phases_pb2

from orchestrator.bundle import write_bundle
from services.codegen import render
from services.llm.schema import json_schema
from testkit import codegen_artifacts as fx
from testkit.fake_openai import FakeOpenAIThread
from testkit.schema_faker import fake_from_schema
from testkit.settings import TEST_API_KEY

M = TypeVar("M", bound=Message)
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SITECHECK = ROOT / "tools" / "sitecheck"
CHECK_SITE = SITECHECK / "check-site.mjs"
EXAMPLE_NAMES = tuple(sorted(path.stem for path in EXAMPLES.glob("*.yaml")))
# Of examples/briefs/ only what the examples do not cover: nine pages, a collapsing header.
BRIEF_PATHS = {name: EXAMPLES / "briefs" / f"{name}.yaml" for name in ("charity-en",)}
BRIEF_NAMES = tuple(BRIEF_PATHS)
FAKE_SITE = "openai-fake"  # the bakery brief, every phase answered by the fake server
RANDOM_SITE = "random-answers"  # schema-valid random answers on a full plan, rendered directly
SITE_NAMES = (*EXAMPLE_NAMES, *BRIEF_NAMES, FAKE_SITE, RANDOM_SITE)
# Lighthouse's default, the stricter of its presets: mobile, slow 4G and a 4x slower CPU,
# simulated. `make check-site` runs the desktop preset as well.
FORM_FACTORS = "mobile"
SCREEN_WIDTHS = (1280, 390)

# Generation and every check of eight sites happen in the first test's fixture.
# Chromium, Java and minutes per site: make test runs them, make test-fast does not.
pytestmark = [pytest.mark.sitecheck, pytest.mark.timeout(600)]


def _missing_tools() -> list[str]:
    missing = [tool for tool in ("node", "java") if shutil.which(tool) is None]
    if not Path("/usr/bin/chromium").exists() and not shutil.which("chromium"):
        missing.append("chromium")
    for package in ("lighthouse", "axe-core", "playwright-core", "vnu-jar"):
        if not (SITECHECK / "node_modules" / package / "package.json").exists():
            missing.append(f"tools/sitecheck/node_modules/{package}")
    return missing


def _sitefarm_command() -> list[str]:
    script = Path(sys.executable).with_name("sitefarm")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from orchestrator.cli import app; app()"]


def _generate(brief: Path, out: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*_sitefarm_command(), "generate", str(brief), "--out", str(out)],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def _wait(process: subprocess.Popen[bytes], what: str) -> None:
    output, _ = process.communicate(timeout=120)
    text = output.decode(errors="replace")
    # A server's traceback comes before the run's long summary: shown whole, then the end.
    cause = text[text.find("Traceback") :][:6000] if "Traceback" in text else ""
    assert process.returncode == 0, f"{what} failed:\n{cause}\n...\n{text[-3000:]}"


def _fake(message_type: type[M], seed: str) -> M:
    """What a model could answer: valid against the phase's schema, otherwise arbitrary."""
    answer = fake_from_schema(json_schema(message_type), f"{message_type.__name__}-{seed}")
    return json_format.ParseDict(answer, message_type())


def _write_random_answer_site(out: Path, seed: str = "sitecheck") -> None:
    """The fixture's plan (every section kind) with every other artifact a random answer,
    its ids lined up with the plan so that each random word, variant and colour is used."""
    rng = random.Random(seed)
    plan, sections = fx.page_plan(), fx.section_plan()
    layout = _fake(a.Layout, seed)
    del layout.sections[:]
    for spec in sections.sections:
        layout.sections.add(
            section_id=spec.id,
            variant=rng.choice(a.SectionVariant.values()),
            columns=rng.randint(0, 5),
        )
    copy = _fake(a.SiteCopy, seed)
    del copy.pages[:]
    seo = _fake(a.SeoStrategy, seed)
    del seo.pages[:]
    for page in plan.pages:
        page_copy = copy.pages.add(slug=page.slug)
        for section_id in page.section_ids:
            section_copy = _fake(a.SectionCopy, f"{seed}-{page.slug}-{section_id}")
            section_copy.section_id = section_id
            page_copy.sections.append(section_copy)
        page_seo = _fake(a.PageSeo, f"{seed}-{page.slug}")
        page_seo.slug = page.slug
        seo.pages.append(page_seo)
    style, strategy = _fake(a.StyleSystem, seed), _fake(a.DesignStrategy, seed)
    images = fx.images()
    pages = []
    for page in plan.pages:
        composition = a.PageComposition()
        for section_id in rng.sample(list(page.section_ids), len(page.section_ids)):
            background = rng.choice(a.SectionBackground.values())
            composition.sections.add(section_id=section_id, background=background)
        request = phases_pb2.GeneratePageRequest(
            brief=fx.brief(),
            page=page,
            page_plan=plan,
            section_plan=sections,
            copy=copy,
            layout=layout,
            style_system=style,
            seo=seo,
            images=[image for image in images if image.page_slug == page.slug],
            design_strategy=strategy,
        )
        pages.append(render.render_page(request, composition))
    site = phases_pb2.AssembleSiteRequest(
        brief=fx.brief(),
        pages=pages,
        page_plan=plan,
        style_system=style,
        seo=seo,
        images=images,
        layout=layout,
    )
    write_bundle(render.assemble_site(site, _fake(a.SiteShell, seed)), out)


class CheckedSites:
    """The check results of every site, read from each site's _report/check.json."""

    def __init__(self, root: Path, seconds: dict[str, float]) -> None:
        self.root = root
        self.seconds = seconds
        self.results: dict[str, dict[str, Any]] = {}
        for name in SITE_NAMES:
            report = root / name / "_report" / "check.json"
            assert report.exists(), f"no report for {name}"
            self.results[name] = json.loads(report.read_text(encoding="utf-8"))

    def failures(self, site: str, *checks: str) -> list[str]:
        return [
            f"{f['check']} {f['page']}: {f['message']}"
            for f in self.results[site]["failures"]
            if f["check"] in checks
        ]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CheckedSites]:
    if missing := _missing_tools():
        pytest.fail(f"the site checks need {', '.join(missing)}: run `make check-tools`")
    root = tmp_path_factory.mktemp("sites")
    seconds: dict[str, float] = {}
    started = time.monotonic()
    offline = {"SITEFARM_PROVIDER": "offline"}
    with FakeOpenAIThread(seed="sitecheck", vary_by_prompt=True) as fake:
        openai = {
            "SITEFARM_PROVIDER": "openai",
            "OPENAI_BASE_URL": fake.base_url,
            "OPENAI_API_KEY": TEST_API_KEY,
        }
        jobs = {
            name: _generate(EXAMPLES / f"{name}.yaml", root / name, offline)
            for name in EXAMPLE_NAMES
        }
        jobs.update(
            {name: _generate(path, root / name, offline) for name, path in BRIEF_PATHS.items()}
        )
        jobs[FAKE_SITE] = _generate(EXAMPLES / "bakery.yaml", root / FAKE_SITE, openai)
        _write_random_answer_site(root / RANDOM_SITE)
        for name, process in jobs.items():
            _wait(process, f"sitefarm generate ({name})")
    seconds["generate"] = time.monotonic() - started

    started = time.monotonic()
    run = subprocess.run(
        [
            "node",
            str(CHECK_SITE),
            "--lighthouse",
            FORM_FACTORS,
            "--content",
            "none",
            *(str(root / n) for n in SITE_NAMES),
        ],
        capture_output=True,
        text=True,
        timeout=480,
        check=False,
    )
    seconds["check"] = time.monotonic() - started
    assert run.returncode in (0, 1), f"check-site could not run:\n{run.stdout}\n{run.stderr}"
    sites = CheckedSites(root, seconds)
    print(f"\nsitecheck timings: {seconds}\n{run.stdout}")
    yield sites


@pytest.mark.parametrize("site", SITE_NAMES)
def test_every_page_stylesheet_and_svg_is_valid_for_the_nu_html_checker(
    checked: CheckedSites, site: str
) -> None:
    assert checked.failures(site, "vnu") == []


@pytest.mark.parametrize("site", SITE_NAMES)
def test_axe_finds_no_serious_or_critical_violation_at_desktop_or_mobile_width(
    checked: CheckedSites, site: str
) -> None:
    assert checked.failures(site, "axe", "browser") == []
    for page in checked.results[site]["pages"]:
        assert set(page["browser"]) == {"desktop", "mobile"}, page["path"]


@pytest.mark.parametrize("site", SITE_NAMES)
def test_lighthouse_scores_at_least_95_in_every_category_on_every_page(
    checked: CheckedSites, site: str
) -> None:
    assert checked.failures(site, "lighthouse") == []
    for page in checked.results[site]["pages"]:
        for form_factor in FORM_FACTORS.split(","):
            scores = page["lighthouse"][form_factor]["categories"]
            assert set(scores) == {"performance", "accessibility", "best-practices", "seo"}


@pytest.mark.parametrize("site", SITE_NAMES)
def test_every_link_image_and_sitemap_entry_resolves_and_nothing_is_hotlinked(
    checked: CheckedSites, site: str
) -> None:
    assert checked.failures(site, "links", "network") == []
    assert all(page["links"]["checked"] > 0 for page in checked.results[site]["pages"])


@pytest.mark.parametrize("site", SITE_NAMES)
def test_structured_data_parses_and_names_its_type(checked: CheckedSites, site: str) -> None:
    assert checked.failures(site, "seo") == []


@pytest.mark.parametrize("site", SITE_NAMES)
def test_no_page_scrolls_sideways_or_logs_an_error(checked: CheckedSites, site: str) -> None:
    assert checked.failures(site, "layout", "console") == []


@pytest.mark.parametrize("site", SITE_NAMES)
def test_every_page_is_screenshotted_at_1280_and_390_pixels_wide(
    checked: CheckedSites, site: str
) -> None:
    report = checked.root / site / "_report"
    for page in checked.results[site]["pages"]:
        for viewport, width in zip(("desktop", "mobile"), SCREEN_WIDTHS, strict=True):
            png = (report / page["browser"][viewport]["screenshot"]).read_bytes()
            assert png.startswith(b"\x89PNG\r\n\x1a\n"), page["path"]
            assert struct.unpack(">I", png[16:20])[0] == width, (page["path"], viewport)


@pytest.mark.parametrize("site", SITE_NAMES)
def test_every_threshold_holds(checked: CheckedSites, site: str) -> None:
    """The checker's own verdict, so a check added to it is enforced here at once."""
    failures = [
        f"{f['check']} {f['page']}: {f['message']}" for f in checked.results[site]["failures"]
    ]
    assert checked.results[site]["passed"], failures


@pytest.mark.parametrize("site", SITE_NAMES)
def test_one_page_report_states_the_verdict_and_every_page(
    checked: CheckedSites, site: str
) -> None:
    result = checked.results[site]
    markdown = (checked.root / site / "_report" / "check.md").read_text(encoding="utf-8")
    verdict = "**PASS**" if result["passed"] else "**FAIL**"
    assert verdict in markdown
    for page in result["pages"]:
        assert f"| {page['path']} |" in markdown
    # The report is about the site: the orchestrator's own report files are never checked.
    assert not any(p["path"].startswith("_report/") for p in result["pages"])


def test_the_checker_fails_a_page_with_broken_links_markup_contrast_json_ld_and_facts(
    checked: CheckedSites, tmp_path: Path
) -> None:
    """The checks can fail: a site the generator would never make is caught by each of them."""
    site = tmp_path / "broken"
    shutil.copytree(checked.root / "bakery", site, ignore=shutil.ignore_patterns("_report"))
    for extra in site.glob("*.html"):
        if extra.name != "index.html":
            extra.unlink()
    index = site / "index.html"
    html = index.read_text(encoding="utf-8")
    html = html.replace(
        '<main id="main" tabindex="-1">',
        '<main id="main" tabindex="-1"><p style="color:#ddd">faint</p>'
        '<a href="missing.html">gone</a><img src="images/missing.png"><center>old</center>'
        '<script type="application/ld+json">{"@type": </script>'
        "<p>Sourdough loaves from £7.95, every day since 1987.</p>",
        1,
    )
    index.write_text(html, encoding="utf-8")
    run = subprocess.run(
        [
            "node",
            str(CHECK_SITE),
            "--lighthouse",
            "none",
            "--brief",
            str(EXAMPLES / "bakery.yaml"),
            str(site),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    failures = json.loads((site / "_report" / "check.json").read_text(encoding="utf-8"))["failures"]
    messages = [f"{f['check']}: {f['message']}" for f in failures]
    assert any(re.match(r"vnu: .*center", m) for m in messages), messages
    assert any(m.startswith("axe: ") and "color-contrast" in m for m in messages), messages
    assert any(m.startswith("axe: ") and "image-alt" in m for m in messages), messages
    assert any(m.startswith("links: ") and "missing.html" in m for m in messages), messages
    assert any(m.startswith("network: ") and "missing.png" in m for m in messages), messages
    assert any(m.startswith("seo: JSON-LD does not parse") for m in messages), messages
    assert any(m.startswith('facts: price "7.95"') for m in messages), messages
    assert any(m.startswith('facts: number "1987"') for m in messages), messages
    report = (site / "_report" / "check.md").read_text(encoding="utf-8")
    assert "**FAIL**" in report and "## Content" in report
