"""The codegen service of the new graph over real gRPC: a page links its images by the plan
before they exist, the shell is written on its own, the site is assembled with no model call
and relinks images drawn under another type, and the rendering runs off the event loop."""

from __future__ import annotations

import asyncio
import os
import re
import threading
import time
from collections.abc import AsyncIterator

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2, phases_pb2_grpc

from services.runtime.channels import open_channel
from services.runtime.cpu_pool import CpuPool
from services.runtime.settings import Settings
from services.stack import Stack, in_process_stack
from testkit.offline_chain import OfflineSite, run_offline

BRIEF = brief_pb2.ProjectConfig(
    business_name="Fern Dental", description="A calm dental clinic.", pages=["Treatments"]
)
_IMG = re.compile(r'<img[^>]*\ssrc="images/([^"]+)"')


@pytest.fixture(scope="module")
def site() -> OfflineSite:
    return run_offline(BRIEF)


@pytest.fixture
async def codegen(offline_stack: Stack) -> AsyncIterator[phases_pb2_grpc.CodegenServiceStub]:
    channel = open_channel(offline_stack.settings.codegen_address, offline_stack.settings)
    try:
        yield phases_pb2_grpc.CodegenServiceStub(channel)
    finally:
        await channel.close()


def page_request(site: OfflineSite, slug: str = "index") -> phases_pb2.GeneratePageRequest:
    page = next(p for p in site.pages.pages if p.slug == slug)
    own = [i for i in site.images.images if i.page_slug == slug]
    return phases_pb2.GeneratePageRequest(
        brief=BRIEF,
        page=page,
        page_plan=site.pages,
        section_plan=site.sections,
        copy=site.copy,
        layout=site.layout,
        style_system=site.style,
        seo=site.seo,
        design_strategy=site.strategy,
        image_plan=artifacts_pb2.ImagePlan(images=own),
    )


def assemble_request(
    site: OfflineSite,
    pages: list[artifacts_pb2.PageCode],
    images: list[artifacts_pb2.GeneratedImage],
) -> phases_pb2.AssembleSiteRequest:
    return phases_pb2.AssembleSiteRequest(
        brief=BRIEF,
        pages=pages,
        page_plan=site.pages,
        style_system=site.style,
        seo=site.seo,
        layout=site.layout,
        images=images,
        shell=artifacts_pb2.SiteShell(footer_note="Thanks for visiting."),
    )


async def test_a_page_links_the_images_its_plan_names_before_any_exists(
    codegen: phases_pb2_grpc.CodegenServiceStub, site: OfflineSite
) -> None:
    response = await codegen.GeneratePage(page_request(site))
    planned = {i.id for i in site.images.images if i.page_slug == "index"}
    linked = set(_IMG.findall(response.page.html))
    assert planned and linked == {f"{image_id}.svg" for image_id in planned}  # offline: SVG


async def test_the_site_is_assembled_without_a_model_and_relinks_images_drawn_otherwise(
    codegen: phases_pb2_grpc.CodegenServiceStub, site: OfflineSite
) -> None:
    page = (await codegen.GeneratePage(page_request(site))).page
    drawn = next(i for i in site.images.images if i.page_slug == "index")
    png = artifacts_pb2.GeneratedImage(
        id=drawn.id, page_slug="index", file_name=f"{drawn.id}.png", media_type="image/png",
        data=b"\x89PNG\r\n\x1a\n", width=640, height=480,
    )  # fmt: skip
    response = await codegen.AssembleSite(assemble_request(site, [page], [png]))
    assert not response.usage.provider and not response.usage.attempts  # no model was asked
    files = {f.path: f.content for f in response.site.files}
    index = files["index.html"].decode()
    assert f'src="images/{drawn.id}.png"' in index and f"images/{drawn.id}.svg" not in index
    assert files[f"images/{drawn.id}.png"] == png.data


async def test_the_shell_is_written_from_the_brief_and_the_plan_alone(
    codegen: phases_pb2_grpc.CodegenServiceStub, site: OfflineSite
) -> None:
    response = await codegen.GenerateShell(
        phases_pb2.GenerateShellRequest(
            brief=BRIEF, page_plan=site.pages, style_system=site.style, layout=site.layout
        )
    )
    assert response.shell.footer_note and response.shell.not_found_heading
    assert response.usage.provider == "offline"


async def test_pages_render_in_worker_processes_when_the_settings_say_so(
    site: OfflineSite,
) -> None:
    settings = Settings(provider="offline", redis_url=None, cpu_processes=True, cpu_workers=1)
    async with in_process_stack(settings) as stack:
        channel = open_channel(stack.settings.codegen_address, stack.settings)
        try:
            codegen = phases_pb2_grpc.CodegenServiceStub(channel)
            response = await codegen.GeneratePage(page_request(site), timeout=120)
        finally:
            await channel.close()
    assert response.page.html.startswith("<!doctype html>")


def _blocking_render(seconds: float) -> int:
    time.sleep(seconds)  # stands for a long render: it holds its worker, not the loop
    return threading.get_ident()


async def test_the_event_loop_keeps_serving_while_a_render_runs() -> None:
    pool = CpuPool(Settings(cpu_workers=2))
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    ticker = asyncio.create_task(tick())
    try:
        worker = await pool.run(_blocking_render, 0.3)
    finally:
        ticker.cancel()
        pool.close()
    assert worker != threading.get_ident()
    assert ticks >= 10  # the loop ran all along


def _pid() -> int:
    return os.getpid()


async def test_a_process_pool_runs_the_work_in_another_process() -> None:
    pool = CpuPool(Settings(cpu_workers=1, cpu_processes=True))
    try:
        assert await pool.run(_pid) != os.getpid()
    finally:
        pool.close()
