"""Reads a brief from YAML or JSON into a ProjectConfig, naming the field when it is wrong."""

from __future__ import annotations

import codecs
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
    """A brief from a .yaml, .yml or .json file: read within bounds (size, encoding, nesting,
    aliases), so no file makes the loader crash, hang or fill memory."""
    document = read_brief_document(path)
    try:
        return parse_brief(document)
    except BriefError as error:
        raise BriefError(_bounded(str(error))) from None


# A brief is a few KB of a few hundred values, nested three deep; these are far past that.
MAX_BRIEF_FILE_BYTES = 256 * 1024
MAX_BRIEF_DEPTH = 16
MAX_BRIEF_VALUES = 10_000  # values of the document, an alias counted as all it stands for
_MAX_ERROR_CHARS = 400


def read_brief_document(path: Path) -> Any:
    """The brief file's document (JSON is YAML too), loaded by a bounded safe loader."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BRIEF_FILE_BYTES + 1)
    except OSError as exc:
        raise BriefError(f"cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_BRIEF_FILE_BYTES:
        limit = MAX_BRIEF_FILE_BYTES // 1024
        raise BriefError(f"{path}: larger than {limit} KB; a brief is a few KB")
    text = _brief_text(data, path)
    try:
        loader = _BoundedLoader(text)  # its reader already refuses unprintable characters
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except BriefError:
        raise
    # A constructor's own refusals too: an integer of 5,000 digits is a ValueError.
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        raise BriefError(_bounded(f"{path}: not YAML or JSON: {exc}")) from None


# Byte order marks, the longest first (UTF-32's little-endian mark starts like UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _brief_text(data: bytes, path: Path) -> str:
    """The file's text: UTF-8, or UTF-16 or UTF-32 by their byte order mark or, without one,
    by where the zero bytes of the first character fall (as YAML 1.2 detects them)."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        data = data.removeprefix(next(bom for bom, name in _BOMS if name == encoding))
    elif data[:3] == b"\0\0\0" or data[1:4] == b"\0\0\0":
        encoding = "utf-32-be" if data[:1] == b"\0" else "utf-32-le"
    elif data[:1] == b"\0" or data[1:2] == b"\0":
        encoding = "utf-16-be" if data[:1] == b"\0" else "utf-16-le"
    try:
        return data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise BriefError(
            f"{path}: not {encoding or 'UTF-8'} text (byte 0x{data[exc.start]:02x} at line "
            f"{line}, column {column}); save the brief as UTF-8"
        ) from None


_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader (plain data only) that refuses a document nested deeper than
    MAX_BRIEF_DEPTH, holding more than MAX_BRIEF_VALUES values once its aliases are expanded
    (a "billion laughs" bomb is a few hundred bytes), or an alias inside its own anchor."""

    # Dates stay text as written (`founded: 1998-05-01`): a brief's facts are shown as given.
    yaml_implicit_resolvers = {  # noqa: RUF012  (PyYAML reads it from the class)
        first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._values = 0
        self._expanded: dict[int, int] = {}  # a finished node (by id) -> values it holds

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            node = super().compose_node(parent, index)
            if id(node) not in self._expanded:
                raise BriefError("brief: an alias (*name) refers to a value that contains it")
            self._count(self._expanded[id(node)])
            return node
        self._depth += 1
        if self._depth > MAX_BRIEF_DEPTH:
            raise BriefError(f"brief: nested more than {MAX_BRIEF_DEPTH} levels deep")
        before = self._values
        self._count(1)
        node = super().compose_node(parent, index)
        self._depth -= 1
        self._expanded[id(node)] = self._values - before
        return node

    def _count(self, values: int) -> None:
        self._values += values
        if self._values > MAX_BRIEF_VALUES:
            raise BriefError(
                f"brief: more than {MAX_BRIEF_VALUES} values once its aliases (*name) are "
                "expanded; a brief holds a few hundred"
            )


def _bounded(message: str) -> str:
    """An error message cut to a readable length: it may quote the document."""
    return message if len(message) <= _MAX_ERROR_CHARS else message[:_MAX_ERROR_CHARS] + "…"
