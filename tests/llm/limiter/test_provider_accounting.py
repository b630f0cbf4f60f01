"""The fake provider counts a key's usage in each way a provider may (a sliding 60-second window
charged at admission and never refunded, a continuous bucket settled to the reported usage,
quantized slices), answers every call with OpenAI's rate-limit headers, and reports what each
key was charged: the limiter is proved against these, so they are specified here.

Every test drives the fake's accounting clock by hand and talks to it with the real openai SDK.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import openai
import pytest
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam

from testkit.fake_openai import Counting, FakeControl, FakeOpenAI, FakeOpenAIThread
from testkit.fake_openai.limits import max_in_window
from testkit.fake_openai.wire import format_duration

KEY = "sk-accounting-key-a-0000000000000"
OTHER_KEY = "sk-accounting-key-b-0000000000000"
MESSAGES: list[ChatCompletionMessageParam] = [
    {"role": "user", "content": "Plan the sections of a bakery's home page."}
]
PROMPT_TOKENS = len(json.dumps(MESSAGES, ensure_ascii=False)) // 4  # the fake's estimate
MAX_OUTPUT = 400
CHARGE = PROMPT_TOKENS + MAX_OUTPUT  # what admission charges one call
# Go's duration format, as OpenAI writes x-ratelimit-reset-*: 120ms, 1s, 7.66s, 6m0s, 1h0m0s.
DURATION = re.compile(r"^(?:\d+h)?(?:\d+m)?(?:\d+(?:\.\d+)?s|\d+ms)$")
HEADERS = tuple(
    f"x-ratelimit-{kind}-{dim}"
    for kind in ("limit", "remaining", "reset")
    for dim in ("requests", "tokens")
)


class Clock:
    """The fake's accounting clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def fake(clock: Clock) -> AsyncIterator[FakeOpenAI]:
    async with FakeOpenAI(clock=clock) as fake:
        yield fake


@pytest.fixture
async def client(fake: FakeOpenAI) -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(base_url=fake.base_url, api_key=KEY, max_retries=0) as client:
        yield client


async def call(client: AsyncOpenAI) -> tuple[dict[str, str], Any]:
    """One chat call asking for MAX_OUTPUT tokens at most: its headers and usage."""
    raw = await client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=MESSAGES,
        max_completion_tokens=MAX_OUTPUT,
    )
    return dict(raw.headers), raw.parse().usage


async def refused(client: AsyncOpenAI) -> dict[str, str]:
    """One chat call that must get a 429: its headers."""
    with pytest.raises(openai.RateLimitError) as info:
        await call(client)
    assert info.value.code == "rate_limit_exceeded"
    return dict(info.value.response.headers)


# -- a sliding 60-second window, charged at admission, never refunded ----------------------------


async def test_sliding_window_charges_prompt_and_max_output_at_admission_and_never_refunds(
    fake: FakeOpenAI, client: AsyncOpenAI
) -> None:
    fake.set_limits(KEY, rpm=100, tpm=3 * CHARGE, counting=Counting.SLIDING_WINDOW)
    headers, usage = await call(client)
    assert usage.completion_tokens < MAX_OUTPUT  # the answer used less than it reserved
    assert headers["x-ratelimit-remaining-tokens"] == str(2 * CHARGE)
    headers, _ = await call(client)
    assert headers["x-ratelimit-remaining-tokens"] == str(CHARGE)  # nothing came back
    await call(client)
    await refused(client)
    account = fake.accounting()[KEY]
    assert account["counting"] == "sliding_window"
    assert account["tokens_charged"] == 3 * CHARGE and account["requests"] == 3
    assert account["rate_limited"] == 1


async def test_sliding_window_frees_each_charge_one_period_after_it_was_made(
    fake: FakeOpenAI, client: AsyncOpenAI, clock: Clock
) -> None:
    fake.set_limits(KEY, rpm=2, counting=Counting.SLIDING_WINDOW)
    await call(client)
    clock.now += 20.0
    headers, _ = await call(client)
    # Full again once the newest charge has left the window.
    assert headers["x-ratelimit-reset-requests"] == "1m0s"
    clock.now += 10.0
    headers = await refused(client)
    # Room comes back when the oldest charge leaves: 60 s after it, 30 s from now.
    assert headers["retry-after-ms"] == "30000" and float(headers["retry-after"]) == 30.0
    assert headers["x-ratelimit-remaining-requests"] == "0"
    assert headers["x-ratelimit-reset-requests"] == "50s"
    clock.now += 29.999
    await refused(client)
    clock.now += 0.001
    headers, _ = await call(client)
    assert headers["x-ratelimit-remaining-requests"] == "0"


