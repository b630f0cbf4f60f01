"""CodegenService: renders each page and assembles the static site."""

from __future__ import annotations

import grpc
from sitefarm.v1 import artifacts_pb2, phases_pb2, phases_pb2_grpc

from services.codegen import offline, prompts, render
from services.llm.gateway import Gateway
from services.llm.grounding import empty_fact_sections, ground_page_request, ground_site_shell
from services.llm.prompt_rules import facts_block
from services.llm.tasks import ChatTask
from services.runtime.server import Registration, phase_registration, phase_rpc
from services.runtime.settings import Settings


class CodegenServicer(phases_pb2_grpc.CodegenServiceServicer):
    """Answers the page and site phases through the gateway and the renderer."""

    def __init__(self, settings: Settings, gateway: Gateway) -> None:
        self.settings = settings
        self.gateway = gateway

    @phase_rpc
    async def GeneratePage(
        self, request: phases_pb2.GeneratePageRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.GeneratePageResponse:
        # The words this page shows, grounded before it is composed and drawn: whichever
        # provider wrote the copy, SEO and strategy, only the brief's facts reach the page.
        grounded = phases_pb2.GeneratePageRequest()
        grounded.CopyFrom(request)
        ungrounded = ground_page_request(grounded)
        page_copy = next((p for p in grounded.copy.pages if p.slug == grounded.page.slug), None)
        _leave_out(grounded.page, empty_fact_sections(page_copy, grounded.section_plan))
        request = grounded
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
        page = render.render_page(request, composition)
        return phases_pb2.GeneratePageResponse(page=page, usage=result.usage, ungrounded=ungrounded)

    @phase_rpc
    async def AssembleSite(
        self, request: phases_pb2.AssembleSiteRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.AssembleSiteResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="site",
                instructions=prompts.shell(request.brief),
                inputs={"brief": request.brief},
                response_type=artifacts_pb2.SiteShell,
                offline=lambda: offline.site_shell(request),
                reference=facts_block(request.brief),
            )
        )
        shell = result.message
        ungrounded = ground_site_shell(shell, request.brief)
        site = render.assemble_site(request, shell)
        return phases_pb2.AssembleSiteResponse(site=site, usage=result.usage, ungrounded=ungrounded)


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
