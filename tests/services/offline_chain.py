"""Example briefs and the offline phase chain run in-process, for the offline generator tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.design import offline as design
from services.layout import offline as layout_offline
from services.planning import offline as planning
from services.runtime.brief import load_brief

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE_NAMES = ("bakery", "lawfirm", "devtool")


def example_brief(name: str) -> brief_pb2.ProjectConfig:
    """examples/<name>.yaml as a ProjectConfig."""
    return load_brief(EXAMPLES / f"{name}.yaml")


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


# Briefs that poke at the edges: no colours, odd pages, every tone, sparse fields.
EDGE_BRIEFS: tuple[brief_pb2.ProjectConfig, ...] = (
    brief_pb2.ProjectConfig(business_name="Solo", description="We help."),
    brief_pb2.ProjectConfig(
        business_name="Über Café",
        description="Ein Café in Berlin.",
        industry="cafe",
        tone=brief_pb2.TONE_PLAYFUL,
        pages=["Über uns", "FAQ & Help", "About", "about", "Home", "   ", "Speisekarte!!"],
        brand_colors=["not-a-colour", "#ABC"],
        language="de",
    ),
    brief_pb2.ProjectConfig(
        business_name="Northwind Accountants",
        description="Bookkeeping, payroll and tax returns for small businesses.",
        industry="accounting",
        tone=brief_pb2.TONE_CALM,
        pages=[
            "Pricing",
            "Team",
            "Gallery",
            "Careers",
            "Events",
            "A very long page title that goes on and on",
        ],
        location="Leeds, England",
    ),
    brief_pb2.ProjectConfig(
        business_name="Maison Lumière",
        description="A boutique hotel with twelve rooms, a spa and a rooftop bar.",
        industry="hotel",
        tone=brief_pb2.TONE_LUXURIOUS,
        brand_colors=["#111111"],
        location="Lyon, France",
    ),
    brief_pb2.ProjectConfig(
        business_name="Ironworks <script>alert(1)</script> Gym",
        description="A strength gym with <b>coached</b> classes, open gym and nutrition help.",
        industry="gym",
        tone=brief_pb2.TONE_BOLD,
        pages=["Classes", "Memberships", "Contact"],
        brand_colors=["#ff0000", "#ffff00", "#000000"],
    ),
    brief_pb2.ProjectConfig(
        business_name="Pixel & Pine",
        description="A design studio for brand identity, websites and packaging.",
        industry="design studio",
        tone=brief_pb2.TONE_TECHNICAL,
        pages=["Work", "Studio", "Contact"],
        brand_colors=["#ffffff"],
    ),
)
