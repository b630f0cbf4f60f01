"""Deterministic generation of JSON values that validate against a JSON schema."""

from __future__ import annotations

import functools
import math
import random
import re
import re._constants as _sre_c  # the stdlib regex parser: private, but stable since 3.11;
import re._parser as _sre_p  # it lets us build a matching string from a ``pattern``
import uuid
from collections.abc import Iterator
from typing import Any

__all__ = ["SchemaFaker", "break_schema", "fake_from_schema", "lorem_text"]

LOREM_WORDS: tuple[str, ...] = (
    "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed",
    "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna",
    "aliqua", "enim", "ad", "minim", "veniam", "quis", "nostrud", "exercitation",
    "ullamco", "laboris", "nisi", "aliquip", "ex", "ea", "commodo", "consequat", "duis",
    "aute", "irure", "in", "reprehenderit", "voluptate", "velit", "esse", "cillum",
    "fugiat", "nulla", "pariatur", "excepteur", "sint", "occaecat", "cupidatat", "non",
    "proident", "sunt", "culpa", "qui", "officia", "deserunt", "mollit", "anim", "id",
    "est", "laborum",
)  # fmt: skip

# Property-name fragments that decide what kind of text looks sensible.
_TITLE_HINTS = ("title", "name", "heading", "headline", "label", "caption", "tagline", "alt")
_LONG_HINTS = (
    "description", "body", "text", "content", "summary", "paragraph", "intro", "copy",
    "excerpt", "bio", "message", "detail", "answer", "quote", "blurb", "html", "markdown",
)  # fmt: skip
_HEX_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


def lorem_text(rng: random.Random, min_words: int, max_words: int, *, title: bool = False) -> str:
    """Return lorem-ipsum words; sentence case by default, Title Case when asked."""
    words = [rng.choice(LOREM_WORDS) for _ in range(rng.randint(min_words, max_words))]
    if title:
        return " ".join(w.capitalize() for w in words)
    return (" ".join(words)).capitalize()


def _slug(rng: random.Random) -> str:
    return "-".join(rng.choice(LOREM_WORDS) for _ in range(rng.randint(2, 3)))


def _hex_colour(rng: random.Random) -> str:
    return f"#{rng.randrange(0x1000000):06x}"


class _Unsupported(Exception):
    """Raised when a regex uses a construct the tiny generator cannot produce."""


def _class_contains(items: list[Any], ch: str) -> bool:
    """Tell whether ``ch`` is in a parsed character class (ignoring NEGATE)."""
    code = ord(ch)
    for op, arg in items:
        if op is _sre_c.LITERAL and arg == code:
            return True
        if op is _sre_c.RANGE and arg[0] <= code <= arg[1]:
            return True
        if op is _sre_c.CATEGORY:
            checks = {
                _sre_c.CATEGORY_DIGIT: ch.isdigit(),
                _sre_c.CATEGORY_NOT_DIGIT: not ch.isdigit(),
                _sre_c.CATEGORY_SPACE: ch.isspace(),
                _sre_c.CATEGORY_NOT_SPACE: not ch.isspace(),
                _sre_c.CATEGORY_WORD: ch.isalnum() or ch == "_",
                _sre_c.CATEGORY_NOT_WORD: not (ch.isalnum() or ch == "_"),
            }
            if checks.get(arg, False):
                return True
    return False


_CANDIDATE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_ .,"


@functools.lru_cache(maxsize=1024)
def _allowed_chars(items: tuple[Any, ...]) -> str:
    """Readable characters a parsed character class accepts (cached: classes repeat a lot)."""
    if items and items[0][0] is _sre_c.NEGATE:
        return "".join(c for c in _CANDIDATE_CHARS if not _class_contains(list(items[1:]), c))
    allowed = "".join(c for c in _CANDIDATE_CHARS if _class_contains(list(items), c))
    if not allowed:
        # Class made only of exotic characters: fall back to its first literal/range.
        for op, arg in items:
            if op is _sre_c.LITERAL:
                return chr(arg)
            if op is _sre_c.RANGE:
                return chr(arg[0])
    return allowed


