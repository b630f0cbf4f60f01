"""LayoutService: the page grid and the arrangement of every section."""

from __future__ import annotations

import grpc
from sitefarm.v1 import artifacts_pb2, phases_pb2, phases_pb2_grpc

from services.layout import offline, prompts
from services.llm.gateway import Gateway
from services.llm.tasks import ChatTask
from services.runtime.server import Registration, phase_registration, phase_rpc
from services.runtime.settings import Settings


class LayoutServicer(phases_pb2_grpc.LayoutServiceServicer):
    """Answers the layout phase through the gateway."""

    def __init__(self, settings: Settings, gateway: Gateway) -> None:
        self.settings = settings
        self.gateway = gateway

    @phase_rpc
    async def GenerateLayout(
        self, request: phases_pb2.GenerateLayoutRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.GenerateLayoutResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="layout",
                instructions=prompts.layout(request.brief),
                inputs={
                    "brief": request.brief,
                    "design_context": request.design_context,
                    "section_plan": request.section_plan,
                },
                response_type=artifacts_pb2.Layout,
                offline=lambda: offline.layout(request),
            )
        )
        layout = result.message
        # Model output is untrusted: keep widths and columns inside what the renderer supports.
        layout.container_width_px = min(max(layout.container_width_px or 1160, 960), 1400)
        for section in layout.sections:
            section.columns = min(max(section.columns, 1), 4)
        return phases_pb2.GenerateLayoutResponse(layout=layout, usage=result.usage)


def registrations(settings: Settings, gateway: Gateway | None = None) -> list[Registration]:
    """The gRPC services this process serves."""
    return [
        phase_registration("LayoutService", LayoutServicer(settings, gateway or Gateway(settings)))
    ]
