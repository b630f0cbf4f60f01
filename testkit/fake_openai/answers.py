"""What the fake answers with: JSON made from the request's schema, lorem text, tiny PNGs."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import random
import struct
import zlib
from typing import Any

from testkit.schema_faker import fake_from_schema, lorem_text


def make_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """Encode a solid-colour 8-bit RGB PNG without any imaging library."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    row = b"\x00" + bytes(rgb) * width  # filter byte 0 (None) per scanline
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(row * height, 9))
        + chunk(b"IEND", b"")
    )


@functools.lru_cache(maxsize=2048)
def schema_answer(schema_json: str, seed: str) -> str:
    """A JSON document valid against the schema, the same for the same seed."""
    # Benchmarks repeat the same few schemas thousands of times; generate each answer once.
    return json.dumps(fake_from_schema(json.loads(schema_json), seed), ensure_ascii=False)


def json_object_answer(seed: str) -> str:
    """The answer to response_format json_object: one message."""
    return json.dumps({"message": lorem_text(random.Random(seed), 6, 12)})


def text_answer(seed: str, messages: list[Any]) -> str:
    """A plain-text answer; it depends on the prompt so different questions read differently."""
    digest = hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()
    return lorem_text(random.Random(f"{seed}|{digest}"), 12, 40) + "."


def prompt_digest(messages: list[Any]) -> str:
    """A short digest of the messages, mixed into the seed when answers vary by prompt."""
    return hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()[:16]


def image_png(prompt: str, index: int, width: int, height: int) -> bytes:
    """Image `index` of a prompt: a solid colour drawn from the prompt."""
    digest = hashlib.sha256(f"{prompt}|{index}".encode() if index else prompt.encode()).digest()
    return make_png(width, height, (digest[0], digest[1], digest[2]))


def image_size(size: Any) -> tuple[int, int]:
    """The requested size ("1024x768"), scaled down to at most 64 px a side so payloads stay
    tiny; 1024x1024 when missing or unreadable."""
    width, height = 1024, 1024
    if isinstance(size, str) and "x" in size:
        with contextlib.suppress(ValueError):
            w, h = (int(p) for p in size.lower().split("x", 1))
            if w > 0 and h > 0:
                width, height = w, h
    scale = min(1.0, 64 / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))
