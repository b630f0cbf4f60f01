"""serve(): how every sitefarm process runs its gRPC server, from start to a clean drain."""

from __future__ import annotations

import asyncio
import functools
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection, reflection_pb2, reflection_pb2_grpc

from services.runtime import call_context, server_load, telemetry
from services.runtime.auth import RequestGuard, internal_token_interceptors
from services.runtime.channels import message_options
from services.runtime.errors import PhaseError, invalid_argument, phase_status
from services.runtime.redact import configure_logging
from services.runtime.settings import Settings, get_settings
from services.runtime.validation import validate_phase_request

log = logging.getLogger(__name__)

Req = TypeVar("Req")
Resp = TypeVar("Resp")


class Servicer(Protocol):
    """A phase servicer: it knows its settings."""

    settings: Settings


def phase_rpc(
    method: Callable[[Any, Req, grpc.aio.ServicerContext], Awaitable[Resp]],
) -> Callable[[Any, Req, grpc.aio.ServicerContext], Awaitable[Resp]]:
    """Wraps a phase RPC: validate the request, carry the deadline and priority, map errors."""

    @functools.wraps(method)
    async def wrapper(self: Servicer, request: Req, context: grpc.aio.ServicerContext) -> Resp:
        if problems := validate_phase_request(request, self.settings):  # type: ignore[arg-type]
            status = invalid_argument(problems)
            await context.abort(status.code, status.details, status.trailing_metadata)
        try:
            with call_context.serving(context.time_remaining(), context.invocation_metadata()):
                return await method(self, request, context)
        except PhaseError as error:
            log.warning("%s failed: %s", method.__name__, error)
            status = phase_status(error)
            await context.abort(status.code, status.details, status.trailing_metadata)
            raise  # abort raises; this keeps type checkers sure we never fall through

    return wrapper


@dataclass(frozen=True)
class Registration:
    """One gRPC service a process serves: its full name and how to add it to a server."""

    name: str
    add: Callable[[grpc.aio.Server], None]


@dataclass
class RunningServer:
    """A started server and what a test or `serve()` needs to stop it cleanly."""

    server: grpc.aio.Server
    port: int
    health: health.aio.HealthServicer  # type: ignore[name-defined]
    settings: Settings

    async def drain(self, grace: float | None = None) -> None:
        """Health to NOT_SERVING, refuse new calls, let in-flight calls finish within grace."""
        await self.health.enter_graceful_shutdown()
        if self.settings.drain_delay_seconds:
            await asyncio.sleep(self.settings.drain_delay_seconds)
        await self.server.stop(self.settings.grace_seconds if grace is None else grace)


REFLECTION_V1 = "grpc.reflection.v1.ServerReflection"
_REFLECTION_V1_FILE = "grpc/reflection/v1/reflection.proto"


def _renamed(type_name: str) -> str:
    return type_name.replace(".grpc.reflection.v1alpha.", ".grpc.reflection.v1.")


def _add_reflection_v1_file(pool: descriptor_pool.DescriptorPool) -> None:
    """grpc.reflection.v1's file, made from v1alpha's (v1 is the same messages under a new
    package), so the reflection service describes itself to v1 clients too."""
    try:
        pool.FindFileByName(_REFLECTION_V1_FILE)
        return
    except KeyError:
        pass
    source = descriptor_pb2.FileDescriptorProto()
    reflection_pb2.DESCRIPTOR.CopyToProto(source)
    source.name, source.package = _REFLECTION_V1_FILE, "grpc.reflection.v1"
    for message in source.message_type:
        for field in message.field:
            if field.type_name:
                field.type_name = _renamed(field.type_name)
    for service in source.service:
        for method in service.method:
            method.input_type, method.output_type = (
                _renamed(method.input_type),
                _renamed(method.output_type),
            )
    pool.Add(source)


def enable_reflection(server: grpc.aio.Server, service_names: Sequence[str]) -> None:
    """Server reflection in both versions clients speak: grpc.reflection.v1 (grpcurl, Postman,
    current grpc libraries) and v1alpha (older clients); one servicer answers both."""
    _add_reflection_v1_file(descriptor_pool.Default())
    names = [*service_names, reflection.SERVICE_NAME, REFLECTION_V1]
    servicer = reflection.aio.ReflectionServicer(names)
    reflection_pb2_grpc.add_ServerReflectionServicer_to_server(servicer, server)
    v1 = grpc.method_handlers_generic_handler(
        REFLECTION_V1,
        {
            "ServerReflectionInfo": grpc.stream_stream_rpc_method_handler(
                servicer.ServerReflectionInfo,
                request_deserializer=reflection_pb2.ServerReflectionRequest.FromString,
                response_serializer=reflection_pb2.ServerReflectionResponse.SerializeToString,
            )
        },
    )
    server.add_generic_rpc_handlers((v1,))


