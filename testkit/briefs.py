"""Briefs to test with: the example briefs in examples/, a small bakery, and edge cases."""

from __future__ import annotations

from pathlib import Path

from sitefarm.v1 import brief_pb2

from services.runtime.brief import load_brief

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# The three examples a new user tries first, one per tone family.
EXAMPLE_NAMES = ("bakery", "lawfirm", "devtool")


def example_brief(name: str) -> brief_pb2.ProjectConfig:
    """examples/<name>.yaml as a ProjectConfig."""
    return load_brief(EXAMPLES / f"{name}.yaml")


def example_paths() -> list[Path]:
    """Every example brief: examples/*.yaml, then examples/briefs/*.yaml."""
    return [*sorted(EXAMPLES.glob("*.yaml")), *sorted((EXAMPLES / "briefs").glob("*.yaml"))]


# A small bakery with contact details: what most farm tests send.
BRIEF = brief_pb2.ProjectConfig(
    business_name="Crumb & Co.",
    description="A family-run sourdough bakery in Leith.",
    audience="Families and early risers.",
    tone=brief_pb2.TONE_WARM,
    industry="bakery",
    brand_colors=["#c8743a", "#3b2a20"],
    pages=["Menu", "Visit"],
    phone="+44 131 555 0142",
    contact_email="hello@crumbandco.example",
    site_url="https://crumbandco.example",
)

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
