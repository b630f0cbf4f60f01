"""Model answers are untrusted input: read within a size bound, parsed within a depth bound,
every string plain text of bounded length and every list bounded before any phase reads them.

The renderer escapes all text it writes and never takes markup from a message (no artifact a
model answers has an HTML field), so stripping markup here is the second wall, not the first:
whatever HTML a model slips into a heading or a paragraph reaches no page as markup.
"""

from __future__ import annotations

import html
import json
import re
import time
from collections.abc import AsyncIterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

import nh3
from google.protobuf import json_format
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from services.runtime.errors import ProviderError
from services.runtime.printable import printable

try:  # the HTTP client the openai SDK is built on: httpx2 from openai 3 on, httpx before
    import httpx2 as http
except ImportError:  # pragma: no cover
    import httpx as http  # type: ignore[no-redef]

M = TypeVar("M", bound=Message)


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


# --- reading and parsing an answer, bounded -------------------------------------------------


class AnswerTooLargeError(ProviderError):
    """The provider's answer is larger than this process reads: refused while it arrives (not
    worth a paid retry: the same model asked the same way answers alike)."""


class BadAnswer(ValueError):
    """Why a chat answer is not the message asked for; safe to log and to quote back."""

    def __init__(self, problem: str) -> None:
        super().__init__(printable(problem)[:300])


class _BoundedStream(http.AsyncByteStream):
    """An HTTP body that stops the read once it passes `max_bytes`."""

    def __init__(self, inner: http.AsyncByteStream, max_bytes: int) -> None:
        self._inner = inner
        self._max_bytes = max_bytes

    async def __aiter__(self) -> AsyncIterator[bytes]:
        read = 0
        async for chunk in self._inner:
            read += len(chunk)
            if read > self._max_bytes:
                raise AnswerTooLargeError(f"the provider's answer passed {self._max_bytes} bytes")
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


# Where the transport notes when each request of a call left for the provider (time.monotonic()):
# the caller sets a list, the transport appends to it (a context variable, because the SDK sits
# between the two).
requests_sent: ContextVar[list[float] | None] = ContextVar("requests_sent", default=None)


class BoundedAnswerTransport(http.AsyncBaseTransport):
    """An HTTP transport that reads no answer past `max_bytes`: a declared length past it is
    refused before the body, an undeclared one as soon as it passes. It notes when each
    request leaves in `requests_sent`, when the caller has set it."""

    def __init__(self, max_bytes: int, inner: http.AsyncBaseTransport) -> None:
        self._max_bytes = max_bytes
        self._inner = inner

    async def handle_async_request(self, request: http.Request) -> http.Response:
        if (sent := requests_sent.get()) is not None:
            sent.append(time.monotonic())
        response = await self._inner.handle_async_request(request)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self._max_bytes:
            await response.aclose()
            raise AnswerTooLargeError(
                f"the provider's answer is {declared} bytes, more than {self._max_bytes}"
            )
        assert isinstance(response.stream, http.AsyncByteStream)
        response.stream = _BoundedStream(response.stream, self._max_bytes)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


# A JSON string (escapes included), or its unterminated rest: a match never fails once it
# starts, so no text makes the search go back over itself. Then the brackets outside strings.
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def json_depth(text: str) -> int:
    """How deep the JSON text's arrays and objects nest, read without parsing it (so no
    nesting can exhaust the parser's stack)."""
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_JSON_STRING.sub("", text)):
        depth += 1 if bracket.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def parse_answer(content: str | None, message_type: type[M], max_chars: int, max_depth: int) -> M:
    """The model's JSON straight into the message, its size and depth checked before it is
    parsed; BadAnswer says what is wrong, whatever the text (no other exception escapes)."""
    if not content or not content.strip():
        raise BadAnswer("the answer was empty")
    if len(content) > max_chars:
        raise BadAnswer(f"the answer is {len(content)} characters, more than {max_chars}")
    if (depth := json_depth(content)) > max_depth:
        raise BadAnswer(f"the answer nests {depth} levels deep, more than {max_depth}")
    try:
        document = json.loads(content)
    except json.JSONDecodeError as exc:
        raise BadAnswer(f"not JSON ({exc.msg} at {exc.pos})") from None
    except ValueError as exc:  # a number past int's digit limit
        raise BadAnswer(f"not usable JSON ({exc})") from None
    if not isinstance(document, dict):
        raise BadAnswer("not a JSON object")
    document = _without_surrogates(document)
    missing = [f.name for f in message_type.DESCRIPTOR.fields if f.name not in document]
    if missing:
        raise BadAnswer(f"missing fields: {', '.join(missing)}")
    try:
        return json_format.ParseDict(document, message_type(), ignore_unknown_fields=False)
    except (json_format.ParseError, ValueError, TypeError, OverflowError) as exc:
        raise BadAnswer(str(exc)) from None


def answer_to_quote(content: str | None, max_chars: int = 2000) -> str:
    """A broken answer as the re-ask shows it to the model: cut, with no lone surrogate (no
    encoder can send one)."""
    text = content or ""
    cut = text[:max_chars] + ("…" if len(text) > max_chars else "")
    return _SURROGATE.sub("\ufffd", cut)


def _without_surrogates(value: Any) -> Any:
    """The parsed answer with every lone surrogate (`"\\ud800"` in JSON) replaced."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value
