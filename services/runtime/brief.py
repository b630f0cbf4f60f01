"""Reads a brief from YAML or JSON into a ProjectConfig, naming the field when it is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from sitefarm.v1 import brief_pb2


class BriefError(ValueError):
    """The brief file cannot be read as a ProjectConfig."""


def parse_brief(document: Any) -> brief_pb2.ProjectConfig:
    """A brief from a mapping; `tone` may be written `warm` as well as `TONE_WARM`."""
    if not isinstance(document, dict):
        raise BriefError("a brief is a mapping of fields, e.g. business_name: ...")
    document = dict(document)
    tone = document.get("tone")
    if isinstance(tone, str) and tone.strip().lower() in ("friendly", "neutral", ""):
        document["tone"] = "TONE_UNSPECIFIED"  # the generators' default voice is friendly
    elif isinstance(tone, str) and not tone.upper().startswith("TONE_"):
        document["tone"] = f"TONE_{tone.strip().upper()}"
    document = _numbers_as_text(document, brief_pb2.ProjectConfig.DESCRIPTOR)
    try:
        return json_format.ParseDict(document, brief_pb2.ProjectConfig())
    except json_format.ParseError as exc:
        raise BriefError(str(exc)) from None


def _numbers_as_text(value: Any, descriptor: Descriptor) -> Any:
    """YAML reads `founded: 1998` or `price: 4.5` as numbers; facts are kept as written, as
    text, so a number under a string field becomes its text."""
    if not isinstance(value, dict):
        return value
    converted = dict(value)
    for key, item in value.items():
        field = descriptor.fields_by_name.get(key) if isinstance(key, str) else None
        if field is None:
            continue
        if field.type == FieldDescriptor.TYPE_STRING:
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                converted[key] = str(item)
            elif isinstance(item, list):
                converted[key] = [
                    str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
                    for v in item
                ]
        elif field.message_type is not None and isinstance(item, list):
            converted[key] = [_numbers_as_text(v, field.message_type) for v in item]
        elif field.message_type is not None:
            converted[key] = _numbers_as_text(item, field.message_type)
    return converted


def load_brief(path: Path) -> brief_pb2.ProjectConfig:
    """A brief from a .yaml, .yml or .json file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BriefError(f"cannot read {path}: {exc.strerror}") from None
    try:
        document = yaml.safe_load(text)  # JSON is YAML too
    except yaml.YAMLError as exc:
        raise BriefError(f"{path}: not YAML or JSON: {exc}") from None
    return parse_brief(document)
