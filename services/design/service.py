"""DesignService: design strategy, design context and the style system."""

from __future__ import annotations

import grpc
from sitefarm.v1 import artifacts_pb2, phases_pb2, phases_pb2_grpc

from services.design import offline, prompts
from services.kit import palette
from services.llm.gateway import Gateway
from services.llm.prompt_rules import facts_block
from services.llm.tasks import ChatTask
from services.runtime.server import Registration, phase_registration, phase_rpc
from services.runtime.settings import Settings


class DesignServicer(phases_pb2_grpc.DesignServiceServicer):
    """Answers the design phases through the gateway."""

    def __init__(self, settings: Settings, gateway: Gateway) -> None:
        self.settings = settings
        self.gateway = gateway

    @phase_rpc
    async def GenerateDesignStrategy(
        self, request: phases_pb2.GenerateDesignStrategyRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.GenerateDesignStrategyResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="design_strategy",
                instructions=prompts.design_strategy(request.brief),
                inputs={"brief": request.brief},
                response_type=artifacts_pb2.DesignStrategy,
                offline=lambda: offline.design_strategy(request),
                reference=facts_block(request.brief),
            )
        )
        return phases_pb2.GenerateDesignStrategyResponse(
            design_strategy=result.message, usage=result.usage
        )

    @phase_rpc
    async def GenerateDesignContext(
        self, request: phases_pb2.GenerateDesignContextRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.GenerateDesignContextResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="design_context",
                instructions=prompts.design_context(request.brief),
                inputs={"brief": request.brief},
                response_type=artifacts_pb2.DesignContext,
                offline=lambda: offline.design_context(request),
            )
        )
        return phases_pb2.GenerateDesignContextResponse(
            design_context=result.message, usage=result.usage
        )

    @phase_rpc
    async def GenerateStyleSystem(
        self, request: phases_pb2.GenerateStyleSystemRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.GenerateStyleSystemResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="style_system",
                instructions=prompts.style_system(request.brief),
                inputs={
                    "brief": request.brief,
                    "design_context": request.design_context,
                    "design_strategy": request.design_strategy,
                },
                response_type=artifacts_pb2.StyleSystem,
                offline=lambda: offline.style_system(request),
            )
        )
        # Model or rules, the tokens leave here only once every text pair reaches WCAG AA.
        style = palette.ensure_contrast(result.message)
        return phases_pb2.GenerateStyleSystemResponse(style_system=style, usage=result.usage)


def registrations(settings: Settings, gateway: Gateway | None = None) -> list[Registration]:
    """The gRPC services this process serves."""
    servicer = DesignServicer(settings, gateway or Gateway(settings))
    return [phase_registration("DesignService", servicer)]
