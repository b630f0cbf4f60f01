"""ImageService: renders one planned image."""

from __future__ import annotations

import grpc
from sitefarm.v1 import artifacts_pb2, phases_pb2, phases_pb2_grpc

from services.images import offline, prompts
from services.images.decoding import checked_image
from services.llm.gateway import Gateway
from services.llm.tasks import ImageTask, RenderedImage
from services.runtime.server import Registration, phase_registration, phase_rpc
from services.runtime.settings import Settings

_EXTENSIONS = {
    "image/png": "png",
    "image/svg+xml": "svg",
    "image/jpeg": "jpg",
    "image/webp": "webp",
}


class ImageServicer(phases_pb2_grpc.ImageServiceServicer):
    """Answers the image phase through the gateway."""

    def __init__(self, settings: Settings, gateway: Gateway) -> None:
        self.settings = settings
        self.gateway = gateway

    @phase_rpc
    async def GenerateImage(
        self, request: phases_pb2.GenerateImageRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.GenerateImageResponse:
        spec = request.image

        def render_offline() -> RenderedImage:
            image = offline.render_image(request)
            return RenderedImage(image.data, image.media_type, image.width, image.height)

        answered, usage = await self.gateway.image(
            ImageTask(
                phase="image",
                prompt=prompts.image_prompt(request),
                width=spec.width,
                height=spec.height,
                offline=render_offline,
            )
        )
        settings = self.settings
        # Decoded within bounds whichever provider drew it: its size is the decoded one.
        rendered = checked_image(
            answered,
            max_bytes=settings.max_image_bytes,
            max_pixels=settings.max_image_pixels,
            max_input_bytes=settings.max_provider_answer_mb * 1024 * 1024,
        )
        image = artifacts_pb2.GeneratedImage(
            id=spec.id,
            page_slug=spec.page_slug,
            section_id=spec.section_id,
            file_name=f"{spec.id}.{_EXTENSIONS.get(rendered.media_type, 'png')}",
            media_type=rendered.media_type,
            data=rendered.data,
            width=rendered.width,
            height=rendered.height,
            alt=spec.alt,
        )
        return phases_pb2.GenerateImageResponse(image=image, usage=usage)


def registrations(settings: Settings, gateway: Gateway | None = None) -> list[Registration]:
    """The gRPC services this process serves."""
    return [
        phase_registration("ImageService", ImageServicer(settings, gateway or Gateway(settings)))
    ]
