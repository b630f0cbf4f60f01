"""Reads a brief from YAML or JSON into a ProjectConfig, naming the field when it is wrong."""

from __future__ import annotations

import codecs
import difflib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor
from sitefarm.v1 import brief_pb2

from services.runtime.errors import FieldViolation


class BriefError(ValueError):
    """The brief file cannot be read as a ProjectConfig; `problems` names each bad field, what
    was given and what is allowed, when the fields are what is wrong."""

    def __init__(self, message: str, problems: Sequence[FieldViolation] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


# The generators' default voice: what a brief without a tone gets, and may also say.
_DEFAULT_TONES = ("friendly", "neutral", "")
_MAX_PROBLEMS = 20
_GIVEN_CHARS = 40


def tone_choices() -> str:
    """The tones a brief may name, as a person writes them."""
    names = [n.removeprefix("TONE_").lower() for n in brief_pb2.Tone.keys()]
    return ", ".join(["friendly (the default)", *(n for n in names if n != "unspecified")])


def parse_brief(document: Any) -> brief_pb2.ProjectConfig:
    """A brief from a mapping; `tone` may be written `warm` as well as `TONE_WARM`.

    Raises BriefError naming every field that is unknown or of the wrong kind, with what was
    given and what is allowed (the fields of its message, the valid tones)."""
    if not isinstance(document, dict):
        raise BriefError("a brief is a mapping of fields, e.g. business_name: ...")
    document = _numbers_as_text(dict(document), brief_pb2.ProjectConfig.DESCRIPTOR)
    if problems := document_problems(document, brief_pb2.ProjectConfig.DESCRIPTOR, "brief"):
        problems = problems[:_MAX_PROBLEMS]
        raise BriefError("; ".join(f"{p.field}: {p.description}" for p in problems), problems)
    tone = document.get("tone")
    if isinstance(tone, str) and tone.strip().lower() in ("friendly", "neutral", ""):
        document["tone"] = "TONE_UNSPECIFIED"  # the generators' default voice is friendly
    elif isinstance(tone, str) and not tone.upper().startswith("TONE_"):
        document["tone"] = f"TONE_{tone.strip().upper()}"
    try:
        return json_format.ParseDict(document, brief_pb2.ProjectConfig())
    except json_format.ParseError as exc:
        raise BriefError(str(exc)) from None


def document_problems(
    value: dict[Any, Any], descriptor: Descriptor, at: str
) -> list[FieldViolation]:
    """Every field of a brief document (or a part of it at `at`) that json_format would refuse,
    said the way a person fixes it: the field path, what was given, what is allowed."""
    problems: list[FieldViolation] = []
    for key, item in value.items():
        path = f"{at}.{key}"
        field = _field(descriptor, key)
        if field is None:
            problems.append(FieldViolation(path, _unknown_field(key, descriptor)))
        elif item is None:
            continue  # YAML's empty value: the field is left out
        elif field.is_repeated:
            if not isinstance(item, list):
                expected = f"a list of {_kinds(field)}"
                problems.append(FieldViolation(path, f"{expected} expected, got {_given(item)}"))
                continue
            for i, element in enumerate(item):
                problems += _value_problems(element, field, f"{path}[{i}]")
        else:
            problems += _value_problems(item, field, path)
    return problems


def _field(descriptor: Descriptor, key: Any) -> FieldDescriptor | None:
    """The field `key` names, by its proto name or its JSON (lowerCamel) name."""
    if not isinstance(key, str):
        return None
    by_json = {f.json_name: f for f in descriptor.fields}
    return descriptor.fields_by_name.get(key) or by_json.get(key)


def _unknown_field(key: Any, descriptor: Descriptor) -> str:
    names = [f.name for f in descriptor.fields]
    close = difflib.get_close_matches(str(key), names, n=1, cutoff=0.75)
    hint = f"did you mean {close[0]}? " if close else ""
    owner = "a brief" if descriptor is brief_pb2.ProjectConfig.DESCRIPTOR else descriptor.name
    return f"no such field; {hint}{owner} has {', '.join(names)}"


def _value_problems(item: Any, field: FieldDescriptor, path: str) -> list[FieldViolation]:
    if field.message_type is not None:
        if not isinstance(item, dict):
            expected = f"a mapping of {', '.join(f.name for f in field.message_type.fields)}"
            return [FieldViolation(path, f"{expected} expected, got {_given(item)}")]
        return document_problems(item, field.message_type, path)
    if field.enum_type is not None:
        if _enum_value(item, field.enum_type) is None:
            choices = tone_choices() if field.enum_type is brief_pb2.Tone.DESCRIPTOR else ""
            choices = choices or ", ".join(v.name for v in field.enum_type.values)
            return [FieldViolation(path, f"{_given(item)} is not a {field.name}; one of {choices}")]
        return []
    if field.type == FieldDescriptor.TYPE_STRING and not isinstance(item, str):
        return [FieldViolation(path, f"text expected, got {_given(item)}")]
    return []


def _enum_value(item: Any, enum: EnumDescriptor) -> int | None:
    """The number of the enum value `item` names (as written in a brief), None if none."""
    if isinstance(item, int) and not isinstance(item, bool):
        return item if item in enum.values_by_number else None
    if not isinstance(item, str):
        return None
    name = item.strip()
    if enum is brief_pb2.Tone.DESCRIPTOR and name.lower() in _DEFAULT_TONES:
        return brief_pb2.TONE_UNSPECIFIED
    prefix = enum.values[0].name.rsplit("_", 1)[0] + "_"  # TONE_ of TONE_UNSPECIFIED
    for candidate in (name.upper(), prefix + name.upper()):
        if candidate in enum.values_by_name:
            return enum.values_by_name[candidate].number
    return None


def _kinds(field: FieldDescriptor) -> str:
    """What each item of a repeated field is, in the plural."""
    if field.message_type is not None:
        return f"mappings of {', '.join(f.name for f in field.message_type.fields)}"
    if field.enum_type is not None:
        return f"{field.name} names"
    return "texts" if field.type == FieldDescriptor.TYPE_STRING else "values"


def _given(item: Any) -> str:
    """What was written, shortly: text quoted, or the kind of value."""
    if isinstance(item, str):
        text = item if len(item) <= _GIVEN_CHARS else item[: _GIVEN_CHARS - 1] + "…"
        return repr(text)
    if isinstance(item, bool):
        return f"{str(item).lower()} (yes/no)"
    if isinstance(item, int | float):
        return f"the number {item}"
    if isinstance(item, dict):
        return "a mapping"
    if isinstance(item, list):
        return "a list"
    return type(item).__name__


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
        problems = [FieldViolation(p.field[:200], _bounded(p.description)) for p in error.problems]
        raise BriefError(_bounded(str(error)), problems) from None


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
