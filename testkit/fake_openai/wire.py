"""Small pieces of the OpenAI wire format the fake shares: error bodies, seconds and durations
in headers."""

from __future__ import annotations

import math
from typing import Any


def error_body(
    message: str, type_: str, code: str | None = None, param: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def format_seconds(seconds: float) -> str:
    """Seconds as Retry-After and x-ratelimit-reset-* carry them: `1.5`, `0.25`, `0`."""
    return f"{max(seconds, 0.0):.3f}".rstrip("0").rstrip(".") or "0"


def format_duration(seconds: float) -> str:
    """Seconds as OpenAI's x-ratelimit-reset-* carry them (Go's duration format, to the
    millisecond): `0s`, `120ms`, `1s`, `7.66s`, `1m30.5s`, `6m0s`, `1h0m0s`."""
    millis = max(0, math.ceil(seconds * 1000 - 1e-6))
    if millis == 0:
        return "0s"
    if millis < 1000:
        return f"{millis}ms"
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    whole, fraction = divmod(millis, 1000)
    text = f"{whole}.{fraction:03d}".rstrip("0").rstrip(".") + "s"
    if hours:
        return f"{hours}h{minutes}m{text}"
    if minutes:
        return f"{minutes}m{text}"
    return text
