"""Traces and metrics of every sitefarm process: OTLP export set up once from the OTEL_* variables.

`configure(process)` is called once per process (serve(), the orchestrator, the CLI). With no
OTLP endpoint set (or OTEL_SDK_DISABLED=true) it installs nothing: the spans and instruments
below stay the OpenTelemetry API's no-ops and the gRPC interceptors are left out, so tracing
costs next to nothing. Everything a span carries passes through `redact` twice: when it is set
here, and once more in the exporter, which also catches what instrumentation libraries record.

Spans read the same in any backend: each carries `sitefarm.process` (some backends drop the
resource), gRPC spans are named `<Service>/<Method> client` and `... server`, a failed call's
server span has an error status with its code and message, and a call that names a job
(GetJob, WatchJob, CancelJob, DownloadSite) joins that job's trace.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import grpc
from opentelemetry import baggage, metrics, trace
from opentelemetry import context as otel_context
from opentelemetry.context import Context
from opentelemetry.instrumentation.grpc import aio_client_interceptors
from opentelemetry.instrumentation.grpc._aio_server import (
    OpenTelemetryAioServerInterceptor,
    _OpenTelemetryAioServicerContext,
)
from opentelemetry.propagate import extract
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import MetricReader, PeriodicExportingMetricReader
from opentelemetry.sdk.resources import SERVICE_NAME, Resource
from opentelemetry.sdk.trace import Event, ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult
from opentelemetry.sdk.trace.id_generator import RandomIdGenerator
from opentelemetry.trace import (
    Link,
    NonRecordingSpan,
    Span,
    SpanContext,
    SpanKind,
    Status,
    StatusCode,
    TraceFlags,
)
from opentelemetry.util.types import AttributeValue

from services.runtime.redact import redact

log = logging.getLogger(__name__)

SCOPE = "sitefarm"
# Baggage entries under this prefix (job id, node, phase, attempt) cross every gRPC hop and
# land as attributes on every span started under them, server spans included.
BAGGAGE_PREFIX = "sitefarm."
JOB_ID = "sitefarm.job.id"
# The process a span comes from (the service name), on every span.
PROCESS = "sitefarm.process"
MAX_ATTRIBUTE_CHARS = 512
RPC_GRPC_STATUS_CODE = "rpc.grpc.status_code"

# GenAI semantic conventions (opentelemetry-semantic-conventions, gen_ai_attributes).
GEN_AI_OPERATION_NAME = "gen_ai.operation.name"
GEN_AI_PROVIDER_NAME = "gen_ai.provider.name"
GEN_AI_SYSTEM = "gen_ai.system"  # the older name of gen_ai.provider.name, still widely read
GEN_AI_REQUEST_MODEL = "gen_ai.request.model"
GEN_AI_RESPONSE_MODEL = "gen_ai.response.model"
GEN_AI_RESPONSE_ID = "gen_ai.response.id"
GEN_AI_RESPONSE_FINISH_REASONS = "gen_ai.response.finish_reasons"
GEN_AI_OUTPUT_TYPE = "gen_ai.output.type"
GEN_AI_REQUEST_MAX_TOKENS = "gen_ai.request.max_tokens"
GEN_AI_USAGE_INPUT_TOKENS = "gen_ai.usage.input_tokens"
GEN_AI_USAGE_OUTPUT_TOKENS = "gen_ai.usage.output_tokens"
GEN_AI_TOKEN_TYPE = "gen_ai.token.type"
ERROR_TYPE = "error.type"

# gRPC services whose calls are infrastructure, not work: a probe every few seconds would
# otherwise start a trace of its own.
_UNTRACED_SERVICES = (
    "grpc.health.v1.Health",
    "grpc.reflection.v1alpha.ServerReflection",
    "grpc.reflection.v1.ServerReflection",
)

_tracer = trace.get_tracer(SCOPE)
_meter = metrics.get_meter(SCOPE)

# Seconds, from a cached checkpoint (milliseconds) to a slow model call (minutes).
_SECONDS_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80, 160, 320)
_TOKEN_BUCKETS = (1, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576)

PHASE_DURATION = _meter.create_histogram(
    "sitefarm.phase.duration",
    unit="s",
    description="Time of one phase node, from its inputs being ready to its result.",
    explicit_bucket_boundaries_advisory=_SECONDS_BUCKETS,
)
TOKEN_USAGE = _meter.create_histogram(
    "gen_ai.client.token.usage",
    unit="{token}",
    description="Tokens per model call, by gen_ai.token.type, model and sitefarm.phase.",
    explicit_bucket_boundaries_advisory=_TOKEN_BUCKETS,
)
OPERATION_DURATION = _meter.create_histogram(
    "gen_ai.client.operation.duration",
    unit="s",
    description="Time of one model call.",
    explicit_bucket_boundaries_advisory=_SECONDS_BUCKETS,
)
RATE_LIMIT_WAIT = _meter.create_histogram(
    "sitefarm.rate_limit.wait",
    unit="s",
    description="Time a model call waited for the rate limiter to grant a key.",
    explicit_bucket_boundaries_advisory=_SECONDS_BUCKETS,
)
RETRIES = _meter.create_counter(
    "sitefarm.retries",
    unit="{retry}",
    description="Attempts that failed and were tried again, by layer (node or provider).",
)
RATE_LIMITED = _meter.create_counter(
    "sitefarm.provider.rate_limited",
    unit="{response}",
    description="429 answers of the model provider.",
)
JOBS = _meter.create_counter(
    "sitefarm.jobs", unit="{job}", description="Finished jobs, by outcome and mode."
)


# --- set-up --------------------------------------------------------------------------------------


@dataclass
class Telemetry:
    """What `configure` installed in this process; `close()` flushes it (and shuts it down when
    this handle is the one that installed it)."""

    process: str
    tracer_provider: TracerProvider | None = None
    meter_provider: MeterProvider | None = None
    owner: bool = False

    @property
    def enabled(self) -> bool:
        return self.tracer_provider is not None or self.meter_provider is not None

    def flush(self, timeout_seconds: float = 5.0) -> None:
        """Export what is buffered now; bounded, so a dead collector never stalls a drain."""
        millis = int(timeout_seconds * 1000)
        if self.tracer_provider is not None:
            self.tracer_provider.force_flush(millis)
        if self.meter_provider is not None:
            self.meter_provider.force_flush(millis)

    def close(self) -> None:
        """Flush; the installing handle also shuts the providers down (a last export)."""
        global _active
        if not self.owner:
            self.flush()
            return
        if self.tracer_provider is not None:
            self.tracer_provider.shutdown()
        if self.meter_provider is not None:
            self.meter_provider.shutdown()
        if _active is self:
            _active = None


_active: Telemetry | None = None


def enabled() -> bool:
    """Whether this process exports telemetry (so spans are worth building)."""
    return _active is not None and _active.enabled


def _env_true(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() == "true"


def _wanted(signal: str) -> bool:
    """Whether OTLP export of `signal` (TRACES or METRICS) is asked for by the environment."""
    exporter = os.environ.get(f"OTEL_{signal}_EXPORTER", "otlp").strip().lower()
    if exporter == "none":
        return False
    if exporter != "otlp":
        log.warning("OTEL_%s_EXPORTER=%s is not built in; using otlp", signal, exporter)
    endpoint = os.environ.get(f"OTEL_EXPORTER_OTLP_{signal}_ENDPOINT") or os.environ.get(
        "OTEL_EXPORTER_OTLP_ENDPOINT"
    )
    protocol = os.environ.get(f"OTEL_EXPORTER_OTLP_{signal}_PROTOCOL") or os.environ.get(
        "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"
    )
    if endpoint and protocol.strip().lower() != "grpc":
        log.warning("OTLP protocol %s is not built in; exporting over grpc", protocol)
    return bool(endpoint)


def resource_for(process: str) -> Resource:
    """The standard resource (OTEL_RESOURCE_ATTRIBUTES, OTEL_SERVICE_NAME win) whose service
    name defaults to sitefarm-<process>."""
    resource = Resource.create({})
    name = str(resource.attributes.get(SERVICE_NAME, ""))
    if not name or name.startswith("unknown_service"):
        resource = resource.merge(Resource({SERVICE_NAME: f"sitefarm-{process}"}))
    return resource


def configure(
    process: str,
    span_exporter: SpanExporter | None = None,
    metric_reader: MetricReader | None = None,
) -> Telemetry:
    """Install tracing and metrics for this process, once; later calls share the first set-up.

    Configured by the standard variables: OTEL_EXPORTER_OTLP_ENDPOINT (none: nothing is
    installed), OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES, OTEL_TRACES_SAMPLER(_ARG),
    OTEL_SDK_DISABLED, OTEL_TRACES_EXPORTER / OTEL_METRICS_EXPORTER (otlp or none), OTEL_BSP_*,
    OTEL_METRIC_EXPORT_INTERVAL. `span_exporter` / `metric_reader` replace OTLP (tests, bench).
    """
    global _active
    if _active is not None:
        return Telemetry(process, _active.tracer_provider, _active.meter_provider, owner=False)
    if _env_true("OTEL_SDK_DISABLED"):
        return Telemetry(process)
    traces = span_exporter is not None or _wanted("TRACES")
    metrics_on = metric_reader is not None or _wanted("METRICS")
    if not traces and not metrics_on:
        return Telemetry(process)
    resource = resource_for(process)
    handle = Telemetry(process, owner=True)
    if traces:
        if span_exporter is None:
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

            span_exporter = OTLPSpanExporter()
        # The SDK reads OTEL_TRACES_SAMPLER itself; parent-based keeps one decision per trace.
        tracer_provider = TracerProvider(resource=resource, id_generator=JobTraceIds())
        tracer_provider.add_span_processor(
            ReadableSpans(str(resource.attributes.get(SERVICE_NAME, process)))
        )
        tracer_provider.add_span_processor(BaggageAttributes())
        tracer_provider.add_span_processor(BatchSpanProcessor(RedactingSpanExporter(span_exporter)))
        trace.set_tracer_provider(tracer_provider)
        handle.tracer_provider = tracer_provider
    if metrics_on:
        if metric_reader is None:
            from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import OTLPMetricExporter

            metric_reader = PeriodicExportingMetricReader(OTLPMetricExporter())
        meter_provider = MeterProvider(resource=resource, metric_readers=[metric_reader])
        metrics.set_meter_provider(meter_provider)
        handle.meter_provider = meter_provider
    _active = handle
    log.info(
        "telemetry on for %s (traces %s, metrics %s)",
        resource.attributes.get(SERVICE_NAME),
        "on" if traces else "off",
        "on" if metrics_on else "off",
    )
    return handle


@contextmanager
def session(process: str) -> Iterator[Telemetry]:
    """`configure(process)` for the length of a block, flushed (or shut down) when it ends."""
    handle = configure(process)
    try:
        yield handle
    finally:
        handle.close()


def _untraced_prefixes() -> tuple[str, ...]:
    excluded = os.environ.get("OTEL_PYTHON_GRPC_EXCLUDED_SERVICES", "").split(",")
    names = [*_UNTRACED_SERVICES, *(name.strip() for name in excluded if name.strip())]
    return tuple(f"/{name}/" for name in names)


_UNTRACED_PREFIXES = _untraced_prefixes()


def _traced_call(details: Any) -> bool:
    """Whether a call gets a span. A plain prefix test: the library's filters cost tens of
    microseconds a call in isinstance checks."""
    method = getattr(details, "method", "")
    if isinstance(method, bytes):  # grpc.aio clients may hand the method over as bytes
        method = method.decode()
    return not str(method).startswith(_UNTRACED_PREFIXES)


def server_interceptors() -> list[grpc.aio.ServerInterceptor]:
    """Server spans, continuing the caller's trace and baggage; none while telemetry is off."""
    if _active is None or _active.tracer_provider is None:
        return []
    tracer = _active.tracer_provider.get_tracer("opentelemetry.instrumentation.grpc")
    return [ServerSpans(tracer, filter_=_traced_call)]