# A scaled-up replica gets calls within about this long (gRPC adds up to 10% jitter).
MAX_CONNECTION_AGE_SECONDS = 30


def server_options(settings: Settings) -> list[tuple[str, int]]:
    """Sizes for images, keepalive so idle connections through proxies stay known."""
    return [
        *message_options(settings),
        ("grpc.keepalive_time_ms", 30_000),
        ("grpc.keepalive_timeout_ms", 10_000),
        ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
        ("grpc.keepalive_permit_without_calls", 1),
        # The backstop of client-side balancing: every connection is told to go away after
        # this age, so its client resolves the name again and finds replicas added since. No
        # grace limit: calls on an aged connection run to their own deadlines.
        ("grpc.max_connection_age_ms", MAX_CONNECTION_AGE_SECONDS * 1000),
        ("grpc.so_reuseport", 0),
    ]


def server_credentials(settings: Settings) -> grpc.ServerCredentials | None:
    """TLS when a certificate and key are configured; mTLS when client auth is asked too."""
    if settings.tls_cert_file is None or settings.tls_key_file is None:
        return None
    ca = None
    if settings.tls_client_auth:
        if settings.tls_ca_file is None:
            raise ValueError("SITEFARM_TLS_CLIENT_AUTH needs SITEFARM_TLS_CA_FILE")
        ca = settings.tls_ca_file.read_bytes()
    pair = (settings.tls_key_file.read_bytes(), settings.tls_cert_file.read_bytes())
    return grpc.ssl_server_credentials(
        [pair], root_certificates=ca, require_client_auth=settings.tls_client_auth
    )


async def start_server(
    registrations: Sequence[Registration],
    settings: Settings,
    port: int,
    interceptors: Sequence[grpc.aio.ServerInterceptor] | None = None,
) -> RunningServer:
    """A started server with health (per service) and reflection; port 0 picks a free one.

    `interceptors` decide who may call; None: a phase service's (the internal token, if set).
    """
    if interceptors is None:
        interceptors = internal_token_interceptors(settings.internal_token)
    server = grpc.aio.server(
        options=server_options(settings),
        # Tracing outermost, so a refused call is a span too; load innermost, so it counts
        # only the calls that were let in.
        interceptors=[
            *telemetry.server_interceptors(),
            *interceptors,
            RequestGuard(),
            *server_load.server_interceptors(),
        ],
    )
    for registration in registrations:
        registration.add(server)
    health_servicer = health.aio.HealthServicer()  # type: ignore[attr-defined]
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    names = [r.name for r in registrations]
    enable_reflection(server, [*names, health.SERVICE_NAME])
    address = f"{settings.host}:{port}"
    if (credentials := server_credentials(settings)) is not None:
        bound = server.add_secure_port(address, credentials)
    else:
        bound = server.add_insecure_port(address)
    if bound == 0:
        raise OSError(f"cannot bind {settings.host}:{port}")
    await server.start()
    for name in ["", *names]:
        await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    return RunningServer(server, bound, health_servicer, settings)


async def serve(
    process: str,
    registrations: Sequence[Registration],
    default_port: int,
    settings: Settings | None = None,
    interceptors: Sequence[grpc.aio.ServerInterceptor] | None = None,
) -> None:
    """Run a server until SIGTERM or SIGINT, then drain it."""
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    traces = telemetry.configure(process)
    if interceptors is None and not (
        settings.internal_token and settings.internal_token.get_secret_value()
    ):
        log.warning(
            "%s accepts calls from anyone who reaches it: no SITEFARM_INTERNAL_TOKEN", process
        )
    running = await start_server(
        registrations, settings, settings.port or default_port, interceptors
    )
    log.info(
        "%s serving %s on %s:%d",
        process,
        ", ".join(r.name for r in registrations),
        settings.host,
        running.port,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("%s draining (grace %.1fs)", process, settings.grace_seconds)
    await running.drain()
    traces.close()  # the drained calls' spans have ended: export them before exit
    log.info("%s stopped", process)


def phase_registration(service: str, servicer: object) -> Registration:
    """The Registration of one sitefarm.v1 phase service, e.g. `DesignService`."""
    from sitefarm.v1 import phases_pb2, phases_pb2_grpc

    add = getattr(phases_pb2_grpc, f"add_{service}Servicer_to_server")
    full_name = phases_pb2.DESCRIPTOR.services_by_name[service].full_name
    return Registration(full_name, lambda server: add(servicer, server))
