"""The model path writes in the brief's language and states only the brief's facts: real gRPC,
the real openai SDK against the fake server, the orchestrator's API where a job is needed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from google.protobuf import json_format
from google.rpc import error_details_pb2
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from sitefarm.v1 import (
    artifacts_pb2,
    brief_pb2,
    phases_pb2,
    phases_pb2_grpc,
    sitefarm_pb2,
    sitefarm_pb2_grpc,
)

from orchestrator.settings import OrchestratorSettings
from orchestrator.status import status_details
from services.runtime import telemetry
from services.runtime.channels import open_channel
from services.stack import Stack
from testkit.fake_openai import FakeOpenAI
from testkit.farm import farm_of
from testkit.jobs import DONE
from testkit.schemas import SCHEMA_OF_PHASE
from testkit.settings import fake_settings

K = artifacts_pb2.SectionKind

# A bakery that states no testimonials, team, prices or figures.
BARE = brief_pb2.ProjectConfig(
    business_name="Crumb and Co",
    description="A family-run sourdough bakery in Leith.",
    tone=brief_pb2.TONE_WARM,
    industry="bakery",
    brand_colors=["#c8743a"],
    phone="+44 131 555 0142",
    contact_email="hello@crumbandco.example",
    language="en-GB",
)
# The same bakery stating each kind of fact.
STATED = brief_pb2.ProjectConfig()
STATED.CopyFrom(BARE)
STATED.offerings.add(name="Sourdough loaf", description="Slow and crusty.", price="EUR 4.50")
STATED.team.add(name="Anna Keller", role="Head baker")
STATED.testimonials.add(quote="The best bread in Edinburgh, hands down.", attribution="Marta Leith")
STATED.figures.add(value="1,200", label="loaves a week")
STATED.founded = "1998"

SECTIONS = {
    "sections": [
        {"id": "hero", "kind": "SECTION_KIND_HERO", "purpose": "Welcome"},
        {"id": "voices", "kind": "SECTION_KIND_TESTIMONIALS", "purpose": "Trust"},
        {"id": "people", "kind": "SECTION_KIND_TEAM", "purpose": "Faces"},
        {"id": "menu", "kind": "SECTION_KIND_SERVICES", "purpose": "What we bake"},
        {"id": "numbers", "kind": "SECTION_KIND_STATS", "purpose": "Proof"},
    ]
}
PAGES = {
    "pages": [
        {
            "slug": "index",
            "title": "Home",
            "nav_label": "Home",
            "purpose": "Welcome",
            "section_ids": ["hero", "voices", "people", "menu", "numbers"],
        }
    ]
}


def site_copy(
    quote: str, attribution: str, member: str, price: str, figure: str, since: str
) -> dict[str, Any]:
    """A copy answer stating the given facts, in the fields a model would put them."""
    copy = artifacts_pb2.SiteCopy(
        tagline=f"Baking in Leith since {since}.",
        pages=[
            artifacts_pb2.PageCopy(
                slug="index",
                sections=[
                    artifacts_pb2.SectionCopy(
                        section_id="hero",
                        heading="Proper bread every morning",
                        paragraphs=["Naturally leavened loaves from Leith."],
                    ),
                    artifacts_pb2.SectionCopy(
                        section_id="voices",
                        heading="Kind words from the queue",
                        items=[artifacts_pb2.CopyItem(title=attribution, text=quote)],
                    ),
                    artifacts_pb2.SectionCopy(
                        section_id="people",
                        heading="The bakers",
                        items=[artifacts_pb2.CopyItem(title=member, meta="Head baker")],
                    ),
                    artifacts_pb2.SectionCopy(
                        section_id="menu",
                        heading="From the oven",
                        items=[
                            artifacts_pb2.CopyItem(
                                title="Sourdough loaf", text="Slow and crusty.", meta=price
                            )
                        ],
                    ),
                    artifacts_pb2.SectionCopy(
                        section_id="numbers",
                        heading="Proof in numbers",
                        items=[artifacts_pb2.CopyItem(title=figure, meta="loaves a week")],
                    ),
                ],
            )
        ],
    )
    return json_format.MessageToDict(copy, preserving_proto_field_name=True)


INVENTED = site_copy(
    quote="Every Saturday starts with their cardamom buns.",
    attribution="Isla Brennan",
    member="Dev Patel",
    price="GBP 3.20",
    figure="2,400",
    since="2015",
)
INVENTED_FACTS = {
    ("FACT_KIND_DATE", "2015"),
    ("FACT_KIND_QUOTE", "Every Saturday starts with their cardamom buns."),
    ("FACT_KIND_NAME", "Isla Brennan"),
    ("FACT_KIND_NAME", "Dev Patel"),
    ("FACT_KIND_PRICE", "GBP 3.20"),
    ("FACT_KIND_NUMBER", "2,400"),
}
INVENTED_WORDS = ("2015", "cardamom", "Isla Brennan", "Dev Patel", "3.20", "2,400")
AS_STATED = site_copy(
    quote="The best bread in Edinburgh, hands down.",
    attribution="Marta Leith",
    member="Anna Keller",
    price="EUR 4.50",
    figure="1,200",
    since="1998",
)


def script(fake: FakeOpenAI, copy: dict[str, Any]) -> None:
    fake.set_answer("SectionPlan", SECTIONS)
    fake.set_answer("PagePlan", PAGES)
    fake.set_answer("SiteCopy", copy)


def facts_of(removals: Any) -> set[tuple[str, str]]:
    return {(phases_pb2.FactKind.Name(r.kind), r.text) for r in removals}


async def write_copy(stack: Stack, brief: brief_pb2.ProjectConfig, placeholders: bool) -> Any:
    """WriteCopy over gRPC with the scripted section and page plans as its inputs."""
    settings = stack.settings
    channel = open_channel(settings.planning_address, settings)
    try:
        planning = phases_pb2_grpc.PlanningServiceStub(channel)
        request = phases_pb2.WriteCopyRequest(
            brief=brief,
            layout=artifacts_pb2.Layout(),
            page_plan=json_format.ParseDict(PAGES, artifacts_pb2.PagePlan()),
            design_strategy=artifacts_pb2.DesignStrategy(),
            section_plan=json_format.ParseDict(SECTIONS, artifacts_pb2.SectionPlan()),
            placeholders=placeholders,
        )
        return await planning.WriteCopy(request)
    finally:
        await channel.close()


async def run_job(
    stub: sitefarm_pb2_grpc.SiteFarmStub, brief: brief_pb2.ProjectConfig, placeholders: bool
) -> tuple[sitefarm_pb2.Job, list[sitefarm_pb2.JobEvent], dict[str, str]]:
    """A whole job through Generate: its end, its events and its HTML pages."""
    options = sitefarm_pb2.JobOptions(placeholders=placeholders)
    request = sitefarm_pb2.GenerateRequest(brief=brief, options=options)
    events = [event async for event in stub.Generate(request, timeout=60)]
    job_id = events[-1].job_id
    job = (await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=job_id))).job
    files: dict[str, bytearray] = {}
    if job.state in DONE:
        async for chunk in stub.DownloadSite(sitefarm_pb2.DownloadSiteRequest(job_id=job_id)):
            files.setdefault(chunk.path, bytearray()).extend(chunk.chunk)
    pages = {path: bytes(data).decode() for path, data in files.items() if path.endswith(".html")}
    return job, events, pages


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    """The orchestrator's spans, kept in memory (no global tracer provider is installed)."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setattr(telemetry, "_tracer", provider.get_tracer("test"))
    yield exporter
    provider.shutdown()


