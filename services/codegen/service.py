"""CodegenService: renders each page and assembles the static site."""

from __future__ import annotations

import grpc
from sitefarm.v1 import artifacts_pb2, phases_pb2, phases_pb2_grpc

from services.codegen import offline, prompts, render
from services.runtime.gateway import ChatTask, Gateway
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
        page_copy = next((p for p in request.copy.pages if p.slug == request.page.slug), None)
        result = await self.gateway.chat(
            ChatTask(
                phase="page",
                instructions=prompts.PAGE,
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
        return phases_pb2.GeneratePageResponse(page=page, usage=result.usage)

    @phase_rpc
    async def AssembleSite(
        self, request: phases_pb2.AssembleSiteRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.AssembleSiteResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="site",
                instructions=prompts.SHELL,
                inputs={"brief": request.brief},
                response_type=artifacts_pb2.SiteShell,
                offline=lambda: offline.site_shell(request),
            )
        )
        site = render.assemble_site(request, result.message)
        return phases_pb2.AssembleSiteResponse(site=site, usage=result.usage)


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
