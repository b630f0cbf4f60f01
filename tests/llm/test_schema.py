"""The JSON Schema handed to the model is derived from the proto and fits OpenAI strict mode."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from google.protobuf import json_format
from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2

from services.llm.schema import json_schema

MODEL_ANSWERS = [
    artifacts_pb2.DesignStrategy,
    artifacts_pb2.DesignContext,
    artifacts_pb2.SectionPlan,
    artifacts_pb2.Layout,
    artifacts_pb2.StyleSystem,
    artifacts_pb2.PagePlan,
    artifacts_pb2.ImagePlan,
    artifacts_pb2.SeoStrategy,
    artifacts_pb2.SiteCopy,
    artifacts_pb2.PageComposition,
    artifacts_pb2.SiteShell,
]


def _objects(schema: dict[str, Any]) -> list[dict[str, Any]]:
    found = [schema] if schema.get("type") == "object" else []
    found += [o for d in schema.get("$defs", {}).values() for o in _objects(d)]
    return found


@pytest.mark.parametrize("message_type", MODEL_ANSWERS, ids=lambda m: m.DESCRIPTOR.name)
def test_every_object_is_strict(message_type: type[Message]) -> None:
    schema = json_schema(message_type)
    jsonschema.Draft202012Validator.check_schema(schema)
    for obj in _objects(schema):
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])


def test_schema_follows_the_proto_fields_enums_and_comments() -> None:
    schema = json_schema(artifacts_pb2.Layout)
    assert list(schema["properties"]) == [f.name for f in artifacts_pb2.Layout.DESCRIPTOR.fields]
    variant = schema["$defs"]["SectionLayout"]["properties"]["variant"]
    assert "SECTION_VARIANT_SPLIT" in variant["enum"]
    assert "SECTION_VARIANT_UNSPECIFIED" not in variant["enum"]
    # Proto comments travel as descriptions, so the model reads the field documentation.
    assert "960 to 1400" in schema["properties"]["container_width_px"]["description"]


def test_a_message_round_trips_through_its_schema() -> None:
    layout = artifacts_pb2.Layout(
        header_style=artifacts_pb2.HEADER_STYLE_CENTERED,
        container_width_px=1200,
        sections=[artifacts_pb2.SectionLayout(section_id="hero", variant=2, columns=1)],
    )
    document = json_format.MessageToDict(
        layout, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )
    jsonschema.validate(document, json_schema(artifacts_pb2.Layout))
    assert json_format.ParseDict(document, artifacts_pb2.Layout()) == layout