# --- language -------------------------------------------------------------------------------------


async def test_a_japanese_brief_names_japanese_in_every_request_to_the_model(
    fake_openai: FakeOpenAI,
) -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="茶房みどり",
        description="京都の小さな茶房です。抹茶と和菓子をお出しします。",
        industry="tea house",
        pages=["お品書き", "アクセス"],
        language="ja",
    )
    async with farm_of(fake_settings(fake_openai)) as (farm,):
        job, _, pages = await run_job(farm.stub, brief, placeholders=False)
    assert job.state in DONE, job.error
    assert all('lang="ja"' in html for html in pages.values())
    received = fake_openai.received()
    asked = {r.schema for r in received if r.endpoint == "chat"}
    assert asked == set(SCHEMA_OF_PHASE.values())
    assert any(r.endpoint == "images" for r in received)
    missing = [r.schema or r.endpoint for r in received if "Japanese (ja)" not in r.text]
    assert missing == []


async def test_the_offline_provider_refuses_japanese_before_any_phase_runs() -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="茶房みどり", description="京都の小さな茶房です。", language="ja"
    )
    settings = OrchestratorSettings(provider="offline", redis_url=None)
    async with farm_of(settings) as (farm,):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=brief))
        listed = await farm.stub.ListJobs(sitefarm_pb2.ListJobsRequest())
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    (details,) = status_details(caught.value, error_details_pb2.BadRequest)
    (violation,) = details.field_violations
    assert violation.field == "brief.language"
    assert "Japanese (ja)" in violation.description
    assert "German" in violation.description and "SITEFARM_PROVIDER=openai" in violation.description
    assert not listed.jobs


# --- facts ----------------------------------------------------------------------------------------


