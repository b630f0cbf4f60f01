"""The offline image renderer: small, valid, accessible SVGs in the site's own palette."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.images.offline import FOOD_SCENES, compose, render_image
from services.kit.placeholder import placeholder_image
from testkit.briefs import EDGE_BRIEFS, EXAMPLE_NAMES, example_brief
from testkit.offline_chain import OfflineSite, colors, run_offline

SVG = "{http://www.w3.org/2000/svg}"


def _render_all(site: OfflineSite) -> list[artifacts_pb2.GeneratedImage]:
    return [
        render_image(
            phases_pb2.GenerateImageRequest(brief=site.brief, image=spec, style_system=site.style)
        )
        for spec in site.images.images
    ]


def _assert_valid_svg(image: artifacts_pb2.GeneratedImage, spec: artifacts_pb2.ImageSpec) -> None:
    assert image.media_type == "image/svg+xml"
    assert image.file_name == f"{spec.id}.svg"
    assert len(image.data) < 10_000
    root = ET.fromstring(image.data)
    assert root.tag == f"{SVG}svg"
    title = root.find(f"{SVG}title")
    assert image.alt == spec.alt
    if spec.alt:
        assert root.get("role") == "img"
        assert title is not None and title.text == spec.alt
        assert root.get("aria-labelledby") == title.get("id")
    else:
        # No alt text: decorative, so hidden from assistive technology, not titled.
        assert root.get("aria-hidden") == "true" and title is None
    assert (int(root.get("width", "0")), int(root.get("height", "0"))) == (
        spec.width,
        spec.height,
    )
    assert (image.width, image.height) == (spec.width, spec.height)
    assert (image.id, image.page_slug, image.section_id) == (
        spec.id,
        spec.page_slug,
        spec.section_id,
    )


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_planned_image_renders_as_a_small_valid_svg(name: str) -> None:
    site = run_offline(example_brief(name))
    for spec, image in zip(site.images.images, _render_all(site), strict=True):
        _assert_valid_svg(image, spec)
        assert not image.placeholder


@pytest.mark.parametrize("brief", EDGE_BRIEFS, ids=lambda b: b.business_name[:12])
def test_edge_briefs_render_valid_svgs(brief: brief_pb2.ProjectConfig) -> None:
    site = run_offline(brief)
    for spec, image in zip(site.images.images, _render_all(site), strict=True):
        _assert_valid_svg(image, spec)


def test_images_are_drawn_in_the_style_systems_colours() -> None:
    site = run_offline(example_brief("lawfirm"))
    svg = _render_all(site)[0].data.decode()
    tokens = colors(site.style)
    assert tokens["accent"] in svg and tokens["inverse"] in svg


def test_the_same_spec_renders_the_same_bytes() -> None:
    site = run_offline(example_brief("bakery"))
    assert [i.data for i in _render_all(site)] == [i.data for i in _render_all(site)]


def test_each_image_of_a_site_is_its_own_picture() -> None:
    site = run_offline(example_brief("bakery"))
    data = [i.data for i in _render_all(site)]
    assert len(set(data)) == len(data)


def test_the_examples_get_different_motifs() -> None:
    heroes = {n: _render_all(run_offline(example_brief(n)))[0].data.decode() for n in EXAMPLE_NAMES}
    assert "<pattern" in heroes["devtool"]  # the technical dot grid
    assert " Q" in heroes["bakery"]  # soft organic curves
    assert 'stroke-width="1"' in heroes["lawfirm"]  # the strict grid
    assert "<pattern" not in heroes["bakery"] and "<pattern" not in heroes["lawfirm"]


def test_alt_text_with_markup_characters_is_escaped() -> None:
    spec = artifacts_pb2.ImageSpec(
        id="hero", page_slug="index", section_id="hero", alt='Fish & chips <b>"hot"</b>',
        width=1600, height=900, role=artifacts_pb2.IMAGE_ROLE_HERO, prompt="fish",
    )  # fmt: skip
    image = render_image(phases_pb2.GenerateImageRequest(brief=EDGE_BRIEFS[0], image=spec))
    title = ET.fromstring(image.data).find(f"{SVG}title")
    assert title is not None and title.text == spec.alt


def test_an_empty_style_system_still_renders() -> None:
    spec = artifacts_pb2.ImageSpec(id="g-1", alt="A tile", role=artifacts_pb2.IMAGE_ROLE_GALLERY)
    image = render_image(phases_pb2.GenerateImageRequest(brief=EDGE_BRIEFS[0], image=spec))
    ET.fromstring(image.data)
    assert (image.width, image.height) == (800, 800)


@pytest.mark.parametrize(
    "style",
    [
        None,
        artifacts_pb2.StyleSystem(),
        artifacts_pb2.StyleSystem(colors=[artifacts_pb2.ColorToken(name="primary", hex="zz")]),
    ],
    ids=["none", "empty", "garbage"],
)
def test_placeholder_is_a_marked_valid_svg(style: artifacts_pb2.StyleSystem | None) -> None:
    spec = artifacts_pb2.ImageSpec(
        id="menu-hero", page_slug="menu", section_id="hero", alt="The counter at Crumb & Co.",
        width=1600, height=640, role=artifacts_pb2.IMAGE_ROLE_HERO,
    )  # fmt: skip
    image = placeholder_image(spec, style)
    assert image.placeholder
    _assert_valid_svg(image, spec)


def test_placeholder_uses_the_sites_muted_surface() -> None:
    site = run_offline(example_brief("bakery"))
    image = placeholder_image(site.images.images[0], site.style)
    assert colors(site.style)["surface-alt"] in image.data.decode()


def _scenes_for(brief: brief_pb2.ProjectConfig) -> set[str]:
    """Every scene a brief's hero, feature and gallery images show."""
    roles = [(artifacts_pb2.IMAGE_ROLE_HERO, "hero", 1)]
    roles += [(artifacts_pb2.IMAGE_ROLE_FEATURE, "features", n) for n in range(1, 5)]
    roles += [(artifacts_pb2.IMAGE_ROLE_GALLERY, "gallery", n) for n in range(1, 7)]
    scenes: set[str] = set()
    for role, section, n in roles:
        spec = artifacts_pb2.ImageSpec(
            id=f"index-{section}-{n}", page_slug="index", section_id=section, alt="A picture",
            role=role, width=800, height=600,
        )  # fmt: skip
        scenes.update(compose(phases_pb2.GenerateImageRequest(brief=brief, image=spec)).scenes)
    return scenes


