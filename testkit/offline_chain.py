"""The offline phase chain run in-process: every planning and design artifact of one brief,
without a server, for the offline generator tests and the benchmark's plan."""

from __future__ import annotations

from dataclasses import dataclass

from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.design import offline as design
from services.layout import offline as layout_offline
from services.planning import offline as planning


@dataclass(frozen=True)
class OfflineSite:
    """Every planning and design artifact the offline provider makes for one brief."""

    brief: brief_pb2.ProjectConfig
    strategy: artifacts_pb2.DesignStrategy
    context: artifacts_pb2.DesignContext
    style: artifacts_pb2.StyleSystem
    sections: artifacts_pb2.SectionPlan
    layout: artifacts_pb2.Layout
    pages: artifacts_pb2.PagePlan
    images: artifacts_pb2.ImagePlan
    seo: artifacts_pb2.SeoStrategy
    copy: artifacts_pb2.SiteCopy


def run_offline(brief: brief_pb2.ProjectConfig, placeholders: bool = False) -> OfflineSite:
    """The offline generators in dependency order, each fed what its phase needs."""
    strategy = design.design_strategy(phases_pb2.GenerateDesignStrategyRequest(brief=brief))
    context = design.design_context(phases_pb2.GenerateDesignContextRequest(brief=brief))
    style = design.style_system(
        phases_pb2.GenerateStyleSystemRequest(
            brief=brief, design_context=context, design_strategy=strategy
        )
    )
    sections = planning.section_plan(
        phases_pb2.PlanSectionsRequest(brief=brief, placeholders=placeholders)
    )
    layout = layout_offline.layout(
        phases_pb2.GenerateLayoutRequest(brief=brief, design_context=context, section_plan=sections)
    )
    pages = planning.page_plan(
        phases_pb2.PlanPagesRequest(brief=brief, design_context=context, section_plan=sections)
    )
    images = planning.image_plan(
        phases_pb2.PlanImagesRequest(
            brief=brief, layout=layout, page_plan=pages, section_plan=sections
        )
    )
    seo = planning.seo(phases_pb2.PlanSeoRequest(brief=brief, layout=layout, page_plan=pages))
    copy = planning.site_copy(
        phases_pb2.WriteCopyRequest(
            brief=brief,
            layout=layout,
            page_plan=pages,
            design_strategy=strategy,
            section_plan=sections,
            placeholders=placeholders,
        )
    )
    return OfflineSite(brief, strategy, context, style, sections, layout, pages, images, seo, copy)


def colors(style: artifacts_pb2.StyleSystem) -> dict[str, str]:
    """The style's colour tokens by name."""
    return {token.name: token.hex for token in style.colors}