# -- a continuous bucket, settled to the reported usage ------------------------------------------


async def test_continuous_bucket_settles_each_charge_to_the_reported_usage(
    fake: FakeOpenAI, client: AsyncOpenAI
) -> None:
    fake.set_limits(KEY, rpm=100, tpm=10 * CHARGE, counting=Counting.CONTINUOUS_BUCKET)
    headers, usage = await call(client)
    assert headers["x-ratelimit-remaining-tokens"] == str(9 * CHARGE)
    headers, second = await call(client)
    # The first call's unused output came back before the second was charged.
    assert headers["x-ratelimit-remaining-tokens"] == str(9 * CHARGE - usage.total_tokens)
    charged = usage.total_tokens + second.total_tokens  # each settled to what it used
    assert fake.accounting()[KEY]["tokens_charged"] == charged


async def test_continuous_bucket_refills_at_its_limit_per_period(
    fake: FakeOpenAI, client: AsyncOpenAI, clock: Clock
) -> None:
    fake.set_limits(KEY, rpm=3, counting=Counting.CONTINUOUS_BUCKET)
    for _ in range(3):
        await call(client)
    headers = await refused(client)
    assert headers["retry-after-ms"] == "20000"  # 3 a minute: one every 20 s
    assert headers["x-ratelimit-reset-requests"] == "1m0s"
    clock.now += 20.0
    await call(client)
    await refused(client)


# -- quantized: the minute's limit enforced over fixed slices ------------------------------------


async def test_quantized_limit_admits_one_slices_share_per_slice(
    fake: FakeOpenAI, client: AsyncOpenAI, clock: Clock
) -> None:
    # 6 a minute enforced over three 20-second slices: 2 a slice, never the minute's 6 at once.
    fake.set_limit_timing(slices=3)
    fake.set_limits(KEY, rpm=6, counting=Counting.QUANTIZED)
    clock.now = 1205.0  # 5 s into a slice
    headers, _ = await call(client)
    assert headers["x-ratelimit-limit-requests"] == "6"
    assert headers["x-ratelimit-remaining-requests"] == "1"
    assert headers["x-ratelimit-reset-requests"] == "15s"
    await call(client)
    headers = await refused(client)
    assert headers["retry-after-ms"] == "15000"  # the next slice
    clock.now = 1220.0
    for _ in range(2):
        await call(client)
    await refused(client)


async def test_quantized_calls_larger_than_a_slice_are_refused_as_too_large(
    fake: FakeOpenAI, client: AsyncOpenAI
) -> None:
    fake.set_limit_timing(slices=60)
    fake.set_limits(KEY, tpm=30 * CHARGE, counting=Counting.QUANTIZED)  # half a call a second
    with pytest.raises(openai.RateLimitError) as info:
        await call(client)
    assert "Request too large" in info.value.message


# -- headers, choice of counting, the period --------------------------------------------------


@pytest.mark.parametrize("counting", list(Counting))
async def test_every_answer_carries_openai_rate_limit_headers(
    fake: FakeOpenAI, client: AsyncOpenAI, counting: Counting
) -> None:
    fake.set_limit_timing(slices=1)
    fake.set_limits(KEY, rpm=1, tpm=10 * CHARGE, counting=counting)
    ok, _ = await call(client)
    refusal = await refused(client)
    for headers in (ok, refusal):
        assert set(HEADERS) <= set(headers), headers
        assert DURATION.match(headers["x-ratelimit-reset-requests"])
        assert DURATION.match(headers["x-ratelimit-reset-tokens"])
        assert headers["x-ratelimit-limit-requests"] == "1"
        assert headers["x-ratelimit-limit-tokens"] == str(10 * CHARGE)
    assert "retry-after" not in ok and "retry-after-ms" not in ok
    assert float(refusal["retry-after"]) > 0 and int(refusal["retry-after-ms"]) > 0


def test_reset_durations_are_written_as_openai_writes_them() -> None:
    cases = {0: "0s", 0.12: "120ms", 1: "1s", 7.66: "7.66s", 90.5: "1m30.5s", 360: "6m0s"}
    assert {seconds: format_duration(seconds) for seconds in cases} == cases
    assert format_duration(3600) == "1h0m0s"
    assert format_duration(0.0004) == "1ms"  # rounded up: never a retry too early