def _pick_from_class(items: list[Any], rng: random.Random) -> str:
    allowed = _allowed_chars(tuple(items))
    if not allowed:
        raise _Unsupported("empty character class")
    return rng.choice(allowed)


@functools.lru_cache(maxsize=512)
def _parse_regex(pattern: str) -> Any:
    try:
        return _sre_p.parse(pattern)
    except (re.error, RecursionError, TypeError, ValueError):
        return None


def _emit(
    parsed: Any, rng: random.Random, groups: dict[int, str], spread: tuple[int, int]
) -> Iterator[str]:
    for op, arg in parsed:
        if op is _sre_c.LITERAL:
            yield chr(arg)
        elif op is _sre_c.NOT_LITERAL:
            yield next(c for c in _CANDIDATE_CHARS if ord(c) != arg)
        elif op is _sre_c.ANY:
            yield rng.choice("abcdefghijklmnopqrstuvwxyz")
        elif op is _sre_c.IN:
            yield _pick_from_class(list(arg), rng)
        elif op is _sre_c.CATEGORY:
            yield _pick_from_class([(op, arg)], rng)
        elif op in (
            _sre_c.MAX_REPEAT,
            _sre_c.MIN_REPEAT,
            getattr(_sre_c, "POSSESSIVE_REPEAT", None),
        ):
            lo, hi, sub = arg
            # Unbounded repeats get a small count so generated strings stay readable.
            low, extra = spread
            hi = lo + extra if hi is _sre_c.MAXREPEAT else min(hi, lo + extra)
            for _ in range(rng.randint(min(max(lo, low), hi), hi)):
                yield from _emit(sub, rng, groups, spread)
        elif op is _sre_c.SUBPATTERN:
            group, _add, _del, sub = arg
            text = "".join(_emit(sub, rng, groups, spread))
            if group is not None:
                groups[group] = text
            yield text
        elif op is getattr(_sre_c, "ATOMIC_GROUP", None):
            yield from _emit(arg, rng, groups, spread)
        elif op is _sre_c.BRANCH:
            yield from _emit(rng.choice(arg[1]), rng, groups, spread)
        elif op is _sre_c.GROUPREF:
            yield groups.get(arg, "")
        elif op in (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT):
            continue  # anchors and lookarounds consume nothing; the final re.search checks them
        else:
            raise _Unsupported(str(op))


def _string_from_regex(
    pattern: str, rng: random.Random, spread: tuple[int, int] = (0, 3)
) -> str | None:
    parsed = _parse_regex(pattern)
    if parsed is None:
        return None
    try:
        return "".join(_emit(parsed, rng, {}, spread))
    except (_Unsupported, RecursionError, StopIteration, TypeError, ValueError):
        return None


