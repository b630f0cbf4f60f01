"""Client channels to the phase services, with the same sizes, keepalive and retry policy."""

from __future__ import annotations

import json

import grpc

from services.runtime import telemetry
from services.runtime.auth import bearer_interceptors
from services.runtime.settings import Settings

# gRPC's own transparent retry for calls that never reached a healthy server (a pod that is
# gone or draining); the orchestrator's node retries handle everything else.
_SERVICE_CONFIG = json.dumps(
    {
        "methodConfig": [
            {
                "name": [{"service": ""}],
                "retryPolicy": {
                    "maxAttempts": 4,
                    "initialBackoff": "0.1s",
                    "maxBackoff": "2s",
                    "backoffMultiplier": 2,
                    "retryableStatusCodes": ["UNAVAILABLE"],
                },
            }
        ]
    }
)


def message_options(settings: Settings) -> list[tuple[str, int]]:
    """Message size limits large enough for a site with its images."""
    size = settings.max_message_mb * 1024 * 1024
    return [("grpc.max_send_message_length", size), ("grpc.max_receive_message_length", size)]


def client_options(settings: Settings) -> list[tuple[str, int | str]]:
    """Options of every client channel: sizes, keepalive, retry policy."""
    return [
        *message_options(settings),
        ("grpc.keepalive_time_ms", 30_000),
        ("grpc.keepalive_timeout_ms", 10_000),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.enable_retries", 1),
        ("grpc.service_config", _SERVICE_CONFIG),
        # A replaced pod is back within seconds: reconnect soon, not after gRPC's default
        # backoff (1 s growing to 120 s), which would leave its calls failing meanwhile.
        ("grpc.initial_reconnect_backoff_ms", 250),
        ("grpc.min_reconnect_backoff_ms", 250),
        ("grpc.max_reconnect_backoff_ms", 2_000),
    ]


def open_channel(address: str, settings: Settings) -> grpc.aio.Channel:
    """An insecure channel (TLS is the mesh's or a later setting's job) to `address`, sending
    the internal token the phase services require when one is set, and the trace context
    and baggage when telemetry is on."""
    return grpc.aio.insecure_channel(
        address,
        options=client_options(settings),
        interceptors=[
            *telemetry.client_interceptors(),
            *bearer_interceptors(settings.internal_token),
        ],
    )
