"""What the image phase asks of the image model."""

from sitefarm.v1 import phases_pb2

from services.llm.prompt_rules import site_language


def image_prompt(request: phases_pb2.GenerateImageRequest) -> str:
    """The image model's prompt: the planned subject, in the brand's palette, no text."""
    colors = ", ".join(
        c.hex for c in request.style_system.colors if c.name in ("primary", "accent")
    )
    return (
        f"{request.image.prompt}. For the website of {request.brief.business_name}, "
        f"{request.brief.industry or 'a business'}, written in {site_language(request.brief)}. "
        f"Palette around {colors or 'natural tones'}. "
        "Photographic quality, no text or lettering in any script, no logos, no watermarks."
    )