class SchemaFaker:
    """Builds one instance of a JSON schema, seeded per JSON path so output is reproducible."""

    def __init__(self, root: Any, seed: int | str = 0, *, max_depth: int = 8) -> None:
        self.root = root
        self.seed = seed
        self.max_depth = max_depth

    def generate(self) -> Any:
        return self._gen(self.root, "", "$", 0)

    # -- helpers -------------------------------------------------------------------------------

    def _rng(self, path: str, salt: str = "") -> random.Random:
        # A str seed is hashed with SHA-512 by random.Random, so this is stable across runs.
        return random.Random(f"{self.seed}|{path}|{salt}")

    def _resolve_ref(self, ref: str) -> Any:
        if not ref.startswith("#"):
            return {}  # remote refs are out of scope for a fake; "anything" is the best guess
        node: Any = self.root
        for raw in ref[1:].lstrip("/").split("/"):
            if raw == "":
                continue
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list):
                node = node[int(part)]
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                return {}
        return node

    def _deref(self, schema: Any) -> Any:
        """Inline ``$ref`` (keeping sibling keywords) and merge ``allOf`` into one schema."""
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 32:
            target = self._resolve_ref(schema["$ref"])
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**target, **siblings} if isinstance(target, dict) else target
            seen += 1
        if isinstance(schema, dict) and "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                part = self._deref(part)
                if not isinstance(part, dict):
                    continue
                for key, value in part.items():
                    if key == "properties":
                        merged["properties"] = {**merged.get("properties", {}), **value}
                    elif key == "required":
                        merged["required"] = list(
                            dict.fromkeys([*merged.get("required", []), *value])
                        )
                    else:
                        merged.setdefault(key, value)
            schema = merged
        return schema

    @staticmethod
    def _is_null_schema(schema: Any) -> bool:
        return isinstance(schema, dict) and (
            schema.get("type") == "null" or ("const" in schema and schema["const"] is None)
        )

    # -- generation ----------------------------------------------------------------------------

    def _gen(self, schema: Any, name: str, path: str, depth: int) -> Any:
        schema = self._deref(schema)
        if schema is True or schema == {} or schema is None:
            return lorem_text(self._rng(path), 1, 3)
        if schema is False or not isinstance(schema, dict):
            return None
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return self._rng(path, "enum").choice(schema["enum"])
        for key in ("anyOf", "oneOf"):
            if schema.get(key):
                return self._gen_union(schema, key, name, path, depth)

        stype = schema.get("type")
        if isinstance(stype, list):
            non_null = [t for t in stype if t != "null"]
            # Prefer a real value, but stop recursion with null once too deep.
            if not non_null or ("null" in stype and depth >= self.max_depth):
                return None
            stype = non_null[0]
        if stype is None:
            stype = self._infer_type(schema)

        if stype == "object":
            return self._gen_object(schema, path, depth)
        if stype == "array":
            return self._gen_array(schema, name, path, depth)
        if stype == "string":
            return self._gen_string(schema, name, path)
        if stype == "integer":
            return self._gen_integer(schema, path)
        if stype == "number":
            return self._gen_number(schema, path)
        if stype == "boolean":
            return self._rng(path).random() < 0.5
        if stype == "null":
            return None
        return lorem_text(self._rng(path), 1, 3)

    def _gen_union(self, schema: dict[str, Any], key: str, name: str, path: str, depth: int) -> Any:
        options = [self._deref(o) for o in schema[key]]
        siblings = {k: v for k, v in schema.items() if k not in (key, "default")}
        non_null = [o for o in options if not self._is_null_schema(o)]
        if not non_null or (depth >= self.max_depth and len(non_null) < len(options)):
            return None
        chosen = non_null[0]
        if isinstance(chosen, dict):
            chosen = {**siblings, **chosen}
        return self._gen(chosen, name, path, depth)

    @staticmethod
    def _infer_type(schema: dict[str, Any]) -> str:
        if "properties" in schema or "additionalProperties" in schema or "required" in schema:
            return "object"
        if "items" in schema or "prefixItems" in schema or "minItems" in schema:
            return "array"
        if any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "multipleOf")):
            return "number"
        return "string"

    def _gen_object(self, schema: dict[str, Any], path: str, depth: int) -> dict[str, Any]:
        props: dict[str, Any] = schema.get("properties") or {}
        required: list[str] = list(schema.get("required") or [])
        out: dict[str, Any] = {}
        for key, sub in props.items():
            if depth >= self.max_depth and key not in required:
                continue
            out[key] = self._gen(sub, key, f"{path}.{key}", depth + 1)
        addl = schema.get("additionalProperties", True)
        extra_schema: Any = addl if isinstance(addl, dict) else {}
        for key in required:
            if key not in out:
                out[key] = self._gen(extra_schema, key, f"{path}.{key}", depth + 1)
        if addl is False:
            return out
        rng = self._rng(path, "extra")
        want = int(schema.get("minProperties", 0))
        if isinstance(addl, dict) and not props and depth < self.max_depth:
            # A pure map (dict[str, X]): give it a couple of entries so it is not trivially empty.
            want = max(want, rng.randint(1, 2))
        want = min(want, int(schema.get("maxProperties", want)))
        i = 1
        while len(out) < want:
            key = f"{rng.choice(LOREM_WORDS)}_{i}"
            if key not in out:
                out[key] = self._gen(extra_schema, key, f"{path}.{key}", depth + 1)
            i += 1
        return out

    def _gen_array(self, schema: dict[str, Any], name: str, path: str, depth: int) -> list[Any]:
        items = schema.get("items", {})
        prefix: list[Any] = list(schema.get("prefixItems") or [])
        if isinstance(items, list):  # draft-04..07 tuple form
            prefix, items = items, schema.get("additionalItems", {})
        min_items = int(schema.get("minItems", 0))
        max_items = schema.get("maxItems")
        if depth >= self.max_depth:
            count = max(min_items, 0)
        else:
            count = max(min_items, self._rng(path, "len").randint(1, 3))
        if max_items is not None:
            count = min(count, int(max_items))
        if items is False:
            count = min(count, len(prefix))
        unique = bool(schema.get("uniqueItems"))
        out: list[Any] = []
        seen: list[Any] = []
        for i in range(count):
            sub = prefix[i] if i < len(prefix) else items
            value = self._gen(sub, name, f"{path}[{i}]", depth + 1)
            attempt = 0
            while unique and value in seen and attempt < 20:
                attempt += 1
                value = self._gen(sub, name, f"{path}[{i}]~{attempt}", depth + 1)
            if unique and value in seen:
                if len(out) >= min_items:
                    break  # e.g. a small enum ran out of distinct values
            seen.append(value)
            out.append(value)
        return out

    def _gen_string(self, schema: dict[str, Any], name: str, path: str) -> str:
        rng = self._rng(path)
        lname = name.lower()
        pattern = schema.get("pattern")
        min_len = int(schema.get("minLength", 0))
        max_len = schema.get("maxLength")
        max_len = int(max_len) if max_len is not None else None

        first = self._string_by_hint(schema, lname, rng)

        def candidates() -> Iterator[str]:
            # Lazily, from most readable to most mechanical: regex generation is the slow path.
            yield first
            if pattern is None:
                return
            yield from (
                _hex_colour(rng),
                _slug(rng),
                rng.choice(LOREM_WORDS),
                str(rng.randint(0, 999)),
            )
            for attempt in range(25):
                # Later attempts use longer repeats, for patterns that must meet a minLength.
                spread = (0, 3) if attempt < 10 else (0, max(3, min_len))
                if attempt >= 18:
                    spread = (min_len, max(3, min_len))
                generated = _string_from_regex(pattern, self._rng(path, f"re{attempt}"), spread)
                if generated is not None:
                    yield generated

        slugish = self._slugish(lname)
        for candidate in candidates():
            fitted = self._fit_length(candidate, min_len, max_len, rng, slugish=slugish)
            if self._string_ok(fitted, pattern, min_len, max_len):
                return fitted
        # Nothing satisfied the pattern: return the readable guess rather than fail.
        return self._fit_length(first, min_len, max_len, rng, slugish=False)

    @staticmethod
    def _slugish(lname: str) -> bool:
        return lname in ("slug", "id", "key") or lname.endswith(("_slug", "_id", "_key"))

    def _string_by_hint(self, schema: dict[str, Any], lname: str, rng: random.Random) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            return f"{day}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
        if fmt == "date":
            return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if fmt == "time":
            return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
        if fmt == "email" or lname.endswith("email"):
            return f"{rng.choice(LOREM_WORDS)}@example.com"
        if fmt in ("uri", "url", "iri"):
            return f"https://example.com/{_slug(rng)}"
        if fmt in ("uri-reference", "iri-reference"):
            return f"/{_slug(rng)}"
        if fmt == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if fmt == "hostname":
            return f"{rng.choice(LOREM_WORDS)}.example.com"
        if fmt == "ipv4":
            return f"192.0.2.{rng.randint(1, 254)}"
        if fmt == "ipv6":
            return f"2001:db8::{rng.randint(1, 0xFFFF):x}"
        pattern = schema.get("pattern") or ""
        if (
            lname.endswith(("hex", "_color", "_colour"))
            or lname in ("color", "colour")
            or ("0-9a-f" in pattern.lower() and "#" in pattern)
        ):
            return _hex_colour(rng)
        if self._slugish(lname):
            return _slug(rng)
        if lname.endswith("url") or lname.endswith("_uri"):
            return f"https://example.com/{_slug(rng)}"
        if lname in ("href", "path") or lname.endswith(("_href", "_path")):
            return f"/{_slug(rng)}"
        if any(h in lname for h in _LONG_HINTS):
            sentences = [lorem_text(rng, 8, 16) + "." for _ in range(rng.randint(1, 2))]
            return " ".join(sentences)
        if any(h in lname for h in _TITLE_HINTS):
            return lorem_text(rng, 2, 4, title=True)
        return lorem_text(rng, 2, 5)

    @staticmethod
    def _fit_length(
        value: str, min_len: int, max_len: int | None, rng: random.Random, *, slugish: bool
    ) -> str:
        joiner = "-" if slugish else " "
        while len(value) < min_len:
            value = (
                f"{value}{joiner}{rng.choice(LOREM_WORDS)}" if value else rng.choice(LOREM_WORDS)
            )
        if max_len is not None and len(value) > max_len:
            value = value[:max_len]
            # Trim a dangling separator, unless that would break minLength.
            trimmed = value.rstrip(" -")
            if len(trimmed) >= min_len:
                value = trimmed
        return value

    @staticmethod
    def _string_ok(value: str, pattern: str | None, min_len: int, max_len: int | None) -> bool:
        if len(value) < min_len or (max_len is not None and len(value) > max_len):
            return False
        if pattern is None:
            return True
        try:
            return re.search(pattern, value) is not None
        except re.error:
            return True  # a pattern Python cannot compile cannot be checked; accept the value

    @staticmethod
    def _bounds(schema: dict[str, Any], integer: bool) -> tuple[float, float]:
        lo: float | None = schema.get("minimum")
        hi: float | None = schema.get("maximum")
        step = 1 if integer else 0.01
        ex_lo, ex_hi = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        # Draft-04 uses booleans for exclusivity, later drafts use numbers.
        if isinstance(ex_lo, bool):
            lo = lo + step if (ex_lo and lo is not None) else lo
        elif ex_lo is not None:
            lo = max(lo, ex_lo + step) if lo is not None else ex_lo + step
        if isinstance(ex_hi, bool):
            hi = hi - step if (ex_hi and hi is not None) else hi
        elif ex_hi is not None:
            hi = min(hi, ex_hi - step) if hi is not None else ex_hi - step
        if lo is None and hi is None:
            lo, hi = 1, 100
        elif lo is None:
            assert hi is not None
            lo = 1 if hi >= 100 else hi - 99
        elif hi is None:
            hi = lo + 99
        return float(lo), float(hi)

    def _gen_integer(self, schema: dict[str, Any], path: str) -> int:
        lo, hi = self._bounds(schema, integer=True)
        ilo, ihi = math.ceil(lo), math.floor(hi)
        rng = self._rng(path)
        mult = schema.get("multipleOf")
        if mult:
            first, last = math.ceil(ilo / mult), math.floor(ihi / mult)
            if first <= last:
                return int(rng.randint(first, last) * mult)
        return rng.randint(ilo, max(ilo, ihi))

    def _gen_number(self, schema: dict[str, Any], path: str) -> float:
        lo, hi = self._bounds(schema, integer=False)
        rng = self._rng(path)
        mult = schema.get("multipleOf")
        if mult:
            first, last = math.ceil(lo / mult), math.floor(hi / mult)
            if first <= last:
                # Float steps like 0.1 make most k * step values fail an exact quotient check;
                # try a random k first, then walk the range for one that divides cleanly.
                start = rng.randint(first, last)
                for k in [start, *range(first, min(last, first + 1000) + 1)]:
                    value = float(round(k * mult, 10))
                    if (value / mult).is_integer():
                        return value
        value = round(rng.uniform(lo, hi), 2)
        return float(min(max(value, lo), hi))


def fake_from_schema(schema: Any, seed: int | str = 0, *, max_depth: int = 8) -> Any:
    """Return a value valid for ``schema``; the same (schema, seed) always gives the same value."""
    return SchemaFaker(schema, seed, max_depth=max_depth).generate()


def break_schema(schema: Any) -> Any:
    """Return valid JSON that a strict schema rejects, like a model that ignored the format."""
    root = SchemaFaker(schema)._deref(schema) if isinstance(schema, dict) else schema
    if isinstance(root, dict):
        stype = root.get("type")
        if stype == "object" or "properties" in root:
            if root.get("required"):
                return {}  # the typical "model forgot every field" failure
            return ["not", "an", "object"]
        if stype == "array":
            return {"not": "an array"}
    return {"unexpected": True}
