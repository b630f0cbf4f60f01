"""Fixtures of the orchestrator tests: the fake provider in this event loop (farms, settings and
jobs come from testkit)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from testkit.fake_openai import FakeOpenAI, LatencyConfig


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    """The fake OpenAI server in this event loop, 50 ms per call unless a test says more."""
    async with FakeOpenAI(latency=LatencyConfig(chat=0.05, images=0.05)) as server:
        yield server