def client_interceptors() -> list[grpc.aio.ClientInterceptor]:
    """Client spans that send the trace context and baggage along; none while telemetry is off."""
    if _active is None or _active.tracer_provider is None:
        return []
    return list(aio_client_interceptors(_active.tracer_provider, filter_=_traced_call))


def _short_service(service: str) -> str:
    """`sitefarm.v1.DesignService` as `DesignService`: the package is in rpc.service."""
    return service.rsplit(".", 1)[-1]


class ReadableSpans(SpanProcessor):
    """Puts the process on every span and names each gRPC span by its side of the call, as the
    backends that drop the resource and the span kind still show them."""

    def __init__(self, process: str) -> None:
        self._process = process

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        span.set_attribute(PROCESS, self._process)
        kind = getattr(span, "kind", SpanKind.INTERNAL)
        attributes = getattr(span, "attributes", None) or {}
        if kind in (SpanKind.CLIENT, SpanKind.SERVER) and attributes.get("rpc.system") == "grpc":
            side = "client" if kind is SpanKind.CLIENT else "server"
            service = _short_service(str(attributes.get("rpc.service", "")))
            span.update_name(f"{service}/{attributes.get('rpc.method', '')} {side}")


def _record_failure(span: Span, code: grpc.StatusCode, details: str) -> None:
    """A failed call on its server span: the status code, and an error status saying why."""
    span.set_attribute(RPC_GRPC_STATUS_CODE, code.value[0])
    span.set_attribute(ERROR_TYPE, code.name)
    span.set_status(Status(StatusCode.ERROR, safe(f"{code.name}: {details}", 300)))


