"""PlanningService: sections, pages, images, search metadata and copy."""

from __future__ import annotations

import grpc
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2, phases_pb2_grpc

from services.kit.sectors import load_offline_kit
from services.kit.slugs import safe_slug, unique_slugs
from services.llm.gateway import Gateway
from services.llm.grounding import ground_site_copy
from services.llm.prompt_rules import facts_block
from services.llm.tasks import ChatTask
from services.planning import offline, prompts
from services.runtime.cpu_pool import CpuPool
from services.runtime.server import Registration, phase_registration, phase_rpc
from services.runtime.settings import Settings


class PlanningServicer(phases_pb2_grpc.PlanningServiceServicer):
    """Answers the planning phases through the gateway."""

    def __init__(self, settings: Settings, gateway: Gateway, pool: CpuPool | None = None) -> None:
        self.settings = settings
        self.gateway = gateway
        # The grounding check is CPU work: done in the pool, the loop serves other calls.
        self.pool = pool or CpuPool(settings)
        load_offline_kit()

    @phase_rpc
    async def PlanSections(
        self, request: phases_pb2.PlanSectionsRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.PlanSectionsResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="section_plan",
                instructions=prompts.sections(request.brief, request.placeholders),
                inputs={"brief": request.brief},
                response_type=artifacts_pb2.SectionPlan,
                offline=lambda: offline.section_plan(request),
            )
        )
        plan = result.message
        for section, slug in zip(
            plan.sections, unique_slugs(s.id for s in plan.sections), strict=True
        ):
            section.id = slug
        return phases_pb2.PlanSectionsResponse(section_plan=plan, usage=result.usage)

    @phase_rpc
    async def PlanPages(
        self, request: phases_pb2.PlanPagesRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.PlanPagesResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="page_plan",
                instructions=prompts.pages(request.brief),
                inputs={
                    "brief": request.brief,
                    "design_context": request.design_context,
                    "section_plan": request.section_plan,
                },
                response_type=artifacts_pb2.PagePlan,
                offline=lambda: offline.page_plan(request),
            )
        )
        plan = _checked_page_plan(result.message, request.section_plan, self.settings.max_pages)
        return phases_pb2.PlanPagesResponse(page_plan=plan, usage=result.usage)

    @phase_rpc
    async def PlanImages(
        self, request: phases_pb2.PlanImagesRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.PlanImagesResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="image_plan",
                instructions=prompts.images(request.brief),
                inputs={
                    "brief": request.brief,
                    "layout": request.layout,
                    "page_plan": request.page_plan,
                    "section_plan": request.section_plan,
                },
                response_type=artifacts_pb2.ImagePlan,
                offline=lambda: offline.image_plan(request),
            )
        )
        plan = result.message
        # Images per site are a limit of their own: each one is a paid image call.
        del plan.images[self.settings.max_images :]
        for image, slug in zip(plan.images, unique_slugs(i.id for i in plan.images), strict=True):
            image.id = slug
            # The slugs it points at, as the page and section plans spell them.
            image.page_slug = safe_slug(image.page_slug, fallback="index")
            image.section_id = safe_slug(image.section_id, fallback="")
            image.width = min(max(image.width, 64), 2400)
            image.height = min(max(image.height, 64), 2400)
        return phases_pb2.PlanImagesResponse(image_plan=plan, usage=result.usage)

    @phase_rpc
    async def PlanSeo(
        self, request: phases_pb2.PlanSeoRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.PlanSeoResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="seo",
                instructions=prompts.seo(request.brief),
                inputs={
                    "brief": request.brief,
                    "layout": request.layout,
                    "page_plan": request.page_plan,
                },
                response_type=artifacts_pb2.SeoStrategy,
                offline=lambda: offline.seo(request),
                reference=facts_block(request.brief),
            )
        )
        return phases_pb2.PlanSeoResponse(seo=result.message, usage=result.usage)

    @phase_rpc
    async def WriteCopy(
        self, request: phases_pb2.WriteCopyRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.WriteCopyResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="copy",
                instructions=prompts.copy(request.brief, request.placeholders),
                inputs={
                    "brief": request.brief,
                    "layout": request.layout,
                    "page_plan": request.page_plan,
                    "design_strategy": request.design_strategy,
                    "section_plan": request.section_plan,
                },
                response_type=artifacts_pb2.SiteCopy,
                offline=lambda: offline.site_copy(request),
                reference=facts_block(request.brief),
            )
        )
        # Whichever provider wrote it, only the brief's facts leave this phase.
        copy, ungrounded = await self.pool.run(
            grounded_copy, result.message, request.brief, request.section_plan, request.placeholders
        )
        return phases_pb2.WriteCopyResponse(copy=copy, usage=result.usage, ungrounded=ungrounded)

    @phase_rpc
    async def WritePageCopy(
        self, request: phases_pb2.WritePageCopyRequest, context: grpc.aio.ServicerContext
    ) -> phases_pb2.WritePageCopyResponse:
        result = await self.gateway.chat(
            ChatTask(
                phase="copy",
                instructions=prompts.page_copy(request.brief, request.placeholders),
                inputs={
                    "brief": request.brief,
                    "page": request.page,
                    "layout": request.layout,
                    "design_strategy": request.design_strategy,
                    "section_plan": request.section_plan,
                },
                response_type=artifacts_pb2.SiteCopy,
                offline=lambda: offline.page_copy(request),
                reference=facts_block(request.brief),
            )
        )
        copy, ungrounded = await self.pool.run(
            grounded_copy,
            _own_page(result.message, request.page),
            request.brief,
            request.section_plan,
            request.placeholders,
        )
        return phases_pb2.WritePageCopyResponse(
            copy=copy, usage=result.usage, ungrounded=ungrounded
        )


