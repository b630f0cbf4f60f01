"""CodegenService: renders each page, writes the site's shell beside them, and assembles the
static site in code."""

from __future__ import annotations

import re
from collections.abc import Iterable

import grpc
from sitefarm.v1 import artifacts_pb2, phases_pb2, phases_pb2_grpc

from services.codegen import offline, prompts, render
from services.kit.drawing import image_size
from services.kit.sectors import load_offline_kit
from services.llm.gateway import Gateway
from services.llm.grounding import empty_fact_sections, ground_page_request, ground_site_shell
from services.llm.prompt_rules import facts_block
from services.llm.tasks import ChatTask
from services.runtime.cpu_pool import CpuPool
from services.runtime.server import Registration, phase_registration, phase_rpc
from services.runtime.settings import Settings

# What the image service draws: SVG offline, PNG through a model. A page links by this before
# its image exists; the assembly relinks any that came out otherwise (a placeholder, say).
_PLANNED_MEDIA_TYPES = {"offline": ("image/svg+xml", "svg"), "openai": ("image/png", "png")}


class CodegenServicer(phases_pb2_grpc.CodegenServiceServicer):
    """Answers the page, shell and site phases: the model through the gateway, the rendering
    in a CPU pool so one page's drawing never holds up another's call."""

    def __init__(self, settings: Settings, gateway: Gateway, pool: CpuPool | None = None) -> None:
        self.settings = settings
        self.gateway = gateway
        self.pool = pool or CpuPool(settings, warm=_ready)
        load_offline_kit()

    @phase_rpc
    async def GeneratePage(
        self, request: phases_pb2.GeneratePageRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.GeneratePageResponse:
        # The words this page shows, grounded before it is composed and drawn: whichever
        # provider wrote the copy, SEO and strategy, only the brief's facts reach the page.
        request, ungrounded = await self.pool.run(grounded_page_request, request)
        if not request.images:
            request.images.extend(planned_images(request.image_plan, self.settings.provider))
        page_copy = next((p for p in request.copy.pages if p.slug == request.page.slug), None)
        result = await self.gateway.chat(
            ChatTask(
                phase="page",
                instructions=prompts.page(request.brief),
                inputs={
                    "page": request.page,
                    "section_plan": request.section_plan,
                    "layout": request.layout,
                    "page_copy": page_copy or artifacts_pb2.PageCopy(),
                },
                response_type=artifacts_pb2.PageComposition,
                offline=lambda: offline.page_composition(request),
            )
        )
        composition = _checked_composition(result.message, request.page)
        page = await self.pool.run(render.render_page, request, composition)
        return phases_pb2.GeneratePageResponse(page=page, usage=result.usage, ungrounded=ungrounded)

    @phase_rpc
    async def GenerateShell(
        self, request: phases_pb2.GenerateShellRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.GenerateShellResponse:
        # The offline shell reads the brief (and the site name, which the brief also gives).
        offline_request = phases_pb2.AssembleSiteRequest(brief=request.brief)
        result = await self.gateway.chat(
            ChatTask(
                phase="shell",
                instructions=prompts.shell(request.brief),
                inputs={
                    "brief": request.brief,
                    "page_plan": request.page_plan,
                    "layout": request.layout,
                    "style_system": request.style_system,
                },
                response_type=artifacts_pb2.SiteShell,
                offline=lambda: offline.site_shell(offline_request),
                reference=facts_block(request.brief),
            )
        )
        shell = result.message
        ungrounded = ground_site_shell(shell, request.brief)
        return phases_pb2.GenerateShellResponse(
            shell=shell, usage=result.usage, ungrounded=ungrounded
        )

    @phase_rpc
    async def AssembleSite(
        self, request: phases_pb2.AssembleSiteRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.AssembleSiteResponse:
        site = await self.pool.run(assembled_site, request)
        return phases_pb2.AssembleSiteResponse(site=site)


# --- the CPU work, module functions so a process pool can run them ---------------------------


def grounded_page_request(
    request: phases_pb2.GeneratePageRequest,
) -> tuple[phases_pb2.GeneratePageRequest, list[phases_pb2.GroundingRemoval]]:
    """The request, in place, with the page's words grounded and its factless sections left
    out, and what the grounding removed (returned too: a worker process works on a copy)."""
    ungrounded = ground_page_request(request)
    page_copy = next((p for p in request.copy.pages if p.slug == request.page.slug), None)
    _leave_out(request.page, empty_fact_sections(page_copy, request.section_plan))
    return request, ungrounded


def assembled_site(request: phases_pb2.AssembleSiteRequest) -> artifacts_pb2.SiteBundle:
    """Every file of the site from the pages, the shell and the images: no model call."""
    _link_drawn_images(request.pages, request.images)  # the request is this call's own
    return render.assemble_site(request, request.shell)


def planned_images(
    plan: artifacts_pb2.ImagePlan, provider: str
) -> list[artifacts_pb2.GeneratedImage]:
    """What a page links to before its images exist: the plan's names, sizes and alt texts."""
    media_type, extension = _PLANNED_MEDIA_TYPES.get(provider, _PLANNED_MEDIA_TYPES["openai"])
    images = []
    for spec in plan.images:
        width, height = image_size(spec)
        images.append(
            artifacts_pb2.GeneratedImage(
                id=spec.id,
                page_slug=spec.page_slug,
                section_id=spec.section_id,
                file_name=f"{spec.id}.{extension}",
                media_type=media_type,
                width=width,
                height=height,
                alt=" ".join(spec.alt.split()),
            )
        )
    return images


def _link_drawn_images(
    pages: Iterable[artifacts_pb2.PageCode], images: Iterable[artifacts_pb2.GeneratedImage]
) -> None:
    """Point each page's image links at the files as drawn: a page linked hero.png by the plan,
    the image may have come out hero.svg."""
    drawn: dict[str, str] = {}
    for image in images:
        name = render.image_file_name(image)
        stem = name.rsplit(".", 1)[0]
        for extension in render.IMAGE_EXTENSIONS:
            if (planned := f"{stem}.{extension}") != name:
                drawn[f'"{render.IMAGE_DIR}/{planned}"'] = f'"{render.IMAGE_DIR}/{name}"'
    if not drawn:
        return
    links = re.compile("|".join(map(re.escape, drawn)))
    for page in pages:
        page.html = links.sub(lambda match: drawn[match.group(0)], page.html)


def _ready() -> None:
    """A worker process that runs it has imported the renderer and loaded the kit."""
    load_offline_kit()


def _leave_out(page: artifacts_pb2.PlannedPage, section_ids: set[str]) -> None:
    """Take sections whose facts the brief lacks off the page, unless nothing would be left."""
    kept = [s for s in page.section_ids if s not in section_ids]
    if kept and len(kept) < len(page.section_ids):
        page.section_ids[:] = kept


def _checked_composition(
    composition: artifacts_pb2.PageComposition, page: artifacts_pb2.PlannedPage
) -> artifacts_pb2.PageComposition:
    """Only the page's own sections, each once; any the model forgot, appended plainly."""
    wanted = list(dict.fromkeys(page.section_ids))
    checked = artifacts_pb2.PageComposition()
    placed = set()
    for section in composition.sections:
        if section.section_id in wanted and section.section_id not in placed:
            checked.sections.add().CopyFrom(section)
            placed.add(section.section_id)
    for section_id in wanted:
        if section_id not in placed:
            checked.sections.add(
                section_id=section_id, background=artifacts_pb2.SECTION_BACKGROUND_PLAIN
            )
    return checked


def registrations(settings: Settings, gateway: Gateway | None = None) -> list[Registration]:
    """The gRPC services this process serves."""
    servicer = CodegenServicer(settings, gateway or Gateway(settings))
    return [phase_registration("CodegenService", servicer)]
