"""Model output is untrusted input: whatever a model answers (markup, scripts, template syntax,
path traversal, endless strings and lists) ends as bounded plain text in a safe site."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2, sitefarm_pb2

from services.llm.gateway import Gateway
from services.llm.offline_provider import OfflineProvider
from services.llm.tasks import ChatTask, Generated, ImageTask, RenderedImage
from services.llm.untrusted import bound_message, strip_markup
from testkit.farm import locked_farm_of
from testkit.jobs import DONE, site_files, watched_generate
from testkit.safe_site import EVALUATED, assert_safe_site
from testkit.settings import locked_offline_settings

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> {{ 7*191 }} {% raw %}'
    ' "><svg onload=alert(1)> javascript:alert(1) </style></title>'
)
ID_FIELDS = frozenset({"id", "section_id", "section_ids", "slug", "page_slug", "file_name"})
LONG = 100_000


def poison(message: Message, state: dict[str, int], top: bool = True) -> None:
    """Make a well-formed answer hostile, in place: markup and template syntax appended to
    every text, traversal in every id, two endless strings, the answer's lists made huge."""
    for field, value in message.ListFields():
        if field.type == FieldDescriptor.TYPE_STRING:
            values = list(value) if field.is_repeated else [value]
            changed = [
                f"../../{v}" if field.name in ID_FIELDS else f"{v} {HOSTILE}" for v in values
            ]
            if state["long"] and field.name not in ID_FIELDS:
                changed[0] += "x" * LONG
                state["long"] -= 1
            if field.is_repeated:
                value[:] = changed
            else:
                setattr(message, field.name, changed[0])
        elif field.type == FieldDescriptor.TYPE_MESSAGE and field.is_repeated:
            for item in list(value):
                poison(item, state, top=False)
            while top and 0 < len(value) < 150:  # far past every list bound
                value.add().CopyFrom(value[len(value) % max(1, len(value) // 2)])
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            poison(value, state, top=False)


class HostileModel:
    """A model gone wrong: the offline rules' answer for each phase, made hostile; images
    alternate between a scripted SVG and a rendered one."""

    name = "hostile"

    def __init__(self) -> None:
        self._rules = OfflineProvider()
        self.images = 0

    async def chat(self, task: ChatTask[Any], time_budget: float) -> Generated[Any]:
        answer = await self._rules.chat(task, time_budget)
        poison(answer.message, {"long": 2})
        return answer

    async def image(self, task: ImageTask, time_budget: float) -> tuple[RenderedImage, Any]:
        self.images += 1
        if self.images % 2:
            svg = (
                b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
                b"<script>alert(1)</script></svg>"
            )
            usage = artifacts_pb2.ModelUsage(provider=self.name, model="rules", attempts=1)
            return RenderedImage(svg, "image/svg+xml", task.width, task.height), usage
        return await self._rules.image(task, time_budget)

    async def aclose(self) -> None:
        return None


async def test_a_hostile_model_still_gives_a_safe_bounded_site(tmp_path: Path) -> None:
    settings = locked_offline_settings(max_images=6, max_pages=4, max_model_text_chars=500)
    model = HostileModel()
    async with locked_farm_of(settings, gateway=Gateway(settings, provider=model)) as farm:
        job, _ = await watched_generate(farm.stub)
        assert job.state in DONE, job.error
        files = await site_files(farm.stub, job.job_id)
    assert_safe_site(files, tmp_path / "site")
    pages = [p for p in files if p.endswith(".html") and p != "404.html"]
    assert 1 <= len(pages) <= settings.max_pages + 1
    images = [n for n in job.nodes if n.phase == "image"]
    assert 1 <= len(images) <= settings.max_images
    for path in pages:
        text = files[path].decode()
        # Markup stripped, script bodies with it ("javascript:alert(1)" may stay, as text).
        assert 'alert("x")' not in text and "onerror" not in text and "<svg onload" not in text
        assert "x" * (settings.max_model_text_chars + 1) not in text, path
        assert EVALUATED not in text and "{{ 7*191 }}" in text  # shown, never evaluated
    for path, content in files.items():
        if path.endswith(".svg"):
            assert b"alert" not in content, path  # scripted SVGs were refused


def test_model_strings_become_plain_text_of_bounded_length() -> None:
    assert strip_markup("Fish & Chips") == "Fish & Chips"
    assert strip_markup("a < b and c > d") == "a < b and c > d"
    assert strip_markup("<script>alert(1)</script>Hi <b>there</b>") == "Hi there"
    assert strip_markup("x <img src=x onerror=alert(1)> y") == "x  y"
    assert strip_markup("{{ 7*191 }} مرحبا 😀") == "{{ 7*191 }} مرحبا 😀"
    copy = artifacts_pb2.SectionCopy(
        heading="<h1>Big</h1>" + "y" * 1000, paragraphs=["<p>one</p>"] * 10
    )
    bounded = bound_message(copy, max_chars=100, max_items=3)
    assert copy.heading == "Big" + "y" * 97 and list(copy.paragraphs) == ["one"] * 3
    assert (bounded.strings_cut, bounded.lists_cut) == (1, 1) and bounded.markup_stripped == 4


def _answer_types() -> set[str]:
    """Every message a phase asks a model for (the ChatTask response types in services/)."""
    found: set[str] = set()
    for source in (ROOT / "services").rglob("*.py"):
        found |= set(re.findall(r"response_type=artifacts_pb2\.(\w+)", source.read_text()))
    return found


def _string_fields(message: Any, seen: set[str]) -> list[str]:
    names: list[str] = []
    if message.full_name in seen:
        return names
    seen.add(message.full_name)
    for field in message.fields:
        if field.type == FieldDescriptor.TYPE_STRING:
            names.append(field.name)
        elif field.message_type is not None:
            names += _string_fields(field.message_type, seen)
    return names


def test_no_model_answer_can_carry_markup_to_a_page() -> None:
    answers = _answer_types()
    assert {"SiteCopy", "PageComposition", "SiteShell", "SeoStrategy"} <= answers
    markup = re.compile(r"(^|_)(html|markup|svg|css|script|js)(_|$)")
    for name in answers:
        fields = _string_fields(getattr(artifacts_pb2, name).DESCRIPTOR, set())
        assert not [f for f in fields if markup.search(f)], name
    # The renderer escapes everything: autoescape on, no template marks text safe, and the one
    # Markup it builds is the JSON-LD it has escaped for a script context itself.
    render = (ROOT / "services/codegen/render.py").read_text()
    assert "autoescape=jinja2.select_autoescape" in render and "default=True" in render
    assert render.count("Markup(") == 1 and "Markup(script_safe_json(" in render
    for template in (ROOT / "services/codegen/templates").rglob("*"):
        if template.is_file():
            text = template.read_text()
            assert "|safe" not in text.replace(" ", ""), template
            assert "autoescape false" not in text, template
    assert sitefarm_pb2.JobState.Name(sitefarm_pb2.JOB_STATE_COMPLETED)