def grounded_copy(
    copy: artifacts_pb2.SiteCopy,
    brief: brief_pb2.ProjectConfig,
    section_plan: artifacts_pb2.SectionPlan,
    placeholders: bool,
) -> tuple[artifacts_pb2.SiteCopy, list[phases_pb2.GroundingRemoval]]:
    """The copy grounded in place, and what was removed (the copy returned too: a worker
    process grounds its own)."""
    return copy, ground_site_copy(copy, brief, section_plan, placeholders)


def _own_page(
    copy: artifacts_pb2.SiteCopy, page: artifacts_pb2.PlannedPage
) -> artifacts_pb2.SiteCopy:
    """The answer cut to the page asked for, under its slug: a model may name it otherwise
    or write more pages than asked; only the first is this page's."""
    own = artifacts_pb2.SiteCopy(tagline=copy.tagline)
    written = next((p for p in copy.pages if p.slug == page.slug), None)
    if written is None and copy.pages:
        written = copy.pages[0]
    if written is not None:
        own.pages.add().CopyFrom(written)
        own.pages[0].slug = page.slug
    return own


def _checked_page_plan(
    plan: artifacts_pb2.PagePlan, sections: artifacts_pb2.SectionPlan, max_pages: int
) -> artifacts_pb2.PagePlan:
    """A page plan the renderer can trust: home first as 'index', safe unique slugs, known
    sections only, at most max_pages pages besides home (model output is untrusted input)."""
    known = {s.id for s in sections.sections}
    pages = list(plan.pages)[: max_pages + 1]
    if not pages:
        pages = [artifacts_pb2.PlannedPage(slug="index", title="Home", nav_label="Home")]
    home = next((p for p in pages if safe_slug(p.slug) in ("index", "home")), pages[0])
    pages.remove(home)
    checked = artifacts_pb2.PagePlan()
    for page, slug in zip(
        [home, *pages], unique_slugs(["index", *(p.slug for p in pages)]), strict=True
    ):
        copy = checked.pages.add()
        copy.CopyFrom(page)
        copy.slug = slug
        copy.nav_label = copy.nav_label or copy.title or slug
        del copy.section_ids[:]
        # Compared as slugs: a model writing "Hero" or "../hero" for the section "hero" means it.
        wanted = dict.fromkeys(safe_slug(s, fallback="") for s in page.section_ids)
        copy.section_ids.extend(s for s in wanted if s in known)
    return checked


def registrations(settings: Settings, gateway: Gateway | None = None) -> list[Registration]:
    """The gRPC services this process serves."""
    servicer = PlanningServicer(settings, gateway or Gateway(settings))
    return [phase_registration("PlanningService", servicer)]
