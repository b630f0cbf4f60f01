"""Model answers are untrusted input: every string plain text of bounded length, every list
bounded, before any phase reads them.

The renderer escapes all text it writes and never takes markup from a message (no artifact a
model answers has an HTML field), so stripping markup here is the second wall, not the first:
whatever HTML a model slips into a heading or a paragraph reaches no page as markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import nh3
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message


@dataclass
class Bounded:
    """What bounding changed in one answer."""

    strings_cut: int = 0
    lists_cut: int = 0
    markup_stripped: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.strings_cut or self.lists_cut or self.markup_stripped)


def strip_markup(text: str) -> str:
    """`text` with any HTML removed (tags dropped, script and style bodies with them) and
    entities decoded, whitespace kept: a model's words made safe for an escaping renderer (the
    offline writer's `services.kit` `plain_text` cleans brief text for its own phrases)."""
    if "<" not in text:
        return text
    # No tag is allowed: nh3 keeps only the text, escaped; unescaping gives it back plain.
    return html.unescape(nh3.clean(text, tags=set(), attributes={}, strip_comments=True))


def bound_message(message: Message, max_chars: int, max_items: int) -> Bounded:
    """Cut, in place, every string of `message` to `max_chars`, every repeated field to
    `max_items`, and strip markup from every string; says what it changed."""
    report = Bounded()
    _bound(message, max_chars, max_items, report)
    return report


def _clean(text: str, max_chars: int, report: Bounded) -> str:
    cleaned = strip_markup(text)
    if cleaned != text:
        report.markup_stripped += 1
    if len(cleaned) > max_chars:
        report.strings_cut += 1
        cleaned = cleaned[:max_chars]
    return cleaned


def _bound(message: Message, max_chars: int, max_items: int, report: Bounded) -> None:
    for field, value in message.ListFields():
        is_map = field.message_type is not None and field.message_type.GetOptions().map_entry
        if is_map:
            _bound_map(field, value, max_chars, max_items, report)
        elif field.is_repeated:
            if len(value) > max_items:
                report.lists_cut += 1
                del value[max_items:]
            if field.type == FieldDescriptor.TYPE_STRING:
                value[:] = [_clean(item, max_chars, report) for item in value]
            elif field.type == FieldDescriptor.TYPE_MESSAGE:
                for item in value:
                    _bound(item, max_chars, max_items, report)
        elif field.type == FieldDescriptor.TYPE_STRING:
            setattr(message, field.name, _clean(value, max_chars, report))
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            _bound(value, max_chars, max_items, report)


def _bound_map(
    field: FieldDescriptor, value: object, max_chars: int, max_items: int, report: Bounded
) -> None:
    entries = value  # a map container: keys and values by item
    keys = list(entries)  # type: ignore[call-overload]
    if len(keys) > max_items:
        report.lists_cut += 1
        for key in keys[max_items:]:
            del entries[key]  # type: ignore[attr-defined]
    value_field = field.message_type.fields_by_name["value"]  # type: ignore[union-attr]
    for key in list(entries):  # type: ignore[call-overload]
        if value_field.type == FieldDescriptor.TYPE_STRING:
            entries[key] = _clean(entries[key], max_chars, report)  # type: ignore[index]
        elif value_field.type == FieldDescriptor.TYPE_MESSAGE:
            _bound(entries[key], max_chars, max_items, report)  # type: ignore[index]
