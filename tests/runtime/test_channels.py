"""Client channels spread calls one by one over every address their target names, in any gRPC
target form, and step around a server that went away."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from services.runtime.channels import client_options, open_channel, service_config
from services.runtime.server import RunningServer, start_server
from services.runtime.settings import Settings

SETTINGS = Settings(host="127.0.0.1")


class CountCalls(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Counts the calls one server receives, under its name."""

    def __init__(self, name: int, counts: Counter[int]) -> None:
        self._name, self._counts = name, counts

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        self._counts[self._name] += 1
        return await continuation(details)


@pytest.fixture
async def servers() -> AsyncIterator[tuple[list[RunningServer], Counter[int]]]:
    """Three servers on loopback, each counting the calls it serves."""
    counts: Counter[int] = Counter()
    running = [await start_server([], SETTINGS, 0, [CountCalls(i, counts)]) for i in range(3)]
    try:
        yield running, counts
    finally:
        for server in running:
            await server.server.stop(None)


def ipv4_target(servers: list[RunningServer]) -> str:
    return "ipv4:" + ",".join(f"127.0.0.1:{s.port}" for s in servers)


async def check_health(channel: grpc.aio.Channel, times: int) -> None:
    health = health_pb2_grpc.HealthStub(channel)
    for _ in range(times):
        answer = await health.Check(health_pb2.HealthCheckRequest(), timeout=5)
        assert answer.status == health_pb2.HealthCheckResponse.SERVING


async def test_calls_through_one_multi_address_target_take_turns_over_every_server(
    servers: tuple[list[RunningServer], Counter[int]],
) -> None:
    running, counts = servers
    async with open_channel(ipv4_target(running), SETTINGS) as channel:
        await check_health(channel, 30)
    # A turn each, give or take the first calls, made while some connections were opening.
    assert set(counts) == {0, 1, 2}
    assert min(counts.values()) >= 8, counts


async def test_a_dns_target_reaches_the_server_its_name_resolves_to(
    servers: tuple[list[RunningServer], Counter[int]],
) -> None:
    running, counts = servers
    async with open_channel(f"dns:///localhost:{running[0].port}", SETTINGS) as channel:
        await check_health(channel, 3)
    assert counts == {0: 3}


async def test_calls_step_around_a_server_that_went_away(
    servers: tuple[list[RunningServer], Counter[int]],
) -> None:
    running, counts = servers
    async with open_channel(ipv4_target(running), SETTINGS) as channel:
        await channel.channel_ready()
        await running[1].server.stop(None)
        counts.clear()
        await check_health(channel, 20)
    assert set(counts) == {0, 2}
    assert min(counts.values()) >= 5, counts


def test_a_client_that_starts_jobs_balances_but_never_sends_a_call_twice() -> None:
    options = dict(client_options(SETTINGS, retry_unavailable=False))
    config = json.loads(str(options["grpc.service_config"]))
    assert config == {"loadBalancingConfig": [{"round_robin": {}}]}
    assert service_config()["methodConfig"][0]["retryPolicy"]["retryableStatusCodes"] == [
        "UNAVAILABLE"
    ]
