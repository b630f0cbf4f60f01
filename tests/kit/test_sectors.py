"""Which sector a brief describes, and the design family that sector is drawn in."""

from __future__ import annotations

import pytest
from sitefarm.v1 import brief_pb2

from services.kit.design_families import DESIGN_FAMILIES, GENERIC_FAMILY
from services.kit.sectors import design_family, sector_of
from services.kit.tones import TONE_PROFILES, tone_key


@pytest.mark.parametrize(
    ("industry", "sector", "family"),
    [
        ("Zahnarztpraxis", "dental", "health"),
        ("tea house", "cafe", "food"),
        ("watchmaker", "luxury", "retail"),
        ("language school", "tutoring", "education"),
        ("solicitors", "legal", "legal"),
    ],
)
def test_a_sector_is_drawn_in_its_design_family(industry: str, sector: str, family: str) -> None:
    brief = brief_pb2.ProjectConfig(industry=industry)
    assert sector_of(brief) == sector
    assert design_family(brief).key == family


def test_english_words_no_phrasebook_knows_still_find_a_family() -> None:
    brief = brief_pb2.ProjectConfig(industry="data analytics")
    assert sector_of(brief) == "generic"
    assert design_family(brief).key == "software"


def test_a_brief_nothing_recognises_gets_the_generic_family() -> None:
    brief = brief_pb2.ProjectConfig(business_name="Xyz", industry="xyz", description="Xyz.")
    assert design_family(brief) is GENERIC_FAMILY


def test_every_family_has_a_default_audience_and_offerings() -> None:
    for family in (*DESIGN_FAMILIES, GENERIC_FAMILY):
        assert family.default_audience and family.default_offerings, family.key


def test_every_tone_has_a_profile_and_an_unspecified_tone_reads_as_friendly() -> None:
    for tone in brief_pb2.Tone.values():
        assert tone_key(tone) in TONE_PROFILES
    assert tone_key(brief_pb2.TONE_UNSPECIFIED) == "friendly"
