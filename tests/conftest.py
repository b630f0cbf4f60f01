"""Shared fixtures: real parts only (a real redis-server, real gRPC servers on loopback)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import redis

from services.runtime.brief import load_brief
from services.runtime.settings import Settings

if TYPE_CHECKING:
    from services.stack import Stack

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    """A Redis of the suite's own: REDIS_URL when set, else a redis-server on a free port."""
    if url := os.environ.get("REDIS_URL"):
        yield url
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed and REDIS_URL is not set")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(10)


@pytest.fixture
def redis_url(redis_server: str) -> str:
    """The suite's Redis, emptied before each test that uses it."""
    redis.Redis.from_url(redis_server).flushdb()
    return redis_server


@pytest.fixture
def offline_settings() -> Settings:
    """Settings as a new user has them: offline provider, no Redis."""
    return Settings(provider="offline", redis_url=None, host="127.0.0.1")


@pytest.fixture
async def offline_stack(offline_settings: Settings) -> AsyncIterator[Stack]:
    """The five phase services on loopback, offline provider."""
    from services.stack import in_process_stack  # imports every service: only when needed

    async with in_process_stack(offline_settings) as stack:
        yield stack


@pytest.fixture(params=["bakery", "lawfirm", "devtool"])
def example_brief(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Each example brief in turn."""
    return load_brief(EXAMPLES / f"{request.param}.yaml")


TEST_API_KEY = "sk-test-conftest-0123456789abcdef"


@pytest.fixture
async def fake_openai() -> AsyncIterator[Any]:
    """The OpenAI-compatible fake server on loopback, in this test's event loop."""
    from testkit.fake_openai import FakeOpenAI

    async with FakeOpenAI(latency=0) as fake:
        yield fake


@pytest.fixture
def openai_settings(fake_openai: Any) -> Settings:
    """Settings for the openai provider talking to the fake, with quick retries."""
    return Settings(
        provider="openai",
        openai_base_url=fake_openai.base_url,
        openai_api_key=TEST_API_KEY,
        redis_url=None,
        host="127.0.0.1",
        retry_base_seconds=0.01,
        retry_max_seconds=0.05,
    )


@pytest.fixture
async def openai_stack(openai_settings: Settings) -> AsyncIterator[Stack]:
    """The five phase services on loopback, openai provider against the fake."""
    from services.stack import in_process_stack

    async with in_process_stack(openai_settings) as stack:
        yield stack
