"""Small pieces of the OpenAI wire format the fake shares: error bodies, seconds in headers."""

from __future__ import annotations

from typing import Any


def error_body(
    message: str, type_: str, code: str | None = None, param: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def format_seconds(seconds: float) -> str:
    """Seconds as Retry-After and x-ratelimit-reset-* carry them: `1.5`, `0.25`, `0`."""
    return f"{max(seconds, 0.0):.3f}".rstrip("0").rstrip(".") or "0"