@pytest.mark.parametrize("tone", [brief_pb2.TONE_WARM, brief_pb2.TONE_CALM])
@pytest.mark.parametrize(
    ("name", "industry", "description"),
    [
        ("Praxis Dr. Weber", "dental practice", "A family dentist for check-ups and implants."),
        ("Harbour Clinic", "physiotherapy clinic", "Physiotherapy and sports injury care."),
        ("Friends of the Meadow", "charity", "A charity that plants wildflower meadows."),
    ],
)
def test_a_dental_clinic_or_charity_never_gets_food_pictures(
    name: str, industry: str, description: str, tone: brief_pb2.Tone.ValueType
) -> None:
    brief = brief_pb2.ProjectConfig(
        business_name=name, industry=industry, description=description, tone=tone
    )
    scenes = _scenes_for(brief)
    assert scenes, "the images were drawn"
    assert not scenes & FOOD_SCENES, scenes


def test_a_bakery_still_sets_food_on_the_table() -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="Crumb & Co.", industry="bakery", tone=brief_pb2.TONE_WARM,
        description="A sourdough bakery in Leith.",
    )  # fmt: skip
    assert _scenes_for(brief) & FOOD_SCENES


def test_a_technical_clinic_gets_no_code_windows_or_charts() -> None:
    brief = brief_pb2.ProjectConfig(
        business_name="Precision Dental", industry="dental clinic", tone=brief_pb2.TONE_TECHNICAL,
        description="Digital dentistry with 3D scans.",
    )  # fmt: skip
    assert not any(scene.startswith("term_") for scene in _scenes_for(brief))