class _ServerCall(_OpenTelemetryAioServicerContext):  # type: ignore[misc]
    """The servicer context a traced call sees: an abort records its code and message."""

    async def abort(
        self, code: grpc.StatusCode, details: str = "", trailing_metadata: Any = ()
    ) -> None:
        self._self_code = code
        self._self_details = details
        _record_failure(self._self_active_span, code, details)
        await self.__wrapped__.abort(code, details, trailing_metadata)


class ServerSpans(OpenTelemetryAioServerInterceptor):  # type: ignore[misc]
    """The OpenTelemetry gRPC server spans, with three changes: a failed call's span has an
    error status with its code and message (the instrumentation leaves client errors UNSET),
    an abort is no exception event (it recorded "Locally aborted." twice), and a call whose
    request names a job and that carries no trace context joins the job's trace."""

    def _intercept_aio_server_unary(self, behavior: Any, handler_call_details: Any) -> Any:
        async def unary(request: Any, context: grpc.aio.ServicerContext) -> Any:
            with self._job_context(request, context) as job_id:
                failure: BaseException | None = None
                with self._start_span(handler_call_details, context) as span:
                    _join(span, job_id)
                    try:
                        return await behavior(request, _ServerCall(context, span))
                    except BaseException as error:  # recorded once, raised past the span
                        _record_error(span, error)
                        failure = error
                assert failure is not None
                raise failure

        return unary

    def _intercept_aio_server_stream(self, behavior: Any, handler_call_details: Any) -> Any:
        async def stream(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
            with self._job_context(request, context) as job_id:
                failure: BaseException | None = None
                with self._start_span(handler_call_details, context) as span:
                    _join(span, job_id)
                    try:
                        async for response in behavior(request, _ServerCall(context, span)):
                            yield response
                    except BaseException as error:
                        _record_error(span, error)
                        failure = error
                if failure is not None:
                    raise failure

        return stream

    @contextmanager
    def _job_context(self, request: Any, context: grpc.aio.ServicerContext) -> Iterator[str]:
        """The caller's trace context, or the named job's when the caller sent none; yields the
        job id the request names ("" when none)."""
        job_id = getattr(request, "job_id", "")
        job_id = job_id if isinstance(job_id, str) else ""
        carried = extract({m.key: m.value for m in context.invocation_metadata() or ()})
        parent = carried
        if not trace.get_current_span(carried).get_span_context().is_valid and job_id:
            parent = job_trace_context(job_id) or carried
        token = otel_context.attach(parent)
        try:
            yield job_id
        finally:
            otel_context.detach(token)


def _join(span: Span, job_id: str) -> None:
    if job_id:
        job_call(job_id, span)


def _record_error(span: Span, error: BaseException) -> None:
    """The span of a call that raised: an abort has recorded itself; a caller that went away
    is CANCELLED; anything else is one exception event and an error status."""
    if isinstance(error, grpc.aio.AbortError | GeneratorExit):
        return
    if isinstance(error, asyncio.CancelledError):
        _record_failure(span, grpc.StatusCode.CANCELLED, "the call was cancelled")
        return
    span.record_exception(error)
    span.set_attribute(ERROR_TYPE, type(error).__qualname__)
    span.set_status(Status(StatusCode.ERROR, safe(f"{type(error).__qualname__}: {error}", 300)))


# --- trace ids and baggage -------------------------------------------------------------------

_next_trace_id: ContextVar[int | None] = ContextVar("next_trace_id", default=None)
_next_span_id: ContextVar[int | None] = ContextVar("next_span_id", default=None)


class JobTraceIds(RandomIdGenerator):
    """Random ids, except that a job's root span asks for its job id as the trace id (so the job
    id pasted into a tracing backend's trace-id search opens the job's trace) and for a span id
    derived from it (so a call about the job can join its trace as a child of the root)."""

    def generate_trace_id(self) -> int:
        wanted = _next_trace_id.get()
        return wanted if wanted is not None else super().generate_trace_id()

    def generate_span_id(self) -> int:
        wanted = _next_span_id.get()
        return wanted if wanted is not None else super().generate_span_id()


def _root_span_id(trace_id: int) -> int:
    """The span id of the root span of the job whose trace id is `trace_id`."""
    return (trace_id & 0xFFFF_FFFF_FFFF_FFFF) or 1


def job_root_span_context(job_id: str) -> SpanContext | None:
    """The context of job `job_id`'s root span, sampled as the job's trace is; None when the job
    id is no trace id or tracing is off."""
    trace_id = _trace_id_of(job_id)
    if trace_id is None or _active is None or _active.tracer_provider is None:
        return None
    # The root's decision depends only on the trace id (always on, off, or a ratio of it).
    decision = _active.tracer_provider.sampler.should_sample(None, trace_id, "job")
    flags = TraceFlags(TraceFlags.SAMPLED if decision.decision.is_sampled() else 0)
    return SpanContext(trace_id, _root_span_id(trace_id), is_remote=True, trace_flags=flags)


def job_trace_context(job_id: str) -> Context | None:
    """A context under job `job_id`'s root span with the job id as baggage: spans started in it
    join the job's trace. None when that cannot be (see job_root_span_context)."""
    root = job_root_span_context(job_id)
    if root is None:
        return None
    context = trace.set_span_in_context(NonRecordingSpan(root), Context())
    return baggage.set_baggage(JOB_ID, job_id, context)


@contextmanager
def in_job_trace(job_id: str) -> Iterator[None]:
    """Spans started in this block (and the calls they make) join job `job_id`'s trace."""
    context = job_trace_context(job_id)
    if context is None:
        yield
        return
    token = otel_context.attach(context)
    try:
        yield
    finally:
        otel_context.detach(token)


def job_call(job_id: str, span: Span | None = None) -> None:
    """`span` (the current one by default), a call about job `job_id`, carries the job id and,
    outside the job's trace, a link to the job's root span."""
    span = span or trace.get_current_span()
    if not span.is_recording():
        return
    span.set_attribute(JOB_ID, safe(job_id, 64))
    root = job_root_span_context(job_id)
    if root is not None and span.get_span_context().trace_id != root.trace_id:
        span.add_link(root, {"sitefarm.link": "job"})


def _trace_id_of(job_id: str) -> int | None:
    """A 32-hex-digit job id (a uuid4) as a trace id; anything else gets a random one."""
    if len(job_id) != 32:
        return None
    try:
        value = int(job_id, 16)
    except ValueError:
        return None
    return value or None


def start_job_span(job_id: str, name: str, attributes: Mapping[str, AttributeValue]) -> Span:
    """The root span of a job: a new trace (whose id is the job id when it can be), linked to
    the span that started the job (the RPC that accepted it), with the job id as baggage."""
    caller = trace.get_current_span().get_span_context()
    links = [Link(caller, {"sitefarm.link": "started by"})] if caller.is_valid else []
    trace_id = _trace_id_of(job_id)
    token = _next_trace_id.set(trace_id)
    span_token = _next_span_id.set(None if trace_id is None else _root_span_id(trace_id))
    try:
        return _tracer.start_span(
            name,
            context=baggage.set_baggage(JOB_ID, job_id, Context()),
            kind=SpanKind.INTERNAL,
            attributes={JOB_ID: job_id, **attributes},
            links=links,
        )
    finally:
        _next_span_id.reset(span_token)
        _next_trace_id.reset(token)


def context_of(span: Span, parent: Context | None = None, **entries: str | int) -> Context:
    """A context holding `span` and the `sitefarm.*` baggage `entries` (name without prefix),
    on top of `parent`'s baggage."""
    context = trace.set_span_in_context(span, parent)
    for name, value in entries.items():
        context = baggage.set_baggage(BAGGAGE_PREFIX + name, str(value), context)
    return context


def start_span(
    name: str, parent: Context, attributes: Mapping[str, AttributeValue] | None = None
) -> Span:
    """A span under `parent` (not necessarily the current context): for work a scheduler owns."""
    return _tracer.start_span(name, context=parent, attributes=attributes)


class BaggageAttributes(SpanProcessor):
    """Copies `sitefarm.*` baggage (job id, node, phase, attempt) onto every span as it starts,
    so each server span and model call carries the job it belongs to."""

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        for key, value in baggage.get_all(parent_context).items():
            if key.startswith(BAGGAGE_PREFIX):
                text = safe(str(value))
                # Baggage is text on the wire; a count (the attempt) is a number on every span.
                span.set_attribute(key, int(text) if text.isdecimal() and len(text) < 10 else text)


# --- redaction -----------------------------------------------------------------------------------


def safe(value: str, limit: int = MAX_ATTRIBUTE_CHARS) -> str:
    """`value` with secrets masked and clipped: what a span may carry of any text."""
    clean = redact(value)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Sequence) and not isinstance(value, bytes):
        return tuple(redact(v) if isinstance(v, str) else v for v in value)
    return value


