"""Client channels to sitefarm's servers: calls spread over every replica, with the same sizes,
keepalive and retry policy."""

from __future__ import annotations

import json
from typing import Any

import grpc

from services.runtime import telemetry
from services.runtime.auth import bearer_interceptors
from services.runtime.settings import Settings

# Each call goes to the next ready address the target resolves to, so every replica behind a
# headless Service or an `ipv4:a:p,b:p` list gets its share (gRPC's default, pick_first, sends
# every call down one connection to one replica).
ROUND_ROBIN: list[dict[str, Any]] = [{"round_robin": {}}]

# gRPC's own retry of a call that got no answer (its replica died or is gone); the retry is
# picked like a new call, so it lands on another replica. The orchestrator's node retries
# handle everything else.
RETRY_UNAVAILABLE: dict[str, Any] = {
    "name": [{"service": ""}],
    "retryPolicy": {
        "maxAttempts": 4,
        "initialBackoff": "0.1s",
        "maxBackoff": "2s",
        "backoffMultiplier": 2,
        "retryableStatusCodes": ["UNAVAILABLE"],
    },
}

# Resolve the name again this soon after a replica's connection drops (gRPC's default waits
# 30 s), so a replaced pod's new address is called within seconds.
DNS_MIN_SECONDS_BETWEEN_RESOLUTIONS = 2


def message_options(settings: Settings) -> list[tuple[str, int]]:
    """Message size limits large enough for a site with its images."""
    size = settings.max_message_mb * 1024 * 1024
    return [("grpc.max_send_message_length", size), ("grpc.max_receive_message_length", size)]


def service_config(retry_unavailable: bool = True) -> dict[str, Any]:
    """The client service config: round_robin, and the retry policy unless a call must never
    run twice (a call that reached a replica which then died may have done its work)."""
    config: dict[str, Any] = {"loadBalancingConfig": ROUND_ROBIN}
    if retry_unavailable:
        config["methodConfig"] = [RETRY_UNAVAILABLE]
    return config


def client_options(
    settings: Settings, retry_unavailable: bool = True
) -> list[tuple[str, int | str]]:
    """Options of every client channel: sizes, keepalive, per-call balancing, retry policy.

    Any gRPC target works: `host:port`, `dns:///name:port` (every address the name resolves
    to, looked up again when a replica goes away), `ipv4:a:port,b:port`, `unix:path`.
    `retry_unavailable=False` for a client that starts jobs, which must not start twice."""
    return [
        *message_options(settings),
        ("grpc.keepalive_time_ms", 30_000),
        ("grpc.keepalive_timeout_ms", 10_000),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.enable_retries", 1),
        ("grpc.service_config", json.dumps(service_config(retry_unavailable))),
        # Ours, not a DNS TXT record's: the policy above holds whatever the name server says.
        ("grpc.service_config_disable_resolution", 1),
        ("grpc.dns_min_time_between_resolutions_ms", DNS_MIN_SECONDS_BETWEEN_RESOLUTIONS * 1000),
        # A replaced pod is back within seconds: reconnect soon, not after gRPC's default
        # backoff (1 s growing to 120 s), which would leave its calls failing meanwhile.
        ("grpc.initial_reconnect_backoff_ms", 250),
        ("grpc.min_reconnect_backoff_ms", 250),
        ("grpc.max_reconnect_backoff_ms", 2_000),
    ]


def client_credentials(settings: Settings) -> grpc.ChannelCredentials | None:
    """TLS credentials when SITEFARM_TLS_CA_FILE is set (with this process's certificate for
    mTLS); None: plaintext, for loopback or a mesh that encrypts."""
    if settings.tls_ca_file is None:
        return None
    key = cert = None
    if settings.tls_client_auth:
        if settings.tls_key_file is None or settings.tls_cert_file is None:
            raise ValueError("SITEFARM_TLS_CLIENT_AUTH needs SITEFARM_TLS_CERT_FILE and _KEY_FILE")
        key, cert = settings.tls_key_file.read_bytes(), settings.tls_cert_file.read_bytes()
    return grpc.ssl_channel_credentials(settings.tls_ca_file.read_bytes(), key, cert)


def open_channel(address: str, settings: Settings) -> grpc.aio.Channel:
    """A channel to `address` (TLS when configured), sending the internal token the phase
    services require when one is set, and the trace context and baggage when telemetry is on."""
    options = client_options(settings)
    interceptors = [
        *telemetry.client_interceptors(),
        *bearer_interceptors(settings.internal_token),
    ]
    if (credentials := client_credentials(settings)) is not None:
        return grpc.aio.secure_channel(address, credentials, options, interceptors=interceptors)
    return grpc.aio.insecure_channel(address, options=options, interceptors=interceptors)
