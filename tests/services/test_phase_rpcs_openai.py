"""Every phase RPC through the openai provider: the real SDK on the wire to the fake server."""

from __future__ import annotations

from typing import Any

from sitefarm.v1 import brief_pb2

from services.stack import Stack
from testkit.phase_chain import run_chain


async def test_every_phase_answers_through_the_openai_sdk(
    openai_stack: Stack, fake_openai: Any
) -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="Juniper Yoga",
        description="A small yoga studio with morning and evening classes.",
        tone=brief_pb2.TONE_CALM,
        brand_colors=["#5b8a72"],
        pages=["Classes", "Contact"],
    )
    result = await run_chain(openai_stack, brief)
    assert result.site is not None and any(f.path == "index.html" for f in result.site.files)
    assert all(u.provider == "openai" for u in result.usage.values())
    assert all(u.input_tokens > 0 for u in result.usage.values() if not _is_image(u))
    # Every model-answered artifact travelled as a json_schema request derived from its proto.
    asked = {c.schema for c in fake_openai.calls(endpoint="chat")}
    assert asked == {
        "DesignStrategy", "DesignContext", "SectionPlan", "Layout", "StyleSystem",
        "PagePlan", "ImagePlan", "SeoStrategy", "SiteCopy", "PageComposition", "SiteShell",
    }  # fmt: skip
    image_plan = result.artifacts["image_plan"]
    assert fake_openai.images_generated == len(image_plan.images)  # type: ignore[attr-defined]
    assert fake_openai.stats()["rate_limited"] == 0


def _is_image(usage: Any) -> bool:
    return usage.model.startswith(("gpt-image", "dall-e"))
