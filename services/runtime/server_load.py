"""How busy one server replica is: calls in flight, calls served and how long each call waited
to start, as OpenTelemetry metrics an autoscaler and an operator read per pod.

The phase services mostly wait on the model, so CPU says little about their load: calls in
flight per replica is the number the HorizontalPodAutoscalers scale on (deploy/README.md).
Health checks and reflection are not work and are not counted.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import grpc
from opentelemetry import metrics
from opentelemetry.metrics import Counter, Histogram, Meter, UpDownCounter
from opentelemetry.sdk.metrics import MeterProvider

from services.runtime.auth import OPEN_METHOD_PREFIXES
from services.runtime.telemetry import SCOPE

IN_FLIGHT = "sitefarm.server.in_flight"
CALLS = "sitefarm.server.calls"
QUEUE_WAIT = "sitefarm.server.queue_wait"

# From a call picked up at once (well under a millisecond) to one stuck behind a busy loop.
_WAIT_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)


@dataclass(frozen=True)
class LoadInstruments:
    """The three instruments of a server's load, made on one meter."""

    in_flight: UpDownCounter
    calls: Counter
    queue_wait: Histogram

    @classmethod
    def on(cls, meter: Meter) -> LoadInstruments:
        return cls(
            in_flight=meter.create_up_down_counter(
                IN_FLIGHT,
                unit="{call}",
                description="Calls this replica is serving now, by rpc.service and rpc.method: "
                "what the HorizontalPodAutoscalers scale on.",
            ),
            calls=meter.create_counter(
                CALLS,
                unit="{call}",
                description="Calls this replica has served, by rpc.service and rpc.method: "
                "compared across replicas, how evenly the clients spread their calls.",
            ),
            queue_wait=meter.create_histogram(
                QUEUE_WAIT,
                unit="s",
                description="Time from a call's arrival at this replica to its handler "
                "starting: it grows when the replica's event loop is too busy to pick calls up.",
                explicit_bucket_boundaries_advisory=_WAIT_BUCKETS,
            ),
        )


# The API's meter: its instruments stay no-ops until telemetry.configure installs a provider.
_INSTRUMENTS = LoadInstruments.on(metrics.get_meter(SCOPE))


def _call_attributes(method: str) -> dict[str, str]:
    """rpc.* attributes of a full method name, `/sitefarm.v1.CodegenService/GeneratePage`."""
    service, _, name = method.lstrip("/").partition("/")
    return {"rpc.system": "grpc", "rpc.service": service, "rpc.method": name}


class ServerLoad(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Counts each call of the server's own services while its handler runs."""

    def __init__(self, instruments: LoadInstruments = _INSTRUMENTS) -> None:
        self._instruments = instruments

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        arrived = time.monotonic()
        handler = await continuation(details)
        method = details.method  # type: ignore[attr-defined]
        if handler is None or handler.request_streaming or method.startswith(OPEN_METHOD_PREFIXES):
            return handler
        attributes = _call_attributes(method)
        instruments = self._instruments

        def started() -> None:
            instruments.queue_wait.record(time.monotonic() - arrived, attributes)
            instruments.in_flight.add(1, attributes)

        def ended() -> None:
            instruments.in_flight.add(-1, attributes)
            instruments.calls.add(1, attributes)

        if not handler.response_streaming:
            unary = handler.unary_unary

            async def single(request: Any, context: grpc.aio.ServicerContext) -> Any:
                started()
                try:
                    return await unary(request, context)
                finally:
                    ended()

            return handler._replace(unary_unary=single)
        streaming = handler.unary_stream
        if inspect.isasyncgenfunction(streaming):

            async def stream(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
                started()
                try:
                    async for answer in streaming(request, context):
                        yield answer
                finally:
                    ended()

            return handler._replace(unary_stream=stream)

        async def written(request: Any, context: grpc.aio.ServicerContext) -> Any:
            started()  # a writer-API stream (context.write): the handler returns when it ends
            try:
                return await streaming(request, context)
            finally:
                ended()

        return handler._replace(unary_stream=written)


def server_interceptors() -> list[grpc.aio.ServerInterceptor]:
    """The load interceptor when this process exports metrics; none otherwise (no cost)."""
    if not isinstance(metrics.get_meter_provider(), MeterProvider):
        return []
    return [ServerLoad()]
