"""Every example brief and every brief in examples/briefs/, generated offline, speaks its
brief's language on every page, runs right to left when the language does, names every page
the brief asks for in the navigation, and states only the facts its brief gives.

Two briefs without facts are generated again with --placeholders: then, and only then, the
missing facts appear as marked placeholders (`data-placeholder`). The brief that gives every
kind of fact shows each offering, team member, testimonial and figure.

This is the fast tier of the site checks: generation and the content check only, no browser.
tests/sitecheck/test_sites_pass_web_checks.py runs Nu, axe and Lighthouse on the examples
and on the nine-page brief.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from orchestrator.settings import get_orchestrator_settings
from services.runtime.brief import load_brief
from services.runtime.validation import validate_brief
from tools.sitecheck import content_check
from tools.sitecheck.content_check import SiteResult, check_site, normal, site_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
BRIEFS = {
    path.stem: path
    for path in (*sorted(EXAMPLES.glob("*.yaml")), *sorted((EXAMPLES / "briefs").glob("*.yaml")))
}
# Briefs with nothing beyond a name and a description: placeholders have the most to mark.
PLACEHOLDER_BRIEFS = ("charity-en", "dental-practice-es")
PLACEHOLDERS = "+placeholders"
FULL_FACTS_BRIEF = "bistro-fr"  # gives offerings, team, testimonials, hours, figures, ...
SITES = (*BRIEFS, *(f"{name}{PLACEHOLDERS}" for name in PLACEHOLDER_BRIEFS))
PARALLEL = 2  # the machine's cores; each generation is one process busy on one

pytestmark = pytest.mark.timeout(600)


@dataclass
class Generated:
    brief: Path
    site: Path
    returncode: int
    output: str
    result: SiteResult | None = None


def _sitefarm() -> list[str]:
    script = Path(sys.executable).with_name("sitefarm")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from orchestrator.cli import app; app()"]


def _generate(name: str, root: Path) -> Generated:
    stem = name.removesuffix(PLACEHOLDERS)
    site = root / name
    command = [*_sitefarm(), "generate", str(BRIEFS[stem]), "--out", str(site)]
    if name.endswith(PLACEHOLDERS):
        command.append("--placeholders")
    run = subprocess.run(
        command,
        env={**os.environ, "SITEFARM_PROVIDER": "offline"},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    return Generated(BRIEFS[stem], site, run.returncode, run.stdout[-3000:] + run.stderr[-3000:])


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Generated]]:
    root = tmp_path_factory.mktemp("content")
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        sites = dict(zip(SITES, pool.map(lambda name: _generate(name, root), SITES), strict=True))
    for generation in sites.values():
        if generation.returncode == 0:
            generation.result = check_site(generation.site, load_brief(generation.brief))
            generation.result.brief = str(generation.brief.relative_to(ROOT))
            content_check.write_report(generation.result)
    yield sites


def _checked(generated: dict[str, Generated], name: str) -> SiteResult:
    generation = generated[name]
    assert generation.returncode == 0, (
        f"sitefarm generate {generation.brief.name} failed:\n{generation.output}"
    )
    assert generation.result is not None
    return generation.result


def _findings(generated: dict[str, Generated], name: str, check: str) -> list[str]:
    result = _checked(generated, name)
    return [f"{f.page}: {f.message}" for f in result.findings if f.check == check]


def _placeholders(site: Path) -> int:
    return sum(
        html.read_text(encoding="utf-8").count("data-placeholder") for html in site.glob("*.html")
    )


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_every_brief_is_valid_for_the_offline_provider(name: str) -> None:
    brief = load_brief(BRIEFS[name])
    assert validate_brief(brief, get_orchestrator_settings(), at="brief") == []


@pytest.mark.parametrize("name", SITES)
def test_every_page_is_written_in_the_briefs_language(
    generated: dict[str, Generated], name: str
) -> None:
    assert _findings(generated, name, "language") == []
    judged = [page for page in _checked(generated, name).pages if page.detected]
    assert judged, "no page had enough words of its own to be judged"


@pytest.mark.parametrize("name", SITES)
def test_right_to_left_languages_and_only_they_run_right_to_left(
    generated: dict[str, Generated], name: str
) -> None:
    assert _findings(generated, name, "direction") == []


@pytest.mark.parametrize("name", SITES)
def test_every_page_title_of_the_brief_is_whole_in_the_navigation(
    generated: dict[str, Generated], name: str
) -> None:
    assert _findings(generated, name, "navigation") == []


@pytest.mark.parametrize("name", SITES)
def test_every_price_number_quote_and_name_is_in_the_brief_or_marked(
    generated: dict[str, Generated], name: str
) -> None:
    assert _findings(generated, name, "facts") == []


@pytest.mark.parametrize("name", PLACEHOLDER_BRIEFS)
def test_missing_facts_are_marked_placeholders_only_when_asked_for(
    generated: dict[str, Generated], name: str
) -> None:
    asked = _checked(generated, f"{name}{PLACEHOLDERS}")
    plain = _checked(generated, name)
    assert sum(page.placeholders for page in asked.pages) > 0
    assert sum(page.placeholders for page in plain.pages) == 0
    assert _placeholders(generated[name].site) == 0


def test_a_brief_with_every_fact_shows_each_one_and_nothing_more(
    generated: dict[str, Generated],
) -> None:
    result = _checked(generated, FULL_FACTS_BRIEF)
    brief = load_brief(generated[FULL_FACTS_BRIEF].brief)
    text = site_text(generated[FULL_FACTS_BRIEF].site)
    expected = [
        *(value for o in brief.offerings for value in (o.name, o.price)),
        *(value for member in brief.team for value in (member.name, member.role)),
        *(value for t in brief.testimonials for value in (t.quote, t.attribution)),
        *(value for figure in brief.figures for value in (figure.value, figure.label)),
    ]
    missing = [value for value in expected if normal(value) not in text]
    assert missing == []
    assert [f.message for f in result.findings if f.check == "facts"] == []
    assert sum(page.placeholders for page in result.pages) == 0
