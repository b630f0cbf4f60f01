"""SIGTERM on a service process: health goes NOT_SERVING and the call in flight finishes."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2, phases_pb2_grpc

from services.runtime.channels import open_channel
from services.runtime.phase_services import PHASE_SERVICES
from services.runtime.settings import Settings
from services.stack import spawn_service
from testkit.fake_openai import FakeOpenAIThread
from testkit.ports import free_port
from testkit.settings import TEST_API_KEY


@pytest.fixture
def slow_fake() -> Iterator[Any]:
    """The fake in its own thread, so a service in another process can call it."""
    with FakeOpenAIThread(latency={"chat": 0.0, "images": 1.5}) as fake:
        yield fake


async def test_sigterm_drains_the_call_in_flight(slow_fake: Any) -> None:
    images = next(s for s in PHASE_SERVICES if s.name == "images")
    port = free_port()
    process = spawn_service(
        images,
        port,
        env={
            "SITEFARM_PROVIDER": "openai",
            "OPENAI_BASE_URL": slow_fake.base_url,
            "OPENAI_API_KEY": TEST_API_KEY,
            "SITEFARM_GRACE_SECONDS": "10",
        },
    )
    settings = Settings()
    try:
        async with open_channel(f"127.0.0.1:{port}", settings) as channel:
            health = health_pb2_grpc.HealthStub(channel)
            await _wait_until_serving(health)
            stub = phases_pb2_grpc.ImageServiceStub(channel)
            request = phases_pb2.GenerateImageRequest(
                brief=brief_pb2.ProjectConfig(business_name="Drain Co", description="d"),
                image=artifacts_pb2.ImageSpec(id="hero", width=800, height=600, alt="a hero"),
                style_system=artifacts_pb2.StyleSystem(),
            )
            call = asyncio.ensure_future(stub.GenerateImage(request, timeout=20))
            in_flight = await asyncio.to_thread(slow_fake.wait_for, lambda f: f.in_flight > 0, 10)
            assert in_flight, "the image call never reached the provider"
            process.send_signal(signal.SIGTERM)
            status = await _health_after_sigterm(health)
            assert status != health_pb2.HealthCheckResponse.SERVING
            response = await call
            assert response.image.data.startswith(b"\x89PNG")
        assert await asyncio.to_thread(process.wait, 15) == 0
    finally:
        if process.poll() is None:
            process.kill()


async def _wait_until_serving(health: health_pb2_grpc.HealthStub) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            answer = await health.Check(health_pb2.HealthCheckRequest(), timeout=1)
            if answer.status == health_pb2.HealthCheckResponse.SERVING:
                return
        except grpc.aio.AioRpcError:
            if time.monotonic() > deadline:
                raise
        await asyncio.sleep(0.1)


async def _health_after_sigterm(health: health_pb2_grpc.HealthStub) -> int:
    """NOT_SERVING once the drain begins; a refused call also means it is not serving."""
    for _ in range(50):
        try:
            answer = await health.Check(health_pb2.HealthCheckRequest(), timeout=1)
        except grpc.aio.AioRpcError:
            return health_pb2.HealthCheckResponse.NOT_SERVING
        if answer.status != health_pb2.HealthCheckResponse.SERVING:
            return int(answer.status)
        await asyncio.sleep(0.05)
    return health_pb2.HealthCheckResponse.SERVING