async def test_counting_is_chosen_for_every_key_or_for_one(fake: FakeOpenAI, clock: Clock) -> None:
    fake.set_default_limits(rpm=1)
    fake.set_counting(Counting.SLIDING_WINDOW)
    fake.set_counting(Counting.CONTINUOUS_BUCKET, key=OTHER_KEY)
    async with (
        AsyncOpenAI(base_url=fake.base_url, api_key=KEY, max_retries=0) as windowed,
        AsyncOpenAI(base_url=fake.base_url, api_key=OTHER_KEY, max_retries=0) as bucketed,
    ):
        for client in (windowed, bucketed):
            await call(client)
        clock.now += 30.0
        await refused(windowed)  # the window still holds its call
        await refused(bucketed)  # half a request refilled
        clock.now += 30.0
        await call(windowed)
        await call(bucketed)
    accounts = fake.accounting()
    assert accounts[KEY]["counting"] == "sliding_window"
    assert accounts[OTHER_KEY]["counting"] == "continuous_bucket"


async def test_a_shorter_period_scales_limits_and_headers_to_its_seconds(
    clock: Clock,
) -> None:
    # A test's minute of 6 s: the limits count over it and every wait is told in its seconds.
    async with FakeOpenAI(clock=clock, limit_period=6.0, counting="sliding_window") as fake:
        fake.set_limits(KEY, rpm=2)
        async with AsyncOpenAI(base_url=fake.base_url, api_key=KEY, max_retries=0) as client:
            await call(client)
            clock.now += 1.5
            headers, _ = await call(client)
            assert headers["x-ratelimit-reset-requests"] == "6s"
            headers = await refused(client)
            assert headers["retry-after-ms"] == "4500"
            clock.now += 4.5
            await call(client)


async def test_image_calls_count_against_the_image_limit_alone(
    fake: FakeOpenAI, client: AsyncOpenAI
) -> None:
    fake.set_limits(KEY, rpm=1, ipm=2)
    await call(client)
    await client.images.generate(prompt="a loaf", n=2)
    with pytest.raises(openai.RateLimitError):
        await client.images.generate(prompt="a loaf")
    account = fake.accounting()[KEY]
    assert (account["requests"], account["images"], account["rate_limited"]) == (1, 2, 1)


# -- what each key was charged --------------------------------------------------------------


def test_the_most_charged_in_any_window_counts_charges_less_than_a_period_apart() -> None:
    charges = [(0.0, 10.0), (30.0, 20.0), (59.9, 5.0), (60.0, 7.0), (95.0, 40.0)]
    # (0.0, 60.0] holds 20 + 5 + 7; (35.0, 95.0] holds 5 + 7 + 40.
    assert max_in_window(charges, 60.0) == 52.0
    assert max_in_window([], 60.0) == 0.0


async def test_accounting_reports_each_keys_requests_tokens_refusals_and_busiest_window(
    fake: FakeOpenAI, client: AsyncOpenAI, clock: Clock
) -> None:
    fake.set_limits(KEY, rpm=2, counting=Counting.SLIDING_WINDOW)
    await call(client)
    clock.now += 59.0
    await call(client)
    await refused(client)
    clock.now += 1.0  # the first charge leaves the window
    await call(client)
    account = fake.accounting()[KEY]
    assert account["requests"] == 3 and account["tokens_charged"] == 3 * CHARGE
    assert account["rate_limited"] == 1
    assert account["max_window_requests"] == 2 == account["rpm"]
    assert account["max_window_tokens"] == 2 * CHARGE
    fake.reset_stats()
    assert fake.accounting() == {}


def test_counting_is_configured_and_read_from_another_process() -> None:
    with FakeOpenAIThread() as fake:
        control = FakeControl(fake.base_url)
        config = control.configure(
            counting="quantized",
            limit_period=6.0,
            limit_slices=6,
            limits={KEY: {"rpm": 6, "counting": "sliding_window"}},
        )
        assert (config["counting"], config["limit_period"], config["limit_slices"]) == (
            "quantized",
            6.0,
            6,
        )
        with openai.OpenAI(base_url=fake.base_url, api_key=KEY, max_retries=0) as client:
            client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
        account = control.stats()["accounting"][KEY]
        assert account["counting"] == "sliding_window" and account["requests"] == 1
        assert account["period"] == 6.0
