"""Calls every phase RPC in dependency order over real gRPC, the way a client would: the
whole-site copy and the per-page copy both, each page on its copy and its image specs."""

from __future__ import annotations

from dataclasses import dataclass, field

import grpc
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2, phases_pb2_grpc

from services.runtime.channels import open_channel
from services.stack import Stack


@dataclass
class ChainResult:
    """Every artifact of one run, and each phase's usage."""

    artifacts: dict[str, object] = field(default_factory=dict)
    usage: dict[str, artifacts_pb2.ModelUsage] = field(default_factory=dict)
    site: artifacts_pb2.SiteBundle | None = None


async def run_chain(stack: Stack, brief: brief_pb2.ProjectConfig) -> ChainResult:
    """Every RPC of every service, each fed the artifacts it needs."""
    s = stack.settings
    channels = {name: open_channel(getattr(s, f"{name}_address"), s) for name in stack.servers}
    try:
        design = phases_pb2_grpc.DesignServiceStub(channels["design"])
        layout_stub = phases_pb2_grpc.LayoutServiceStub(channels["layout"])
        planning = phases_pb2_grpc.PlanningServiceStub(channels["planning"])
        images = phases_pb2_grpc.ImageServiceStub(channels["images"])
        codegen = phases_pb2_grpc.CodegenServiceStub(channels["codegen"])
        out = ChainResult()

        def keep(name: str, response: grpc.aio.Call, artifact: object) -> None:
            out.artifacts[name] = artifact
            out.usage[name] = response.usage  # type: ignore[attr-defined]

        r = await design.GenerateDesignStrategy(
            phases_pb2.GenerateDesignStrategyRequest(brief=brief)
        )
        keep("design_strategy", r, strategy := r.design_strategy)
        r = await design.GenerateDesignContext(phases_pb2.GenerateDesignContextRequest(brief=brief))
        keep("design_context", r, context := r.design_context)
        r = await planning.PlanSections(phases_pb2.PlanSectionsRequest(brief=brief))
        keep("section_plan", r, sections := r.section_plan)
        r = await layout_stub.GenerateLayout(
            phases_pb2.GenerateLayoutRequest(
                brief=brief, design_context=context, section_plan=sections
            )
        )
        keep("layout", r, layout := r.layout)
        r = await design.GenerateStyleSystem(
            phases_pb2.GenerateStyleSystemRequest(
                brief=brief, design_context=context, design_strategy=strategy
            )
        )
        keep("style_system", r, style := r.style_system)
        r = await planning.PlanPages(
            phases_pb2.PlanPagesRequest(brief=brief, design_context=context, section_plan=sections)
        )
        keep("page_plan", r, pages := r.page_plan)
        r = await planning.PlanImages(
            phases_pb2.PlanImagesRequest(
                brief=brief, layout=layout, page_plan=pages, section_plan=sections
            )
        )
        keep("image_plan", r, image_plan := r.image_plan)
        r = await planning.PlanSeo(
            phases_pb2.PlanSeoRequest(brief=brief, layout=layout, page_plan=pages)
        )
        keep("seo", r, seo := r.seo)
        r = await planning.WriteCopy(
            phases_pb2.WriteCopyRequest(
                brief=brief,
                layout=layout,
                page_plan=pages,
                design_strategy=strategy,
                section_plan=sections,
            )
        )
        keep("copy", r, r.copy)
        copies: dict[str, artifacts_pb2.SiteCopy] = {}
        for page in pages.pages:
            r = await planning.WritePageCopy(
                phases_pb2.WritePageCopyRequest(
                    brief=brief,
                    page=page,
                    layout=layout,
                    design_strategy=strategy,
                    section_plan=sections,
                )
            )
            keep(f"copy[{page.slug}]", r, copies.setdefault(page.slug, r.copy))
        generated = []
        for spec in image_plan.images:
            r = await images.GenerateImage(
                phases_pb2.GenerateImageRequest(brief=brief, image=spec, style_system=style)
            )
            keep(f"image[{spec.id}]", r, r.image)
            generated.append(r.image)
        rendered = []
        for page in pages.pages:
            own_images = [i for i in image_plan.images if i.page_slug == page.slug]
            r = await codegen.GeneratePage(
                phases_pb2.GeneratePageRequest(
                    brief=brief,
                    page=page,
                    page_plan=pages,
                    section_plan=sections,
                    copy=copies[page.slug],
                    layout=layout,
                    style_system=style,
                    seo=seo,
                    image_plan=artifacts_pb2.ImagePlan(images=own_images),
                    design_strategy=strategy,
                )
            )
            keep(f"page[{page.slug}]", r, r.page)
            rendered.append(r.page)
        r = await codegen.GenerateShell(
            phases_pb2.GenerateShellRequest(
                brief=brief, page_plan=pages, style_system=style, layout=layout
            )
        )
        keep("shell", r, shell := r.shell)
        r = await codegen.AssembleSite(
            phases_pb2.AssembleSiteRequest(
                brief=brief,
                pages=rendered,
                page_plan=pages,
                style_system=style,
                seo=seo,
                images=generated,
                layout=layout,
                shell=shell,
            )
        )
        out.artifacts["site"] = out.site = r.site  # assembled in code: no model, no usage
        return out
    finally:
        for channel in channels.values():
            await channel.close()