def _clean_attributes(attributes: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The attributes with secrets masked, or None when there was nothing to mask."""
    if not attributes:
        return None
    cleaned = {key: _clean_value(value) for key, value in attributes.items()}
    return cleaned if cleaned != dict(attributes) else None


class RedactingSpanExporter(SpanExporter):
    """Masks secrets in every span's name, attributes, events and status before export; the
    last line of defence for text recorded by libraries (exception messages, status details)."""

    def __init__(self, inner: SpanExporter) -> None:
        self._inner = inner

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return self._inner.export([redacted_span(span) for span in spans])

    def shutdown(self) -> None:
        self._inner.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self._inner.force_flush(timeout_millis)


def redacted_span(span: ReadableSpan) -> ReadableSpan:
    """`span` itself when it carries no secret, else a copy with every secret masked."""
    attributes = _clean_attributes(span.attributes)
    events: list[Event] = []
    events_changed = False
    for event in span.events:
        cleaned = _clean_attributes(event.attributes)
        name = redact(event.name)
        events_changed |= cleaned is not None or name != event.name
        attrs = cleaned if cleaned is not None else event.attributes
        events.append(Event(name, attrs, event.timestamp))
    description = span.status.description
    clean_description = redact(description) if description else description
    name = redact(span.name)
    if (
        attributes is None
        and not events_changed
        and clean_description == description
        and name == span.name
    ):
        return span
    return ReadableSpan(
        name=name,
        context=span.context,
        parent=span.parent,
        resource=span.resource,
        attributes=attributes if attributes is not None else span.attributes,
        events=events,
        links=span.links,
        kind=span.kind,
        status=Status(span.status.status_code, clean_description),
        start_time=span.start_time,
        end_time=span.end_time,
        instrumentation_scope=span.instrumentation_scope,
    )


# --- spans of the runtime ------------------------------------------------------------------------


def retried(layer: str, phase: str, attempt: int, reason: str, wait_seconds: float) -> None:
    """A failed attempt that will be tried again after `wait_seconds`: an event on the current
    span, a `backoff` span under it over the wait, and a count."""
    attributes: dict[str, AttributeValue] = {
        "sitefarm.attempt": attempt,
        "sitefarm.retry.reason": safe(reason, 256),
        "sitefarm.retry.wait_ms": round(wait_seconds * 1000, 1),
    }
    current = trace.get_current_span()
    current.add_event("retry", attributes)
    if current.is_recording():
        # Ended now at the wait's planned end: the caller sleeps right after telling us.
        started = time.time_ns()
        backoff = _tracer.start_span(
            "backoff",
            attributes={**attributes, "sitefarm.layer": layer, "sitefarm.phase": phase},
            start_time=started,
        )
        backoff.end(end_time=started + int(wait_seconds * 1e9))
    RETRIES.add(1, {"sitefarm.layer": layer, "sitefarm.phase": phase})


@dataclass
class RateLimitWait:
    """The span around one rate-limiter acquire; `granted` names the key it got. (The limiter's
    own record of how a wait ended is services.llm.limiter.counters.WaitRecord.)"""

    span: Span
    key_id: str | None = None

    def granted(self, key_id: str) -> None:
        # Key ids are already short hashes of the key (keys.key_id), never the key.
        self.key_id = safe(key_id, 64)
        self.span.set_attribute("sitefarm.rate_limit.key_id", self.key_id)


@contextmanager
def rate_limit_wait(model_class: str, tokens: int) -> Iterator[RateLimitWait]:
    """Span and metric for the time a model call waits for a key from the rate limiter."""
    started = time.monotonic()
    with _tracer.start_as_current_span(
        "rate_limit.wait",
        attributes={"sitefarm.model_class": model_class, "sitefarm.rate_limit.tokens": tokens},
        record_exception=False,
    ) as span:
        wait = RateLimitWait(span)
        try:
            yield wait
        except BaseException as error:
            span.set_attribute(ERROR_TYPE, type(error).__qualname__)
            raise
        finally:
            waited = time.monotonic() - started
            span.set_attribute("sitefarm.rate_limit.wait_ms", round(waited * 1000, 3))
            measured = {"sitefarm.model_class": model_class}
            if wait.key_id is not None:  # the wait of each key, where the pool is uneven
                measured["sitefarm.rate_limit.key_id"] = wait.key_id
            RATE_LIMIT_WAIT.record(waited, measured)


@dataclass
class ModelCall:
    """The span of one model call (GenAI semantic conventions) and its metric attributes."""

    span: Span
    attributes: dict[str, AttributeValue]
    error_type: str | None = None

    def answered(
        self,
        response_model: str,
        input_tokens: int | None,
        output_tokens: int | None,
        response_id: str | None = None,
        finish_reasons: Sequence[str] = (),
    ) -> None:
        """The provider's answer: model, token usage, id, why it stopped."""
        span = self.span
        span.set_attribute(GEN_AI_RESPONSE_MODEL, safe(response_model, 128))
        if response_id:
            span.set_attribute(GEN_AI_RESPONSE_ID, safe(response_id, 128))
        if finish_reasons:
            span.set_attribute(
                GEN_AI_RESPONSE_FINISH_REASONS, [safe(r, 64) for r in finish_reasons]
            )
        for kind, tokens, attribute in (
            ("input", input_tokens, GEN_AI_USAGE_INPUT_TOKENS),
            ("output", output_tokens, GEN_AI_USAGE_OUTPUT_TOKENS),
        ):
            if tokens is not None:
                span.set_attribute(attribute, tokens)
                TOKEN_USAGE.record(tokens, {**self.attributes, GEN_AI_TOKEN_TYPE: kind})

    def answered_by(self, response: Any, requested_model: str) -> None:
        """`answered` from an OpenAI-shaped response (chat completion or images answer)."""
        usage = getattr(response, "usage", None)
        input_tokens = _first_int(usage, "prompt_tokens", "input_tokens")
        output_tokens = _first_int(usage, "completion_tokens", "output_tokens")
        choices = getattr(response, "choices", None) or ()
        reasons = [str(c.finish_reason) for c in choices if getattr(c, "finish_reason", None)]
        self.answered(
            str(getattr(response, "model", None) or requested_model),
            input_tokens,
            output_tokens,
            getattr(response, "id", None),
            reasons,
        )

    def failed(self, error_type: str, status_code: int | None = None) -> None:
        """The call failed: error.type (an exception type or HTTP status) and a 429 count."""
        self.error_type = error_type
        self.span.set_attribute(ERROR_TYPE, safe(error_type, 128))
        self.span.set_status(Status(StatusCode.ERROR, safe(error_type, 128)))
        if status_code is not None:
            self.span.set_attribute("http.response.status_code", status_code)
        if status_code == 429:
            RATE_LIMITED.add(1, self.attributes)


def _first_int(holder: Any, *names: str) -> int | None:
    for name in names:
        value = getattr(holder, name, None)
        if isinstance(value, int):
            return value
    return None


@contextmanager
def model_call(
    operation: str,
    provider: str,
    model: str,
    phase: str,
    output_type: str,
    max_tokens: int | None = None,
) -> Iterator[ModelCall]:
    """The span of one model call, named "{operation} {model}" as the GenAI conventions say.

    Never a prompt, an answer or image bytes: sizes and counts only."""
    attributes: dict[str, AttributeValue] = {
        GEN_AI_OPERATION_NAME: operation,
        GEN_AI_PROVIDER_NAME: provider,
        GEN_AI_REQUEST_MODEL: safe(model, 128),
        "sitefarm.phase": phase,
    }
    span_attributes: dict[str, AttributeValue] = {
        **attributes,
        GEN_AI_SYSTEM: provider,
        GEN_AI_OUTPUT_TYPE: output_type,
    }
    if max_tokens is not None:
        span_attributes[GEN_AI_REQUEST_MAX_TOKENS] = max_tokens
    started = time.monotonic()
    with _tracer.start_as_current_span(
        f"{operation} {model}",
        kind=SpanKind.CLIENT,
        attributes=span_attributes,
        record_exception=False,
        set_status_on_exception=False,
    ) as span:
        call = ModelCall(span, attributes)
        try:
            yield call
        except BaseException as error:
            if call.error_type is None:
                call.failed(type(error).__qualname__)
            raise
        finally:
            measured = dict(attributes)
            if call.error_type is not None:
                measured[ERROR_TYPE] = call.error_type
            OPERATION_DURATION.record(time.monotonic() - started, measured)
