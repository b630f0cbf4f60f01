"""The fake's token-aware latency: a chat answer takes its time to first token plus its output
tokens at the model's speed, an image its size's time, through the real openai SDK."""

from __future__ import annotations

import pytest
from openai import AsyncOpenAI

from testkit.fake_openai import FakeOpenAI
from testkit.fake_openai.latency import CHAT_SPEEDS, IMAGE_SPEEDS, ChatSpeed, TokenLatency

SPEED = ChatSpeed("test-model", first_token_seconds=0.01, tokens_per_second=2000.0, source="-")


async def test_a_longer_answer_takes_longer_by_its_tokens_at_the_models_speed() -> None:
    latency = TokenLatency(chat=SPEED)
    async with FakeOpenAI(token_latency=latency) as fake:
        fake.set_answer("short", {"text": "x" * 40})
        fake.set_answer("long", {"text": "x" * 4000})
        client = AsyncOpenAI(base_url=fake.base_url, api_key="sk-test", max_retries=0)
        for schema in ("short", "long"):
            await client.chat.completions.create(
                model="gpt-4.1-mini",
                messages=[{"role": "user", "content": "hi"}],
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": schema, "schema": {"type": "object"}},
                },
            )
        await client.close()
        for record in fake.calls(endpoint="chat"):
            expected = 0.01 + record.completion_tokens / 2000.0
            assert record.latency == pytest.approx(expected)
            assert record.end is not None and record.end - record.start >= expected
        short, long = fake.calls(endpoint="chat")
        assert long.completion_tokens > 50 * short.completion_tokens


async def test_an_image_takes_its_sizes_time() -> None:
    latency = TokenLatency(time_scale=0.001)
    async with FakeOpenAI(token_latency=latency) as fake:
        client = AsyncOpenAI(base_url=fake.base_url, api_key="sk-test", max_retries=0)
        for size in ("1024x1024", "1536x1024"):
            await client.images.generate(model="gpt-image-1", prompt="bread", size=size)  # type: ignore[arg-type]
        await client.close()
        square, wide = (r.latency for r in fake.calls(endpoint="images"))
    figures = IMAGE_SPEEDS["gpt-image-1"].seconds_by_size
    assert square == pytest.approx(figures["1024x1024"] * 0.001)
    assert wide == pytest.approx(figures["1536x1024"] * 0.001)


def test_noise_is_drawn_per_route_so_every_run_meets_the_same_latency() -> None:
    noisy = TokenLatency(chat=CHAT_SPEEDS["gpt-4.1-mini"], sigma=0.5, seed=7)
    again = TokenLatency(chat=CHAT_SPEEDS["gpt-4.1-mini"], sigma=0.5, seed=7)
    assert noisy.chat_seconds(500, "copy[menu]") == again.chat_seconds(500, "copy[menu]")
    assert noisy.chat_seconds(500, "copy[menu]") != noisy.chat_seconds(500, "copy[visit]")
    plain = TokenLatency(chat=CHAT_SPEEDS["gpt-4.1-mini"])
    assert plain.chat_seconds(772) == pytest.approx(0.93 + 10.0)


def test_every_published_figure_names_its_source() -> None:
    for speed in (*CHAT_SPEEDS.values(), *IMAGE_SPEEDS.values()):
        assert speed.source.count("https://") == 1, speed
