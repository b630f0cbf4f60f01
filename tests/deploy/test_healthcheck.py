"""deploy/healthcheck.py, the image's probe for Docker and compose, against a real server."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator

import pytest

from services.runtime.server import Registration, RunningServer, start_server
from services.runtime.settings import Settings
from testkit.deploy_checks import DEPLOY
from testkit.ports import free_port

PROBE = DEPLOY / "healthcheck.py"
SERVICE = "sitefarm.v1.DesignService"


@pytest.fixture
async def server() -> AsyncIterator[RunningServer]:
    """A sitefarm server on loopback that reports SERVING for SERVICE, as serve() starts it."""
    settings = Settings(host="127.0.0.1", drain_delay_seconds=0.0)
    running = await start_server([Registration(SERVICE, lambda _: None)], settings, port=0)
    yield running
    await running.server.stop(0)


async def probe(*args: str, port: int | None = None) -> int:
    """The probe's exit code, run as the image runs it: a separate python process."""
    env = {k: v for k, v in os.environ.items() if k != "SITEFARM_PORT"}
    if port is not None:
        env["SITEFARM_PORT"] = str(port)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(PROBE),
        *args,
        "--timeout",
        "2",
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    return await asyncio.wait_for(process.wait(), timeout=30)


async def test_a_serving_server_is_healthy(server: RunningServer) -> None:
    assert await probe(port=server.port) == 0
    assert await probe(SERVICE, port=server.port) == 0


async def test_a_service_the_server_does_not_serve_is_unhealthy(server: RunningServer) -> None:
    assert await probe("sitefarm.v1.NoSuchService", port=server.port) == 1


async def test_a_draining_server_is_unhealthy(server: RunningServer) -> None:
    await server.health.enter_graceful_shutdown()
    assert await probe(port=server.port) == 1


async def test_nothing_listening_is_unhealthy() -> None:
    assert await probe(port=free_port()) == 1
