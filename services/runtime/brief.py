"""Reads a brief from YAML or JSON into a ProjectConfig, naming the field when it is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from google.protobuf import json_format
from sitefarm.v1 import brief_pb2


class BriefError(ValueError):
    """The brief file cannot be read as a ProjectConfig."""


def parse_brief(document: Any) -> brief_pb2.ProjectConfig:
    """A brief from a mapping; `tone` may be written `warm` as well as `TONE_WARM`."""
    if not isinstance(document, dict):
        raise BriefError("a brief is a mapping of fields, e.g. business_name: ...")
    document = dict(document)
    tone = document.get("tone")
    if isinstance(tone, str) and not tone.upper().startswith("TONE_"):
        document["tone"] = f"TONE_{tone.strip().upper()}"
    try:
        return json_format.ParseDict(document, brief_pb2.ProjectConfig())
    except json_format.ParseError as exc:
        raise BriefError(str(exc)) from None


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
