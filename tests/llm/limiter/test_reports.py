"""The provider's x-ratelimit headers read into the limiter's dimensions, and what a refusal
holds back: OpenAI's header format, as the SDK hands it over (httpx's case-insensitive headers)."""

from __future__ import annotations

import httpx
import pytest

from services.llm.keys import ModelClass
from services.llm.limiter.reports import (
    DEFAULT_HOLD_SECONDS,
    ProviderReport,
    Reading,
    duration_seconds,
    provider_report,
    refusal_of,
)

CHAT = ModelClass.CHAT
IMAGES = ModelClass.IMAGES

OPENAI_HEADERS = httpx.Headers(
    {
        "X-RateLimit-Limit-Requests": "40",
        "X-RateLimit-Limit-Tokens": "20000",
        "X-RateLimit-Remaining-Requests": "39",
        "X-RateLimit-Remaining-Tokens": "18712",
        "X-RateLimit-Reset-Requests": "1.5s",
        "X-RateLimit-Reset-Tokens": "3.864s",
    }
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1s", 1.0),
        ("6m0s", 360.0),
        ("120ms", 0.12),
        ("1m30.5s", 90.5),
        ("1h0m0s", 3600.0),
        ("0s", 0.0),
        ("2.5", 2.5),
        ("", None),
        ("soon", None),
        (None, None),
    ],
)
def test_durations_read_as_providers_write_them(text: str | None, seconds: float | None) -> None:
    assert duration_seconds(text) == pytest.approx(seconds)


def test_a_chat_answer_reports_requests_and_tokens() -> None:
    report = provider_report(OPENAI_HEADERS, CHAT)
    assert report.requests == Reading(39, 40, 1.5)
    assert report.units is not None and report.units.reset == pytest.approx(3.864)
    assert (report.units.remaining, report.units.limit) == (18712, 20000)
    assert not report.refused and report.retry_after is None


def test_an_image_answer_counts_images_as_its_units() -> None:
    images = httpx.Headers(
        {
            "x-ratelimit-limit-images": "5",
            "x-ratelimit-remaining-images": "4",
            "x-ratelimit-reset-images": "12s",
            "x-ratelimit-limit-requests": "50",
            "x-ratelimit-remaining-requests": "49",
        }
    )
    report = provider_report(images, IMAGES)
    assert report.units == Reading(4, 5, 12.0) and report.requests == Reading(49, 50, None)
    only_requests = provider_report(OPENAI_HEADERS, IMAGES)
    assert only_requests.units == Reading(39, 40, 1.5) and only_requests.requests is None


def test_an_answer_without_headers_reports_nothing() -> None:
    report = provider_report(httpx.Headers({"content-type": "application/json"}), CHAT)
    assert report == ProviderReport() and not report.has_readings


def test_a_refusal_holds_the_tokens_until_retry_after_when_tokens_ran_short() -> None:
    headers = httpx.Headers(
        {**OPENAI_HEADERS, "x-ratelimit-remaining-tokens": "300", "retry-after-ms": "2500"}
    )
    refusal = refusal_of(provider_report(headers, CHAT, refused=True), CHAT, cost=1200)
    assert refusal.dimension == "tokens"
    assert (refusal.hold_requests, refusal.hold_units) == (0.0, 2.5)
    assert "300 left of 20000" in refusal.reason and "needs 1200" in refusal.reason


def test_a_refusal_without_retry_after_holds_the_refused_dimension_until_its_reset() -> None:
    headers = httpx.Headers({**OPENAI_HEADERS, "x-ratelimit-remaining-requests": "0"})
    refusal = refusal_of(provider_report(headers, CHAT, refused=True), CHAT, cost=100)
    assert refusal.dimension == "requests"
    assert (refusal.hold_requests, refusal.hold_units) == (1.5, 0.0)


def test_a_refusal_the_headers_do_not_explain_holds_the_whole_key() -> None:
    shown = refusal_of(provider_report(OPENAI_HEADERS, CHAT, refused=True), CHAT, cost=100)
    assert shown.dimension == "key" and "headers show room" in shown.reason
    assert shown.hold_requests == shown.hold_units == DEFAULT_HOLD_SECONDS
    bare = provider_report(httpx.Headers({"retry-after": "3"}), CHAT, refused=True)
    refusal = refusal_of(bare, CHAT, cost=100)
    assert refusal.dimension == "key" and "no rate-limit headers" in refusal.reason
    assert refusal.hold_requests == refusal.hold_units == 3.0
