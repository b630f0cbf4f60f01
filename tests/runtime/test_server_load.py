"""A server's load as metrics: calls in flight while their handlers run, calls served, the wait
before each handler starts; health checks and reflection are not work and are not counted."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

from services.runtime.server import Registration, start_server
from services.runtime.server_load import CALLS, IN_FLIGHT, QUEUE_WAIT, LoadInstruments, ServerLoad
from services.runtime.settings import Settings

SERVICE = "sitefarm.test.Held"


@dataclass
class Held:
    """A service whose calls run until the test lets them go."""

    entered: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    async def single(self, request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        self.entered.set()
        await self.release.wait()
        return request

    async def stream(
        self, request: bytes, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[bytes]:
        yield request
        self.entered.set()
        await self.release.wait()
        yield request

    async def written(self, request: bytes, context: grpc.aio.ServicerContext) -> None:
        await context.write(request)
        self.entered.set()
        await self.release.wait()
        await context.write(request)

    def registration(self) -> Registration:
        handlers = grpc.method_handlers_generic_handler(
            SERVICE,
            {
                "Single": grpc.unary_unary_rpc_method_handler(self.single),
                "Stream": grpc.unary_stream_rpc_method_handler(self.stream),
                "Written": grpc.unary_stream_rpc_method_handler(self.written),
            },
        )
        return Registration(SERVICE, lambda server: server.add_generic_rpc_handlers([handlers]))


@dataclass
class Served:
    held: Held
    channel: grpc.aio.Channel
    reader: InMemoryMetricReader

    def points(self, name: str) -> list[Any]:
        data = self.reader.get_metrics_data()
        if data is None:
            return []
        return [
            point
            for resource in data.resource_metrics
            for scope in resource.scope_metrics
            for metric in scope.metrics
            if metric.name == name
            for point in metric.data.data_points
        ]

    def value(self, name: str, method: str) -> float:
        """The counter's value for one method (0 before its first call)."""
        values = [p.value for p in self.points(name) if p.attributes["rpc.method"] == method]
        return sum(values)


@pytest.fixture
async def served() -> AsyncIterator[Served]:
    reader = InMemoryMetricReader()
    meter = MeterProvider(metric_readers=[reader]).get_meter("test")
    held = Held()
    settings = Settings(host="127.0.0.1")
    running = await start_server(
        [held.registration()], settings, 0, [ServerLoad(LoadInstruments.on(meter))]
    )
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            yield Served(held, channel, reader)
    finally:
        held.release.set()
        await running.drain(grace=1.0)


async def test_a_call_is_in_flight_while_its_handler_runs_then_counted_as_served(
    served: Served,
) -> None:
    call = served.channel.unary_unary(f"/{SERVICE}/Single")(b"page", timeout=10)
    await asyncio.wait_for(served.held.entered.wait(), 10)
    assert served.value(IN_FLIGHT, "Single") == 1
    assert served.value(CALLS, "Single") == 0
    served.held.release.set()
    assert await call == b"page"
    assert served.value(IN_FLIGHT, "Single") == 0
    assert served.value(CALLS, "Single") == 1
    (wait,) = served.points(QUEUE_WAIT)
    assert wait.count == 1
    assert dict(wait.attributes) == {
        "rpc.system": "grpc",
        "rpc.service": SERVICE,
        "rpc.method": "Single",
    }


@pytest.mark.parametrize("method", ["Stream", "Written"])  # a generator, or context.write
async def test_a_stream_is_in_flight_until_its_last_message(served: Served, method: str) -> None:
    call = served.channel.unary_stream(f"/{SERVICE}/{method}")(b"event", timeout=10)
    assert await call.read() == b"event"
    await asyncio.wait_for(served.held.entered.wait(), 10)
    assert served.value(IN_FLIGHT, method) == 1
    served.held.release.set()
    assert await call.read() == b"event"
    assert await call.read() == grpc.aio.EOF
    assert served.value(IN_FLIGHT, method) == 0
    assert served.value(CALLS, method) == 1


async def test_a_failed_call_leaves_the_count_of_calls_in_flight(served: Served) -> None:
    call = served.channel.unary_unary(f"/{SERVICE}/Single")(b"page", timeout=0.2)
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await call
    assert raised.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    served.held.release.set()
    for _ in range(100):  # the server sees the deadline pass a moment after the client
        if served.value(CALLS, "Single") == 1:
            break
        await asyncio.sleep(0.01)
    assert served.value(IN_FLIGHT, "Single") == 0
    assert served.value(CALLS, "Single") == 1


async def test_health_checks_are_not_counted(served: Served) -> None:
    health = health_pb2_grpc.HealthStub(served.channel)
    await health.Check(health_pb2.HealthCheckRequest(), timeout=5)
    assert not served.points(IN_FLIGHT)
    assert not served.points(CALLS)
    assert not served.points(QUEUE_WAIT)