async def test_invented_testimonials_team_prices_and_figures_leave_the_copy(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    script(fake_openai, INVENTED)
    response = await write_copy(openai_stack, BARE, placeholders=False)
    assert facts_of(response.ungrounded) == INVENTED_FACTS
    assert not any(r.marked for r in response.ungrounded)
    written = json_format.MessageToJson(response.copy)
    assert not [word for word in INVENTED_WORDS if word in written]
    sections = {s.section_id: s for s in response.copy.pages[0].sections}
    assert not sections["voices"].items and not sections["people"].items
    assert not sections["numbers"].items
    assert [(i.title, i.meta) for i in sections["menu"].items] == [("Sourdough loaf", "")]
    # What the model was told: the language, the rule and the brief's facts, apart.
    (asked,) = fake_openai.received(schema="SiteCopy")
    assert "English (United Kingdom) (en-GB)" in asked.text
    assert "may appear only when the brief's facts state it" in asked.text
    assert "Not stated, so the site shows none of these: " in asked.text
    assert "testimonials or quotes; opening hours; figures or statistics" in asked.text
    for request in ("quotes with names", "plans with prices", "people with roles"):
        assert request not in asked.text


async def test_with_placeholders_invented_facts_are_kept_marked(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    script(fake_openai, INVENTED)
    response = await write_copy(openai_stack, BARE, placeholders=True)
    marked = {(phases_pb2.FactKind.Name(r.kind), r.text) for r in response.ungrounded if r.marked}
    # Items are marked; only the tagline's sentence, outside any item, is still removed.
    assert marked == INVENTED_FACTS - {("FACT_KIND_DATE", "2015")}
    assert response.copy.tagline == ""
    sections = {s.section_id: s for s in response.copy.pages[0].sections}
    for section_id, shown in (("voices", "Isla Brennan"), ("people", "Dev Patel")):
        (item,) = sections[section_id].items
        assert item.placeholder and item.title == shown
    (price,) = sections["menu"].items
    assert price.placeholder and price.meta == "GBP 3.20"
    (figure,) = sections["numbers"].items
    assert figure.placeholder and figure.title == "2,400"
    (asked,) = fake_openai.received(schema="SiteCopy")
    assert "set placeholder to true" in asked.text


async def test_facts_the_brief_states_are_all_kept(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    script(fake_openai, AS_STATED)
    response = await write_copy(openai_stack, STATED, placeholders=False)
    assert list(response.ungrounded) == []
    assert response.copy == json_format.ParseDict(AS_STATED, artifacts_pb2.SiteCopy())
    (asked,) = fake_openai.received(schema="SiteCopy")
    for fact in ("Anna Keller", "EUR 4.50", "The best bread in Edinburgh", "1,200", "1998"):
        assert fact in asked.text


async def test_a_job_reports_each_removal_as_an_event_and_on_the_copy_span(
    fake_openai: FakeOpenAI, spans: InMemorySpanExporter
) -> None:
    script(fake_openai, INVENTED)
    async with farm_of(fake_settings(fake_openai)) as (farm,):
        job, events, pages = await run_job(farm.stub, BARE, placeholders=False)
        _, again, _ = await run_job(farm.stub, BARE, placeholders=False)
    assert job.state in DONE, job.error
    # A repeated job reuses the copy's checkpoint, and its report with it.
    (reused,) = [e for e in again if e.kind == sitefarm_pb2.EVENT_KIND_NODE_GROUNDED]
    assert reused.node.cached and facts_of(reused.ungrounded) == INVENTED_FACTS
    grounded = [e for e in events if e.kind == sitefarm_pb2.EVENT_KIND_NODE_GROUNDED]
    assert [e.node.node for e in grounded] == ["copy[index]"]  # the one page's copy
    (event,) = grounded
    assert facts_of(event.ungrounded) == INVENTED_FACTS
    assert "removed facts the brief does not state" in event.message
    finished = next(
        e
        for e in events
        if e.kind == sitefarm_pb2.EVENT_KIND_NODE_FINISHED and e.node.node == "copy[index]"
    )
    assert event.sequence < finished.sequence
    html = pages["index.html"]
    assert not [word for word in INVENTED_WORDS if word in html]
    # Sections left without their facts are left off the page.
    assert "Kind words from the queue" not in html and "The bakers" not in html
    assert "Sourdough loaf" in html
    copy_spans = [s for s in spans.get_finished_spans() if s.name == "copy[index]"]
    assert len(copy_spans) == 2  # one per job, the cached one included
    span_events = [e for s in copy_spans for e in s.events if e.name == "grounding"]
    assert len(span_events) == 2
    attributes = dict(span_events[0].attributes or {})
    assert attributes["sitefarm.grounding.count"] == len(INVENTED_FACTS)
    assert set(attributes["sitefarm.grounding.kinds"]) == {  # type: ignore[arg-type]
        "date",
        "name",
        "number",
        "price",
        "quote",
    }


async def test_a_job_stating_its_facts_shows_them_all_and_removes_nothing(
    fake_openai: FakeOpenAI,
) -> None:
    script(fake_openai, AS_STATED)
    async with farm_of(fake_settings(fake_openai)) as (farm,):
        job, events, pages = await run_job(farm.stub, STATED, placeholders=False)
    assert job.state in DONE, job.error
    assert not [e for e in events if e.kind == sitefarm_pb2.EVENT_KIND_NODE_GROUNDED]
    html = pages["index.html"]
    for fact in ("Marta Leith", "Anna Keller", "EUR 4.50", "1,200", "1998"):
        assert fact in html, fact
    assert "The best bread in Edinburgh, hands down." in html
