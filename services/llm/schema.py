"""Derives the JSON Schema a model must answer in from a proto message's descriptor."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from google.protobuf import descriptor_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

_SCALARS: dict[int, str] = {
    FieldDescriptor.TYPE_STRING: "string",
    FieldDescriptor.TYPE_BOOL: "boolean",
    FieldDescriptor.TYPE_FLOAT: "number",
    FieldDescriptor.TYPE_DOUBLE: "number",
    FieldDescriptor.TYPE_INT32: "integer",
    FieldDescriptor.TYPE_INT64: "integer",
    FieldDescriptor.TYPE_UINT32: "integer",
    FieldDescriptor.TYPE_UINT64: "integer",
    FieldDescriptor.TYPE_SINT32: "integer",
    FieldDescriptor.TYPE_SINT64: "integer",
}

# `make protos` writes this descriptor set with source info, so proto comments become the
# schema's descriptions: the model reads the same documentation engineers do.
_DESCRIPTOR_SET = Path(__file__).resolve().parents[2] / "gen" / "descriptor_set.binpb"


@cache
def _comments() -> dict[str, str]:
    """Leading comments of every message and field, keyed by full name."""
    if not _DESCRIPTOR_SET.exists():
        return {}
    fds = descriptor_pb2.FileDescriptorSet.FromString(_DESCRIPTOR_SET.read_bytes())
    found: dict[str, str] = {}
    for file in fds.file:
        paths = {
            tuple(loc.path): loc.leading_comments.strip()
            for loc in file.source_code_info.location
            if loc.leading_comments
        }
        for m_index, message in enumerate(file.message_type):
            name = f"{file.package}.{message.name}"
            if text := paths.get((4, m_index)):
                found[name] = text
            for f_index, field in enumerate(message.field):
                if text := paths.get((4, m_index, 2, f_index)):
                    found[f"{name}.{field.name}"] = text
    return found


def _field_schema(field: FieldDescriptor, defs: dict[str, Any]) -> dict[str, Any]:
    if field.type == FieldDescriptor.TYPE_MESSAGE and field.message_type is not None:
        item: dict[str, Any] = {"$ref": f"#/$defs/{_define(field.message_type, defs)}"}
    elif field.type == FieldDescriptor.TYPE_ENUM and field.enum_type is not None:
        # The zero value means "not chosen": never a useful answer from a model.
        names = [v.name for v in field.enum_type.values if v.number != 0]
        item = {"type": "string", "enum": names}
    elif field.type in _SCALARS:
        item = {"type": _SCALARS[field.type]}
    else:
        raise TypeError(f"{field.full_name}: type {field.type} has no JSON Schema mapping")
    if field.is_repeated:
        item = {"type": "array", "items": item}
    if description := _comments().get(field.full_name):
        # $ref siblings are not allowed in strict mode; describe the array or scalar only.
        if "$ref" not in item:
            item["description"] = description
    return item


def _define(descriptor: Descriptor, defs: dict[str, Any]) -> str:
    name = descriptor.name
    if name in defs:
        return name
    defs[name] = {}  # reserve first: a recursive message refers to itself
    defs[name] = _object_schema(descriptor, defs)
    return name


def _object_schema(descriptor: Descriptor, defs: dict[str, Any]) -> dict[str, Any]:
    properties = {f.name: _field_schema(f, defs) for f in descriptor.fields}
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        # OpenAI strict mode: every property required, nothing else allowed.
        "required": list(properties),
        "additionalProperties": False,
    }
    if description := _comments().get(descriptor.full_name):
        schema["description"] = description
    return schema


@cache
def _schema_for(descriptor: Descriptor) -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = _object_schema(descriptor, defs)
    if defs:
        root["$defs"] = defs
    return root


def json_schema(message_type: type[Message]) -> dict[str, Any]:
    """The strict JSON Schema of `message_type`, field names as in the proto."""
    return _schema_for(message_type.DESCRIPTOR)
