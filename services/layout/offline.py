"""The offline layout generator: section arrangements by kind, density, tone and brief."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from sitefarm.v1 import artifacts_pb2, phases_pb2

from services.kit.brief_profile import BriefProfile, profile

Variant: TypeAlias = artifacts_pb2.SectionVariant.ValueType
Kind: TypeAlias = artifacts_pb2.SectionKind.ValueType
Density: TypeAlias = artifacts_pb2.Density.ValueType

V = artifacts_pb2  # short alias for the enum constants in the tables below


@dataclass(frozen=True)
class Arrangement:
    """One way to lay out a section kind: the variant, its columns per density, its weight."""

    variant: Variant
    columns: tuple[int, int, int]  # compact, balanced, airy
    weight: int = 1


# What each kind can look like; the renderer draws any of these, the weights say how often.
ARRANGEMENTS: dict[Kind, tuple[Arrangement, ...]] = {
    V.SECTION_KIND_HERO: (
        Arrangement(V.SECTION_VARIANT_SPLIT, (2, 2, 2), 3),
        Arrangement(V.SECTION_VARIANT_CENTERED, (1, 1, 1), 2),
        Arrangement(V.SECTION_VARIANT_BAND, (1, 1, 1), 1),
    ),
    V.SECTION_KIND_FEATURES: (
        Arrangement(V.SECTION_VARIANT_CARDS, (4, 3, 2), 3),
        Arrangement(V.SECTION_VARIANT_ALTERNATING, (1, 1, 1), 2),
        Arrangement(V.SECTION_VARIANT_LIST, (2, 2, 1), 1),
    ),
    V.SECTION_KIND_ABOUT: (
        Arrangement(V.SECTION_VARIANT_SPLIT, (2, 2, 2), 3),
        Arrangement(V.SECTION_VARIANT_CENTERED, (1, 1, 1), 2),
        Arrangement(V.SECTION_VARIANT_ALTERNATING, (1, 1, 1), 1),
    ),
    V.SECTION_KIND_SERVICES: (
        Arrangement(V.SECTION_VARIANT_CARDS, (3, 3, 2), 3),
        Arrangement(V.SECTION_VARIANT_LIST, (2, 2, 1), 2),
        Arrangement(V.SECTION_VARIANT_ALTERNATING, (1, 1, 1), 1),
    ),
    V.SECTION_KIND_TESTIMONIALS: (
        Arrangement(V.SECTION_VARIANT_CARDS, (3, 3, 2), 2),
        Arrangement(V.SECTION_VARIANT_CENTERED, (1, 1, 1), 2),
        Arrangement(V.SECTION_VARIANT_BAND, (1, 1, 1), 1),
    ),
    V.SECTION_KIND_GALLERY: (
        Arrangement(V.SECTION_VARIANT_CARDS, (4, 3, 3), 3),
        Arrangement(V.SECTION_VARIANT_CARDS, (3, 2, 2), 1),
    ),
    V.SECTION_KIND_PRICING: (
        Arrangement(V.SECTION_VARIANT_CARDS, (3, 3, 3), 3),
        Arrangement(V.SECTION_VARIANT_LIST, (1, 1, 1), 1),
    ),
    V.SECTION_KIND_FAQ: (
        Arrangement(V.SECTION_VARIANT_LIST, (2, 1, 1), 3),
        Arrangement(V.SECTION_VARIANT_SPLIT, (2, 2, 2), 1),
    ),
    V.SECTION_KIND_CTA: (
        Arrangement(V.SECTION_VARIANT_BAND, (1, 1, 1), 3),
        Arrangement(V.SECTION_VARIANT_CENTERED, (1, 1, 1), 2),
        Arrangement(V.SECTION_VARIANT_SPLIT, (2, 2, 2), 1),
    ),
    V.SECTION_KIND_CONTACT: (
        Arrangement(V.SECTION_VARIANT_SPLIT, (2, 2, 2), 3),
        Arrangement(V.SECTION_VARIANT_CARDS, (3, 3, 2), 1),
        Arrangement(V.SECTION_VARIANT_CENTERED, (1, 1, 1), 1),
    ),
    V.SECTION_KIND_TEAM: (
        Arrangement(V.SECTION_VARIANT_CARDS, (4, 3, 3), 3),
        Arrangement(V.SECTION_VARIANT_LIST, (2, 2, 1), 1),
    ),
    V.SECTION_KIND_STATS: (
        Arrangement(V.SECTION_VARIANT_BAND, (4, 4, 3), 2),
        Arrangement(V.SECTION_VARIANT_CARDS, (4, 3, 3), 2),
        Arrangement(V.SECTION_VARIANT_CENTERED, (4, 3, 3), 1),
    ),
    V.SECTION_KIND_TEXT: (
        Arrangement(V.SECTION_VARIANT_CARDS, (3, 3, 2), 2),
        Arrangement(V.SECTION_VARIANT_LIST, (1, 1, 1), 1),
        Arrangement(V.SECTION_VARIANT_CENTERED, (1, 1, 1), 1),
    ),
}

# Variants a tone leans toward: their weight is tripled, so tone sets the overall character
# while the brief hash still varies the details.
TONE_FAVOURS: dict[str, frozenset[Variant]] = {
    "warm": frozenset({V.SECTION_VARIANT_SPLIT, V.SECTION_VARIANT_ALTERNATING}),
    "professional": frozenset({V.SECTION_VARIANT_LIST, V.SECTION_VARIANT_SPLIT}),
    "playful": frozenset({V.SECTION_VARIANT_CARDS, V.SECTION_VARIANT_ALTERNATING}),
    "bold": frozenset({V.SECTION_VARIANT_BAND, V.SECTION_VARIANT_CARDS}),
    "calm": frozenset({V.SECTION_VARIANT_CENTERED, V.SECTION_VARIANT_SPLIT}),
    "luxurious": frozenset({V.SECTION_VARIANT_CENTERED, V.SECTION_VARIANT_ALTERNATING}),
    "technical": frozenset({V.SECTION_VARIANT_CARDS, V.SECTION_VARIANT_SPLIT}),
    "friendly": frozenset({V.SECTION_VARIANT_CARDS, V.SECTION_VARIANT_SPLIT}),
}

_DENSITY_INDEX: dict[Density, int] = {
    V.DENSITY_COMPACT: 0,
    V.DENSITY_BALANCED: 1,
    V.DENSITY_AIRY: 2,
}

CONTAINER_WIDTHS: dict[Density, tuple[int, ...]] = {
    V.DENSITY_COMPACT: (1240, 1280, 1320),
    V.DENSITY_BALANCED: (1120, 1160, 1200),
    V.DENSITY_AIRY: (1000, 1040, 1080),
}


def choose_arrangement(
    p: BriefProfile, section_id: str, kind: Kind, avoid: Variant | None
) -> Arrangement:
    """A weighted, brief-seeded pick among the kind's arrangements, avoiding a repeat of the
    previous section's variant when the kind offers anything else."""
    options = ARRANGEMENTS.get(kind, ARRANGEMENTS[V.SECTION_KIND_TEXT])
    fresh = [a for a in options if a.variant != avoid] or list(options)
    favoured = TONE_FAVOURS.get(p.tone.key, frozenset())
    weights = [a.weight * (3 if a.variant in favoured else 1) for a in fresh]
    point = p.unit(f"layout:{section_id}") * sum(weights)
    for arrangement, weight in zip(fresh, weights, strict=True):
        point -= weight
        if point < 0:
            return arrangement
    return fresh[-1]


def layout(req: phases_pb2.GenerateLayoutRequest) -> artifacts_pb2.Layout:
    """One SectionLayout per planned section, a header style by tone, a width by density."""
    p = profile(req.brief)
    density = req.design_context.density or p.tone.density
    column_index = _DENSITY_INDEX.get(density, 1)
    sections: list[artifacts_pb2.SectionLayout] = []
    previous: Variant | None = None
    for spec in req.section_plan.sections:
        kind = spec.kind or V.SECTION_KIND_TEXT
        arrangement = choose_arrangement(p, spec.id, kind, previous)
        sections.append(
            artifacts_pb2.SectionLayout(
                section_id=spec.id,
                variant=arrangement.variant,
                columns=arrangement.columns[column_index],
            )
        )
        previous = arrangement.variant
    return artifacts_pb2.Layout(
        header_style=p.tone.header_style,
        container_width_px=p.pick(
            "container", CONTAINER_WIDTHS.get(density, CONTAINER_WIDTHS[V.DENSITY_BALANCED])
        ),
        sections=sections,
    )
