"""The gateway's one path for model calls: the real openai SDK against the fake server."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from pydantic import SecretStr
from sitefarm.v1 import artifacts_pb2

from services.llm.gateway import Gateway
from services.llm.keys import ModelClass, key_id
from services.llm.limiter.counters import COUNTERS
from services.llm.offline_provider import OfflineProvider
from services.llm.openai_provider import IMAGE_SIZES, image_size, retry_after_seconds
from services.llm.tasks import ChatTask, ImageTask
from services.runtime import call_context
from services.runtime.errors import PhaseDeadlineError, ProviderError, RateLimitedError
from services.runtime.settings import Settings
from testkit.settings import TEST_API_KEY


def layout_task() -> ChatTask[artifacts_pb2.Layout]:
    return ChatTask(
        phase="layout",
        instructions="Lay out the sections.",
        inputs={"section_plan": artifacts_pb2.SectionPlan()},
        response_type=artifacts_pb2.Layout,
        offline=lambda: artifacts_pb2.Layout(container_width_px=1000),
    )


async def test_the_answer_is_parsed_into_the_proto_message(
    fake_openai: Any, openai_settings: Settings
) -> None:
    result = await Gateway(openai_settings).chat(layout_task())
    assert isinstance(result.message, artifacts_pb2.Layout)
    assert result.message.sections, "the fake answers schema-valid JSON with sections"
    assert result.usage.provider == "openai" and result.usage.input_tokens > 0
    assert fake_openai.request_count(schema="Layout") == 1


async def test_a_503_then_success_gives_one_answer(
    fake_openai: Any, openai_settings: Settings
) -> None:
    fake_openai.add_fault("status", status=503)
    result = await Gateway(openai_settings).chat(layout_task())
    assert result.message.sections
    assert fake_openai.request_count(endpoint="chat") == 2
    assert result.usage.attempts == 2


@pytest.mark.parametrize("fault", ["schema_break", "malformed_json", "empty"])
async def test_a_broken_answer_is_asked_again(
    fake_openai: Any, openai_settings: Settings, fault: str
) -> None:
    fake_openai.add_fault(fault)
    result = await Gateway(openai_settings).chat(layout_task())
    assert result.message.sections
    calls = fake_openai.calls(endpoint="chat")
    assert len(calls) == 2
    assert result.usage.attempts == 2


async def test_two_broken_answers_cost_an_attempt_then_succeed(
    fake_openai: Any, openai_settings: Settings
) -> None:
    fake_openai.add_fault("schema_break", times=2)
    result = await Gateway(openai_settings).chat(layout_task())
    assert result.message.sections
    assert fake_openai.request_count(endpoint="chat") == 3


async def test_retry_after_is_honoured(fake_openai: Any, openai_settings: Settings) -> None:
    fake_openai.add_fault("status", status=429, retry_after=0.4)
    started = time.monotonic()
    await Gateway(openai_settings).chat(layout_task())
    assert time.monotonic() - started >= 0.4
    assert fake_openai.request_count(endpoint="chat") == 2


async def test_a_refused_key_is_not_retried_and_not_echoed(
    fake_openai: Any, openai_settings: Settings
) -> None:
    fake_openai.set_allowed_keys(["sk-some-other-key-000000"])
    with pytest.raises(ProviderError) as caught:
        await Gateway(openai_settings).chat(layout_task())
    assert not caught.value.transient
    assert fake_openai.request_count(endpoint="chat") == 1
    assert TEST_API_KEY not in str(caught.value)


async def test_the_callers_deadline_bounds_retries(
    fake_openai: Any, openai_settings: Settings
) -> None:
    fake_openai.add_fault("hang", seconds=2.0)
    token = call_context.deadline.set(time.monotonic() + 0.3)
    try:
        started = time.monotonic()
        with pytest.raises(PhaseDeadlineError):
            await Gateway(openai_settings).chat(layout_task())
        assert time.monotonic() - started < 2.0, "the hang was cut at the deadline, not waited out"
    finally:
        call_context.deadline.reset(token)


async def test_an_image_comes_back_as_png_bytes(
    fake_openai: Any, openai_settings: Settings
) -> None:
    task = ImageTask(
        phase="image",
        prompt="a loaf",
        width=800,
        height=600,
        offline=lambda: None,  # type: ignore[arg-type,return-value]
    )
    image, usage = await Gateway(openai_settings).image(task)
    assert image.data.startswith(b"\x89PNG") and image.media_type == "image/png"
    assert fake_openai.images_generated == 1 and usage.provider == "openai"


async def test_offline_is_the_default_and_needs_no_key() -> None:
    gateway = Gateway(Settings(_env_file=None))  # type: ignore[call-arg]
    assert isinstance(gateway.provider, OfflineProvider)
    result = await gateway.chat(layout_task())
    assert result.message.container_width_px == 1000 and result.usage.provider == "offline"


def test_openai_without_a_key_says_what_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("SITEFARM_OPENAI_API_KEYS", raising=False)
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        Gateway(Settings(provider="openai"))


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after-ms": "350"}, 0.35),
        ({"retry-after": "2"}, 2.0),
        ({"x-ratelimit-reset-requests": "1.5s", "x-ratelimit-reset-tokens": "6m0s"}, 360.0),
        ({"x-ratelimit-reset-tokens": "20ms"}, 0.02),
        ({}, None),
    ],
)
def test_retry_after_is_read_from_every_header_the_provider_uses(
    headers: dict[str, str], seconds: float | None
) -> None:
    assert retry_after_seconds(headers) == pytest.approx(seconds)


async def test_a_429_on_one_key_retries_at_once_on_another(
    fake_openai: Any, openai_settings: Settings
) -> None:
    keys = "sk-test-pool-key-aaaa0001,sk-test-pool-key-bbbb0002"
    settings = openai_settings.model_copy(
        update={"openai_api_keys": SecretStr(keys), "openai_api_key": None}
    )
    fake_openai.add_fault("status", status=429, retry_after=3.0)
    backoffs: list[float] = []

    async def sleep(seconds: float) -> None:
        backoffs.append(seconds)
        await asyncio.sleep(seconds)

    result = await Gateway(settings, sleep=sleep).chat(layout_task())
    assert result.message.sections
    assert backoffs == [], "the limiter holds the refused key back: the retry goes at once"
    first, second = fake_openai.calls(endpoint="chat")
    assert first.status == 429 and second.status == 200
    assert first.key != second.key


async def test_the_providers_headers_keep_the_next_call_from_a_429(
    fake_openai: Any, openai_settings: Settings
) -> None:
    # The provider allows one request a minute; the settings think a hundred.
    fake_openai.set_limits(TEST_API_KEY, rpm=1, tpm=1_000_000)
    settings = openai_settings.model_copy(
        update={"retry_attempts": 1, "limiter_max_wait_seconds": 1.0}
    )
    gateway = Gateway(settings)
    try:
        await gateway.chat(layout_task())
        with pytest.raises(RateLimitedError, match="busy"):
            await gateway.chat(layout_task())
    finally:
        await gateway.aclose()
    assert fake_openai.request_count(endpoint="chat") == 1, "the limiter waited, not the provider"
    assert fake_openai.rate_limited == 0


async def test_a_429_from_the_providers_limits_holds_only_the_refused_dimension(
    fake_openai: Any, openai_settings: Settings
) -> None:
    # Two processes, each with its own limiter: the second has not heard the provider yet.
    fake_openai.set_limits(TEST_API_KEY, rpm=1, tpm=1_000_000)
    settings = openai_settings.model_copy(
        update={"retry_attempts": 2, "limiter_max_wait_seconds": 1.0}
    )
    first, second = Gateway(settings), Gateway(settings)
    refusals_before = sum(COUNTERS.snapshot()["refused"].values())
    try:
        await first.chat(layout_task())
        with pytest.raises(RateLimitedError, match="busy"):
            await second.chat(layout_task())
        limiter = second.provider._limiter  # type: ignore[attr-defined]
        account = limiter.buckets.account(ModelClass.CHAT, key_id(TEST_API_KEY))
    finally:
        await first.aclose()
        await second.aclose()
    refused = fake_openai.calls(endpoint="chat")[-1]
    assert refused.status == 429 and fake_openai.request_count(endpoint="chat") == 2
    # Requests ran out: they are held until the provider's Retry-After, tokens are not.
    assert account.requests.held_until > 0 and account.units.held_until == 0
    assert account.requests.charged == 0, "its one call was refused: the provider did not count it"
    refused_by_key = COUNTERS.snapshot()["refused"]
    assert refused_by_key[("chat", key_id(TEST_API_KEY), "requests")] >= 1
    assert sum(refused_by_key.values()) == refusals_before + 1


@pytest.mark.parametrize(
    ("model", "width", "height", "size"),
    [
        ("dall-e-3", 1600, 900, "1792x1024"),
        ("dall-e-3", 900, 1600, "1024x1792"),
        ("dall-e-3", 1000, 1000, "1024x1024"),
        ("gpt-image-1", 1600, 900, "1536x1024"),
        ("gpt-image-1", 800, 1200, "1024x1536"),
        ("gpt-image-1", 1100, 1000, "1024x1024"),
        ("dall-e-2", 300, 200, "512x512"),
        ("dall-e-2", 200, 120, "256x256"),
        ("dall-e-2", 1600, 900, "1024x1024"),
        ("a-local-model", 1600, 900, "1536x1024"),
    ],
)
def test_each_image_model_is_asked_for_a_size_it_accepts(
    model: str, width: int, height: int, size: str
) -> None:
    assert image_size(model, width, height) == size
    w, h = (int(side) for side in size.split("x"))
    assert (w, h) in IMAGE_SIZES.get(model, IMAGE_SIZES["gpt-image-1"])


async def test_an_image_call_records_its_attempts_and_tokens_like_a_chat_call(
    fake_openai: Any, openai_settings: Settings
) -> None:
    settings = openai_settings.model_copy(update={"image_model": "dall-e-3"})
    fake_openai.add_fault("status", status=503)
    task = ImageTask(
        phase="image",
        prompt="a loaf on a wooden table, morning light",
        width=1600,
        height=900,
        offline=lambda: None,  # type: ignore[arg-type,return-value]
    )
    gateway = Gateway(settings)
    try:
        image, usage = await gateway.image(task)
    finally:
        await gateway.aclose()
    assert usage.attempts == 2 and usage.model == "dall-e-3"
    assert usage.input_tokens > 0, "the tokens the provider reports"
    # The fake draws the size it was asked for, scaled to 64 px: 1792x1024, never 1536x1024.
    assert (image.width, image.height) == (64, 37)


async def test_calls_are_spread_over_the_connection_pools(
    fake_openai: Any, openai_settings: Settings
) -> None:
    from services.llm.openai_provider import OpenAIProvider

    settings = openai_settings.model_copy(update={"provider_connection_pools": 3})
    provider = OpenAIProvider(settings)
    try:
        gateway = Gateway(settings, provider=provider)
        results = await asyncio.gather(*(gateway.chat(layout_task()) for _ in range(6)))
        assert all(r.message.sections for r in results)
        # Each pool took two of the six calls and holds a third of the SDK's 1000 connections.
        transports = [pool._client._transport._inner for pool in provider._pools]
        assert [t._pool._max_connections for t in transports] == [334, 334, 334]
        assert all(len(t._pool.connections) >= 1 for t in transports)
    finally:
        await provider.aclose()
