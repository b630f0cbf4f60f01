"""Fixtures every test may use: real parts only (a real Redis, real gRPC servers on loopback, the
fake provider on loopback). The Redis is testcontainers' when a Docker engine answers, else a
redis-server on a free port, else REDIS_URL: the session's header says which."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest
import redis
from sitefarm.v1 import brief_pb2

from orchestrator.priority import remaining_path
from services.runtime.settings import Settings
from testkit.briefs import EXAMPLE_NAMES, example_brief
from testkit.fake_openai import FakeOpenAI
from testkit.redis_server import redis_source, running_redis
from testkit.settings import openai_settings_for

if TYPE_CHECKING:
    from services.stack import Stack


def pytest_report_header() -> str:
    return f"redis: {redis_source()}"


@pytest.fixture(autouse=True)
def _fresh_remaining_paths() -> Iterator[None]:
    """Each test's orchestrator starts from the prior phase durations, not from what earlier
    tests' jobs taught this process: the order of nodes ready together is the test's own."""
    remaining_path.cache_clear()
    yield
    remaining_path.cache_clear()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    """The suite's own Redis, for the whole session."""
    try:
        with running_redis() as url:
            yield url
    except RuntimeError as error:
        pytest.fail(str(error))


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


@pytest.fixture(params=EXAMPLE_NAMES)
def each_example_brief(request: pytest.FixtureRequest) -> brief_pb2.ProjectConfig:
    """Each example brief in turn."""
    return example_brief(request.param)


@pytest.fixture
async def fake_openai() -> AsyncIterator[FakeOpenAI]:
    """The OpenAI-compatible fake server on loopback, in this test's event loop."""
    async with FakeOpenAI(latency=0) as fake:
        yield fake


@pytest.fixture
def openai_settings(fake_openai: FakeOpenAI) -> Settings:
    """Settings for the openai provider talking to the fake, with quick retries."""
    return openai_settings_for(fake_openai)


@pytest.fixture
async def openai_stack(openai_settings: Settings) -> AsyncIterator[Stack]:
    """The five phase services on loopback, openai provider against the fake."""
    from services.stack import in_process_stack

    async with in_process_stack(openai_settings) as stack:
        yield stack
