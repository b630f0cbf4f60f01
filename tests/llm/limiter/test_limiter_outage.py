"""Redis stopped mid-run: calls follow the stated policy, never overshoot silently, and shared
limiting resumes when Redis is back. Each test stops and restarts a redis-server of its own."""

from __future__ import annotations

import asyncio
import logging
import shutil
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest
import redis

from services.llm.gateway import Gateway
from services.llm.keys import ApiKey, ModelClass
from services.llm.limiter.buckets import Limits
from services.llm.limiter.counters import COUNTERS
from services.llm.limiter.pool import pool_limits
from services.llm.limiter.redis_backend import RedisRateLimiter, redis_client
from services.llm.limiter.waiting import MAX_JITTER_SECONDS
from services.llm.openai_provider import OpenAIProvider
from services.runtime.errors import RateLimitedError
from services.runtime.settings import Settings
from testkit.limiter_load import load_task
from testkit.ports import free_port

KEY = ApiKey.of("sk-outage-test-key-0000000000000000")
CHAT = ModelClass.CHAT


class OwnRedis:
    """A redis-server this test may stop and start again on the same port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("redis-server is not installed: this test stops and restarts its own")
        self._process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(port=self.port)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(10)
            self._process = None


@pytest.fixture
def own_redis() -> Iterator[OwnRedis]:
    server = OwnRedis()
    server.start()
    try:
        yield server
    finally:
        server.stop()


async def test_with_redis_down_calls_fail_closed_and_recover_when_it_returns(
    own_redis: OwnRedis, fake_openai: Any, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(
        provider="openai",
        openai_base_url=fake_openai.base_url,
        openai_api_key=KEY.secret,
        redis_url=own_redis.url,
        retry_attempts=1,
    )
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        await asyncio.sleep(seconds)

    limits = pool_limits(settings, [KEY])
    limiter = RedisRateLimiter(
        [KEY], limits, redis_client(own_redis.url), redis_wait=0.5, sleep=sleep
    )
    gateway = Gateway(settings, OpenAIProvider(settings, limiter))
    try:
        await gateway.chat(load_task())
        own_redis.stop()
        closed_before = COUNTERS.snapshot()["fail_closed"]
        with caplog.at_level(logging.WARNING, logger="services.llm.limiter"):
            for _ in range(2):
                slept.clear()
                started = time.monotonic()
                with pytest.raises(RateLimitedError, match="fail closed"):
                    await gateway.chat(load_task())
                assert time.monotonic() - started >= 0.5, "refused only after the stated wait"
                assert sum(slept) <= 0.5 + len(slept) * MAX_JITTER_SECONDS, "and no longer"
            assert fake_openai.request_count() == 1, "no call went out unlimited"
            assert COUNTERS.snapshot()["fail_closed"] == closed_before + 2
            own_redis.start()
            await gateway.chat(load_task())
        assert fake_openai.request_count() == 2
        messages = [r.getMessage() for r in caplog.records]
        assert any("fail closed until it answers again" in m for m in messages)
        assert any("shared rate limits resume" in m for m in messages)
    finally:
        await gateway.aclose()


async def test_a_call_waiting_for_redis_proceeds_as_soon_as_it_returns(
    own_redis: OwnRedis,
) -> None:
    limits = {(CHAT, KEY.id): Limits(100, 0), (ModelClass.IMAGES, KEY.id): Limits(0, 0)}
    limiter = RedisRateLimiter([KEY], limits, redis_client(own_redis.url), redis_wait=5.0)
    try:
        await limiter.acquire(CHAT, 1)
        own_redis.stop()
        waiting = asyncio.create_task(limiter.acquire(CHAT, 1))
        await asyncio.sleep(0.8)
        assert not waiting.done(), "fail closed waits for Redis before refusing"
        own_redis.start()
        grant = await asyncio.wait_for(waiting, 3.0)
        assert not grant.fallback
    finally:
        await limiter.aclose()


async def test_with_a_fallback_share_each_process_limits_itself_to_that_share(
    own_redis: OwnRedis, caplog: pytest.LogCaptureFixture
) -> None:
    limits = {(CHAT, KEY.id): Limits(10, 0), (ModelClass.IMAGES, KEY.id): Limits(0, 0)}
    limiter = RedisRateLimiter(
        [KEY], limits, redis_client(own_redis.url), max_wait=1.0, fallback_share=0.5
    )
    try:
        assert not (await limiter.acquire(CHAT, 1)).fallback
        own_redis.stop()
        with caplog.at_level(logging.WARNING, logger="services.llm.limiter"):
            grants = [await limiter.acquire(CHAT, 1) for _ in range(5)]
            assert all(grant.fallback for grant in grants)
            with pytest.raises(RateLimitedError, match="busy"):
                await limiter.acquire(CHAT, 1)  # half of ten is spent: never a silent overshoot
            await limiter.reconcile(grants[0], 1)
            own_redis.start()
            await asyncio.sleep(0.6)  # the next probe of Redis
            assert not (await limiter.acquire(CHAT, 1)).fallback
        messages = [r.getMessage() for r in caplog.records]
        assert any("limiting in process at 50%" in m for m in messages)
        assert any("shared rate limits resume" in m for m in messages)
    finally:
        await limiter.aclose()
