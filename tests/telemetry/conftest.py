"""Fixtures of the telemetry tests: real processes exporting to a real OTLP receiver, the five
phase services and the orchestrator each started as in production (testkit.traced_farm), the
openai provider answered by the fake server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from testkit.fake_openai import FakeOpenAIThread, LatencyConfig
from testkit.otlp_receiver import OtlpReceiver
from testkit.traced_farm import Farm, traced_farm


@pytest.fixture(scope="module")
def receiver() -> Iterator[OtlpReceiver]:
    with OtlpReceiver() as running:
        yield running


@pytest.fixture(scope="module")
def fake_provider() -> Iterator[FakeOpenAIThread]:
    """The fake OpenAI server on its own loop, so processes reach it between tests too."""
    fake = FakeOpenAIThread(latency=LatencyConfig(chat=0.02, images=0.02))
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def farm(receiver: OtlpReceiver, fake_provider: FakeOpenAIThread) -> Iterator[Farm]:
    """Five phase services and the orchestrator as separate processes, exporting to
    `receiver`, the openai provider answered by `fake_provider`."""
    with traced_farm(receiver, fake_provider.base_url) as running:
        yield running
