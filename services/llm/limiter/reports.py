"""What the provider says about a key's limits: the x-ratelimit headers of one answer read into
the limiter's two dimensions (requests, and units: tokens for chat, images for images), and,
for a refusal, which dimension refused and how long to hold it back."""

from __future__ import annotations

import email.utils
import math
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from services.llm.keys import KeyGrant, ModelClass, RateLimiter

# A refusal that names no wait (no Retry-After, no reset) holds its dimension this long.
DEFAULT_HOLD_SECONDS = 1.0

_DURATION = re.compile(
    r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?"
    r"(?:(\d+(?:\.\d+)?)ms)?$"
)


def duration_seconds(text: str | None) -> float | None:
    """Seconds from a provider's duration: Go's format ("1s", "6m0s", "120ms", "1m30.5s") or
    plain seconds ("2.5"); None when absent or unreadable."""
    if text is None or not (text := text.strip()):
        return None
    if (match := _DURATION.match(text)) and any(match.groups()):
        hours, minutes, seconds, millis = (float(g) if g else 0.0 for g in match.groups())
        return hours * 3600 + minutes * 60 + seconds + millis / 1000
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def retry_after_header(headers: Mapping[str, str]) -> float | None:
    """The wait a refusal asks for: retry-after-ms, else retry-after (seconds or an HTTP date)."""
    if (millis := headers.get("retry-after-ms")) is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    if (value := headers.get("retry-after")) is not None:
        try:
            return max(0.0, float(value))
        except ValueError:
            try:
                parsed = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            return max(0.0, parsed.timestamp() - time.time())
    return None


@dataclass(frozen=True)
class Reading:
    """One dimension as the provider reported it: what is left, its limit per period (the
    provider's minute), and the seconds until it is back to its limit."""

    remaining: float
    limit: float | None = None
    reset: float | None = None


@dataclass(frozen=True)
class ProviderReport:
    """The x-ratelimit headers of one answer, in the limiter's dimensions. `refused`: the
    answer was a 429; `retry_after`: the seconds it asked to wait. `sent_ago`: how long ago,
    as the answer is settled, the request left for the provider (None: not known); the
    provider counted it no earlier, so its charge stays in the window a period from then."""

    requests: Reading | None = None
    units: Reading | None = None
    refused: bool = False
    retry_after: float | None = None
    sent_ago: float | None = None

    @property
    def has_readings(self) -> bool:
        return self.requests is not None or self.units is not None


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _reading(headers: Mapping[str, str], name: str) -> Reading | None:
    remaining = _number(headers.get(f"x-ratelimit-remaining-{name}"))
    if remaining is None:
        return None
    limit = _number(headers.get(f"x-ratelimit-limit-{name}"))
    return Reading(
        max(0.0, remaining),
        limit if limit is not None and limit > 0 else None,
        duration_seconds(headers.get(f"x-ratelimit-reset-{name}")),
    )


def provider_report(
    headers: Mapping[str, str], model_class: ModelClass, refused: bool = False
) -> ProviderReport:
    """The report in `headers` (any case-insensitive mapping, e.g. httpx's). Chat reads the
    requests and tokens headers; images read the images headers as units when the provider
    sends them, else its requests headers (one image a call)."""
    retry_after = retry_after_header(headers) if refused else None
    if model_class is ModelClass.CHAT:
        requests, units = _reading(headers, "requests"), _reading(headers, "tokens")
    elif (images := _reading(headers, "images")) is not None:
        requests, units = _reading(headers, "requests"), images
    else:
        requests, units = None, _reading(headers, "requests")
    return ProviderReport(requests, units, refused, retry_after)


def units_name(model_class: ModelClass) -> str:
    """What a model class's units are called: tokens for chat, images for images."""
    return "tokens" if model_class is ModelClass.CHAT else "images"


@dataclass(frozen=True)
class Refusal:
    """Why the provider refused a call and what the limiter holds back: `dimension` is requests,
    tokens or images, or "key" when the headers name neither; each hold in seconds (0: none)."""

    dimension: str
    hold_requests: float
    hold_units: float
    reason: str


def refusal_of(report: ProviderReport, model_class: ModelClass, cost: int) -> Refusal:
    """Which dimension refused a call of `cost` units (the one the report shows short), held
    until the provider's Retry-After, else that dimension's reset."""
    units = units_name(model_class)
    short: list[tuple[str, Reading, float]] = []
    if report.requests is not None and report.requests.remaining < 1:
        short.append(("requests", report.requests, 1))
    if report.units is not None and report.units.remaining < cost:
        short.append((units, report.units, cost))

    def hold(reading: Reading | None) -> float:
        if report.retry_after is not None:
            return report.retry_after
        if reading is not None and reading.reset is not None:
            return reading.reset
        return DEFAULT_HOLD_SECONDS

    if not short:
        seconds = hold(None)
        why = "the headers show room" if report.has_readings else "no rate-limit headers"
        return Refusal("key", seconds, seconds, f"429 with {why}: the key held {seconds:.2f}s")
    holds = {name: hold(reading) for name, reading, _ in short}
    parts = [
        f"{name}: {reading.remaining:g} left"
        + (f" of {reading.limit:g}" if reading.limit is not None else "")
        + f", the call needs {need:g}; held {holds[name]:.2f}s"
        for name, reading, need in short
    ]
    return Refusal(
        "+".join(name for name, _, _ in short),
        holds.get("requests", 0.0),
        holds.get(units, 0.0),
        "; ".join(parts),
    )


class ProviderSyncedLimiter(RateLimiter, Protocol):
    """A RateLimiter that also takes the provider's own accounting with each answer."""

    async def reconcile(
        self, grant: KeyGrant, used_tokens: int, report: ProviderReport | None = None
    ) -> None:
        """Correct the grant's charge with the usage the provider reported, and the key's
        shared state with the limits, room and resets its headers reported (a 429 among them)."""
        ...
