"""An OTLP/gRPC receiver on loopback: what a collector or Jaeger would get, kept for assertions.

It implements the collector's TraceService and MetricsService (opentelemetry-proto) on a plain
grpc server in threads, so processes under test export to it exactly as they would to Jaeger.

    python -m testkit.otlp_receiver --port 4317   # prints span counts as they arrive
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable, Iterable
from concurrent import futures
from dataclasses import dataclass, field
from typing import Any

import grpc
from opentelemetry.proto.collector.metrics.v1 import (
    metrics_service_pb2,
    metrics_service_pb2_grpc,
)
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc
from opentelemetry.proto.common.v1 import common_pb2


def any_value(value: common_pb2.AnyValue) -> Any:
    """An OTLP AnyValue as a Python value (arrays as tuples)."""
    kind = value.WhichOneof("value")
    if kind is None:
        return None
    if kind == "array_value":
        return tuple(any_value(v) for v in value.array_value.values)
    if kind == "kvlist_value":
        return {kv.key: any_value(kv.value) for kv in value.kvlist_value.values}
    return getattr(value, kind)


def attributes_of(pairs: Iterable[common_pb2.KeyValue]) -> dict[str, Any]:
    return {kv.key: any_value(kv.value) for kv in pairs}


@dataclass(frozen=True)
class ReceivedSpan:
    """One exported span, flattened with the service that sent it."""

    service: str
    trace_id: str
    span_id: str
    parent_span_id: str
    name: str
    kind: int  # opentelemetry.proto.trace.v1.Span.SpanKind: 1 internal, 2 server, 3 client
    start_ns: int
    end_ns: int
    attributes: dict[str, Any]
    events: tuple[tuple[str, dict[str, Any]], ...]
    status_code: int
    status_message: str
    links: tuple[str, ...] = ()

    @property
    def start(self) -> float:
        return self.start_ns / 1e9

    @property
    def end(self) -> float:
        return self.end_ns / 1e9


@dataclass
class OtlpReceiver:
    """Collects every span, metric name and raw export request sent to it."""

    host: str = "127.0.0.1"
    port: int = 0
    spans: list[ReceivedSpan] = field(default_factory=list)
    metric_names: set[str] = field(default_factory=set)
    metrics: set[tuple[str, str]] = field(default_factory=set)  # (service, metric name)
    raw_requests: list[bytes] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: grpc.Server | None = None

    @property
    def endpoint(self) -> str:
        """What OTEL_EXPORTER_OTLP_ENDPOINT is set to (http: plaintext gRPC)."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> OtlpReceiver:
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
        trace_service_pb2_grpc.add_TraceServiceServicer_to_server(_Traces(self), server)
        metrics_service_pb2_grpc.add_MetricsServiceServicer_to_server(_Metrics(self), server)
        self.port = server.add_insecure_port(f"{self.host}:{self.port}")
        server.start()
        self._server = server
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop(grace=None)
            self._server = None

    def __enter__(self) -> OtlpReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def snapshot(self) -> list[ReceivedSpan]:
        with self._lock:
            return list(self.spans)

    def trace(self, trace_id: str) -> list[ReceivedSpan]:
        return [s for s in self.snapshot() if s.trace_id == trace_id]

    def wait_for(
        self, ready: Callable[[OtlpReceiver], bool], timeout: float = 10.0, every: float = 0.05
    ) -> bool:
        """Poll until `ready(self)` or the timeout; whether it became ready."""
        until = time.monotonic() + timeout
        while True:
            if ready(self):
                return True
            if time.monotonic() > until:
                return False
            time.sleep(every)

    def _add_traces(self, request: trace_service_pb2.ExportTraceServiceRequest) -> None:
        received = []
        for resource_spans in request.resource_spans:
            resource = attributes_of(resource_spans.resource.attributes)
            service = str(resource.get("service.name", ""))
            for scope_spans in resource_spans.scope_spans:
                for span in scope_spans.spans:
                    received.append(
                        ReceivedSpan(
                            service=service,
                            trace_id=span.trace_id.hex(),
                            span_id=span.span_id.hex(),
                            parent_span_id=span.parent_span_id.hex(),
                            name=span.name,
                            kind=span.kind,
                            start_ns=span.start_time_unix_nano,
                            end_ns=span.end_time_unix_nano,
                            attributes=attributes_of(span.attributes),
                            events=tuple(
                                (e.name, attributes_of(e.attributes)) for e in span.events
                            ),
                            status_code=span.status.code,
                            status_message=span.status.message,
                            links=tuple(link.span_id.hex() for link in span.links),
                        )
                    )
        with self._lock:
            self.spans.extend(received)
            self.raw_requests.append(request.SerializeToString())

    def _add_metrics(self, request: metrics_service_pb2.ExportMetricsServiceRequest) -> None:
        received = {
            (str(attributes_of(resource_metrics.resource.attributes).get("service.name")), m.name)
            for resource_metrics in request.resource_metrics
            for scope_metrics in resource_metrics.scope_metrics
            for m in scope_metrics.metrics
        }
        with self._lock:
            self.metrics |= received
            self.metric_names |= {name for _, name in received}
            self.raw_requests.append(request.SerializeToString())


class _Traces(trace_service_pb2_grpc.TraceServiceServicer):
    def __init__(self, receiver: OtlpReceiver) -> None:
        self._receiver = receiver

    def Export(
        self, request: trace_service_pb2.ExportTraceServiceRequest, context: grpc.ServicerContext
    ) -> trace_service_pb2.ExportTraceServiceResponse:
        self._receiver._add_traces(request)
        return trace_service_pb2.ExportTraceServiceResponse()


class _Metrics(metrics_service_pb2_grpc.MetricsServiceServicer):
    def __init__(self, receiver: OtlpReceiver) -> None:
        self._receiver = receiver

    def Export(
        self,
        request: metrics_service_pb2.ExportMetricsServiceRequest,
        context: grpc.ServicerContext,
    ) -> metrics_service_pb2.ExportMetricsServiceResponse:
        self._receiver._add_metrics(request)
        return metrics_service_pb2.ExportMetricsServiceResponse()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m testkit.otlp_receiver")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=4317)
    args = parser.parse_args(argv)
    with OtlpReceiver(args.host, args.port) as receiver:
        print(f"OTLP/gRPC receiver on {receiver.endpoint}", flush=True)
        seen = 0
        try:
            while True:
                time.sleep(1.0)
                spans = receiver.snapshot()
                if len(spans) != seen:
                    traces = len({s.trace_id for s in spans})
                    print(f"{len(spans)} spans in {traces} traces", flush=True)
                    seen = len(spans)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
