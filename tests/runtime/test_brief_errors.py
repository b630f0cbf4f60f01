"""A brief that cannot be read says, for each field, where it is, what was given and what is
allowed: in a YAML file, in the CLI, and over the API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
from google.rpc import error_details_pb2
from sitefarm.v1 import brief_pb2, sitefarm_pb2
from typer.testing import CliRunner

from orchestrator.cli import app
from orchestrator.settings import OrchestratorSettings
from orchestrator.status import status_details
from services.runtime.brief import BriefError, load_brief, parse_brief
from testkit.briefs import BRIEF
from testkit.farm import Farm, farm_of

TONES = "friendly (the default), warm, professional, playful, bold, calm, luxurious, technical"
BAD_YAML = """\
business_name: Crumb & Co.
description: A bakery.
admin: true
tone: evil
pages: Menu
offerings:
  - name: Sourdough
    prise: 4.50
"""


def problems_of(document: dict[str, object]) -> dict[str, str]:
    with pytest.raises(BriefError) as caught:
        parse_brief(document)
    return {p.field: p.description for p in caught.value.problems}


def test_every_bad_field_of_a_yaml_brief_is_named_with_what_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text(BAD_YAML, encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(path)
    problems = {p.field: p.description for p in caught.value.problems}
    assert set(problems) == {"brief.admin", "brief.tone", "brief.pages", "brief.offerings[0].prise"}
    assert problems["brief.admin"].startswith("no such field; a brief has business_name, ")
    assert problems["brief.tone"] == f"'evil' is not a tone; one of {TONES}"
    assert problems["brief.pages"] == "a list of texts expected, got 'Menu'"
    assert problems["brief.offerings[0].prise"] == (
        "no such field; did you mean price? Offering has name, description, price"
    )
    assert "Message type" not in str(caught.value)  # not protobuf's own words


def test_a_value_of_the_wrong_kind_says_what_was_expected() -> None:
    problems = problems_of(
        {
            "business_name": ["Crumb"],
            "team": "Ada",
            "testimonials": [{"quote": {"text": "Great"}}],
            "brand_colors": [True],
        }
    )
    assert problems == {
        "brief.business_name": "text expected, got a list",
        "brief.team": "a list of mappings of name, role, bio expected, got 'Ada'",
        "brief.testimonials[0].quote": "text expected, got a mapping",
        "brief.brand_colors[0]": "text expected, got true (yes/no)",
    }


@pytest.mark.parametrize("tone", ["warm", "WARM", "TONE_WARM", "Warm "])
def test_a_tone_may_be_written_as_a_person_writes_it(tone: str) -> None:
    brief = parse_brief({"business_name": "Crumb", "tone": tone})
    assert brief.tone == brief_pb2.TONE_WARM


def test_numbers_empty_values_and_json_names_still_read() -> None:
    brief = parse_brief(
        {"businessName": "Crumb", "founded": 1998, "tone": "friendly", "audience": None}
    )
    assert (brief.business_name, brief.founded, brief.tone) == ("Crumb", "1998", 0)


def test_the_cli_prints_each_bad_field_of_the_file_on_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text(BAD_YAML, encoding="utf-8")
    result = CliRunner().invoke(app, ["generate", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert [line.split(":")[1].strip() for line in lines] == [
        "brief.admin",
        "brief.tone",
        "brief.pages",
        "brief.offerings[0].prise",
    ]
    assert "Traceback" not in result.output


@pytest.fixture
async def offline_farm() -> AsyncIterator[Farm]:
    async with farm_of(OrchestratorSettings(provider="offline", redis_url=None)) as (farm,):
        yield farm


async def test_an_api_call_with_an_unknown_tone_is_told_the_valid_tones(
    offline_farm: Farm,
) -> None:
    brief = brief_pb2.ProjectConfig()
    brief.CopyFrom(BRIEF)
    brief.tone = 42  # type: ignore[assignment]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await offline_farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=brief))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    (details,) = status_details(caught.value, error_details_pb2.BadRequest)
    violations = {v.field: v.description for v in details.field_violations}
    assert violations == {"brief.tone": f"unknown tone 42; one of {TONES}"}
